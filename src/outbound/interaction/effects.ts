import type { FieldCode } from '../records/fields.js';
import type { RecordParseCode } from '../records/parse.js';
import type { WakeEffect } from '../../core/effects.js';
import type { DialingMode } from '../../core/internal.js';
import type { CallbackType, OutboundRequest } from './requests.js';
import type { ChainNumber } from '../reschedule-request.js';

export type { ChainNumber } from '../reschedule-request.js';

/**
 * What the interaction hands to the outbound reschedule dialog (`reschedule` machine) when the agent
 * opens Reschedule Callback: the record, its zone and numbers. The dialog answers with a `reschedule`
 * event to the interaction machine.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const handoff: outbound.RescheduleHandoff;
 * handoff.numbers.map((n) => n.phone);
 * ```
 */
export interface RescheduleHandoff {
  /** Record handle the reschedule is for. */
  readonly handle: number;
  /** Campaign of the record, or `null`. */
  readonly campaignName: string | null;
  /** The contact's zone (calling hours are judged there). */
  readonly timeZone: string;
  /** The `chain_n` of the number on the call. */
  readonly currentChainN: number;
  /** The chain's numbers known to the desktop, ascending `chain_n`. */
  readonly numbers: readonly ChainNumber[];
  /** When the dialog was opened, epoch ms. */
  readonly at: number;
}

/**
 * Effects of the interaction machine:
 * - `send-request`: send this request; its id comes back in the acknowledgement or error event.
 * - `dial`: place the call to `phone`.
 * - `reschedule-handoff`: open the reschedule dialog with this data.
 * - `record-closed`: the record left the desktop (`processed`, `rejected`, `declined`, `cancelled`),
 *   or a seized call was released before any record (`released`).
 * - `request-failed`: the server refused a request.
 * - `no-records`: the preview request found no record.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * function run(effect: outbound.InteractionEffect): void {
 *   if (effect.type === 'send-request') console.log(effect.request.kind, effect.request.id);
 * }
 * ```
 */
export type InteractionEffect =
  | SendRequestEffect
  | DialEffect
  | RescheduleHandoffEffect
  | RecordClosedEffect
  | RequestFailedEffect
  | NoRecordsEffect
  | CallbackDueEffect
  | WakeEffect;

/**
 * A callback came due and its record is on the desktop (show it as a callback: personal or campaign,
 * with the time it was scheduled for).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.CallbackDueEffect = { type: 'callback-due', handle: 101, callbackType: 'personal', dialSchedTime: 1_764_100_000, mode: 'preview' };
 * ```
 */
export interface CallbackDueEffect {
  /** Discriminant. */
  readonly type: 'callback-due';
  /** Record handle. */
  readonly handle: number;
  /** Personal or campaign callback. */
  readonly callbackType: CallbackType;
  /** When it was scheduled for, UTC epoch seconds. */
  readonly dialSchedTime: number;
  /** The campaign's dialing mode (preview modes: the agent dials; the others: the desktop dials at once). */
  readonly mode: DialingMode;
}

/**
 * Send a request to the server.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.SendRequestEffect = { type: 'send-request', request: { kind: 'reject', id: 'outbound-2', referenceId: 2, handle: 101 } };
 * ```
 */
export interface SendRequestEffect {
  /** Discriminant. */
  readonly type: 'send-request';
  /** The request. */
  readonly request: OutboundRequest;
}

/**
 * Place a call.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.DialEffect = { type: 'dial', handle: 101, chainN: 0, phone: '5550100' };
 * ```
 */
export interface DialEffect {
  /** Discriminant. */
  readonly type: 'dial';
  /** Record handle the call is for. */
  readonly handle: number;
  /** Chain number dialled. */
  readonly chainN: number;
  /** The number. */
  readonly phone: string;
}

/**
 * Open the reschedule dialog.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const handoff: outbound.RescheduleHandoff;
 * const e: outbound.RescheduleHandoffEffect = { type: 'reschedule-handoff', handoff };
 * ```
 */
export interface RescheduleHandoffEffect {
  /** Discriminant. */
  readonly type: 'reschedule-handoff';
  /** The data for the dialog. */
  readonly handoff: RescheduleHandoff;
}

/**
 * A record left the desktop, or a seized call went away without a record.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.RecordClosedEffect = { type: 'record-closed', handle: 101, callId: null, outcome: 'processed' };
 * ```
 */
export interface RecordClosedEffect {
  /** Discriminant. */
  readonly type: 'record-closed';
  /** Record handle, or `null` for a seized call that got no record. */
  readonly handle: number | null;
  /** Call id, or `null`. */
  readonly callId: string | null;
  /** Why (`cancelled-by-server` and `removed-by-server`: the server withdrew the record). */
  readonly outcome: 'processed' | 'rejected' | 'declined' | 'cancelled' | 'released' | 'cancelled-by-server' | 'removed-by-server';
  /** For a record the server withdrew: the text to show. */
  readonly reason?: string;
}

/**
 * The server refused a request.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const request: outbound.OutboundRequest;
 * const e: outbound.RequestFailedEffect = { type: 'request-failed', request, reason: 'record not found' };
 * ```
 */
export interface RequestFailedEffect {
  /** Discriminant. */
  readonly type: 'request-failed';
  /** The request. */
  readonly request: OutboundRequest;
  /** The server's reason, or `null`. */
  readonly reason: string | null;
}

/**
 * The preview request found no record.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.NoRecordsEffect = { type: 'no-records', campaign: null };
 * ```
 */
export interface NoRecordsEffect {
  /** Discriminant. */
  readonly type: 'no-records';
  /** The campaign asked, or `null`. */
  readonly campaign: string | null;
}

/**
 * Codes of the interaction machine (on top of the common codes):
 * - `permission-denied`: the agent's permissions do not allow it (`details.permission`).
 * - `unknown-record`: no record with that handle on the desktop; `unknown-call`: no such seized call.
 * - `unknown-request`: no pending request with that id, or the event does not answer that kind of request.
 * - `record-already-held`: a record with that handle is already on the desktop.
 * - `record-already-processed`: that record was finished; a processed record never comes back.
 * - `preview-limit-reached`: the agent already holds (or asked for) the maximum of preview records.
 * - `request-pending`: a request about that record is still waiting for its acknowledgement.
 * - `call-in-progress`: not while the call is up (hang up first).
 * - `not-in-chain`: that chain number is not in the chain the desktop holds.
 * - `call-result-not-offered`, `unknown-disposition`: a value outside the configured lists.
 * - `time-in-past`: a callback time that is not in the future.
 * - `invalid-mode`: a dialing mode that does not fit the event.
 * - the record parser's codes ({@link RecordParseCode}) for bad record data, and the field codes
 *   ({@link FieldCode}) for field updates.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.InteractionCode = 'permission-denied';
 * ```
 */
export type InteractionCode =
  | 'permission-denied'
  | 'unknown-record'
  | 'unknown-call'
  | 'unknown-request'
  | 'record-already-held'
  | 'record-already-processed'
  | 'preview-limit-reached'
  | 'request-pending'
  | 'call-in-progress'
  | 'not-in-chain'
  | 'call-result-not-offered'
  | 'unknown-disposition'
  | 'time-in-past'
  | 'invalid-mode'
  | RecordParseCode
  | FieldCode;
