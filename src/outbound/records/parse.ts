import { fail, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import {
  callResults,
  contactInfoTypes,
  defaultCallResult,
  nameOf,
  recordStatuses,
  recordTypes,
  type CallResult,
  type ContactInfoType,
  type RecordStatus,
  type RecordType,
} from './codes.js';
import { fieldFromString, type FieldDeclaration, type FieldValue } from './fields.js';
import type { OutboundRecord } from './record.js';
import { zone } from '../../time/index.js';

/**
 * The shape of {@link recordKeys}: one server key per record property.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const key: outbound.RecordKeys['phone'] = 'GSW_PHONE';
 * ```
 */
export interface RecordKeys {
  /** Key of the record handle. */
  readonly handle: 'GSW_RECORD_HANDLE';
  /** Key of the chain id. */
  readonly chainId: 'GSW_CHAIN_ID';
  /** Key of the position in the chain (`chain_n` is accepted too). */
  readonly chainN: 'GSW_CHAIN_N';
  /** Key of the number to dial. */
  readonly phone: 'GSW_PHONE';
  /** Key of the contact info type code. */
  readonly contactInfoType: 'GSW_PHONE_TYPE';
  /** Key of the record type code. */
  readonly recordType: 'GSW_RECORD_TYPE';
  /** Key of the record status code. */
  readonly recordStatus: 'GSW_RECORD_STATUS';
  /** Key of the call result code. */
  readonly callResult: 'GSW_CALL_RESULT';
  /** Key of the attempts so far. */
  readonly attempts: 'GSW_ATTEMPTS';
  /** Key of the scheduled time, UTC epoch seconds. */
  readonly dialSchedTime: 'GSW_DIAL_SCHED_TIME';
  /** Key of the daily window start, seconds after local midnight. */
  readonly dailyFrom: 'GSW_FROM';
  /** Key of the daily window end, seconds after local midnight. */
  readonly dailyTill: 'GSW_UNTIL';
  /** Key of the IANA zone of the contact. */
  readonly timeZone: 'GSW_TZ_NAME';
  /** Key of the campaign name. */
  readonly campaignName: 'GSW_CAMPAIGN_NAME';
  /** Key of the calling list name. */
  readonly callingList: 'GSW_CALLING_LIST';
}

/**
 * The standard `GSW_*` keys {@link parseRecord} reads, by record property. `chainN` also accepts the
 * calling-list column name `chain_n` (OCS sends it only when the field is configured to be sent).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.recordKeys.handle; // 'GSW_RECORD_HANDLE'
 * ```
 */
export const recordKeys: RecordKeys = Object.freeze({
  handle: 'GSW_RECORD_HANDLE',
  chainId: 'GSW_CHAIN_ID',
  chainN: 'GSW_CHAIN_N',
  phone: 'GSW_PHONE',
  contactInfoType: 'GSW_PHONE_TYPE',
  recordType: 'GSW_RECORD_TYPE',
  recordStatus: 'GSW_RECORD_STATUS',
  callResult: 'GSW_CALL_RESULT',
  attempts: 'GSW_ATTEMPTS',
  dialSchedTime: 'GSW_DIAL_SCHED_TIME',
  dailyFrom: 'GSW_FROM',
  dailyTill: 'GSW_UNTIL',
  timeZone: 'GSW_TZ_NAME',
  campaignName: 'GSW_CAMPAIGN_NAME',
  callingList: 'GSW_CALLING_LIST',
});

/**
 * Codes of {@link parseRecord}; `details.field` names the offending key.
 * - `invalid-record-data`: the data is not an object of keys to values.
 * - `missing-field`: a required key (handle, chain id, phone, zone) is absent or empty.
 * - `invalid-field`: a key's value is not of its type or out of range (a code not in the enumeration,
 *   a negative handle, a window second past 86400, a malformed custom field).
 * - `unknown-zone`: `GSW_TZ_NAME` is not an IANA zone.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.RecordParseCode = 'missing-field';
 * ```
 */
export type RecordParseCode = 'invalid-record-data' | 'missing-field' | 'invalid-field' | 'unknown-zone';

/**
 * Options of {@link parseRecord}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const o: outbound.ParseRecordOptions = { fields: [{ key: 'balance', type: 'number' }], defaultZone: 'Europe/Paris' };
 * ```
 */
export interface ParseRecordOptions {
  /** The declared custom fields; their keys are read and typed into `record.fields`. */
  readonly fields?: readonly FieldDeclaration[];
  /** The zone used when the data has no `GSW_TZ_NAME`; without it such data is refused. */
  readonly defaultZone?: string;
}

type Parsed<T> = Result<T, RecordParseCode>;

const SECONDS_PER_DAY = 86_400;
const STANDARD: ReadonlySet<string> = new Set<string>([...(Object.values(recordKeys) as string[]), 'chain_n']);

function text(data: Readonly<Record<string, unknown>>, key: string): Parsed<string | undefined> {
  const v = ownField(data, key);
  if (v === undefined || v === null) return ok(undefined);
  if (typeof v === 'string') return ok(v.trim() === '' ? undefined : v);
  if (typeof v === 'number' && Number.isFinite(v)) return ok(String(v));
  return fail('invalid-field', `${key} must be a string.`, { field: key });
}

function integer(
  data: Readonly<Record<string, unknown>>,
  key: string,
  min: number,
  max: number,
): Parsed<number | undefined> {
  const t = text(data, key);
  if (!t.ok || t.value === undefined) return t as Parsed<undefined>;
  const raw = t.value.trim();
  const n = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    return fail('invalid-field', `${key} must be an integer from ${min} to ${max}.`, { field: key, value: t.value });
  }
  return ok(n);
}

