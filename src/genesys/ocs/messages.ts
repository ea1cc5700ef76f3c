import type { DialingMode } from '../../outbound/index.js';
import type { OutboundRecord } from '../../outbound/records/index.js';
import type { WireRequestKind } from './requests.js';

/**
 * A record OCS delivered: `PreviewRecord` answering a preview request, `ChainedRecord` (one per record
 * of the chain) answering a chained-record request, or `ScheduledCall` (unsolicited: a personal
 * callback or scheduled record is due). The record is typed, its zone resolved from the Genesys Time
 * Zone object (`genesys.ianaZone`).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * declare const m: genesys.ocs.RecordMessage;
 * m.record.timeZone; // an IANA zone, e.g. 'America/New_York' for GSW_TZ_NAME 'EST'
 * ```
 */
export interface RecordMessage {
  /** Discriminant. */
  readonly kind: 'preview-record' | 'chained-record' | 'scheduled-call';
  /** `GSW_REFERENCE_ID` of the request answered, or `null` (unsolicited, or not echoed). */
  readonly referenceId: number | null;
  /** The record. */
  readonly record: OutboundRecord;
}

/**
 * `ChainedRecordsDataEnd`: the last message of a chained-record answer.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const m: genesys.ocs.ChainEndMessage = { kind: 'chain-end', referenceId: 4, handle: 7 };
 * ```
 */
export interface ChainEndMessage {
  /** Discriminant. */
  readonly kind: 'chain-end';
  /** `GSW_REFERENCE_ID`, or `null`. */
  readonly referenceId: number | null;
  /** `GSW_RECORD_HANDLE` of the record asked about, or `null`. */
  readonly handle: number | null;
}

/**
 * `RecordCancel` ("Unsolicited Notifications"): OCS took a record off the desktop.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const m: genesys.ocs.RecordCancelledMessage = { kind: 'record-cancelled', referenceId: null, handle: 101, campaign: 'Renewals' };
 * ```
 */
export interface RecordCancelledMessage {
  /** Discriminant. */
  readonly kind: 'record-cancelled';
  /** `GSW_REFERENCE_ID`, or `null`. */
  readonly referenceId: number | null;
  /** The record. */
  readonly handle: number;
  /** Its campaign, or `null`. */
  readonly campaign: string | null;
}

/**
 * A campaign status notice ("Campaign Status Notification from OCS to Desktop"): loaded, started,
 * stopped, unloaded, or the dialing mode changed.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const m: genesys.ocs.CampaignMessage = { kind: 'campaign-started', campaign: 'Renewals', group: 'Sales', mode: 'predictive' };
 * ```
 */
export interface CampaignMessage {
  /** Discriminant. */
  readonly kind: 'campaign-loaded' | 'campaign-started' | 'campaign-stopped' | 'campaign-unloaded' | 'campaign-mode-changed';
  /** `GSW_CAMPAIGN_NAME`. */
  readonly campaign: string;
  /** The agent group, from `GSW_CAMPAIGN_GROUP_NAME` (`<campaign>@<group>`), or `null`. */
  readonly group: string | null;
  /** The dialing mode, or `null` when the notice has none. */
  readonly mode: DialingMode | null;
}

/**
 * An acknowledgement (`...Acknowledge`): the request of `referenceId` succeeded. For `add-record`,
 * `handle` is the new record's handle.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const m: genesys.ocs.AcknowledgedMessage = { kind: 'acknowledged', request: 'reject', referenceId: 2, handle: 101 };
 * ```
 */
export interface AcknowledgedMessage {
  /** Discriminant. */
  readonly kind: 'acknowledged';
  /** Which kind of request it acknowledges. */
  readonly request: WireRequestKind;
  /** `GSW_REFERENCE_ID`, or `null` when not echoed. */
  readonly referenceId: number | null;
  /** `GSW_RECORD_HANDLE`, or `null`. */
  readonly handle: number | null;
  /**
   * For a logout answer: the negotiated wait in whole seconds, read from the deployment's
   * `keys.logoutDelay` (absent when that key is not configured or not sent).
   */
  readonly delaySeconds?: number;
}

/**
 * An error answer: `GSW_ERROR` (text) and `GSW_ERROR_NUMBER` ("Defined Constants" lists the numbers;
 * the stored copy could not be read, so dialdesk keeps the number as sent and does not name it).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const m: genesys.ocs.ErrorMessage = { kind: 'error', referenceId: 1, errorNumber: null, errorText: 'No Records Available', handle: null };
 * ```
 */
export interface ErrorMessage {
  /** Discriminant. */
  readonly kind: 'error';
  /** `GSW_REFERENCE_ID` of the failed request, or `null`. */
  readonly referenceId: number | null;
  /** `GSW_ERROR_NUMBER`, or `null`. */
  readonly errorNumber: number | null;
  /** `GSW_ERROR` (at most 512 characters kept), or `null`. */
  readonly errorText: string | null;
  /** `GSW_RECORD_HANDLE`, or `null`. */
  readonly handle: number | null;
}

/**
 * Every message OCS sends a desktop that dialdesk reads, typed.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * function what(m: genesys.ocs.OcsMessage): string { return m.kind; }
 * ```
 */
export type OcsMessage = RecordMessage | ChainEndMessage | RecordCancelledMessage | CampaignMessage | AcknowledgedMessage | ErrorMessage;
