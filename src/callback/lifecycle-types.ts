import type { Rejection } from '../core/internal.js';

/**
 * The states of a Genesys callback, in the only order it may move through them: `scheduled` (waiting for
 * its time), `queued` (waiting for an agent), `routing` (an agent is being chosen), `processing` (an agent
 * is on it; it can no longer be cancelled), `completed` (with a {@link CompletionReason}). A callback may
 * skip states (an immediate callback starts `queued`), never go back.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.lifecycle.callbackStatuses.indexOf('routing'); // 2
 * ```
 */
export const callbackStatuses = Object.freeze(['scheduled', 'queued', 'routing', 'processing', 'completed'] as const);

/**
 * One of the {@link callbackStatuses}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const s: callback.lifecycle.CallbackStatus = 'queued';
 * ```
 */
export type CallbackStatus = (typeof callbackStatuses)[number];

/**
 * Why a callback completed: one domain reason per completion reason of the Genesys Callback Services API
 * (GMS API Reference, "Callback Services API", the callback states table, reasons for the final state; the
 * `genesys.gms` adapter maps the server's own strings onto these, see its guide):
 *
 * | reason | meaning (from the reference) |
 * | --- | --- |
 * | `cancelled` | the callback service received a cancel request |
 * | `agent-connected` | the interaction was routed to the agent |
 * | `not-available` | the service exited with no specified reason |
 * | `time-to-live-expired` | not handled within the service's time to live |
 * | `target-not-found` | the requested target could not be reserved |
 * | `interaction-deleted` | the interaction was deleted before routing to the agent |
 * | `no-customer-number` | the customer number is missing |
 * | `customer-not-confirmed` | a required confirmation from the customer never came |
 * | `queueing-failed` | the request could not be queued |
 * | `agent-connect-failed` | the interaction could not be connected to the agent |
 * | `customer-call-failed` | the service could not connect the customer |
 * | `agent-preview-rejected` | the agent rejected the preview n times (n is kept as `rejects`) |
 * | `message-file-not-loaded` | the service could not load its strings resource file |
 * | `unsupported-media` | the interaction's media type is not supported |
 * | `failed` | an unknown error |
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.lifecycle.completionReasons.includes('time-to-live-expired'); // true
 * ```
 */
export const completionReasons = Object.freeze([
  'cancelled',
  'agent-connected',
  'not-available',
  'time-to-live-expired',
  'target-not-found',
  'interaction-deleted',
  'no-customer-number',
  'customer-not-confirmed',
  'queueing-failed',
  'agent-connect-failed',
  'customer-call-failed',
  'agent-preview-rejected',
  'message-file-not-loaded',
  'unsupported-media',
  'failed',
] as const);

/**
 * One of the {@link completionReasons}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const r: callback.lifecycle.CompletionReason = 'agent-connected';
 * ```
 */
export type CompletionReason = (typeof completionReasons)[number];

/**
 * The result of the last dial to the customer, a finer detail a host may attach to a completion when its
 * server reports one (the GMS reasons above do not carry it). It never replaces the {@link CompletionReason}.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.lifecycle.dialResults.includes('answering-machine'); // true
 * ```
 */
export const dialResults = Object.freeze(['busy', 'no-answer', 'answering-machine', 'abandoned'] as const);

/**
 * One of the {@link dialResults}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const d: callback.lifecycle.DialResult = 'busy';
 * ```
 */
export type DialResult = (typeof dialResults)[number];

/**
 * Input of `callback.lifecycle.machine.start`.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const input: callback.lifecycle.LifecycleInput = { at: Date.UTC(2026, 10, 24, 14), callbackId: 'cb-42', desiredAt: Date.UTC(2026, 10, 24, 15) };
 * ```
 */
export interface LifecycleInput {
  /** Now, epoch ms UTC. */
  readonly at: number;
  /** The callback's id. */
  readonly callbackId: string;
  /** The desired time (epoch ms UTC), or `null` for an immediate callback. */
  readonly desiredAt: number | null;
  /** The status it is in now (default `scheduled`; not `completed`). */
  readonly status?: Exclude<CallbackStatus, 'completed'>;
}

/**
 * The request awaiting the server's answer, as the state keeps it.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const p: callback.lifecycle.PendingRequest = { kind: 'reschedule', requestId: 'reschedule-1', desiredAt: Date.UTC(2026, 10, 25, 15) };
 * ```
 */
export interface PendingRequest {
  /** What was asked. */
  readonly kind: 'cancel' | 'reschedule';
  /** Its id. */
  readonly requestId: string;
  /** The new desired time of a reschedule, or `null` for a cancel. */
  readonly desiredAt: number | null;
}

/**
 * What the lifecycle asks the server: cancel the callback, or move it to `desiredAt` (`desiredTime` is the
 * same instant as ISO 8601 UTC). Answer with `request-acknowledged` or `request-failed` and `requestId`.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const r: callback.lifecycle.LifecycleRequest = { kind: 'cancel', requestId: 'cancel-1', callbackId: 'cb-42' };
 * ```
 */
