import { readEnvelope } from '../core/guards.js';
import { rejection, type Rejection } from '../core/rejection.js';
import { accept, refuse, refuseWith, type Step } from '../core/step.js';
import type { LogoutEffect } from './effects.js';
import type { LogoutEvent } from './events.js';
import type { TickEvent } from '../core/effects.js';
import type { LogoutCode } from './codes.js';
import { readEvent, type ReadEvent } from './read-event.js';
import {
  advanced,
  authorize,
  campaignChanged,
  exitAnyway,
  fail,
  interactionEnded,
  interactionStarted,
  requestLogout,
  seal,
  settle,
  shortenDeadline,
  wake,
} from './rules.js';
import type { LogoutState } from './state.js';

/**
 * A cheap structural check, enough that no rule can throw on a malformed value; `restore` is the full check.
 */
function isLogoutState(value: unknown): value is LogoutState {
  if (typeof value !== 'object' || value === null) return false;
  const { version, lastAt, status, campaign, request } = value as Partial<Record<keyof LogoutState, unknown>>;
  return (
    version === 1 &&
    typeof lastAt === 'number' &&
    typeof status === 'string' &&
    typeof campaign === 'object' &&
    campaign !== null &&
    typeof request === 'object' // null included
  );
}

const terminal = (type: string): Rejection<LogoutCode> =>
  rejection('event-not-allowed', `Logged out: '${type}' changes nothing.`, { status: 'logged-out' });

/** `tick`, the hot path: no event parsing beyond the envelope, one new state at most. */
function tick(state: LogoutState, now: number): Step<LogoutState, LogoutEffect, LogoutCode> {
  const pending = state.request;
  if (state.status === 'awaiting-authorization' && pending !== null) {
    if (now >= pending.deadline) {
      const effects: LogoutEffect[] = [];
      return accept(seal(settle(state, now, effects)), effects);
    }
    return accept(now === state.lastAt && Object.isFrozen(state) ? state : advanced(state, now), [wake(pending.deadline)]);
  }
  // Once logged out nothing is ever due: a tick is accepted and only moves the clock.
  return accept(now === state.lastAt && Object.isFrozen(state) ? state : advanced(state, now));
}

/** Applies a well-formed event to a state whose passed deadline (if any) has been acted on. */
function apply(state: LogoutState, event: ReadEvent, now: number, effects: LogoutEffect[]): LogoutState | Rejection<LogoutCode> {
  const status = state.status;
  if (status === 'logged-out') return terminal(event.type);
  const request = state.request;
  const type = event.type;
  if (status === 'authorized' && (type === 'logout-requested' || type === 'logout-delay' || type === 'request-acknowledged' || type === 'request-failed')) {
    return rejection('logout-already-authorized', 'Logout is authorized; it happens when the current interaction ends.', {
      requestId: request?.id,
    });
  }
  switch (event.type) {
    case 'logout-requested':
      if (status === 'awaiting-authorization') {
        return rejection('logout-pending', 'A logout request is already awaiting authorization.', { requestId: request?.id });
      }
      return requestLogout(state, now, event.source, effects);
    case 'exit-anyway':
      // A failed request leaves the agent logged in (a new request replaces it; logged-out was refused above).
      if (request === null || request.outcome !== 'failed' || !state.exitOnError) {
        return rejection('exit-not-allowed', 'Exiting anyway is allowed only after a failed logout request, when the configuration allows it.');
      }
      return exitAnyway(state, request, now, effects);
    case 'request-failed':
    case 'logout-delay':
    case 'request-acknowledged': {
      if (status !== 'awaiting-authorization' || request === null) {
        return rejection('no-logout-request', `No logout request is pending to answer.`);
      }
      if (event.requestId !== undefined && event.requestId !== request.id) {
        return rejection('unknown-request', `The pending request is ${request.id}.`, { pending: request.id }, '$.requestId');
      }
      if (event.type === 'request-failed') return fail(state, request, now, event.reason, effects);
      return event.type === 'logout-delay'
        ? shortenDeadline(state, request, now, event.seconds, effects)
        : authorize(state, request, now, 'server', effects);
    }
    case 'message-dismissed':
      if (request === null || request.message !== 'shown') {
        return rejection('no-message', 'The awaiting-authorization message is not on screen.');
      }
      return { ...state, lastAt: now, request: Object.freeze({ ...request, message: 'dismissed' }) };
    case 'interaction-started':
      return interactionStarted(state, now, effects);
    case 'interaction-ended':
      if (state.interactions === 0) return rejection('no-interaction', 'No interaction is in progress.');
      return interactionEnded(state, now, effects);
    case 'campaign-changed':
      return campaignChanged(state, now, event.campaign, effects);
  }
}

/**
 * Applies one event to a logout state. Pure and total: bad input from JavaScript callers (a non-object,
 * NaN or negative `at`, time going backwards, an unknown `type`, a missing or mistyped field) is refused
 * with a code and the very same state, never thrown.
 *
 * If `at` is at or past the pending request's deadline, the deadline is acted on first (exactly as a
 * punctual `tick` would have), then the event applies to the result; the outcome never depends on
 * whether the host delivered its tick on time.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const stateStarted = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true }, interactions: 1 });
 * if (!stateStarted.ok) throw new Error(stateStarted.error.code);
 * let state = stateStarted.state;
 * const step = logout.machine.transition(state, { type: 'logout-requested', at: 1_000, source: 'main-window' });
 * if (step.ok) {
 *   state = step.state; // status 'awaiting-authorization'
 *   step.effects.map((e) => e.type); // ['send-request', 'show-message', 'wake']
 * }
 * logout.machine.transition(state, { type: 'logout-requested', at: 2_000, source: 'voice-channel' }).ok; // false: 'logout-pending'
 * ```
 */
export function transition(state: LogoutState, event: LogoutEvent | TickEvent): Step<LogoutState, LogoutEffect, LogoutCode> {
  if (!isLogoutState(state)) return refuse(state, 'invalid-state', 'Not a logout state.');
  const envelope = readEnvelope(event, state.lastAt);
  if ('code' in envelope) return refuseWith(state, envelope);
  const raw = event as unknown as Readonly<Record<string, unknown>>;
  const now = envelope.at;
  const type = envelope.type;
  if (type === 'tick') return tick(state, now);
  const read = readEvent(raw, type);
  if ('code' in read) return refuseWith(state, read);
  const effects: LogoutEffect[] = [];
  const next = apply(settle(state, now, effects), read, now, effects);
  if ('code' in next) return refuseWith(state, next);
  return accept(seal(next), effects);
}
