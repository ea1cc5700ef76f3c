import { failedTooltip, logoutFailedText } from './rules.js';
import { selectorAt, selectorState } from '../core/internal.js';
import { machine } from './machine.js';
import type { LogoutState } from './state.js';

/**
 * The state a logout selector reads (internal): the machine's own, or what `restore` makes of a saved
 * one; anything else is a `RangeError` naming the selector `fn`.
 */
export function logoutState(fn: string, state: unknown): LogoutState {
  return selectorState(machine, `logout.${fn}`, state);
}

/** Milliseconds left at the instant a selector answers for (internal: `state` is checked). */
export function remainingAt(state: LogoutState, at: unknown): number | null {
  const request = state.request;
  if (state.status !== 'awaiting-authorization' || request === null) return null;
  return Math.max(0, request.deadline - selectorAt(state.lastAt, at));
}

/**
 * Milliseconds left before the pending request's deadline, never negative; `null` when no request is
 * awaiting authorization. An `at` earlier than the state's last event (or not an instant) counts as that
 * event's instant, so the value never grows as time passes.
 *
 * @throws RangeError when `state` is not a logout state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const stateStarted = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * if (!stateStarted.ok) throw new Error(stateStarted.error.code);
 * let state = stateStarted.state;
 * state = logout.machine.transition(state, { type: 'logout-requested', at: 0, source: 'main-window' }).state;
 * logout.remainingMs(state, 5_000); // 25000
 * ```
 */
export function remainingMs(state: LogoutState, at: number): number | null {
  return remainingAt(logoutState('remainingMs', state), at);
}

/**
 * Formats a duration as the countdown the agent sees: whole seconds rounded up, `m:ss`
 * (`65_000` gives `1:05`, `8_200` gives `0:09`, `0` gives `0:00`). Minutes are not capped.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * logout.formatCountdown(65_000); // '1:05'
 * ```
 */
export function formatCountdown(ms: number): string {
  const seconds = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  const rest = seconds % 60;
  return `${(seconds - rest) / 60}:${rest < 10 ? '0' : ''}${rest}`;
}

/**
 * The countdown label of the pending request (`1:05`, `0:09`, `0:00`), or `null` when no request is
 * awaiting authorization.
 *
 * @throws RangeError when `state` is not a logout state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const stateStarted = logout.machine.start({ at: 0, campaign: { mode: 'progressive', running: true } });
 * if (!stateStarted.ok) throw new Error(stateStarted.error.code);
 * let state = stateStarted.state;
 * state = logout.machine.transition(state, { type: 'logout-requested', at: 0, source: 'voice-channel' }).state;
 * logout.countdownLabel(state, 20_500); // '0:10'
 * ```
 */
export function countdownLabel(state: LogoutState, at: number): string | null {
  const ms = remainingAt(logoutState('countdownLabel', state), at);
  return ms === null ? null : formatCountdown(ms);
}

/**
 * The logout line of the status icon's tooltip: the time left while awaiting authorization, the
 * confirmation once authorized, or the news that a request expired. `null` when there is nothing to
 * say about logout (logged in, no request).
 *
 * @throws RangeError when `state` is not a logout state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const stateStarted = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * if (!stateStarted.ok) throw new Error(stateStarted.error.code);
 * let state = stateStarted.state;
 * state = logout.machine.transition(state, { type: 'logout-requested', at: 0, source: 'main-window' }).state;
 * logout.statusTooltip(state, 1_000); // 'Awaiting logoff authorization: 0:29 remaining'
 * ```
 */
export function statusTooltip(state: LogoutState, at: number): string | null {
  state = logoutState('statusTooltip', state);
  const request = state.request;
  switch (state.status) {
    case 'awaiting-authorization': {
      const ms = remainingAt(state, at);
      return `Awaiting logoff authorization: ${ms === null ? '0:00' : formatCountdown(ms)} remaining`;
    }
    case 'authorized':
      return `Logoff authorized: you will be logged off when the current interaction${state.interactions === 1 ? ' ends' : 's end'}`;
    case 'logged-out':
      return request !== null && request.outcome === 'authorized' ? 'Logoff authorized: logged off' : 'Logged off';
    case 'logged-in':
      if (request !== null && request.outcome === 'failed') return failedTooltip(request.failure ?? logoutFailedText, state.exitOnError);
      return request !== null && request.outcome === 'expired'
        ? 'Logoff was not authorized in time: you are still logged in'
        : null;
  }
}
