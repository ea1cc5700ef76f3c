import { fail, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import { formatDateTime, type DateTimeFormat } from './date-time.js';
import { requestTypes, wireKeys, type WireKeys } from './keys.js';
import { wireRequestKinds, type WireRequest } from './requests.js';
import type { WirePair } from './wire.js';

/**
 * What every request needs besides itself.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.ocs.EncodeContext = { applicationId: 134, dateTimeZone: 'America/New_York' };
 * ```
 */
export interface EncodeContext {
  /** `GSW_APPLICATION_ID`: the OCS application's DBID. */
  readonly applicationId: number;
  /** The IANA zone `GSW_DATE_TIME` is written in (required for reschedules in the wall-clock format). */
  readonly dateTimeZone?: string;
  /** How `GSW_DATE_TIME` is written (default `MM/DD/YYYY HH:MM`). */
  readonly dateTimeFormat?: DateTimeFormat;
  /** Keys that differ in this deployment. */
  readonly keys?: Partial<WireKeys>;
}

/**
 * Codes of {@link encodeRequest}: `invalid-request` (the request is not one of
 * `WireRequest`, or a value is out of range; `path` names it) and `invalid-context`.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.ocs.EncodeCode = 'invalid-context';
 * ```
 */
export type EncodeCode = 'invalid-request' | 'invalid-context';

const RECORD_KINDS: ReadonlySet<string> = new Set(['chained-records', 'reject', 'cancel', 'do-not-call', 'update', 'processed', 'reschedule']);
const CALLBACK_TYPES = { personal: 'Personal', campaign: 'Campaign' } as const;
const CHAIN_ATTRIBUTES = { record: 'RecordOnly', chain: 'AllChain' } as const;

function isId(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function isName(v: unknown): v is string {
  return typeof v === 'string' && v !== '' && v.length <= 255;
}

function bad(path: string, message: string): Result<never, EncodeCode> {
  return fail('invalid-request', message, undefined, path);
}

function extraPairs(extra: unknown, path: string, reserved: ReadonlySet<string>): Result<WirePair[], EncodeCode> {
  if (!isRecord(extra)) return bad(path, 'Extra data must be an object of keys to strings or integers.');
  const out: WirePair[] = [];
  for (const key of Object.keys(extra)) {
    const v = ownField(extra, key);
    if (reserved.has(key)) return bad(`${path}.${key}`, 'Extra data may not set a protocol key.');
    if (typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v))) out.push([key, v]);
    else return bad(`${path}.${key}`, 'Extra values must be strings or integers.');
  }
  return ok(out);
}

/**
 * Writes a request as the exact attached-data list OCS expects (Outbound Contact Reference Manual,
 * "Communication Protocols", "Desktop Requests and OCS Responses"): `GSW_AGENT_REQ_TYPE`,
 * `GSW_APPLICATION_ID`, `GSW_CAMPAIGN_NAME` (when the request has one), `GSW_RECORD_HANDLE` (when it
 * is about a record), `GSW_REFERENCE_ID`, then the request's own keys, then custom fields. Send it as
 * the user data of a T-Server `RequestDistributeUserEvent` on the agent's DN. Key spellings and their
 * sources: `wireKeys`. Total: refuses with a code and a `path`, never throws.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const r = genesys.ocs.encodeRequest({ kind: 'reject', referenceId: 2, handle: 101, campaign: 'Renewals' }, { applicationId: 134 });
 * if (r.ok) r.value; // [['GSW_AGENT_REQ_TYPE', 'RecordReject'], ['GSW_APPLICATION_ID', 134], ['GSW_CAMPAIGN_NAME', 'Renewals'], ['GSW_RECORD_HANDLE', 101], ['GSW_REFERENCE_ID', 2]]
 * ```
 */
