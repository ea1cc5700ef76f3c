import { fail, isRecord, maxInstant, ok, ownField, type Result } from '../../core/internal.js';
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
import { fieldFromString, parseFieldDeclarations, type FieldDeclaration, type FieldValue } from './fields.js';
import { kindOf, memberPath } from './path.js';
import type { OutboundRecord } from './record.js';
import { zone, type ZoneName } from '../../time/index.js';

/**
 * The shape of {@link recordKeys}: one server key per record property.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const key: outbound.records.RecordKeys['phone'] = 'GSW_PHONE';
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
  /** Key of the contact's IANA zone (already resolved: see {@link ParseRecordOptions.timeZone}). */
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
 * outbound.records.recordKeys.handle; // 'GSW_RECORD_HANDLE'
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
 * Codes of {@link parseRecord}; `details.field` names the offending key and `details.path` is its JSON
 * path in the data (`$.GSW_PHONE`), or in the options for the last two codes (`$.fields[1].type`).
 * - `invalid-record-data`: the data is not an object of keys to values.
 * - `missing-field`: a required key (handle, chain id, phone, zone) is absent or empty.
 * - `invalid-field`: a key's value is not of its type or out of range (a code not in the enumeration,
 *   a negative handle, a window second past 86400, a malformed custom field).
 * - `unknown-zone`: the zone is not an IANA location zone (a bare abbreviation such as `EST` or a
 *   Genesys Time Zone object name is refused: resolve it first, with `genesys.zone`); path
 *   `$.defaultZone` when the default zone is the bad one.
 * - `invalid-options`: the options are not an object, or `defaultZone` is not a string.
 * - `invalid-field-declaration`: `options.fields` is not a valid field list (see `parseFieldDeclarations`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.records.RecordParseCode = 'missing-field';
 * ```
 */
export type RecordParseCode = 'invalid-record-data' | 'missing-field' | 'invalid-field' | 'unknown-zone' | 'invalid-options' | 'invalid-field-declaration';

/**
 * Options of {@link parseRecord}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const o: outbound.records.ParseRecordOptions = { fields: [{ key: 'balance', type: 'number' }], defaultZone: 'Europe/Paris' };
 * ```
 */
export interface ParseRecordOptions {
  /** The declared custom fields; their keys are read and typed into `record.fields`. */
  readonly fields?: readonly FieldDeclaration[];
  /**
   * The record's IANA zone, already resolved by the caller (an adapter such as `genesys.ocs` resolves
   * the record's Genesys Time Zone object with `genesys.zone`). When given, the zone key of the data
   * is not read.
   */
  readonly timeZone?: string;
  /** The zone used when the data has no zone and no `timeZone` is given; without it such data is refused. */
  readonly defaultZone?: string;
}

type Parsed<T> = Result<T, RecordParseCode>;

/**
 * An IANA location zone (`Area/Location`, or `UTC`), canonical. A bare abbreviation is refused even
 * where the engine knows it (`EST` is a fixed -05:00 there, while a record marked `EST` by Genesys
 * is in US Eastern time with DST): a record is never judged in a guessed zone.
 */
function locationZone(name: string): ZoneName | undefined {
  if (!name.includes('/') && name.toUpperCase() !== 'UTC') return undefined;
  const canonical = zone(name);
  return canonical.ok ? canonical.value : undefined;
}

const SECONDS_PER_DAY = 86_400;
const STANDARD: ReadonlySet<string> = new Set<string>([...(Object.values(recordKeys) as string[]), 'chain_n']);

function text(data: Readonly<Record<string, unknown>>, key: string): Parsed<string | undefined> {
  const v = ownField(data, key);
  if (v === undefined || v === null) return ok(undefined);
  if (typeof v === 'string') return ok(v.trim() === '' ? undefined : v);
  if (typeof v === 'number' && Number.isFinite(v)) return ok(String(v));
  return fail('invalid-field', `The field must be a string, not ${kindOf(v)}.`, { field: key, path: memberPath('$', key) });
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
    return fail('invalid-field', `The field must be an integer from ${min} to ${max}, not ${kindOf(t.value)}.`, { field: key, path: memberPath('$', key), value: t.value });
  }
  return ok(n);
}

