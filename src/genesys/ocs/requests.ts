import type { CallbackType } from '../../outbound/index.js';

/**
 * Kinds of request the desktop sends OCS (Outbound Contact Reference Manual, "Communication
 * Protocols"; names as in the Deployment Guide's `gsw_request_log` list, see `requestTypes`).
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.ocs.wireRequestKinds.includes('add-record'); // true
 * ```
 */
export const wireRequestKinds = Object.freeze([
  'preview-record',
  'chained-records',
  'update',
  'processed',
  'reject',
  'cancel',
  'do-not-call',
  'reschedule',
  'add-record',
  'ready-time',
  'preview-dialing-mode-start',
  'preview-dialing-mode-over',
  'logout',
] as const);

/**
 * One of the {@link wireRequestKinds}.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const k: genesys.ocs.WireRequestKind = 'logout';
 * ```
 */
export type WireRequestKind = (typeof wireRequestKinds)[number];

/**
 * Extra attached data a request carries as given (custom fields, deployment-specific keys), each a
 * string or an integer.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const extra: genesys.ocs.WireExtra = { note: 'after 6', balance: 1250 };
 * ```
 */
export type WireExtra = Readonly<Record<string, string | number>>;

/**
 * `PreviewRecordRequest` ("Preview Record Request and Acknowledgment"): a record of `campaign`, or
 * of any of the agent's campaigns when `null`.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.WirePreviewRecord = { kind: 'preview-record', referenceId: 1, campaign: 'Renewals' };
 * ```
 */
export interface WirePreviewRecord {
  /** Discriminant. */
  readonly kind: 'preview-record';
  /** `GSW_REFERENCE_ID`: an integer the answer carries back. */
  readonly referenceId: number;
  /** `GSW_CAMPAIGN_NAME`, or `null` to leave it out. */
  readonly campaign: string | null;
}

/**
 * A request about one record: `ChainedRecordRequest`, `RecordReject`, `RequestRecordCancel`.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.WireRecordRequest = { kind: 'reject', referenceId: 2, handle: 101, campaign: 'Renewals' };
 * ```
 */
export interface WireRecordRequest {
  /** Discriminant. */
  readonly kind: 'chained-records' | 'reject' | 'cancel';
  /** `GSW_REFERENCE_ID`. */
  readonly referenceId: number;
  /** `GSW_RECORD_HANDLE`. */
  readonly handle: number;
  /** `GSW_CAMPAIGN_NAME` of the record. */
  readonly campaign: string;
}

/**
 * `DoNotCall` ("Submitting DoNotCall Requests"), for the record or the whole chain.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.WireDoNotCall = { kind: 'do-not-call', referenceId: 3, handle: 101, campaign: 'Renewals', scope: 'chain' };
 * ```
 */
export interface WireDoNotCall {
  /** Discriminant. */
  readonly kind: 'do-not-call';
  /** `GSW_REFERENCE_ID`. */
  readonly referenceId: number;
  /** `GSW_RECORD_HANDLE`. */
  readonly handle: number;
  /** `GSW_CAMPAIGN_NAME`. */
  readonly campaign: string;
  /** `RecordOnly` or `AllChain` (the chain attribute). */
  readonly scope: 'record' | 'chain';
}

/**
 * `UpdateCallCompletionStats` (`update`) and `RecordProcessed` (`processed`) ("Updating Call Results
 * and Custom Fields"): the call result code and the changed custom fields.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.WireRecordUpdate = { kind: 'processed', referenceId: 4, handle: 101, campaign: 'Renewals', callResult: 33, fields: { disposition: 'SALE' } };
 * ```
 */
export interface WireRecordUpdate {
  /** Discriminant. */
  readonly kind: 'update' | 'processed';
  /** `GSW_REFERENCE_ID`. */
  readonly referenceId: number;
  /** `GSW_RECORD_HANDLE`. */
  readonly handle: number;
  /** `GSW_CAMPAIGN_NAME`. */
  readonly campaign: string;
  /** `GSW_CALL_RESULT`, the OCS code (`outbound.records.callResults` index). */
  readonly callResult: number;
  /** Custom fields (`send_attribute` keys) with their new values. */
  readonly fields: WireExtra;
}

