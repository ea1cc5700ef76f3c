import type { DialingMode } from '../core/internal.js';

/**
 * Where the agent asked to log out. Only these two ways of logging out are negotiated in a
 * progressive or predictive campaign (the main window's title bar or main menu, and the voice channel
 * in My Channels).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const source: logout.LogoutSource = 'voice-channel';
 * ```
 */
export type LogoutSource = 'main-window' | 'voice-channel';

/**
 * The campaign the agent takes part in, as far as logout cares: its dialing mode and whether it runs.
 * Logout is negotiated while a progressive or predictive campaign (with or without seizing) is running.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const campaign: logout.LogoutCampaign = { mode: 'predictive', running: true };
 * ```
 */
export interface LogoutCampaign {
  /** The campaign group's dialing mode. */
  readonly mode: DialingMode;
  /** True while the campaign is started (dialing); false when it is loaded but stopped, or unloaded. */
  readonly running: boolean;
}

/**
 * What `logout.start` needs.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const input: logout.LogoutInput = {
 *   at: Date.UTC(2026, 10, 24, 9, 0),
 *   campaign: { mode: 'progressive', running: true },
 *   maxDelayMs: 45_000,
 *   authorizeAtDeadline: true,
 * };
 * ```
 */
export interface LogoutInput {
  /** The current instant, epoch milliseconds UTC. */
  readonly at: number;
  /** The agent's campaign. */
  readonly campaign: LogoutCampaign;
  /**
   * The longest the agent waits for authorization, in milliseconds (default 30 000). A delay the server
   * announces can shorten the wait, never lengthen it.
   */
  readonly maxDelayMs?: number;
  /** Whether reaching the deadline authorizes the logout (default `true`); if `false` the request expires. */
  readonly authorizeAtDeadline?: boolean;
  /**
   * Whether the agent may exit anyway when the server refuses or fails the logout request (default
   * `false`; Workspace's `logout.enable-exit-on-logoff-error`, see `genesys.workspaceOptions`).
   */
  readonly exitOnError?: boolean;
  /** Interactions the agent is receiving right now (default 0). */
  readonly interactions?: number;
}

/**
 * Where the logout stands.
 *
 * - `logged-in`: no logout in progress (perhaps an earlier request expired).
 * - `awaiting-authorization`: the request was sent; waiting for the server or the deadline.
 * - `authorized`: logout is authorized but an interaction is still in progress; the agent is logged out
 *   when the last one ends.
 * - `logged-out`: the final `log-out` effect was emitted. Terminal: every later event is refused.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const status: logout.LogoutStatus = 'awaiting-authorization';
 * ```
 */
export type LogoutStatus = 'logged-in' | 'awaiting-authorization' | 'authorized' | 'logged-out';

/**
 * What authorized a logout: the server (`request-acknowledged`), the deadline passing (with
 * `authorizeAtDeadline`), or the campaign ceasing to need negotiation (stopped, or switched to a mode
 * that does not dial ahead of the agent) while the request was pending.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const by: logout.LogoutAuthorizer = 'server';
 * ```
 */
export type LogoutAuthorizer = 'server' | 'deadline' | 'campaign';

/**
 * The "awaiting logoff authorization" system message window of one request:
 * `none` (never shown: no interaction was being received), `shown` (on screen), `dismissed` (closed by
 * the agent; My Messages and the status tooltip still show the countdown), `hidden` (closed by the
 * machine when the request was resolved).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const display: logout.MessageDisplay = 'dismissed';
 * ```
 */
export type MessageDisplay = 'none' | 'shown' | 'dismissed' | 'hidden';

/**
 * How a logout request ended: still `pending`, `authorized`, or `expired` (the deadline passed without
 * authorization and `authorizeAtDeadline` is off; the agent stays logged in).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const outcome: logout.RequestOutcome = 'pending';
 * ```
 */
export type RequestOutcome = 'pending' | 'authorized' | 'expired' | 'failed';

/**
 * One negotiated logout request, kept in the state while pending and afterwards (for My Messages and
 * the status tooltip).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const request: logout.LogoutRequest = {
 *   id: 'logout-1', source: 'main-window', requestedAt: 0, deadline: 30_000, deadlineSetBy: 'configuration',
 *   deliveredDuringWait: 0, message: 'none', messageShownAt: null, outcome: 'pending', resolvedAt: null,
 *   authorizedBy: null,
 *   failure: null,
 * };
 * ```
 */
export interface LogoutRequest {
  /** The request id sent to the server (`logout-1`, `logout-2`, ...). */
  readonly id: string;
  /** Where the agent asked to log out. */
  readonly source: LogoutSource;
  /** When the request was sent, epoch ms UTC. */
  readonly requestedAt: number;
  /** The absolute instant (epoch ms UTC) at which the wait ends. */
  readonly deadline: number;
  /** Whether the deadline comes from the configured maximum or from the server's announced delay. */
  readonly deadlineSetBy: 'configuration' | 'server';
  /** Interactions delivered to the agent while the request was pending. */
  readonly deliveredDuringWait: number;
  /** The state of the system message window for this request. */
  readonly message: MessageDisplay;
  /** When the system message was first shown, or `null` if it never was. */
  readonly messageShownAt: number | null;
  /** How the request ended so far. */
  readonly outcome: RequestOutcome;
  /** When it was authorized or expired, or `null` while pending. */
  readonly resolvedAt: number | null;
  /** What authorized it, or `null` if it is not authorized. */
  readonly authorizedBy: LogoutAuthorizer | null;
  /** The server's message when the request failed (`outcome` `failed`), otherwise `null`. */
  readonly failure: string | null;
}

/**
 * The negotiated-logout state: plain, deeply frozen JSON data.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const step = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * if (!step.ok) throw new Error(step.error.code);
 * const saved = JSON.stringify(step.state);
 * const restored = JSON.parse(saved) as logout.LogoutState;
 * ```
 */
export interface LogoutState {
  /** Schema version of this state. */
  readonly version: 1;
  /** Where the logout stands. */
  readonly status: LogoutStatus;
  /** The instant of the last accepted event (epoch ms UTC); earlier events are refused. */
  readonly lastAt: number;
  /** The agent's campaign, kept up to date by `campaign-changed`. */
  readonly campaign: LogoutCampaign;
  /** The configured longest wait, in milliseconds. */
  readonly maxDelayMs: number;
  /** Whether the deadline passing authorizes the logout. */
  readonly authorizeAtDeadline: boolean;
  /** Whether the agent may exit anyway after the server refused or failed the logout request. */
  readonly exitOnError: boolean;
  /** Interactions the agent is receiving now (started and not yet ended). */
  readonly interactions: number;
  /** How many logout requests were sent so far (the counter behind request ids). */
  readonly requestCount: number;
  /** The current or most recent negotiated request, or `null` if none was sent. */
  readonly request: LogoutRequest | null;
  /** When the agent was logged out (the `log-out` effect), or `null`. */
  readonly loggedOutAt: number | null;
}
