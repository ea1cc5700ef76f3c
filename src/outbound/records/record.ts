import type { CallResult, ContactInfoType, RecordStatus, RecordType } from './codes.js';
import type { FieldValue } from './fields.js';
import type { ZoneName } from '../../time/index.js';

/**
 * Where a record stands in its treatment sequence for the last call result it got (see
 * `nextAttempt`): the result, the 1-based number of the treatment step applied, and how many cycle
 * attempts of that step were used. `null` on a record no treatment has touched.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const p: outbound.records.TreatmentProgress = { result: 'busy', step: 1, cycle: 2 };
 * ```
 */
export interface TreatmentProgress {
  /** The call result the sequence belongs to; a different result restarts at step 1. */
  readonly result: CallResult;
  /** The treatment step (its `applyToRecord` number, from 1) last applied. */
  readonly step: number;
  /** How many attempts of that step's cycle were used (1 after the first). */
  readonly cycle: number;
}

/**
 * One record of an OCS calling list, typed. A record is one number of a contact; the contact's
 * numbers form a chain sharing `chainId`, dialled in ascending `chainN`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.records.parseRecord({ GSW_RECORD_HANDLE: '12', GSW_CHAIN_ID: '7', GSW_PHONE: '+15550100', GSW_TZ_NAME: 'America/New_York' });
 * if (r.ok) r.value.callResult; // 'unknown'
 * ```
 */
export interface OutboundRecord {
  /** OCS record handle (`GSW_RECORD_HANDLE`), the id every request about the record names. */
  readonly handle: number;
  /** Chain id (`chain_id`): the contact this record belongs to. */
  readonly chainId: number;
  /** Position in the chain (`chain_n`); numbers are dialled in ascending order. */
  readonly chainN: number;
  /** The number (or address) to contact. */
  readonly phone: string;
  /** What kind of number `phone` is. */
  readonly contactInfoType: ContactInfoType;
  /** The record type (general, callbacks, rescheduled, no call). */
  readonly recordType: RecordType;
  /** The record status. */
  readonly recordStatus: RecordStatus;
  /** The last call result (28 `unknown` before any attempt). */
  readonly callResult: CallResult;
  /** How many dialling attempts the record has had. */
  readonly attempts: number;
  /** When the record is scheduled to be dialled, UTC epoch seconds, or `null` when not scheduled. */
  readonly dialSchedTime: number | null;
  /** Start of the daily calling window, seconds after local midnight in `timeZone` (0..86400). */
  readonly dailyFrom: number;
  /** End of the daily calling window, seconds after local midnight in `timeZone` (0..86400); a value below `dailyFrom` wraps past midnight. */
  readonly dailyTill: number;
  /** The contact's IANA time zone, canonical form. */
  readonly timeZone: ZoneName;
  /** The campaign that delivered the record, or `null` when not given. */
  readonly campaignName: string | null;
  /** The calling list the record belongs to, or `null` when not given. */
  readonly callingList: string | null;
  /** Custom fields declared in the field list, typed. */
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** Keys the server sent that are neither standard nor declared, verbatim (strings). */
  readonly extra: Readonly<Record<string, string>>;
  /** Treatment sequence progress, or `null` when no treatment applied yet. */
  readonly treatment: TreatmentProgress | null;
}
