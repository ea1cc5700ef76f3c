import type { WakeEffect } from '../core/effects.js';
import type { LogoutAuthorizer, LogoutSource } from './state.js';

/**
 * Send the logout request to the server; it answers with `logout-delay` and/or `logout-authorized`.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const x: logout.SendLogoutRequestEffect = { type: 'send-logout-request', requestId: 'logout-1', source: 'main-window' };
 * ```
 */
export interface SendLogoutRequestEffect {
  /** Discriminant. */
  readonly type: 'send-logout-request';
  /** The id to send with the request; answers may echo it. */
  readonly requestId: string;
  /** Where the agent asked to log out. */
  readonly source: LogoutSource;
}

/**
 * Show the "awaiting logoff authorization" system message with its countdown
 * (render it with `logout.countdownLabel(state, now)`).
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
 * Tell the server the desktop no longer waits for this request: it expired without authorization
 * (`authorizeAtDeadline: false`) and the agent stays logged in.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const x: logout.CancelLogoutRequestEffect = { type: 'cancel-logout-request', requestId: 'logout-1' };
 * ```
 */
export interface CancelLogoutRequestEffect {
  /** Discriminant. */
  readonly type: 'cancel-logout-request';
  /** The expired request. */
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
 *     case 'send-logout-request': break; // send effect.requestId to the server
 *     case 'show-message': break;
 *     case 'hide-message': break;
 *     case 'wake': break; // setTimeout until effect.at, then deliver a tick
 *     case 'cancel-logout-request': break;
 *     case 'log-out': break; // log the agent out
 *   }
 * }
 * ```
 */
export type LogoutEffect =
  | SendLogoutRequestEffect
  | ShowMessageEffect
  | HideMessageEffect
  | WakeEffect
  | CancelLogoutRequestEffect
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