function required<T>(r: Parsed<T | undefined>, key: string): Parsed<T> {
  if (!r.ok) return r;
  return r.value === undefined ? fail('missing-field', `${key} is required.`, { field: key }) : ok(r.value);
}

function enumeration<T extends string>(
  data: Readonly<Record<string, unknown>>,
  key: string,
  list: readonly T[],
  fallback: T,
): Parsed<T> {
  const r = integer(data, key, 0, list.length - 1);
  if (!r.ok) return r;
  return ok(r.value === undefined ? fallback : (nameOf(list, r.value) ?? fallback));
}

/**
 * Parses the key-value record data a server delivers (OCS user-event data: strings under `GSW_*` keys
 * and custom `send_attribute` keys) into a typed {@link OutboundRecord}. Total: never throws, refuses
 * with a {@link RecordParseCode} whose `details.field` names the bad key; only own keys are read, so
 * `__proto__` and friends are inert.
 *
 * Required: `GSW_RECORD_HANDLE`, `GSW_CHAIN_ID`, `GSW_PHONE`, and `GSW_TZ_NAME` (or `defaultZone`).
 * Defaults: `chain_n` 0, call result 28 unknown, record type general, record status retrieved,
 * contact info type none, attempts 0, no scheduled time, window the whole day (0..86400).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.parseRecord(
 *   { GSW_RECORD_HANDLE: '101', GSW_CHAIN_ID: '55', GSW_CHAIN_N: '1', GSW_PHONE: '5550100', GSW_CALL_RESULT: '6',
 *     GSW_TZ_NAME: 'America/Chicago', GSW_FROM: '32400', GSW_UNTIL: '75600', balance: '12.50' },
 *   { fields: [{ key: 'balance', type: 'number' }] },
 * );
 * if (r.ok) [r.value.callResult, r.value.fields.balance]; // ['busy', 12.5]
 * else r.error.details; // { field: '...' }
 * ```
 */
