import { rangeError } from '../../core/internal.js';

/**
 * Genesys Outbound Contact enumerations, each as a frozen list whose index is the OCS numeric code.
 * The names are kebab-case forms of the OCS names; the codes are the values OCS stores in the calling
 * list and sends in `GSW_*` user-event keys.
 */

/**
 * OCS record types (`record_type`), index = code: 0 no record type, 1 unknown, 2 general,
 * 3 campaign rescheduled, 4 personal rescheduled, 5 personal callback, 6 campaign callback, 7 no call.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.recordTypes[5]; // 'personal-callback'
 * ```
 */
export const recordTypes = Object.freeze([
  'none',
  'unknown',
  'general',
  'campaign-rescheduled',
  'personal-rescheduled',
  'personal-callback',
  'campaign-callback',
  'no-call',
] as const);

/**
 * One of the {@link recordTypes}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const t: outbound.records.RecordType = 'general';
 * ```
 */
export type RecordType = (typeof recordTypes)[number];

/**
 * OCS record statuses (`record_status`), index = code: 0 no record status, 1 ready, 2 retrieved,
 * 3 updated, 4 stale, 5 cancelled, 6 agent error, 7 chain updated, 8 missed callback, 9 chain ready.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.recordStatuses.indexOf('missed-callback'); // 8
 * ```
 */
export const recordStatuses = Object.freeze([
  'none',
  'ready',
  'retrieved',
  'updated',
  'stale',
  'cancelled',
  'agent-error',
  'chain-updated',
  'missed-callback',
  'chain-ready',
] as const);

/**
 * One of the {@link recordStatuses}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const s: outbound.records.RecordStatus = 'retrieved';
 * ```
 */
export type RecordStatus = (typeof recordStatuses)[number];

/**
 * OCS contact info types (`contact_info_type`), index = code: 0 no contact type, 1 home phone,
 * 2 direct business phone, 3 business with extension, 4 mobile, 5 vacation phone, 6 pager, 7 modem,
 * 8 voice mail, 9 pin pager, 10 e-mail address, 11 instant messaging.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.contactInfoTypes[4]; // 'mobile'
 * ```
 */
export const contactInfoTypes = Object.freeze([
  'none',
  'home-phone',
  'direct-business-phone',
  'business-with-extension',
  'mobile',
  'vacation-phone',
  'pager',
  'modem',
  'voice-mail',
  'pin-pager',
  'email',
  'instant-messaging',
] as const);

/**
 * One of the {@link contactInfoTypes}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const t: outbound.records.ContactInfoType = 'home-phone';
 * ```
 */
export type ContactInfoType = (typeof contactInfoTypes)[number];

/**
 * The OCS call results (`call_result`, `GSW_CALL_RESULT`), index = code, from 0 `ok` to
 * 53 `wrong-number`. 28 `unknown` is the default of a record that has not been dialled.
 *
 * 0 ok, 1 transferred, 2 conferenced, 3 general error, 4 system error, 5 remote release, 6 busy,
 * 7 no answer, 8 SIT detected, 9 answering machine detected, 10 all trunks busy, 11 SIT invalid number,
 * 12 SIT vacant code, 13 SIT intercept, 14 SIT unknown call state, 15 SIT no circuit, 16 SIT reorder,
 * 17 fax detected, 18 queue full, 19 cleared, 20 overflowed, 21 abandoned, 22 redirected, 23 forwarded,
 * 24 consult, 25 picked up, 26 dropped, 27 dropped on no answer, 28 unknown call result, 29 covered,
 * 30 converse-on, 31 bridged, 32 silence, 33 answer, 34 NU tone, 35 no dial tone, 36 no progress,
 * 37 no ringback tone, 38 no established detected, 39 pager detected, 40 wrong party, 41 dial error,
 * 42 call drop error, 43 switch error, 44 no port available, 45 transfer error, 46 stale,
 * 47 agent callback error, 48 group callback error, 49 deafened, 50 held, 51 do not call,
 * 52 cancel record, 53 wrong number.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.callResults[9]; // 'answering-machine'
 * outbound.records.callResults.indexOf('wrong-number'); // 53
 * ```
 */
export const callResults = Object.freeze([
  'ok',
  'transferred',
  'conferenced',
  'general-error',
  'system-error',
  'remote-release',
  'busy',
  'no-answer',
  'sit-detected',
  'answering-machine',
  'all-trunks-busy',
  'sit-invalid-number',
  'sit-vacant',
  'sit-intercept',
  'sit-unknown',
  'sit-no-circuit',
  'sit-reorder',
  'fax',
  'queue-full',
  'cleared',
  'overflowed',
  'abandoned',
  'redirected',
  'forwarded',
  'consult',
  'picked-up',
  'dropped',
  'dropped-no-answer',
  'unknown',
  'covered',
  'converse-on',
  'bridged',
  'silence',
  'answer',
  'nu-tone',
  'no-dial-tone',
  'no-progress',
  'no-ringback',
  'no-established',
  'pager',
  'wrong-party',
  'dial-error',
  'call-drop-error',
  'switch-error',
  'no-port-available',
  'transfer-error',
  'stale',
  'agent-callback-error',
  'group-callback-error',
  'deafened',
  'held',
  'do-not-call',
  'cancel-record',
  'wrong-number',
] as const);

/**
 * One of the {@link callResults}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.records.CallResult = 'no-answer';
 * ```
 */
export type CallResult = (typeof callResults)[number];

/**
 * The call result a record carries before any attempt: 28 `unknown`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.defaultCallResult; // 'unknown'
 * ```
 */
export const defaultCallResult: CallResult = 'unknown';

/**
 * The OCS numeric code of an enumeration name: its index in the list.
 *
 * @throws RangeError when `list` is not an array (a name that is not in it gives -1).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.codeOf(outbound.records.callResults, 'busy'); // 6
 * outbound.records.codeOf(outbound.records.recordStatuses, 'missed-callback'); // 8
 * ```
 */
export function codeOf<T extends string>(list: readonly T[], name: T): number {
  const items: unknown = list;
  if (!Array.isArray(items)) throw rangeError('outbound.codeOf', 'an enumeration list such as outbound.callResults', list);
  return typeof name === 'string' ? list.indexOf(name) : -1;
}

/**
 * The name for an OCS numeric code, or `undefined` when the code is not in the list (untrusted input).
 *
 * @throws RangeError when `list` is not an array.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.nameOf(outbound.records.callResults, 33); // 'answer'
 * outbound.records.nameOf(outbound.records.callResults, 99); // undefined
 * ```
 */
export function nameOf<T extends string>(list: readonly T[], code: number): T | undefined {
  const items: unknown = list;
  if (!Array.isArray(items)) throw rangeError('outbound.nameOf', 'an enumeration list such as outbound.callResults', list);
  return Number.isInteger(code) && code >= 0 && code < list.length ? list[code] : undefined;
}

/**
 * True when `value` is one of the {@link callResults} names.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.records.isCallResult('busy'); // true
 * outbound.records.isCallResult('maybe'); // false
 * ```
 */
export function isCallResult(value: unknown): value is CallResult {
  return typeof value === 'string' && (callResults as readonly string[]).includes(value);
}
