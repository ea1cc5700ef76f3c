import type { CallResult } from '../records/codes.js';
import type { TickEvent } from '../../core/effects.js';
import type { CallbackType } from './requests.js';

/**
 * Server: a record answering a preview request (`requestId`), as raw key-value data.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.PreviewRecordEvent = { type: 'preview-record', at: 1, requestId: 'outbound-1', data: { GSW_RECORD_HANDLE: '101', GSW_CHAIN_ID: '55', GSW_PHONE: '5550100', GSW_TZ_NAME: 'UTC' } };
 * ```
 */
export interface PreviewRecordEvent {
  /** Discriminant. */
  readonly type: 'preview-record';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The preview request it answers. */
  readonly requestId: string;
  /** Record data as delivered (parsed with `parseRecord`). */
  readonly data: unknown;
}

/**
 * Server: "no records" answering a preview request.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.NoRecordsEvent = { type: 'no-records', at: 1, requestId: 'outbound-1' };
 * ```
 */
export interface NoRecordsEvent {
  /** Discriminant. */
  readonly type: 'no-records';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The preview request it answers. */
  readonly requestId: string;
}

/**
 * Server: a record pushed to the agent (push preview).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const data: Record<string, string>;
 * const e: outbound.interaction.RecordPushedEvent = { type: 'record-pushed', at: 1, data };
 * ```
 */
export interface RecordPushedEvent {
  /** Discriminant. */
  readonly type: 'record-pushed';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record data as delivered. */
  readonly data: unknown;
}

/**
 * Telephony + server: an automatic-mode call (progressive, predictive, power...) arrives connected with its record.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const data: Record<string, string>;
 * const e: outbound.interaction.CallConnectedEvent = { type: 'call-connected', at: 1, mode: 'predictive', callId: 'c-1', data };
 * ```
 */
export interface CallConnectedEvent {
  /** Discriminant. */
  readonly type: 'call-connected';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The campaign's dialing mode (not preview or push preview). */
  readonly mode: string;
  /** Telephony call id. */
  readonly callId: string;
  /** Record data as delivered. */
  readonly data: unknown;
}

/**
 * Telephony: a seizing-mode call reserved the agent before the contact answered; the record is empty.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.CallSeizedEvent = { type: 'call-seized', at: 1, mode: 'predictive-with-seizing', callId: 'c-2' };
 * ```
 */
export interface CallSeizedEvent {
  /** Discriminant. */
  readonly type: 'call-seized';
  /** Instant, epoch ms. */
  readonly at: number;
  /** `progressive-with-seizing` or `predictive-with-seizing`. */
  readonly mode: string;
  /** Telephony call id. */
  readonly callId: string;
}

/**
 * Server: the contact of a seized call answered; here is the record.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const data: Record<string, string>;
 * const e: outbound.interaction.RecordFilledEvent = { type: 'record-filled', at: 2, callId: 'c-2', data };
 * ```
 */
export interface RecordFilledEvent {
  /** Discriminant. */
  readonly type: 'record-filled';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The seized call. */
  readonly callId: string;
  /** Record data as delivered. */
  readonly data: unknown;
}

/**
 * Server: the records of a chain, answering a chained-records request.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.ChainedRecordsEvent = { type: 'chained-records', at: 3, requestId: 'outbound-2', records: [] };
 * ```
 */
export interface ChainedRecordsEvent {
  /** Discriminant. */
  readonly type: 'chained-records';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The request it answers. */
  readonly requestId: string;
  /** Record data of the chain's records, as delivered. */
  readonly records: readonly unknown[];
}

/**
 * Server: a request was acknowledged (the reply to a `send-request` effect's request with that `requestId`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.RequestAcknowledgedEvent = { type: 'request-acknowledged', at: 4, requestId: 'outbound-3' };
 * ```
 */
export interface RequestAcknowledgedEvent {
  /** Discriminant. */
  readonly type: 'request-acknowledged';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The request it answers. */
  readonly requestId: string;
}

/**
 * Server: a request failed (the server refused it, or the host gave up waiting), with the server's reason.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.RequestFailedEvent = { type: 'request-failed', at: 4, requestId: 'outbound-3', reason: 'record locked' };
 * ```
 */
export interface RequestFailedEvent {
  /** Discriminant. */
  readonly type: 'request-failed';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The request it answers. */
  readonly requestId: string;
  /** The server's reason, if any. */
  readonly reason?: string;
}

/**
 * Telephony: the call of a record was established, or ended (with the telephony's call result when known).
 * Identified by record `handle`, or by `callId` for a seized call.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.CallProgressEvent = { type: 'call-ended', at: 5, handle: 101, result: 'busy' };
 * ```
 */
export interface CallProgressEvent {
  /** Discriminant. */
  readonly type: 'call-established' | 'call-ended';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record handle. */
  readonly handle?: number;
  /** Call id (for a seized call without a record). */
  readonly callId?: string;
  /** For `call-ended`: the call result telephony determined (busy, no answer, answering machine...). */
  readonly result?: CallResult;
}

/**
 * Agent: ask for a preview record.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.RequestPreviewEvent = { type: 'request-preview', at: 0, campaign: 'Renewals' };
 * ```
 */
export interface RequestPreviewEvent {
  /** Discriminant. */
  readonly type: 'request-preview';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Campaign to ask, or omitted for any. */
  readonly campaign?: string;
}

/**
 * Agent: an action on one record: accept or decline a pushed record, reject, cancel, fetch the chain,
 * open the reschedule dialog (`schedule-callback`), mark processed.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.RecordActionEvent = { type: 'mark-processed', at: 9, handle: 101 };
 * ```
 */
