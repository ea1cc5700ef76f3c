import { failedTooltip, logoutFailedText } from './rules.js';
import { isInstant } from '../core/guards.js';
import type { LogoutState } from './state.js';

/** `at` for a selector: never earlier than the state's last event, and a bad `at` reads as that. */
function clampNow(state: LogoutState, at: number): number {
  return isInstant(at) && at > state.lastAt ? at : state.lastAt;
}

/**
 * Milliseconds left before the pending request's deadline, never negative; `null` when no request is
 * awaiting authorization. An `at` earlier than the state's last event counts as that event's instant,
 * so the value never grows as time passes.
 *
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
  const request = state.request;
  if (state.status !== 'awaiting-authorization' || request === null) return null;
  return Math.max(0, request.deadline - clampNow(state, at));
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
  const ms = remainingMs(state, at);
  return ms === null ? null : formatCountdown(ms);
}

/**
 * The logout line of the status icon's tooltip: the time left while awaiting authorization, the
 * confirmation once authorized, or the news that a request expired. `null` when there is nothing to
 * say about logout (logged in, no request).
 *
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
  const request = state.request;
  switch (state.status) {
    case 'awaiting-authorization':
      return `Awaiting logoff authorization: ${countdownLabel(state, at) ?? '0:00'} remaining`;
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
