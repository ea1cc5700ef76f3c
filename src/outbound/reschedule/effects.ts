import type { LocalDate, LocalTime, ZoneName } from '../../time/index.js';
import type { ContactInfoType, ContactType } from './contact-type.js';

/**
 * Personal callback (the agent who rescheduled calls back) or campaign callback (the record goes back
 * to the calling queue and any active agent of the campaign calls back). OCS `GSW_CALLBACK_TYPE`
 * `Personal` / `Campaign`; record types 4 (personal rescheduled) and 3 (campaign rescheduled).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const t: outbound.reschedule.CallbackType = 'campaign';
 * ```
 */
export type CallbackType = 'personal' | 'campaign';

/**
 * The number the callback will dial.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const n: outbound.reschedule.CallbackNumber = { phone: '+16175550100', contactType: 'mobile', recordHandle: 102, chainN: 1 };
 * ```
 */
export interface CallbackNumber {
  /** The phone (normalized for a new number). */
  readonly phone: string;
  /** Its OCS contact info type. */
  readonly contactType: ContactInfoType;
  /** The chain record that holds it, or `null` for a new number (added by {@link AddChainRecord}). */
  readonly recordHandle: number | null;
  /** Its `chain_n`, or `null` for a new number. */
  readonly chainN: number | null;
}

/**
 * A new chain record to add for a new number (OCS `ChainedRecordAdd`), with its daily window in the
 * OCS form: seconds after local midnight in the contact's zone.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const add: outbound.reschedule.AddChainRecord = {
 *   phone: '+16175550199', contactType: 'mobile', contact_info_type: 4, daily_from: 32_400, daily_till: 72_000, zone: 'America/New_York',
 * };
 * ```
 */
export interface AddChainRecord {
  /** The normalized phone (or address). */
  readonly phone: string;
  /** The contact info type by name. */
  readonly contactType: ContactType;
  /** The same as the OCS numeric `contact_info_type` (4 for `mobile`). */
  readonly contact_info_type: number;
  /** OCS `daily_from`: seconds after local midnight when the number may first be called. */
  readonly daily_from: number;
  /** OCS `daily_till`: seconds after local midnight when calling must stop (exclusive). */
  readonly daily_till: number;
  /** The zone those seconds are counted in (the contact's zone). */
  readonly zone: ZoneName;
}

/**
 * The local reading of the callback time in a zone.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const l: outbound.reschedule.LocalCallbackTime = { date: '2026-11-25', time: '10:00', zone: 'America/New_York' };
 * ```
 */
export interface LocalCallbackTime {
  /** Local date. */
  readonly date: LocalDate;
  /** Local time. */
  readonly time: LocalTime;
  /** The zone. */
  readonly zone: ZoneName;
}

/**
 * Sent once, at Done: the reschedule request for the server (OCS `RecordReschedule`), pending until
 * `reschedule-acknowledged` or `reschedule-failed` names its `requestId`.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const effect: outbound.reschedule.RescheduleRequest = {
 *   type: 'reschedule-request', requestId: 'reschedule-1', recordHandle: 101, callbackType: 'campaign',
 *   dial_sched_time: 1_764_082_800, iso: '2026-11-25T15:00:00.000Z',
 *   contactLocal: { date: '2026-11-25', time: '10:00', zone: 'America/New_York' },
 *   number: { phone: '+16175550100', contactType: 'home-phone', recordHandle: 101, chainN: 0 }, addRecord: null,
 * };
 * ```
 */
export interface RescheduleRequest {
  /** Discriminant. */
  readonly type: 'reschedule-request';
  /** The request id (`reschedule-1`, `reschedule-2`, ...). */
  readonly requestId: string;
  /** The handle of the record being rescheduled. */
  readonly recordHandle: number;
  /** Personal or campaign callback. */
  readonly callbackType: CallbackType;
  /** The callback time as UTC epoch seconds (OCS `dial_sched_time`). */
  readonly dial_sched_time: number;
  /** The same instant as ISO 8601 in UTC. */
  readonly iso: string;
  /** The callback time on the contact's wall clock. */
  readonly contactLocal: LocalCallbackTime;
  /** The number to call back. */
  readonly number: CallbackNumber;
  /** For a new number, the chain record to add first; otherwise `null`. */
  readonly addRecord: AddChainRecord | null;
}

/**
 * Asks the host to hang up the outbound call (End Call).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.HangUpEffect = { type: 'hang-up', recordHandle: 101 };
 * ```
 */
export interface HangUpEffect {
  /** Discriminant. */
  readonly type: 'hang-up';
  /** The record whose call to release. */
  readonly recordHandle: number;
}

/**
 * Every effect the reschedule machine emits.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * function run(effect: outbound.reschedule.RescheduleEffect): void {
 *   if (effect.type === 'reschedule-request') console.log(effect.dial_sched_time);
 * }
 * ```
 */
export type RescheduleEffect = RescheduleRequest | HangUpEffect;