export interface RecordActionEvent {
  /** Discriminant. */
  readonly type: 'accept' | 'decline' | 'reject' | 'cancel' | 'request-chain' | 'schedule-callback' | 'mark-processed';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record handle. */
  readonly handle: number;
}

/**
 * Agent: dial the record's number, or another number of its chain (`chainN`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.DialEvent = { type: 'dial', at: 2, handle: 101, chainN: 2 };
 * ```
 */
export interface DialEvent {
  /** Discriminant. */
  readonly type: 'dial';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record handle. */
  readonly handle: number;
  /** Which chain number; omitted for the record's own. */
  readonly chainN?: number;
}

/**
 * Agent: update custom fields (`changes`: field key to value).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.UpdateFieldsEvent = { type: 'update-fields', at: 3, handle: 101, changes: { note: 'after 6' } };
 * ```
 */
export interface UpdateFieldsEvent {
  /** Discriminant. */
  readonly type: 'update-fields';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record handle. */
  readonly handle: number;
  /** Field key to new value. */
  readonly changes: Readonly<Record<string, unknown>>;
}

/**
 * Agent: choose the call result or the disposition code.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.ChooseEvent = { type: 'set-call-result', at: 4, handle: 101, value: 'answering-machine' };
 * ```
 */
export interface ChooseEvent {
  /** Discriminant. */
  readonly type: 'set-call-result' | 'set-disposition';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record handle. */
  readonly handle: number;
  /** A call result name, or a disposition code (`null` clears the disposition). */
  readonly value: string | null;
}

/**
 * Agent: mark do-not-call, for the record only or for the whole chain.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.DoNotCallEvent = { type: 'do-not-call', at: 5, handle: 101, scope: 'chain' };
 * ```
 */
export interface DoNotCallEvent {
  /** Discriminant. */
  readonly type: 'do-not-call';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record handle. */
  readonly handle: number;
  /** `record` or `chain`. */
  readonly scope: 'record' | 'chain';
}

/**
 * Agent (through the reschedule dialog): reschedule the record as a callback.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.RescheduleRecordEvent = { type: 'reschedule', at: 6, handle: 101, callbackType: 'personal', dialSchedTime: 1_764_100_000, phone: '5550100', chainN: 0 };
 * ```
 */
export interface RescheduleRecordEvent {
  /** Discriminant. */
  readonly type: 'reschedule';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record handle. */
  readonly handle: number;
  /** Personal or campaign callback. */
  readonly callbackType: CallbackType;
  /** The new time, UTC epoch seconds (must be in the future). */
  readonly dialSchedTime: number;
  /** The number to call back. */
  readonly phone: string;
  /** The chain number it is, or `null` for a new number. */
  readonly chainN: number | null;
}

/**
 * Server (OCS `ScheduledCall`): a personal or campaign callback came due; here is its record. In the
 * preview modes the agent previews and dials it; in the automatic modes the desktop dials it at once.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const data: Record<string, string>;
 * const e: outbound.interaction.ScheduledCallEvent = { type: 'scheduled-call', at: 1, mode: 'preview', callbackType: 'personal', dialSchedTime: 1_764_100_000, data };
 * ```
 */
export interface ScheduledCallEvent {
  /** Discriminant. */
  readonly type: 'scheduled-call';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The campaign's dialing mode. */
  readonly mode: string;
  /** Personal or campaign callback. */
  readonly callbackType: CallbackType;
  /** When it was scheduled for, UTC epoch seconds. */
  readonly dialSchedTime: number;
  /** Record data as delivered. */
  readonly data: unknown;
}

/**
 * Host: the agent cannot take the callback that came due (the record is marked processed with call
 * result 47, agent callback error).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.CallbackUnavailableEvent = { type: 'callback-unavailable', at: 2, handle: 101 };
 * ```
 */
export interface CallbackUnavailableEvent {
  /** Discriminant. */
  readonly type: 'callback-unavailable';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record handle. */
  readonly handle: number;
}

/**
 * Server: a record the agent holds was cancelled or removed (unsolicited notification). It leaves the
 * desktop with `reason` shown; requests pending about it fail.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.RecordRemovedEvent = { type: 'record-removed', at: 3, handle: 101, cause: 'cancelled', reason: 'Cancelled by the supervisor' };
 * ```
 */
export interface RecordRemovedEvent {
  /** Discriminant. */
  readonly type: 'record-removed';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Record handle. */
  readonly handle: number;
  /** Cancelled or removed. */
  readonly cause: 'cancelled' | 'removed';
  /** The server's text, if any (at most 500 characters are kept). */
  readonly reason?: string;
}

/**
 * Every event of the interaction machine.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.InteractionEvent = { type: 'request-preview', at: 0 };
 * ```
 */
export type InteractionEvent =
  | PreviewRecordEvent
  | NoRecordsEvent
  | RecordPushedEvent
  | CallConnectedEvent
  | CallSeizedEvent
  | RecordFilledEvent
  | ChainedRecordsEvent
  | RequestAcknowledgedEvent
  | RequestFailedEvent
  | CallProgressEvent
  | RequestPreviewEvent
  | RecordActionEvent
  | DialEvent
  | UpdateFieldsEvent
  | ChooseEvent
  | DoNotCallEvent
  | RescheduleRecordEvent
  | ScheduledCallEvent
  | CallbackUnavailableEvent
  | RecordRemovedEvent
  | TickEvent;