export function encodeRequest(request: WireRequest, context: EncodeContext): Result<readonly WirePair[], EncodeCode> {
  if (!isRecord(context) || !isId(ownField(context, 'applicationId'))) return fail('invalid-context', '`applicationId` must be a non-negative integer.', undefined, '$.applicationId');
  const k: WireKeys = { ...wireKeys, ...(isRecord(context.keys) ? context.keys : {}) };
  if (!isRecord(request)) return bad('$', 'A request must be an object.');
  const r = request as unknown as Readonly<Record<string, unknown>>;
  const kind = ownField(r, 'kind');
  if (!(wireRequestKinds as readonly unknown[]).includes(kind)) return bad('$.kind', 'Unknown request kind.');
  const referenceId = ownField(r, 'referenceId');
  if (!isId(referenceId)) return bad('$.referenceId', '`referenceId` must be a non-negative integer.');
  const req = request;
  const pairs: WirePair[] = [
    [k.requestType, requestTypes[req.kind]],
    [k.applicationId, context.applicationId],
  ];
  if (req.kind !== 'logout') {
    const campaign = ownField(r, 'campaign');
    if (req.kind === 'preview-record' ? campaign !== null && !isName(campaign) : !isName(campaign)) return bad('$.campaign', '`campaign` must be a campaign name.');
    if (typeof campaign === 'string') pairs.push([k.campaignName, campaign]);
  }
  if (RECORD_KINDS.has(req.kind)) {
    const handle = ownField(r, 'handle');
    if (!isId(handle)) return bad('$.handle', '`handle` must be a record handle.');
    pairs.push([k.recordHandle, handle]);
  }
  pairs.push([k.referenceId, referenceId]);
  const reserved = new Set(Object.values(k));
  switch (req.kind) {
    case 'preview-record':
    case 'chained-records':
    case 'reject':
    case 'cancel':
    case 'logout':
      return ok(pairs);
    case 'do-not-call': {
      const scope = ownField(r, 'scope');
      if (scope !== 'record' && scope !== 'chain') return bad('$.scope', '`scope` must be record or chain.');
      pairs.push([k.chainAttribute, CHAIN_ATTRIBUTES[scope]]);
      return ok(pairs);
    }
    case 'update':
    case 'processed': {
      const result = ownField(r, 'callResult');
      if (!isId(result)) return bad('$.callResult', '`callResult` must be an OCS call result code.');
      pairs.push([k.callResult, result]);
      const fields = extraPairs(ownField(r, 'fields'), '$.fields', reserved);
      return fields.ok ? ok([...pairs, ...fields.value]) : fields;
    }
    case 'reschedule': {
      const type = ownField(r, 'callbackType');
      if (type !== 'personal' && type !== 'campaign') return bad('$.callbackType', '`callbackType` must be personal or campaign.');
      const format = context.dateTimeFormat ?? 'MM/DD/YYYY HH:MM';
      if (format !== 'MM/DD/YYYY HH:MM' && format !== 'epoch-seconds') return fail('invalid-context', 'Unknown `dateTimeFormat`.', undefined, '$.dateTimeFormat');
      const zone = format === 'epoch-seconds' ? 'UTC' : context.dateTimeZone;
      if (zone === undefined) return fail('invalid-context', '`dateTimeZone` is required to write GSW_DATE_TIME.', undefined, '$.dateTimeZone');
      const when = ownField(r, 'dialSchedTime');
      const text = formatDateTime(typeof when === 'number' ? when : Number.NaN, zone, format);
      if (!text.ok) return text.error.code === 'invalid-context' ? fail('invalid-context', text.error.message, undefined, '$.dateTimeZone') : bad('$.dialSchedTime', text.error.message);
      pairs.push([k.callbackType, CALLBACK_TYPES[type]], [k.dateTime, text.value]);
      return ok(pairs);
    }
    case 'add-record': {
      const phone = ownField(r, 'phone');
      if (!isName(phone)) return bad('$.phone', '`phone` must be a non-empty number.');
      const contactInfoType = ownField(r, 'contactInfoType');
      if (!isId(contactInfoType)) return bad('$.contactInfoType', '`contactInfoType` must be a code.');
      const recordType = ownField(r, 'recordType');
      if (!isId(recordType)) return bad('$.recordType', '`recordType` must be a code.');
      const tz = ownField(r, 'timeZone');
      if (tz !== null && !isName(tz)) return bad('$.timeZone', '`timeZone` must be a Genesys time-zone name or null.');
      pairs.push([k.phone, phone], [k.phoneType, contactInfoType], [k.recordType, recordType]);
      if (typeof tz === 'string') pairs.push([k.timeZone, tz]);
      const fields = extraPairs(ownField(r, 'fields'), '$.fields', reserved);
      return fields.ok ? ok([...pairs, ...fields.value]) : fields;
    }
    case 'ready-time':
    case 'preview-dialing-mode-start':
    case 'preview-dialing-mode-over': {
      const data = extraPairs(ownField(r, 'data'), '$.data', reserved);
      return data.ok ? ok([...pairs, ...data.value]) : data;
    }
  }
}

