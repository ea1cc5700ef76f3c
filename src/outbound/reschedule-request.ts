import { d, isProblem, rangeError } from '../core/internal.js';
import { minutesToTime, type LocalTime } from '../time/index.js';
import { contactInfoTypes, type ContactInfoType } from './records/codes.js';
import type { OutboundRecord } from './records/record.js';
import type { RequestBase } from './interaction/requests.js';

// The words the outbound interaction and the outbound reschedule view share: one type per idea, imported
// by both (the wire's snake_case, `dial_sched_time` and `daily_from`, lives only in `genesys/`).

/**
 * Personal callback (the agent who rescheduled calls back) or campaign callback (the record goes back
 * to the calling queue and any agent of the campaign calls back). OCS `GSW_CALLBACK_TYPE` `Personal` /
 * `Campaign`; record types 4 (personal rescheduled) and 3 (campaign rescheduled).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const t: outbound.CallbackType = 'personal';
 * ```
 */
export type CallbackType = 'personal' | 'campaign';

/**
 * One number of a contact's chain, as the Reschedule Callback view offers it: the chain record, its
 * number and type, and the daily window when it may be called, as local times in the contact's zone.
 *
 * @example
 * ```ts
 * import type { outbound, time } from 'dialdesk';
 * declare const eight: time.LocalTime; // '08:00', from time.parseTime or a state
 * declare const nine: time.LocalTime; // '21:00', from time.parseTime or a state
 * const home: outbound.ChainNumber = {
 *   recordHandle: 101, chainN: 0, phone: '+16175550100', contactType: 'home-phone', from: eight, until: nine,
 * };
 * ```
 */
export interface ChainNumber {
  /** The OCS record handle of this chain record. */
  readonly recordHandle: number;
  /** Its position in the chain (`chain_n`); numbers are listed in ascending order. */
  readonly chainN: number;
  /** The phone number (or address) of this record. */
  readonly phone: string;
  /** Its OCS contact info type (`none`, `home-phone` ... `instant-messaging`; the codes 0 to 11 are accepted in input too). */
  readonly contactType: ContactInfoType;
  /**
   * Start of the daily window when this number may be called (`HH:mm` in the contact's zone), or
   * `null` for no window. `from` after `until` is a window across midnight (22:00 to 06:00).
   */
  readonly from: LocalTime | null;
  /** End of the daily window (exclusive), or `null` for no window. */
  readonly until: LocalTime | null;
}

/**
 * Reschedule a record as a callback: the one reschedule request of the package, sent by the outbound
 * interaction machine (agent event `reschedule`) and by the reschedule view (`outbound.reschedule.machine`,
 * at Done), in a `send-request` effect. The Genesys OCS bridge writes it as `RecordReschedule` (or
 * `AddRecord` then `RecordReschedule` for a new number).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.RescheduleRequest = {
 *   kind: 'reschedule', requestId: 'outbound-4', referenceId: 4, handle: 101, callbackType: 'campaign', dialSchedTime: 1_764_100_000, phone: '5550100', chainN: 0,
 * };
 * ```
 */
export interface RescheduleRequest extends RequestBase {
  /** Discriminant. */
  readonly kind: 'reschedule';
  /** The handle of the record being rescheduled. */
  readonly handle: number;
  /** Personal or campaign callback. */
  readonly callbackType: CallbackType;
  /** The new time, UTC epoch seconds. */
  readonly dialSchedTime: number;
  /** The number to call back. */
  readonly phone: string;
  /** The chain number it belongs to, or `null` for a new number. */
  readonly chainN: number | null;
}

const DAY_SECONDS = 86_400;

/** Any number, finite or not (a bound that is not finite reads as the day's edge). */
const bound: d.Decoder<number> = (value, path) => (typeof value === 'number' ? value : new d.Problem(path, `${path} must be a number.`));

/** The fields of a record that {@link chainNumberOf} reads, each read once. */
const chainRecord = d.object({
  handle: d.integer(),
  chainN: d.integer(),
  phone: d.string({ max: 100_000 }),
  contactInfoType: d.literal(...contactInfoTypes),
  dailyFrom: bound,
  dailyTill: bound,
});

function windowTime(seconds: number): LocalTime {
  return minutesToTime(Math.floor(seconds / 60));
}

/**
 * A chain record as a {@link ChainNumber}: its OCS daily window (`dailyFrom` / `dailyTill`, seconds
 * after local midnight in the record's zone; `dailyTill` 86400 is midnight) as From/Until, and no window
 * (`null`) when it spans the whole day or is empty. A bound that is not finite reads as the day's edge.
 *
 * @throws RangeError when `record` is not an object with an integer `handle` and `chainN`, a string
 * `phone`, a contact info type name and numeric `dailyFrom` / `dailyTill` (untyped input).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const record: outbound.records.OutboundRecord;
 * outbound.chainNumberOf(record).from; // '08:00' for a dailyFrom of 28800
 * ```
 */
export function chainNumberOf(given: Pick<OutboundRecord, 'handle' | 'chainN' | 'phone' | 'contactInfoType' | 'dailyFrom' | 'dailyTill'>): ChainNumber {
  const record = d.run(chainRecord, given);
  if (isProblem(record)) throw rangeError('outbound.chainNumberOf', 'a chain record (handle, chainN, phone, contactInfoType, dailyFrom, dailyTill)', given);
  const from = Number.isFinite(record.dailyFrom) ? Math.max(0, Math.min(record.dailyFrom, DAY_SECONDS)) : 0;
  const till = Number.isFinite(record.dailyTill) ? Math.max(0, Math.min(record.dailyTill, DAY_SECONDS)) : DAY_SECONDS;
  const f = windowTime(from);
  const u = windowTime(till >= DAY_SECONDS ? 0 : till);
  const base = { recordHandle: record.handle, chainN: record.chainN, phone: record.phone, contactType: record.contactInfoType };
  // 00:00 to 24:00, or an empty OCS window: no restriction.
  return f === u ? { ...base, from: null, until: null } : { ...base, from: f, until: u };
}
