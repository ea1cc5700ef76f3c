import type { CommonCode } from '../core/codes.js';

/**
 * The refusal codes specific to negotiated logout (on top of the core's common codes).
 *
 * - `logout-pending`: `logout-requested` while a request already awaits authorization (nothing changes).
 * - `logout-already-authorized`: `logout-requested`, `logout-delay`, `request-acknowledged` or
 *   `request-failed` after the logout was authorized (the agent is waiting for the current interaction
 *   to end).
 * - `no-logout-request`: `logout-delay`, `request-acknowledged` or `request-failed` with no request
 *   pending (an answer never precedes a request).
 * - `unknown-request`: the event names a `requestId` other than the pending request's.
 * - `no-message`: `message-dismissed` while the system message is not on screen.
 * - `no-interaction`: `interaction-ended` while no interaction is in progress.
 * - `exit-not-allowed`: `exit-anyway` while the last request did not fail, or `exitOnError` is off.
 * - `invalid-state`: the value passed as the state is not a logout state.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * logout.logoutCodes.includes('logout-pending'); // true
 * ```
 */
export const logoutCodes = Object.freeze([
  'logout-pending',
  'logout-already-authorized',
  'no-logout-request',
  'unknown-request',
  'no-message',
  'no-interaction',
  'exit-not-allowed',
  'invalid-state',
] as const);

/**
 * Every code `logout.machine.start`, `transition` and `restore` can refuse with: the {@link logoutCodes} and the
 * core's common codes (`invalid-event`, `unknown-event`, `invalid-instant`, `time-went-backwards`,
 * `event-not-allowed` for any event after `logged-out`, `invalid-input` for `start`).
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const stateStarted = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * if (!stateStarted.ok) throw new Error(stateStarted.error.code);
 * const state = stateStarted.state;
 * const step = logout.machine.transition(state, { type: 'request-acknowledged', at: 1, requestId: 'logout-1' });
 * if (!step.ok) {
 *   const code: logout.LogoutCode = step.error.code; // 'no-logout-request'
 * }
 * ```
 */
export type LogoutCode = (typeof logoutCodes)[number] | CommonCode;
