import type { CallResult, ContactInfoType } from '../records/codes.js';
import type { FieldValue } from '../records/fields.js';
import type { RescheduleRequest } from '../reschedule-request.js';

/**
 * Kinds of request the outbound desktop sends and the server acknowledges.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.interaction.requestKinds.includes('processed'); // true
 * ```
 */
export const requestKinds = Object.freeze([
  'preview-record',
  'chained-records',
  'reject',
  'cancel',
  'do-not-call',
  'reschedule',
  'update',
  'processed',
] as const);

/**
 * One of the {@link requestKinds}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const k: outbound.interaction.RequestKind = 'reject';
 * ```
 */
export type RequestKind = (typeof requestKinds)[number];

export type { CallbackType, RescheduleRequest } from '../reschedule-request.js';

/**
 * Fields every request has.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.interaction.RequestBase = { requestId: 'outbound-1', referenceId: 1 };
 * ```
 */
export interface RequestBase {
  /** Request id, `outbound-<n>`, echoed by the reply (`request-acknowledged`, `request-failed`, or the records answering it). */
  readonly requestId: string;
  /** The same counter as a number, for OCS's `GSW_REFERENCE_ID`. */
  readonly referenceId: number;
}

/**
 * Ask for a preview record (manual delivery).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.interaction.PreviewRecordRequest = { kind: 'preview-record', requestId: 'outbound-1', referenceId: 1, campaign: 'Renewals' };
 * ```
 */
export interface PreviewRecordRequest extends RequestBase {
  /** Discriminant. */
  readonly kind: 'preview-record';
  /** The campaign to take the record from, or `null` for any of the agent's. */
  readonly campaign: string | null;
}

/**
 * A request about one record: the other records of its chain, reject (back to the top of the list),
 * cancel (removed from the campaign).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.interaction.RecordRequest = { kind: 'reject', requestId: 'outbound-2', referenceId: 2, handle: 101 };
 * ```
 */
export interface RecordRequest extends RequestBase {
  /** Discriminant. */
  readonly kind: 'chained-records' | 'reject' | 'cancel';
  /** Record handle. */
  readonly handle: number;
}

/**
 * Mark the record, or its whole chain, do-not-call.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.interaction.DoNotCallRequest = { kind: 'do-not-call', requestId: 'outbound-3', referenceId: 3, handle: 101, scope: 'chain' };
 * ```
 */
export interface DoNotCallRequest extends RequestBase {
  /** Discriminant. */
  readonly kind: 'do-not-call';
  /** Record handle. */
  readonly handle: number;
  /** `record`: this number only; `chain`: every number of the contact. */
  readonly scope: 'record' | 'chain';
}

/**
 * Update the record's custom fields (and the current call result) without finishing it.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.interaction.UpdateRequest = { kind: 'update', requestId: 'outbound-5', referenceId: 5, handle: 101, fields: { note: 'after 6' }, callResult: 'answer' };
 * ```
 */
export interface UpdateRequest extends RequestBase {
  /** Discriminant. */
  readonly kind: 'update';
  /** Record handle. */
  readonly handle: number;
  /** Changed custom fields, typed. */
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** The call result selected at the time. */
  readonly callResult: CallResult;
}

/**
 * Mark the record processed: the final word on it, with its call result and disposition.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.interaction.ProcessedRequest = { kind: 'processed', requestId: 'outbound-6', referenceId: 6, handle: 101, callResult: 'answer', callResultCode: 33, disposition: 'SALE', phone: '5550100', contactInfoType: 'home-phone' };
 * ```
 */
export interface ProcessedRequest extends RequestBase {
  /** Discriminant. */
  readonly kind: 'processed';
  /** Record handle. */
  readonly handle: number;
  /** The call result. */
  readonly callResult: CallResult;
  /** Its OCS numeric code. */
  readonly callResultCode: number;
  /** The disposition code, or `null` when none was chosen. */
  readonly disposition: string | null;
  /** The number last dialled. */
  readonly phone: string;
  /** Its contact info type. */
  readonly contactInfoType: ContactInfoType;
}

/**
 * Every request the interaction machine sends.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * function label(r: outbound.interaction.OutboundRequest): string { return `${r.kind} ${r.requestId}`; }
 * ```
 */
export type OutboundRequest =
  | PreviewRecordRequest
  | RecordRequest
  | DoNotCallRequest
  | RescheduleRequest
  | UpdateRequest
  | ProcessedRequest;