/**
 * `RecordReschedule` ("Scheduling and Rescheduling Records"): a personal or campaign callback at
 * `dialSchedTime` (UTC epoch seconds; written as `GSW_DATE_TIME` by the encoder).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.WireReschedule = { kind: 'reschedule', referenceId: 5, handle: 101, campaign: 'Renewals', callbackType: 'personal', dialSchedTime: 1_785_000_000 };
 * ```
 */
export interface WireReschedule {
  /** Discriminant. */
  readonly kind: 'reschedule';
  /** `GSW_REFERENCE_ID`. */
  readonly referenceId: number;
  /** `GSW_RECORD_HANDLE`. */
  readonly handle: number;
  /** `GSW_CAMPAIGN_NAME`. */
  readonly campaign: string;
  /** `GSW_CALLBACK_TYPE`: `Personal` or `Campaign`. */
  readonly callbackType: CallbackType;
  /** When, UTC epoch seconds. */
  readonly dialSchedTime: number;
}

/**
 * `AddRecord` ("Adding Records to a Calling List"): a new record (a new number of the contact); the
 * acknowledgement carries the new record's handle.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.WireAddRecord = { kind: 'add-record', referenceId: 6, campaign: 'Renewals', phone: '5550199', contactInfoType: 4, recordType: 5, timeZone: 'CST', fields: {} };
 * ```
 */
export interface WireAddRecord {
  /** Discriminant. */
  readonly kind: 'add-record';
  /** `GSW_REFERENCE_ID`. */
  readonly referenceId: number;
  /** `GSW_CAMPAIGN_NAME`. */
  readonly campaign: string;
  /** `GSW_PHONE`. */
  readonly phone: string;
  /** `GSW_PHONE_TYPE`: the contact info type code (`outbound.records.contactInfoTypes` index). */
  readonly contactInfoType: number;
  /** `GSW_RECORD_TYPE`: the record type code (`outbound.records.recordTypes` index). */
  readonly recordType: number;
  /** `GSW_TZ_NAME`: the Genesys Time Zone object's name, or `null` to leave it out. */
  readonly timeZone: string | null;
  /** Other fields of the new record (chain id, custom fields...). */
  readonly fields: WireExtra;
}

/**
 * `PreviewDialingModeStart`, `PreviewDialingModeOver` and `ReadyTime` ("PreviewDialingModeStart
 * Request", "ReadyTime Request"): session requests about a campaign. Their keys beyond the common
 * ones could not be read in the stored manual, so they go in `data` as the deployment needs them.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.WireSessionRequest = { kind: 'preview-dialing-mode-start', referenceId: 7, campaign: 'Renewals', data: {} };
 * ```
 */
export interface WireSessionRequest {
  /** Discriminant. */
  readonly kind: 'preview-dialing-mode-start' | 'preview-dialing-mode-over' | 'ready-time';
  /** `GSW_REFERENCE_ID`. */
  readonly referenceId: number;
  /** `GSW_CAMPAIGN_NAME`. */
  readonly campaign: string;
  /** Further keys, written as given. */
  readonly data: WireExtra;
}

/**
 * `Logout` ("Agent Logout"): the desktop asks OCS whether the agent may log out.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.WireLogout = { kind: 'logout', referenceId: 8 };
 * ```
 */
export interface WireLogout {
  /** Discriminant. */
  readonly kind: 'logout';
  /** `GSW_REFERENCE_ID`. */
  readonly referenceId: number;
}

/**
 * Every request the encoder writes.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.ocs.WireRequest = { kind: 'logout', referenceId: 8 };
 * ```
 */
export type WireRequest =
  | WirePreviewRecord
  | WireRecordRequest
  | WireDoNotCall
  | WireRecordUpdate
  | WireReschedule
  | WireAddRecord
  | WireSessionRequest
  | WireLogout;