export function parseRecord(data: unknown, options: ParseRecordOptions = {}): Result<OutboundRecord, RecordParseCode> {
  if (!isRecord(data)) return fail('invalid-record-data', 'Record data must be an object of keys to strings.');
  const k = recordKeys;
  const handle = required(integer(data, k.handle, 0, Number.MAX_SAFE_INTEGER), k.handle);
  if (!handle.ok) return handle;
  const chainId = required(integer(data, k.chainId, 0, Number.MAX_SAFE_INTEGER), k.chainId);
  if (!chainId.ok) return chainId;
  const chainNKey = ownField(data, k.chainN) !== undefined ? k.chainN : 'chain_n';
  const chainN = integer(data, chainNKey, 0, Number.MAX_SAFE_INTEGER);
  if (!chainN.ok) return chainN;
  const phone = required(text(data, k.phone), k.phone);
  if (!phone.ok) return phone;
  const contactInfoType = enumeration<ContactInfoType>(data, k.contactInfoType, contactInfoTypes, 'none');
  if (!contactInfoType.ok) return contactInfoType;
  const recordType = enumeration<RecordType>(data, k.recordType, recordTypes, 'general');
  if (!recordType.ok) return recordType;
  const recordStatus = enumeration<RecordStatus>(data, k.recordStatus, recordStatuses, 'retrieved');
  if (!recordStatus.ok) return recordStatus;
  const callResult = enumeration<CallResult>(data, k.callResult, callResults, defaultCallResult);
  if (!callResult.ok) return callResult;
  const attempts = integer(data, k.attempts, 0, 1_000_000);
  if (!attempts.ok) return attempts;
  const sched = integer(data, k.dialSchedTime, 0, 253_402_300_799);
  if (!sched.ok) return sched;
  const dailyFrom = integer(data, k.dailyFrom, 0, SECONDS_PER_DAY);
  if (!dailyFrom.ok) return dailyFrom;
  const dailyTill = integer(data, k.dailyTill, 0, SECONDS_PER_DAY);
  if (!dailyTill.ok) return dailyTill;
  const zoneText = text(data, k.timeZone);
  if (!zoneText.ok) return zoneText;
  const zoneName = zoneText.value ?? options.defaultZone;
  if (zoneName === undefined) return fail('missing-field', `${k.timeZone} is required.`, { field: k.timeZone });
  const canonical = zone(zoneName);
  const timeZone = canonical.ok ? canonical.value : undefined;
  if (timeZone === undefined) return fail('unknown-zone', `Not an IANA time zone: ${zoneName}`, { field: k.timeZone, zone: zoneName });
  const campaignName = text(data, k.campaignName);
  if (!campaignName.ok) return campaignName;
  const callingList = text(data, k.callingList);
  if (!callingList.ok) return callingList;

  const declarations = options.fields ?? [];
  const fields: [string, FieldValue][] = [];
  for (const d of declarations) {
    const raw = text(data, d.key);
    if (!raw.ok) return raw;
    if (raw.value === undefined) {
      fields.push([d.key, null]);
      continue;
    }
    const v = fieldFromString(d.type, raw.value);
    if (!v.ok) return fail('invalid-field', v.error.message, { field: d.key, type: d.type });
    fields.push([d.key, v.value]);
  }
  const declared = new Set(declarations.map((d) => d.key));
  const extra: [string, string][] = [];
  for (const key of Object.keys(data)) {
    if (STANDARD.has(key) || declared.has(key)) continue;
    const v = ownField(data, key);
    if (typeof v === 'string') extra.push([key, v]);
    else if (typeof v === 'number' || typeof v === 'boolean') extra.push([key, String(v)]);
  }

  return ok({
    handle: handle.value,
    chainId: chainId.value,
    chainN: chainN.value ?? 0,
    phone: phone.value,
    contactInfoType: contactInfoType.value,
    recordType: recordType.value,
    recordStatus: recordStatus.value,
    callResult: callResult.value,
    attempts: attempts.value ?? 0,
    dialSchedTime: sched.value ?? null,
    dailyFrom: dailyFrom.value ?? 0,
    dailyTill: dailyTill.value ?? SECONDS_PER_DAY,
    timeZone,
    campaignName: campaignName.value ?? null,
    callingList: callingList.value ?? null,
    fields: Object.fromEntries(fields),
    extra: Object.fromEntries(extra),
    treatment: null,
  });
}
