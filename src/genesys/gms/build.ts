import { fail, isInstant, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import { bucketSizes } from '../../callback/index.js';
import { isoUtc } from '../../time/index.js';
import type { GmsCode } from './codes.js';
import type { HttpRequest } from './request.js';
import type { GmsService } from './service.js';
import { ENGAGEMENT, ENGAGEMENT_QUERY, GMS_BASE, KEY, OFFER_TYPES, QUERY } from './wire.js';

/**
 * Ask GMS for the state of one callback (the host polls with it, or asks once on reconnect). Its answer is
 * delivered to the lifecycle as the status the callback reached.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const q: genesys.gms.QueryStateEffect = { type: 'query-state', requestId: 'state-1', callbackId: 'cb-42' };
 * ```
 */
export interface QueryStateEffect {
  /** Discriminant. */
  readonly type: 'query-state';
  /** The id its answer carries. */
  readonly requestId: string;
  /** The callback. */
  readonly callbackId: string;
}

/**
 * The effects the builders turn into HTTP requests: the dialog's and the lifecycle's `send-request` (request
 * kinds `availability`, `schedule`, `reschedule`, `cancel`), and {@link QueryStateEffect}.
 * Typed loosely on purpose: they arrive from a host and are checked field by field.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: genesys.gms.OutgoingEffect = { type: 'send-request', request: { kind: 'cancel', requestId: 'cancel-1', callbackId: 'cb-42' } };
 * ```
 */
export type OutgoingEffect = Readonly<Record<string, unknown>> & {
  /** The effect's kind, as the dialog or lifecycle emitted it. */
  readonly type: string;
};

type Built = Result<HttpRequest, GmsCode>;

function bad(code: GmsCode, message: string, path: string): Built {
  return fail(code, message, undefined, path);
}

function segment(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 512 ? encodeURIComponent(value) : null;
}

function text(raw: Readonly<Record<string, unknown>>, key: string): string | null {
  const v = ownField(raw, key);
  return typeof v === 'string' && v.length > 0 && v.length <= 512 ? v : null;
}

/** Checks the service once; returns its encoded name and API. */
function serviceOf(service: unknown): Result<{ name: string; s: GmsService }, GmsCode> {
  if (!isRecord(service)) return fail('invalid-service', 'The service must be an object.', undefined, '$service');
  const name = segment(ownField(service, 'serviceName'));
  if (name === null) return fail('invalid-service', 'The service needs a `serviceName` (1 to 512 characters).', undefined, '$service.serviceName');
  const api = ownField(service, 'api') ?? 'v1';
  if (api !== 'v1' && api !== 'v2' && api !== 'engagement-v3') return fail('invalid-service', '`api` must be v1, v2 or engagement-v3.', undefined, '$service.api');
  const bucket = ownField(service, 'bucketMinutes');
  if (bucket !== undefined && !(bucketSizes as readonly unknown[]).includes(bucket)) {
    return fail('invalid-service', '`bucketMinutes` must be 5, 10, 15, 20, 30, 60 or 120 (the values of `_request_time_bucket`).', undefined, '$service.bucketMinutes');
  }
  return ok({ name, s: service as unknown as GmsService });
}

function availability(name: string, s: GmsService, requestId: string, raw: Readonly<Record<string, unknown>>, base: string): Built {
  const start = ownField(raw, 'start');
  const end = ownField(raw, 'end');
  if (!isInstant(start) || !isInstant(end) || end <= start) return bad('invalid-request', '`start` and `end` must be instants, `end` after `start`.', `${base}.start`);
  const zone = text(raw, 'zone');
  const api = s.api ?? 'v1';
  const keys = api === 'engagement-v3' ? ENGAGEMENT_QUERY : QUERY;
  // [GMS-CAL], [ENG]: start and end in ISO 8601 UTC.
  const query: Record<string, string> = { [keys.start]: isoUtc(start), [keys.end]: isoUtc(end) };
  const max = s.maxTimeSlots;
  if (typeof max === 'number' && Number.isSafeInteger(max) && max > 0) query[keys.maxTimeSlots] = String(max);
  if (api !== 'v1') {
    if (zone !== null) query[keys.timezone] = zone;
    query[keys.reportBusy] = s.reportBusy === false ? 'false' : 'true';
  }
  const path =
    api === 'engagement-v3' ? `/engagement/v3/callbacks/availability/${name}` : `${GMS_BASE}/${api === 'v2' ? '2' : '1'}/service/callback/${name}/availability`;
  return ok({ kind: 'availability', requestId, method: 'GET', path, query, body: null, contentType: null });
}

function create(name: string, s: GmsService, requestId: string, raw: Readonly<Record<string, unknown>>, base: string): Built {
  const number = text(raw, 'number');
  if (number === null) return bad('number-required', 'A callback needs the customer number (`_customer_number`).', `${base}.number`);
  const desiredAt = ownField(raw, 'desiredAt');
  if (desiredAt !== null && !isInstant(desiredAt)) return bad('invalid-request', '`desiredAt` must be an instant or null.', `${base}.desiredAt`);
  if ((s.api ?? 'v1') === 'engagement-v3') {
    // [ENG] POST /engagement/v3/callbacks/create { serviceName, phoneNumber, desiredTime?, cbOfferType? } as JSON.
    const body: Record<string, string> = { [ENGAGEMENT.serviceName]: decodeURIComponent(name), [ENGAGEMENT.phoneNumber]: number };
    if (isInstant(desiredAt)) body[ENGAGEMENT.desiredTime] = isoUtc(desiredAt);
    const offer = ownField(raw, 'offerType');
    if (typeof offer === 'string' && Object.prototype.hasOwnProperty.call(OFFER_TYPES, offer)) body[ENGAGEMENT.offerType] = OFFER_TYPES[offer as keyof typeof OFFER_TYPES];
    return ok({ kind: 'create', requestId, method: 'POST', path: ENGAGEMENT.create, query: {}, body, contentType: 'application/json' });
  }
  const body: Record<string, string> = {};
  const extra = s.extraKeys;
  if (isRecord(extra)) {
    for (const k of Object.keys(extra)) {
      const v = ownField(extra, k);
      if (typeof v === 'string' && k !== KEY.customerNumber && k !== KEY.desiredTime) body[k] = v;
    }
  }
  body[KEY.customerNumber] = number;
  // `_desired_time` in ISO 8601 UTC with milliseconds and `Z` ([ENG] `desiredTime` format; [GMS-SDK] sends ISO 8601 UTC).
  // Without it GMS books an immediate (ASAP) callback.
  if (isInstant(desiredAt)) body[KEY.desiredTime] = isoUtc(desiredAt);
  return ok({ kind: 'create', requestId, method: 'POST', path: `${GMS_BASE}/1/service/callback/${name}`, query: {}, body, contentType: 'application/x-www-form-urlencoded' });
}

function onCallback(kind: 'reschedule' | 'cancel' | 'query-state', name: string, s: GmsService, requestId: string, raw: Readonly<Record<string, unknown>>, base: string): Built {
  const id = segment(ownField(raw, 'callbackId'));
  if (id === null) return bad('invalid-request', 'The effect needs a `callbackId` (1 to 512 characters).', `${base}.callbackId`);
  if ((s.api ?? 'v1') === 'engagement-v3') {
    // [ENG] CallbacksApi has create, cancel and retrieve (POST, JSON `{ id }`), and no reschedule.
    if (kind === 'reschedule') return bad('unsupported-operation', 'The Engagement API v3 has no reschedule operation.', '$service.api');
    const body = { [ENGAGEMENT.id]: ownField(raw, 'callbackId') as string };
    return ok({ kind, requestId, method: 'POST', path: kind === 'cancel' ? ENGAGEMENT.cancel : ENGAGEMENT.retrieve, query: {}, body, contentType: 'application/json' });
  }
  if (kind === 'cancel') return ok({ kind, requestId, method: 'DELETE', path: `${GMS_BASE}/1/service/callback/${name}/${id}`, query: {}, body: null, contentType: null });
  if (kind === 'query-state') {
    return ok({ kind, requestId, method: 'GET', path: `${GMS_BASE}/1/service/callback`, query: { [KEY.id]: ownField(raw, 'callbackId') as string }, body: null, contentType: null });
  }
  const desiredAt = ownField(raw, 'desiredAt');
  if (!isInstant(desiredAt)) return bad('invalid-request', 'A reschedule needs `desiredAt`, an instant.', `${base}.desiredAt`);
  return ok({
    kind,
    requestId,
    method: 'PUT',
    path: `${GMS_BASE}/1/service/callback/${name}/${id}`,
    query: {},
    body: { [KEY.newDesiredTime]: isoUtc(desiredAt) },
    contentType: 'application/x-www-form-urlencoded',
  });
}

/**
 * Builds the HTTP request (method, path, query, body) for one dialog or lifecycle effect, for a service.
 * Total: a bad service or effect is a refusal with a code from {@link codes} and a `path`, never a throw.
 *
 * | effect (`send-request` by `request.kind`) | request |
 * | --- | --- |
 * | `availability` | `GET /genesys/1/service/callback/{service}/availability?start=&end=[&max-time-slots=]` (v2: `/genesys/2/...` plus `timezone`, `report-busy`; Engagement v3: `GET /engagement/v3/callbacks/availability/{service}`) |
 * | `schedule` | `POST /genesys/1/service/callback/{service}` with `_customer_number` and, unless immediate, `_desired_time` |
 * | `reschedule` (dialog or lifecycle) | `PUT /genesys/1/service/callback/{service}/{id}` with `_new_desired_time` |
 * | `cancel` | `DELETE /genesys/1/service/callback/{service}/{id}` |
 * | `query-state` (its own effect) | `GET /genesys/1/service/callback?_id={id}` |
 *
 * With `api: 'engagement-v3'`: create, cancel and query are `POST /engagement/v3/callbacks/create`,
 * `/cancel`, `/retrieve` with a JSON body (`serviceName`, `phoneNumber`, `desiredTime`, `cbOfferType`;
 * `id`); reschedule is `unsupported-operation` (that API has none).
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const r = genesys.gms.buildRequest({ serviceName: 'callback-for-desktop' }, {
 *   type: 'send-request',
 *   request: { kind: 'reschedule', requestId: 'reschedule-1', callbackId: 'cb-42', desiredAt: Date.UTC(2026, 10, 25, 15), desiredTime: '2026-11-25T15:00:00.000Z' },
 * });
 * if (r.ok) r.value.body; // { _new_desired_time: '2026-11-25T15:00:00.000Z' }
 * ```
 */
export function buildRequest(service: GmsService, effect: OutgoingEffect): Result<HttpRequest, GmsCode> {
  const checked = serviceOf(service);
  if (!checked.ok) return checked;
  const { name, s } = checked.value;
  const outer: unknown = effect;
  if (!isRecord(outer)) return bad('invalid-request', 'The effect must be an object.', '$effect');
  const type = ownField(outer, 'type');
  if (type === 'close') return bad('unsupported-operation', 'A `close` effect needs no request.', '$effect.type');
  if (type === 'query-state') {
    const requestId = text(outer, 'requestId');
    if (requestId === null) return bad('invalid-request', 'The effect needs a `requestId` (1 to 512 characters).', '$effect.requestId');
    return onCallback('query-state', name, s, requestId, outer, '$effect');
  }
  if (type !== 'send-request') return bad('unsupported-operation', 'Not an effect this adapter sends.', '$effect.type');
  const raw = ownField(outer, 'request');
  const base = '$effect.request';
  if (!isRecord(raw)) return bad('invalid-request', 'A `send-request` effect carries a `request` object.', base);
  const requestId = text(raw, 'requestId');
  if (requestId === null) return bad('invalid-request', 'The request needs a `requestId` (1 to 512 characters).', `${base}.requestId`);
  switch (ownField(raw, 'kind')) {
    case 'availability':
      return availability(name, s, requestId, raw, base);
    case 'schedule':
      return create(name, s, requestId, raw, base);
    case 'reschedule':
      return onCallback('reschedule', name, s, requestId, raw, base);
    case 'cancel':
      return onCallback('cancel', name, s, requestId, raw, base);
    default:
      return bad('unsupported-operation', 'Not a request kind this adapter sends.', `${base}.kind`);
  }
}
