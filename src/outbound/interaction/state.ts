import type { DialingMode } from '../../core/internal.js';
import type { CallResult } from '../records/codes.js';
import type { OutboundRecord } from '../records/record.js';
import type { InteractionConfig } from './config.js';
import type { CallbackType, OutboundRequest } from './requests.js';

/**
 * Where a record stands in the agent's hands:
 * - `preview`: received (preview, or an accepted push preview), not dialled yet.
 * - `offered`: a pushed preview record waiting for accept or decline.
 * - `seized`: a seizing-mode call reserved the agent; the record comes when the contact answers.
 * - `dialing`: the agent dialled; waiting for the contact.
 * - `connected`: on the call with the contact.
 * - `wrap-up`: the call ended; result, disposition, callback, then processed.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const p: outbound.interaction.RecordPhase = 'wrap-up';
 * ```
 */
export type RecordPhase = 'preview' | 'offered' | 'seized' | 'dialing' | 'connected' | 'wrap-up';

/**
 * A callback the server accepted for the record.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.interaction.ScheduledCallback = { callbackType: 'personal', dialSchedTime: 1_764_100_000, phone: '5550100' };
 * ```
 */
export interface ScheduledCallback {
  /** Personal or campaign. */
  readonly callbackType: CallbackType;
  /** When, UTC epoch seconds. */
  readonly dialSchedTime: number;
  /** Which number. */
  readonly phone: string;
}

/**
 * One record (or seized call) the agent holds.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.interaction.InteractionState;
 * for (const slot of state.slots) console.log(slot.record?.phone, slot.phase);
 * ```
 */
export interface RecordSlot {
  /** The record's dialing mode. */
  readonly mode: DialingMode;
  /** Where it stands. */
  readonly phase: RecordPhase;
  /** The record; `null` only while `seized`. */
  readonly record: OutboundRecord | null;
  /** The call's id from telephony, or `null` for a record not dialled yet. */
  readonly callId: string | null;
  /** The chain's records in ascending `chain_n` (just the record until the chain is fetched). */
  readonly chain: readonly OutboundRecord[];
  /** The `chain_n` of the number on (or last on) the call. */
  readonly dialedChainN: number | null;
  /** The call result that will be sent. */
  readonly callResult: CallResult;
  /** True while `callResult` is the automatic choice (a later automatic change may replace it). */
  readonly callResultAuto: boolean;
  /** The disposition code that will be sent, or `null`. */
  readonly disposition: string | null;
  /** Do-not-call acknowledged for this record or its chain, or `null`. */
  readonly doNotCall: 'record' | 'chain' | null;
  /** The callback the server accepted, or `null`. */
  readonly rescheduled: ScheduledCallback | null;
  /** For a record delivered because a callback came due (`scheduled-call`): which callback; otherwise `null`. */
  readonly callback: DueCallback | null;
  /** Timed preview: when the record dials itself unless the agent acts first, epoch ms; `null` when off. */
  readonly autoDialAt: number | null;
}

/**
 * The callback a record was delivered for (OCS `ScheduledCall`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.interaction.DueCallback = { callbackType: 'personal', dialSchedTime: 1_764_100_000 };
 * ```
 */
export interface DueCallback {
  /** Personal (this agent) or campaign. */
  readonly callbackType: CallbackType;
  /** The time it was scheduled for, UTC epoch seconds. */
  readonly dialSchedTime: number;
}

/**
 * A request waiting for its acknowledgement or error event.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.interaction.InteractionState;
 * state.pending.map((p) => `${p.request.kind} since ${p.sentAt}`);
 * ```
 */
export interface PendingRequest {
  /** The request as sent. */
  readonly request: OutboundRequest;
  /** When it was sent, epoch ms. */
  readonly sentAt: number;
}

/**
 * State of the interaction machine (plain JSON, deeply frozen).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const config: outbound.interaction.InteractionConfig;
 * const s = outbound.interaction.machine.start({ at: 0, config });
 * if (s.ok) s.state.slots.length; // 0
 * ```
 */
export interface InteractionState {
  /** Schema version. */
  readonly version: 1;
  /** Last accepted instant, epoch ms. */
  readonly lastAt: number;
  /** The configuration. */
  readonly config: InteractionConfig;
  /** How many requests were sent (the counter behind request ids, `outbound-<n>`). */
  readonly requestCount: number;
  /** Records and seized calls the agent holds, in arrival order. */
  readonly slots: readonly RecordSlot[];
  /** Requests awaiting acknowledgement, oldest first. */
  readonly pending: readonly PendingRequest[];
  /** Handles of records finished by a processed acknowledgement (they never come back). */
  readonly processed: readonly number[];
  /** When the last "no records" answer came, epoch ms, or `null`. */
  readonly noRecordsAt: number | null;
}
