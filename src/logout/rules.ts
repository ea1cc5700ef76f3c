/**
 * The rules of negotiated logout as small functions from a state to the next one. They collect effects
 * into the array they are given and build new (not yet frozen) states; `transition` seals the result.
 */
import { requestId } from '../core/requests.js';
import { maxInstant, requiresNegotiatedLogout } from '../core/internal.js';
import type { LogoutEffect } from './effects.js';
import type { LogoutAuthorizer, LogoutCampaign, LogoutRequest, LogoutSource, LogoutState } from './state.js';

/** True when logging out of this campaign must be negotiated with the server. */
export function negotiates(campaign: LogoutCampaign): boolean {
  return campaign.running && requiresNegotiatedLogout(campaign.mode);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Freezes a state freshly built by the rules. Nested parts that are not frozen (they came from a caller's
 * `JSON.parse`) are replaced by frozen copies: the caller's objects are never frozen or changed.
 */
export function seal(state: LogoutState): LogoutState {
  const fresh = state as Writable<LogoutState>;
  if (!Object.isFrozen(fresh.campaign)) fresh.campaign = Object.freeze({ mode: fresh.campaign.mode, running: fresh.campaign.running });
  if (fresh.request !== null && !Object.isFrozen(fresh.request)) fresh.request = Object.freeze({ ...fresh.request });
  return Object.freeze(fresh);
}

/** The same state at a later instant: the hot path of `tick`, one object, no spread. */
export function advanced(state: LogoutState, now: number): LogoutState {
  return seal({
    version: 1,
    status: state.status,
    lastAt: now,
    campaign: state.campaign,
    maxDelayMs: state.maxDelayMs,
    authorizeAtDeadline: state.authorizeAtDeadline,
    exitOnError: state.exitOnError,
    interactions: state.interactions,
    requestCount: state.requestCount,
    request: state.request,
    loggedOutAt: state.loggedOutAt,
  });
}

/** The `wake` effect at a deadline. */
export function wake(deadline: number): LogoutEffect {
  return { type: 'wake', at: deadline };
}

/** The agent asks to log out from a logged-in state: immediately, or by sending a request. */
export function requestLogout(state: LogoutState, now: number, source: LogoutSource, effects: LogoutEffect[]): LogoutState {
  if (!negotiates(state.campaign)) {
    effects.push({ type: 'log-out', source, requestId: null, authorizedBy: null });
    return { ...state, status: 'logged-out', lastAt: now, loggedOutAt: now };
  }
  const count = state.requestCount + 1;
  const id = requestId('logout', count);
  // A delay that reaches past the supported range (maxDelayMs 8.64e15) ends at its last instant: a
  // deadline beyond it could not be saved and restored (issue 14).
  const deadline = Math.min(now + state.maxDelayMs, maxInstant);
  const receiving = state.interactions > 0;
  effects.push({ type: 'send-request', request: { kind: 'logout', requestId: id, source } });
  if (receiving) {
    effects.push({ type: 'show-message', message: 'awaiting-logout-authorization', requestId: id, deadline });
  }
  effects.push(wake(deadline));
  const request: LogoutRequest = Object.freeze({
    id,
    source,
    requestedAt: now,
    deadline,
    deadlineSetBy: 'configuration',
    deliveredDuringWait: 0,
    message: receiving ? 'shown' : 'none',
    messageShownAt: receiving ? now : null,
    outcome: 'pending',
    resolvedAt: null,
    authorizedBy: null,
    failure: null,
  });
  return { ...state, status: 'awaiting-authorization', lastAt: now, requestCount: count, request };
}

/** Closes the message window if it is on screen; returns the request's new message display. */
function closeMessage(request: LogoutRequest, effects: LogoutEffect[]): LogoutRequest['message'] {
  if (request.message !== 'shown') return request.message;
  effects.push({ type: 'hide-message', requestId: request.id });
  return 'hidden';
}

/** The final logout, for the host to carry out. */
function logOut(state: LogoutState, request: LogoutRequest, now: number, effects: LogoutEffect[]): LogoutState {
  effects.push({ type: 'log-out', source: request.source, requestId: request.id, authorizedBy: request.authorizedBy });
  return { ...state, status: 'logged-out', lastAt: now, request, loggedOutAt: now };
}

/**
 * Authorizes the pending request. The agent is logged out now, or when the last interaction in
 * progress ends (never in the middle of the call the wait was for).
 */
export function authorize(state: LogoutState, pending: LogoutRequest, now: number, by: LogoutAuthorizer, effects: LogoutEffect[]): LogoutState {
  const message = closeMessage(pending, effects);
  const request: LogoutRequest = Object.freeze({ ...pending, message, outcome: 'authorized', resolvedAt: now, authorizedBy: by });
  if (state.interactions === 0) return logOut(state, request, now, effects);
  return { ...state, status: 'authorized', lastAt: now, request };
}

/** The deadline passed without authorization and `authorizeAtDeadline` is off: the agent stays logged in. */
function expire(state: LogoutState, pending: LogoutRequest, now: number, effects: LogoutEffect[]): LogoutState {
  const message = closeMessage(pending, effects);
  effects.push({ type: 'send-request', request: { kind: 'cancel-logout', requestId: pending.id } });
  const request: LogoutRequest = Object.freeze({ ...pending, message, outcome: 'expired', resolvedAt: now });
  return { ...state, status: 'logged-in', lastAt: now, request };
}

/** The generic text when the server gave none. */
export const logoutFailedText = 'The logoff request failed';

/** The tooltip after a failed request. */
export function failedTooltip(failure: string, exitOnError: boolean): string {
  return `Logoff failed: ${failure}${exitOnError ? ' (you may exit anyway or try again)' : ' (try again)'}`;
}

/** The server refused or failed the pending request: the agent stays logged in, told why and what next. */
export function fail(state: LogoutState, pending: LogoutRequest, now: number, text: string | null, effects: LogoutEffect[]): LogoutState {
  const message = closeMessage(pending, effects);
  const failure = text ?? logoutFailedText;
  const request: LogoutRequest = Object.freeze({ ...pending, message, outcome: 'failed', resolvedAt: now, failure });
  effects.push({
    type: 'logout-failed',
    requestId: pending.id,
    message: failure,
    tooltip: failedTooltip(failure, state.exitOnError),
    next: state.exitOnError ? ['retry', 'exit-anyway'] : ['retry'],
  });
  return { ...state, status: 'logged-in', lastAt: now, request };
}

/** The agent exits after a failed request (the configuration allows it). */
export function exitAnyway(state: LogoutState, failed: LogoutRequest, now: number, effects: LogoutEffect[]): LogoutState {
  return logOut(state, failed, now, effects);
}

/**
 * Acts on a deadline that has passed by `now` (as a punctual `tick` would have), so that the outcome
 * never depends on when the host delivered its tick. Returns the state unchanged if nothing is due.
 */
export function settle(state: LogoutState, now: number, effects: LogoutEffect[]): LogoutState {
  const pending = state.request;
  if (state.status !== 'awaiting-authorization' || pending === null || now < pending.deadline) return state;
  return state.authorizeAtDeadline
    ? authorize(state, pending, now, 'deadline', effects)
    : expire(state, pending, now, effects);
}

/** The server announces the delay: the deadline can move earlier, never later. */
export function shortenDeadline(state: LogoutState, pending: LogoutRequest, now: number, seconds: number, effects: LogoutEffect[]): LogoutState {
  const announced = now + seconds * 1000;
  if (!(announced < pending.deadline)) return { ...state, lastAt: now };
  const request: LogoutRequest = Object.freeze({ ...pending, deadline: announced, deadlineSetBy: 'server' });
  const next: LogoutState = { ...state, lastAt: now, request };
  if (now >= announced) return settle(next, now, effects);
  effects.push(wake(announced));
  return next;
}

/** An interaction starts: tracked, and while waiting it shows the message unless the agent has seen it. */
export function interactionStarted(state: LogoutState, now: number, effects: LogoutEffect[]): LogoutState {
  const interactions = state.interactions + 1;
  const pending = state.request;
  if (state.status !== 'awaiting-authorization' || pending === null) return { ...state, lastAt: now, interactions };
  const show = pending.message === 'none';
  if (show) {
    effects.push({ type: 'show-message', message: 'awaiting-logout-authorization', requestId: pending.id, deadline: pending.deadline });
  }
  const request: LogoutRequest = Object.freeze({
    ...pending,
    deliveredDuringWait: pending.deliveredDuringWait + 1,
    message: show ? 'shown' : pending.message,
    messageShownAt: show ? now : pending.messageShownAt,
  });
  return { ...state, lastAt: now, interactions, request };
}

/** An interaction ends; after authorization, the last one to end logs the agent out. */
export function interactionEnded(state: LogoutState, now: number, effects: LogoutEffect[]): LogoutState {
  const next: LogoutState = { ...state, lastAt: now, interactions: state.interactions - 1 };
  if (next.status === 'authorized' && next.interactions === 0 && next.request !== null) {
    return logOut(next, next.request, now, effects);
  }
  return next;
}

/** The campaign changed; a pending request is authorized once the campaign no longer dials for the agent. */
export function campaignChanged(state: LogoutState, now: number, campaign: LogoutCampaign, effects: LogoutEffect[]): LogoutState {
  const next: LogoutState = { ...state, lastAt: now, campaign };
  const pending = next.request;
  if (next.status === 'awaiting-authorization' && pending !== null && !negotiates(campaign)) {
    return authorize(next, pending, now, 'campaign', effects);
  }
  return next;
}
