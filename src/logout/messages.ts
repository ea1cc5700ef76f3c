import { formatCountdown, logoutState, remainingAt } from './selectors.js';
import type { LogoutAuthorizer, LogoutState } from './state.js';

/**
 * What a My Messages entry is about (a stable key to translate):
 * `awaiting-authorization` (the system message with the countdown), `logout-authorized` (the
 * confirmation), `logout-not-authorized` (the request expired; the agent is still logged in).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const kind: logout.LogoutMessageKind = 'logout-authorized';
 * ```
 */
export type LogoutMessageKind = 'awaiting-authorization' | 'logout-authorized' | 'logout-not-authorized' | 'logout-failed';

/**
 * One entry of the agent's My Messages view about logout.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const entry: logout.LogoutMessage = {
 *   id: 'logout-1/awaiting-authorization', kind: 'awaiting-authorization', requestId: 'logout-1', at: 0,
 *   text: 'Awaiting logoff authorization: 0:25 remaining', remainingMs: 25_000, countdown: '0:25',
 * };
 * ```
 */
export interface LogoutMessage {
  /** Stable id of the entry (`<requestId>/<kind>`), for list keys. */
  readonly id: string;
  /** What the entry is about. */
  readonly kind: LogoutMessageKind;
  /** The request it belongs to. */
  readonly requestId: string;
  /** When the entry was posted, epoch ms UTC. */
  readonly at: number;
  /** The English text to show (translate by `kind` if needed). */
  readonly text: string;
  /** For the awaiting entry while the request is pending: milliseconds left; otherwise `null`. */
  readonly remainingMs: number | null;
  /** `remainingMs` as the countdown label (`0:25`), or `null`. */
  readonly countdown: string | null;
}

const AUTHORIZED_TEXT: Readonly<Record<LogoutAuthorizer, string>> = {
  server: 'Logoff authorized',
  deadline: 'Logoff authorized: the waiting time is over',
  campaign: 'Logoff authorized: the campaign no longer dials for you',
};

/**
 * The agent's My Messages entries about the current or most recent logout request, oldest first:
 * the "awaiting logoff authorization" message (if it was shown, that is if an interaction was being
 * received during the wait) with its live countdown while pending, then the confirmation that logoff
 * is authorized, or the notice that it was not authorized in time. Empty when no request was sent.
 *
 * @throws RangeError when `state` is not a logout state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const stateStarted = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true }, interactions: 1 });
 * if (!stateStarted.ok) throw new Error(stateStarted.error.code);
 * let state = stateStarted.state;
 * state = logout.machine.transition(state, { type: 'logout-requested', at: 0, source: 'main-window' }).state;
 * logout.messages(state, 10_000).map((m) => m.text); // ['Awaiting logoff authorization: 0:20 remaining']
 * state = logout.machine.transition(state, { type: 'request-acknowledged', at: 12_000, requestId: 'logout-1' }).state;
 * logout.messages(state, 12_000).map((m) => m.kind); // ['awaiting-authorization', 'logout-authorized']
 * ```
 */
export function messages(state: LogoutState, at: number): readonly LogoutMessage[] {
  state = logoutState('messages', state);
  const request = state.request;
  if (request === null) return [];
  const entries: LogoutMessage[] = [];
  if (request.messageShownAt !== null) {
    const left = remainingAt(state, at);
    const countdown = left === null ? null : formatCountdown(left);
    entries.push({
      id: `${request.id}/awaiting-authorization`,
      kind: 'awaiting-authorization',
      requestId: request.id,
      at: request.messageShownAt,
      text: countdown === null ? 'Awaiting logoff authorization' : `Awaiting logoff authorization: ${countdown} remaining`,
      remainingMs: left,
      countdown,
    });
  }
  if (request.resolvedAt !== null) {
    const authorized = request.outcome === 'authorized' && request.authorizedBy !== null;
    const waiting = authorized && state.status === 'authorized';
    const failed = request.outcome === 'failed';
    const kind = authorized ? 'logout-authorized' : failed ? 'logout-failed' : 'logout-not-authorized';
    entries.push({
      id: `${request.id}/${kind}`,
      kind,
      requestId: request.id,
      at: request.resolvedAt,
      text: authorized
        ? `${AUTHORIZED_TEXT[request.authorizedBy]}${waiting ? '; you will be logged off when the current interaction ends' : ''}`
        : failed
          ? `Logoff failed: ${request.failure ?? 'the server refused the request'}; you are still logged in`
          : 'Logoff was not authorized in time; you are still logged in',
      remainingMs: null,
      countdown: null,
    });
  }
  return entries;
}
