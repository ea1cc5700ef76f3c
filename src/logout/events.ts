import type { TickEvent } from '../core/effects.js';
import type { DialingMode } from '../core/internal.js';
import type { LogoutSource } from './state.js';

/**
 * Every event type the logout machine knows, in one list (anything else is refused with `unknown-event`).
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * logout.logoutEventTypes.includes('logout-delay'); // true
 * ```
 */
export const logoutEventTypes = Object.freeze([
  'logout-requested',
  'logout-delay',
  'request-acknowledged',
  'request-failed',
  'tick',
  'message-dismissed',
  'interaction-started',
  'interaction-ended',
  'campaign-changed',
  'exit-anyway',
] as const);

/**
 * The server refused or failed the pending logout request (the error path). The agent stays logged in;
 * with `exitOnError` the agent may then exit anyway (`exit-anyway`), otherwise only try again.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.RequestFailedEvent = { type: 'request-failed', at: 2_000, requestId: 'logout-1', reason: 'Campaign is not loaded' };
 * ```
 */
export interface RequestFailedEvent {
  /** Discriminant. */
  readonly type: 'request-failed';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The request this answers: the pending request's id (another id is refused with `unknown-request`). */
  readonly requestId: string;
  /** The server's error text, if it sent one (at most 500 characters are kept). */
  readonly reason?: string;
}

/**
 * The agent exits anyway after a failed logout request (only when `exitOnError` allows it).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.ExitAnywayEvent = { type: 'exit-anyway', at: 3_000 };
 * ```
 */
export interface ExitAnywayEvent {
  /** Discriminant. */
  readonly type: 'exit-anyway';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * The agent asks to log out (from the main window or the voice channel).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.LogoutRequestedEvent = { type: 'logout-requested', at: 1_000, source: 'main-window' };
 * ```
 */
export interface LogoutRequestedEvent {
  /** Discriminant. */
  readonly type: 'logout-requested';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** Where the agent clicked Logout. */
  readonly source: LogoutSource;
}

/**
 * A message from the server while a request is pending: how long the wait will be, in seconds from
 * this event. It can shorten the deadline, never lengthen it beyond the configured maximum.
 * (Not confirmed against the OCS manual, whose stored copy does not give the "Agent Logout" section's
 * text: a deployment whose server announces no delay simply never sends it.)
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.LogoutDelayEvent = { type: 'logout-delay', at: 2_000, seconds: 12 };
 * ```
 */
export interface LogoutDelayEvent {
  /** Discriminant. */
  readonly type: 'logout-delay';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The delay, a finite number of seconds (0 or more; fractions allowed). */
  readonly seconds: number;
  /** The request this is about; if given it must be the pending request's id (else `unknown-request`). */
  readonly requestId?: string;
}

/**
 * The server acknowledged the pending logout request: logout is authorized (OCS `LogOutAcknowledge`,
 * sent once OCS has taken back the calls it assigned to the agent; Outbound Contact Deployment Guide,
 * "Smart Logout").
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.RequestAcknowledgedEvent = { type: 'request-acknowledged', at: 9_000, requestId: 'logout-1' };
 * ```
 */
export interface RequestAcknowledgedEvent {
  /** Discriminant. */
  readonly type: 'request-acknowledged';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The request this answers: the pending request's id (another id is refused with `unknown-request`). */
  readonly requestId: string;
}

/**
 * The agent closed the "awaiting logoff authorization" message window.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.MessageDismissedEvent = { type: 'message-dismissed', at: 3_000 };
 * ```
 */
export interface MessageDismissedEvent {
  /** Discriminant. */
  readonly type: 'message-dismissed';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * An interaction starts being delivered to the agent (for example a call the dialer placed for them).
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.InteractionStartedEvent = { type: 'interaction-started', at: 500 };
 * ```
 */
export interface InteractionStartedEvent {
  /** Discriminant. */
  readonly type: 'interaction-started';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * An interaction the agent was receiving has ended.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.InteractionEndedEvent = { type: 'interaction-ended', at: 60_000 };
 * ```
 */
export interface InteractionEndedEvent {
  /** Discriminant. */
  readonly type: 'interaction-ended';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * The agent's campaign changed mode, started or stopped.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const e: logout.CampaignChangedEvent = { type: 'campaign-changed', at: 4_000, mode: 'preview', running: false };
 * ```
 */
export interface CampaignChangedEvent {
  /** Discriminant. */
  readonly type: 'campaign-changed';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The campaign's dialing mode now. */
  readonly mode: DialingMode;
  /** Whether the campaign is running now. */
  readonly running: boolean;
}

/**
 * Every event `logout.transition` accepts. `tick` is the core {@link TickEvent}.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * const events: logout.LogoutEvent[] = [
 *   { type: 'logout-requested', at: 0, source: 'voice-channel' },
 *   { type: 'tick', at: 1_000 },
 * ];
 * ```
 */
export type LogoutEvent =
  | LogoutRequestedEvent
  | LogoutDelayEvent
  | RequestAcknowledgedEvent
  | RequestFailedEvent
  | TickEvent
  | MessageDismissedEvent
  | InteractionStartedEvent
  | InteractionEndedEvent
  | CampaignChangedEvent
  | ExitAnywayEvent;
