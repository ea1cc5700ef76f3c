import type { TickEvent } from '../../core/internal.js';

/**
 * What an agent is doing, as the host reports it. `ready` agents wait for a call; `talking` and
 * `wrap-up` agents are busy; `not-ready` agents are logged in but unavailable (a break);
 * `logged-out` removes the agent from the campaign.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const status: outbound.pacing.AgentStatus = 'wrap-up';
 * ```
 */
export type AgentStatus = 'ready' | 'talking' | 'wrap-up' | 'not-ready' | 'logged-out';

/**
 * An agent changed status.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.pacing.AgentEvent = { type: 'agent', at: 1_000, agentId: 'a1', status: 'ready' };
 * ```
 */
export interface AgentEvent {
  /** Discriminant. */
  readonly type: 'agent';
  /** When, epoch milliseconds UTC. */
  readonly at: number;
  /** The agent's id (any non-empty string). */
  readonly agentId: string;
  /** The new status. */
  readonly status: AgentStatus;
}

/**
 * The host started dialing a call (one the pacer asked for).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.pacing.DialedEvent = { type: 'dialed', at: 1_000, callId: 'c1' };
 * ```
 */
export interface DialedEvent {
  /** Discriminant. */
  readonly type: 'dialed';
  /** When, epoch milliseconds UTC. */
  readonly at: number;
  /** The call's id, unique among calls in progress. */
  readonly callId: string;
}

/**
 * A live person answered the call and now waits for an agent.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.pacing.AnsweredEvent = { type: 'answered', at: 9_000, callId: 'c1' };
 * ```
 */
export interface AnsweredEvent {
  /** Discriminant. */
  readonly type: 'answered';
  /** When, epoch milliseconds UTC. */
  readonly at: number;
  /** The call that was answered. */
  readonly callId: string;
}

/**
 * The attempt ended without a live person: busy, no answer, answering machine, fax, SIT tone...
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.pacing.NoContactEvent = { type: 'no-contact', at: 21_000, callId: 'c1', result: 'no-answer' };
 * ```
 */
export interface NoContactEvent {
  /** Discriminant. */
  readonly type: 'no-contact';
  /** When, epoch milliseconds UTC. */
  readonly at: number;
  /** The call that ended. */
  readonly callId: string;
  /** The call result, free text such as `busy`, `no-answer`, `answering-machine`, `fax`, `sit`. */
  readonly result: string;
}

/**
 * An answered call was connected to an agent. The pacer treats the agent as talking from now on.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.pacing.ConnectedEvent = { type: 'connected', at: 9_400, callId: 'c1', agentId: 'a1' };
 * ```
 */
export interface ConnectedEvent {
  /** Discriminant. */
  readonly type: 'connected';
  /** When, epoch milliseconds UTC. */
  readonly at: number;
  /** The answered call. */
  readonly callId: string;
  /** The agent who took it. */
  readonly agentId: string;
}

/**
 * An answered call was not connected to an agent in time and was abandoned (the host played the
 * abandonment message and released it).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.pacing.AbandonedEvent = { type: 'abandoned', at: 11_000, callId: 'c1' };
 * ```
 */
export interface AbandonedEvent {
  /** Discriminant. */
  readonly type: 'abandoned';
  /** When, epoch milliseconds UTC. */
  readonly at: number;
  /** The abandoned call. */
  readonly callId: string;
}

/**
 * Every event the pacer accepts. A `tick` only advances time (and lets the adaptive baseline adjust
 * its dial level); ticks are idempotent.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const events: outbound.pacing.PacingEvent[] = [{ type: 'tick', at: 0 }];
 * ```
 */
export type PacingEvent =
  | AgentEvent
  | DialedEvent
  | AnsweredEvent
  | NoContactEvent
  | ConnectedEvent
  | AbandonedEvent
  | TickEvent;