export type LifecycleRequest =
  | {
      /** Discriminant. */
      readonly kind: 'cancel';
      /** Echo it in the answer. */
      readonly requestId: string;
      /** The callback. */
      readonly callbackId: string;
    }
  | {
      /** Discriminant. */
      readonly kind: 'reschedule';
      /** Echo it in the answer. */
      readonly requestId: string;
      /** The callback. */
      readonly callbackId: string;
      /** The new desired time, epoch ms UTC. */
      readonly desiredAt: number;
      /** The same instant, ISO 8601 UTC. */
      readonly desiredTime: string;
    };

/**
 * A status the callback reached, and when.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const h: callback.lifecycle.StatusChange = { status: 'queued', at: Date.UTC(2026, 10, 24, 15) };
 * ```
 */
export interface StatusChange {
  /** The status reached. */
  readonly status: CallbackStatus;
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * The lifecycle state: plain, frozen JSON.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const step = callback.lifecycle.machine.start({ at: 0, callbackId: 'cb-1', desiredAt: null, status: 'queued' });
 * if (!step.ok) throw new Error(step.error.code);
 * const state: callback.lifecycle.LifecycleState = step.state;
 * ```
 */
export interface LifecycleState {
  /** Schema version. */
  readonly version: 1;
  /** The last accepted instant. */
  readonly lastAt: number;
  /** The callback's id. */
  readonly callbackId: string;
  /** The current status. */
  readonly status: CallbackStatus;
  /** The desired time, or `null` for an immediate callback. */
  readonly desiredAt: number | null;
  /** Why it completed, once `completed`. */
  readonly reason: CompletionReason | null;
  /** How many times the agent rejected the preview, for `agent-preview-rejected`; else `null`. */
  readonly rejects: number | null;
  /** The last dial's result when the host reported one with the completion; else `null`. */
  readonly dialResult: DialResult | null;
  /** The statuses reached, oldest first (starting with the initial one). */
  readonly history: readonly StatusChange[];
  /** How many requests were sent (the request id counter). */
  readonly requestCount: number;
  /** The request awaiting its answer, or `null`. */
  readonly pending: PendingRequest | null;
  /** The last refusal from the server (a failed cancel or reschedule), or `null`. */
  readonly error: Rejection | null;
}

/**
 * Events of the lifecycle machine; each carries `at`.
 *
 * - `queued`, `routing`, `processing`: the server reports the callback moved forward.
 * - `completed` with a `reason` (and `rejects` for `agent-preview-rejected`, optionally `dialResult`): the
 *   server reports it finished.
 * - `cancel`: the agent asks to cancel (refused with `cancel-refused` while processing).
 * - `reschedule` with `desiredAt`: the agent asks for a new time (refused with `reschedule-refused` unless scheduled).
 * - `request-acknowledged` / `request-failed`: the server's answer to a cancel or reschedule request, by
 *   `requestId` (an answer to no pending request is refused with `unknown-request`).
 * - `tick`: accepted at any time; nothing in the lifecycle is ever due.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const e: callback.lifecycle.LifecycleEvent = { type: 'completed', at: Date.UTC(2026, 10, 24, 15, 5), reason: 'agent-connected' };
 * ```
 */
export type LifecycleEvent =
  | {
      /** Discriminant: the status reached. */
      readonly type: 'queued' | 'routing' | 'processing';
      /** When, epoch ms UTC. */
      readonly at: number;
    }
  | {
      /** Discriminant. */
      readonly type: 'completed';
      /** When, epoch ms UTC. */
      readonly at: number;
      /** Why it completed. */
      readonly reason: CompletionReason;
      /** With `agent-preview-rejected`: how many times the agent rejected the preview (a whole number from 1). */
      readonly rejects?: number;
      /** The last dial's result, when the server reported one (a detail, never a replacement for `reason`). */
      readonly dialResult?: DialResult;
    }
  | {
      /** Discriminant. */
      readonly type: 'cancel';
      /** When, epoch ms UTC. */
      readonly at: number;
    }
  | {
      /** Discriminant. */
      readonly type: 'reschedule';
      /** When, epoch ms UTC. */
      readonly at: number;
      /** The new desired time, epoch ms UTC, after `at`. */
      readonly desiredAt: number;
    }
  | {
      /** Discriminant. */
      readonly type: 'request-acknowledged';
      /** When, epoch ms UTC. */
      readonly at: number;
      /** The request answered. */
      readonly requestId: string;
    }
  | {
      /** Discriminant. */
      readonly type: 'request-failed';
      /** When, epoch ms UTC. */
      readonly at: number;
      /** The request answered. */
      readonly requestId: string;
      /** Why the server refused. */
      readonly reason: Rejection;
    };

/**
 * The effect of the lifecycle machine: send a {@link LifecycleRequest} to the server (cancel, or move the
 * callback). Answer with `request-acknowledged` or `request-failed` and the request's `requestId`.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const e: callback.lifecycle.LifecycleEffect = { type: 'send-request', request: { kind: 'cancel', requestId: 'cancel-1', callbackId: 'cb-42' } };
 * ```
 */
export interface LifecycleEffect {
  /** Discriminant. */
  readonly type: 'send-request';
  /** What to ask. */
  readonly request: LifecycleRequest;
}