function required<T>(r: Parsed<T | undefined>, key: string): Parsed<T> {
  if (!r.ok) return r;
  return r.value === undefined ? fail('missing-field', `${key} is required.`, { field: key, path: memberPath('$', key) }) : ok(r.value);
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
 * Required: `GSW_RECORD_HANDLE`, `GSW_CHAIN_ID`, `GSW_PHONE`, and the zone: `options.timeZone`, or an IANA
 * location zone under `GSW_TZ_NAME` (or `defaultZone`). OCS puts a Genesys Time Zone object's name there
 * (`EST`, `ECT`, ...): that data comes through `genesys.ocs.decodeEvent`, which resolves it.
 * Defaults: `chain_n` 0, call result 28 unknown, record type general, record status retrieved,
 * contact info type none, attempts 0, no scheduled time, window the whole day (0..86400).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.records.parseRecord(
 *   { GSW_RECORD_HANDLE: '101', GSW_CHAIN_ID: '55', GSW_CHAIN_N: '1', GSW_PHONE: '5550100', GSW_CALL_RESULT: '6',
 *     GSW_TZ_NAME: 'America/Chicago', GSW_FROM: '32400', GSW_UNTIL: '75600', balance: '12.50' },
 *   { fields: [{ key: 'balance', type: 'number' }] },
 * );
 * if (r.ok) [r.value.callResult, r.value.fields.balance]; // ['busy', 12.5]
 * else r.error.details; // { field: '...' }
 * ```
 */
export function parseRecord(data: unknown, options: ParseRecordOptions = {}): Result<OutboundRecord, RecordParseCode> {
  const opts: unknown = options;
  if (!isRecord(opts)) return fail('invalid-options', `The options must be an object, not ${kindOf(opts)}.`, { path: '$' });
  const defaultZone = ownField(opts, 'defaultZone');
  if (defaultZone !== undefined && typeof defaultZone !== 'string') {
    return fail('invalid-options', `\`defaultZone\` must be a string, not ${kindOf(defaultZone)}.`, { path: '$.defaultZone' });
  }
  const fieldsIn = ownField(opts, 'fields');
  const parsedDeclarations = fieldsIn === undefined ? ok([]) : parseFieldDeclarations(fieldsIn, '$.fields');
  if (!parsedDeclarations.ok) return parsedDeclarations;
  if (!isRecord(data)) return fail('invalid-record-data', `Record data must be an object of keys to strings, not ${kindOf(data)}.`, { path: '$' });
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
  const sched = integer(data, k.dialSchedTime, 0, Math.floor(maxInstant / 1000));
  if (!sched.ok) return sched;
  const dailyFrom = integer(data, k.dailyFrom, 0, SECONDS_PER_DAY);
  if (!dailyFrom.ok) return dailyFrom;
  const dailyTill = integer(data, k.dailyTill, 0, SECONDS_PER_DAY);
  if (!dailyTill.ok) return dailyTill;
  const timeZoneOption = ownField(opts, 'timeZone');
  if (timeZoneOption !== undefined && typeof timeZoneOption !== 'string') {
    return fail('invalid-options', `\`timeZone\` must be a string, not ${kindOf(timeZoneOption)}.`, { path: '$.timeZone' });
  }
  const zoneText = timeZoneOption === undefined ? text(data, k.timeZone) : ok(timeZoneOption);
  if (!zoneText.ok) return zoneText;
  const zoneName = zoneText.value ?? defaultZone;
  if (zoneName === undefined) return fail('missing-field', `${k.timeZone} is required.`, { field: k.timeZone, path: memberPath('$', k.timeZone) });
  const timeZone = locationZone(zoneName);
  if (timeZone === undefined) {
    const path = zoneText.value === undefined ? '$.defaultZone' : memberPath('$', k.timeZone);
    return fail('unknown-zone', `Not an IANA location zone: ${kindOf(zoneName)}.`, { field: k.timeZone, path });
  }
  const campaignName = text(data, k.campaignName);
  if (!campaignName.ok) return campaignName;
  const callingList = text(data, k.callingList);
  if (!callingList.ok) return callingList;

  const declarations: readonly FieldDeclaration[] = parsedDeclarations.value;
  const fields: [string, FieldValue][] = [];
  for (const d of declarations) {
    const raw = text(data, d.key);
    if (!raw.ok) return raw;
    if (raw.value === undefined) {
      fields.push([d.key, null]);
      continue;
    }
    const v = fieldFromString(d.type, raw.value);
    if (!v.ok) return fail('invalid-field', v.error.message, { field: d.key, type: d.type, path: memberPath('$', d.key) });
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
