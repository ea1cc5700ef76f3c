import type { WakeEffect } from '../core/effects.js';
import type { LogoutAuthorizer, LogoutSource } from './state.js';

/**
 * Ask the server to let the agent log out (OCS `Logout`, answered by `LogOutAcknowledge` once OCS has
 * taken back the calls it assigned to the agent: Outbound Contact Deployment Guide, "Smart Logout";
 * Outbound Contact Reference Manual, "Communication Protocols", "Agent Logout"). The server answers
 * with `request-acknowledged` (logout authorized) or `request-failed`, and may announce the wait with
 * `logout-delay`.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const r: logout.AskLogout = { kind: 'logout', requestId: 'logout-1', source: 'main-window' };
 * ```
 */
export interface AskLogout {
  /** What is asked. */
  readonly kind: 'logout';
  /** The id the answers carry back (`logout-1`, `logout-2`, ...). */
  readonly requestId: string;
  /** Where the agent asked to log out. */
  readonly source: LogoutSource;
}

/**
 * Tell the server the desktop no longer waits for a logout request: it expired without authorization
 * (`authorizeAtDeadline: false`) and the agent stays logged in. No answer is expected; `requestId` is
 * the expired request's id.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const r: logout.CancelLogout = { kind: 'cancel-logout', requestId: 'logout-1' };
 * ```
 */
export interface CancelLogout {
  /** What is asked. */
  readonly kind: 'cancel-logout';
  /** The expired request. */
  readonly requestId: string;
}

/**
 * What the logout machine asks of the server: {@link AskLogout} or {@link CancelLogout}.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * function wire(r: logout.LogoutServerRequest): string {
 *   return r.kind === 'logout' ? `Logout ${r.requestId}` : `forget ${r.requestId}`;
 * }
 * ```
 */
export type LogoutServerRequest = AskLogout | CancelLogout;

/**
 * Send a request to the server (the one server-talk effect of every dialdesk machine).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const x: logout.SendRequestEffect = { type: 'send-request', request: { kind: 'logout', requestId: 'logout-1', source: 'main-window' } };
 * ```
 */
export interface SendRequestEffect {
  /** Discriminant. */
  readonly type: 'send-request';
  /** The request, with its `kind` and `requestId`. */
  readonly request: LogoutServerRequest;
}

/**
 * Show the "awaiting logoff authorization" system message with its countdown
 * (render it with `logout.countdownLabel(state, at)`).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const x: logout.ShowMessageEffect = {
 *   type: 'show-message', message: 'awaiting-logout-authorization', requestId: 'logout-1', deadline: 30_000,
 * };
 * ```
 */
export interface ShowMessageEffect {
  /** Discriminant. */
  readonly type: 'show-message';
  /** Which message (a stable key to translate). */
  readonly message: 'awaiting-logout-authorization';
  /** The request the message is about. */
  readonly requestId: string;
  /** The deadline at the time the message is shown, epoch ms UTC (the state always has the current one). */
  readonly deadline: number;
}

/**
 * Close the system message window (the request was authorized or expired). My Messages keeps the entry.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const x: logout.HideMessageEffect = { type: 'hide-message', requestId: 'logout-1' };
 * ```
 */
export interface HideMessageEffect {
  /** Discriminant. */
  readonly type: 'hide-message';
  /** The request the message was about. */
  readonly requestId: string;
}

/**
 * The final step, for the host to carry out: log the agent out now.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const x: logout.LogOutEffect = { type: 'log-out', source: 'main-window', requestId: 'logout-1', authorizedBy: 'server' };
 * ```
 */
export interface LogOutEffect {
  /** Discriminant. */
  readonly type: 'log-out';
  /** Where the agent asked to log out. */
  readonly source: LogoutSource;
  /** The negotiated request, or `null` for an immediate logout (no negotiation needed). */
  readonly requestId: string | null;
  /** What authorized a negotiated logout, or `null` for an immediate one. */
  readonly authorizedBy: LogoutAuthorizer | null;
}

/**
 * Every effect the logout machine emits, including the core {@link WakeEffect} at the deadline.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * function carryOut(effect: logout.LogoutEffect): void {
 *   switch (effect.type) {
 *     case 'send-request': break; // send effect.request (kind 'logout' or 'cancel-logout') to the server
 *     case 'show-message': break;
 *     case 'hide-message': break;
 *     case 'wake': break; // setTimeout until effect.at, then deliver a tick
 *     case 'logout-failed': break; // show effect.message and effect.tooltip
 *     case 'log-out': break; // log the agent out
 *   }
 * }
 * ```
 */
export type LogoutEffect =
  | SendRequestEffect
  | ShowMessageEffect
  | HideMessageEffect
  | WakeEffect
  | LogOutEffect
  | LogoutFailedEffect;

/**
 * The server refused or failed the logout request: show `message` (the server's text, or a generic one)
 * and `tooltip`; `next` lists what the agent may do now (`retry` always, `exit-anyway` when the
 * configuration allows it).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.LogoutFailedEffect = { type: 'logout-failed', requestId: 'logout-1', message: 'Campaign is not loaded', tooltip: 'Logoff failed: Campaign is not loaded', next: ['retry'] };
 * ```
 */
export interface LogoutFailedEffect {
  /** Discriminant. */
  readonly type: 'logout-failed';
  /** The failed request. */
  readonly requestId: string;
  /** What to show. */
  readonly message: string;
  /** The status tooltip now. */
  readonly tooltip: string;
  /** What the agent may do next. */
  readonly next: readonly ('retry' | 'exit-anyway')[];
}
