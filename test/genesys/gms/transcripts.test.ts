import { describe, expect, it } from 'vitest';
import { genesys } from '../../../src/index.js';

// Transcripts of the documented requests and answers (sources named in src/genesys/gms/wire.ts).
const service = { serviceName: 'callback-for-mobile' };
const built = (effect: genesys.gms.OutgoingEffect, s: genesys.gms.GmsService = service) => {
  const r = genesys.gms.buildRequest(s, effect);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('genesys.gms requests as the API reference writes them', () => {
  it('creates with `_customer_number` form-encoded to /genesys/1/service/callback/{service} (GMS create example)', () => {
    const r = built({ type: 'send-request', request: { kind: 'schedule', requestId: 'callback-2', number: '01822256', desiredAt: null } });
    expect(r).toEqual({
      kind: 'create', requestId: 'callback-2', method: 'POST', path: '/genesys/1/service/callback/callback-for-mobile',
      query: {}, body: { _customer_number: '01822256' }, contentType: 'application/x-www-form-urlencoded',
    });
    expect(genesys.gms.formBody(r.body ?? {})).toBe('_customer_number=01822256');
  });

  it('sends `_desired_time` as ISO 8601 UTC with milliseconds for a scheduled create, and the service keys beside it', () => {
    const r = built(
      { type: 'send-request', request: { kind: 'schedule', requestId: 'callback-3', number: '+15551230001', desiredAt: Date.UTC(2013, 4, 28, 15, 30) } },
      { ...service, extraKeys: { my_token: 'Stat_Server1', _customer_number: 'ignored' } },
    );
    expect(r.body).toEqual({ my_token: 'Stat_Server1', _customer_number: '+15551230001', _desired_time: '2013-05-28T15:30:00.000Z' });
  });

  it('reschedules with PUT `_new_desired_time`, cancels with DELETE, queries by `_id`', () => {
    expect(built({ type: 'send-request', request: { kind: 'reschedule', requestId: 'reschedule-1', callbackId: 'cb 42', desiredAt: Date.UTC(2026, 10, 25, 15) } })).toMatchObject({
      method: 'PUT', path: '/genesys/1/service/callback/callback-for-mobile/cb%2042', body: { _new_desired_time: '2026-11-25T15:00:00.000Z' },
    });
    expect(built({ type: 'send-request', request: { kind: 'cancel', requestId: 'cancel-1', callbackId: 'cb-42' } })).toMatchObject({ method: 'DELETE', path: '/genesys/1/service/callback/callback-for-mobile/cb-42', body: null });
    expect(built({ type: 'query-state', requestId: 'state-1', callbackId: 'cb-42' })).toMatchObject({ method: 'GET', path: '/genesys/1/service/callback', query: { _id: 'cb-42' } });
  });

  const day = { type: 'send-request', request: { kind: 'availability', requestId: 'availability-1', zone: 'America/New_York', date: '2026-11-24', start: Date.UTC(2026, 10, 24, 5), end: Date.UTC(2026, 10, 25, 5) } };
  it('queries availability v1 with start, end and max-time-slots', () => {
    expect(built(day, { ...service, maxTimeSlots: 50 })).toMatchObject({
      method: 'GET', path: '/genesys/1/service/callback/callback-for-mobile/availability',
      query: { start: '2026-11-24T05:00:00.000Z', end: '2026-11-25T05:00:00.000Z', 'max-time-slots': '50' },
    });
  });
  it('queries availability v2 with timezone and report-busy, and Engagement v3 with its camelCase names', () => {
    expect(built(day, { ...service, api: 'v2' })).toMatchObject({
      path: '/genesys/2/service/callback/callback-for-mobile/availability',
      query: { start: '2026-11-24T05:00:00.000Z', end: '2026-11-25T05:00:00.000Z', timezone: 'America/New_York', 'report-busy': 'true' },
    });
    expect(built(day, { ...service, api: 'engagement-v3', maxTimeSlots: 5, reportBusy: false })).toMatchObject({
      path: '/engagement/v3/callbacks/availability/callback-for-mobile',
      query: { maxTimeSlots: '5', timezone: 'America/New_York', reportBusy: 'false' },
    });
  });
  it('refuses what it cannot send, with a code and a path', () => {
    expect(genesys.gms.buildRequest(service, { type: 'send-request', request: { kind: 'schedule', requestId: 'c-1', number: null, desiredAt: null } })).toMatchObject({ ok: false, error: { code: 'number-required', path: '$effect.request.number' } });
    expect(genesys.gms.buildRequest({ serviceName: '' }, { type: 'send-request', request: { kind: 'cancel', requestId: 'c', callbackId: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid-service' } });
    expect(genesys.gms.buildRequest({ ...service, bucketMinutes: 7 }, day)).toMatchObject({ ok: false, error: { code: 'invalid-service', path: '$service.bucketMinutes' } });
    expect(genesys.gms.buildRequest(service, { type: 'close', outcome: 'discarded' })).toMatchObject({ ok: false, error: { code: 'unsupported-operation' } });
  });
});

describe('genesys.gms answers as the API reference writes them', () => {
  it('reads every documented state', () => {
    expect(genesys.gms.decodeState({ _callback_state: 'SCHEDULED' }, 1)).toEqual({ ok: true, value: null });
    for (const [wire, type] of [['QUEUED', 'queued'], ['ROUTING', 'routing'], ['PROCESSING', 'processing']] as const) {
      expect(genesys.gms.decodeState([{ _id: 'cb', _callback_state: wire }], 1)).toEqual({ ok: true, value: { type, at: 1 } });
    }
    expect(genesys.gms.decodeState({ _callback_state: 'COMPLETED', _callback_reason: 'FAIL_TIMEOUT_TTL' }, 1)).toEqual({ ok: true, value: { type: 'completed', at: 1, reason: 'time-to-live-expired' } });
  });
  it('refuses an undocumented state or reason with its path', () => {
    expect(genesys.gms.decodeState({ _callback_state: 'DONE' }, 1)).toMatchObject({ ok: false, error: { code: 'invalid-response', path: '$._callback_state' } });
    expect(genesys.gms.decodeState({ _callback_state: 'COMPLETED', _callback_reason: 'AGENT_PREVIEW_CANCEL_AFTER_0REJECTS' }, 1)).toMatchObject({ ok: false, error: { code: 'unknown-completion-reason', path: '$._callback_reason' } });
    expect(genesys.gms.decodeState({ _callback_state: 'COMPLETED', _callback_reason: 'toString' }, 1)).toMatchObject({ ok: false, error: { code: 'unknown-completion-reason' } });
  });
  it('reads the throttle refusal Genesys\'s GMS tests assert (HTTP 503)', () => {
    const why = genesys.gms.decodeError(503, { message: 'Callback for _customer_number=5115 rejected because previous callbacks for this parameter were requested for more than 2 times today.' });
    expect(why).toMatchObject({ code: 'throttled', details: { status: 503 } });
    expect(why.message).not.toContain('5115');
  });
  it('reads CallbackExceptionAvailability as a time the office cannot take, with the offered slots', () => {
    const why = genesys.gms.decodeError(400, {
      message: 'No availability at desired time',
      exception: 'com.genesyslab.gsg.services.callback.CallbackExceptionAvailability',
      availability: { '2026-11-24T15:00:00.000Z': 2 },
    }, 15);
    expect(why).toMatchObject({ code: 'desired-time-outside-business-hours', details: { slots: [{ start: Date.UTC(2026, 10, 24, 15), end: Date.UTC(2026, 10, 24, 15, 15), remaining: 2 }] } });
  });
  it.each([
    [400, { message: 'Requested time bucket is full' }, 'time-slot-full'],
    [400, { message: 'Desired time is too far in the future' }, 'desired-time-too-far'],
    [400, { message: 'A callback for this number is already in queue' }, 'duplicate-in-queue'],
    [404, { message: 'Callback not found' }, 'callback-not-found'],
    [500, 'oops', 'server-error'],
    [418, null, 'server-refused'],
  ] as const)('classifies %i %j as %s', (status, body, code) => {
    expect(genesys.gms.decodeError(status, body).code).toBe(code);
  });
});

describe('genesys.gms through the Engagement API v3', () => {
  const eng: genesys.gms.GmsService = { serviceName: 'cb-eng', api: 'engagement-v3' };
  it('creates with serviceName, phoneNumber, desiredTime and cbOfferType as JSON; cancels and retrieves by id', () => {
    expect(built({ type: 'send-request', request: { kind: 'schedule', requestId: 'callback-2', number: '6479097867', desiredAt: Date.UTC(2018, 5, 10, 22, 5), offerType: 'combined-scheduled-and-asap' } }, eng)).toEqual({
      kind: 'create', requestId: 'callback-2', method: 'POST', path: '/engagement/v3/callbacks/create', query: {},
      body: { serviceName: 'cb-eng', phoneNumber: '6479097867', desiredTime: '2018-06-10T22:05:00.000Z', cbOfferType: 'COMBINED_SCHEDULED_AND_ASAP' },
      contentType: 'application/json',
    });
    expect(built({ type: 'send-request', request: { kind: 'cancel', requestId: 'cancel-1', callbackId: 'cb-1' } }, eng)).toMatchObject({ method: 'POST', path: '/engagement/v3/callbacks/cancel', body: { id: 'cb-1' } });
    expect(built({ type: 'query-state', requestId: 'state-1', callbackId: 'cb-1' }, eng)).toMatchObject({ method: 'POST', path: '/engagement/v3/callbacks/retrieve', body: { id: 'cb-1' } });
    expect(genesys.gms.buildRequest(eng, { type: 'send-request', request: { kind: 'reschedule', requestId: 'r-1', callbackId: 'cb-1', desiredAt: 1 } })).toMatchObject({ ok: false, error: { code: 'unsupported-operation' } });
  });
  it('reads the create answer `{ data: { id } }` and the retrieve answer `{ data: { callbackState, callbackReason } }`', () => {
    const sent = { kind: 'create', requestId: 'callback-2', target: 'dialog', api: 'engagement-v3', bucketMinutes: 5, window: null, desiredAt: null, callbackId: null, deadline: 10 } as const;
    expect(genesys.gms.decodeAnswer(sent, 200, { status: { code: 0 }, data: { id: 42 } }, 1)[0]).toMatchObject({ type: 'callback-created', callbackId: '42' });
    expect(genesys.gms.decodeState({ data: { id: '42', callbackState: 'COMPLETED', callbackReason: 'FAIL_QUEUEING' } }, 1, 'engagement-v3')).toEqual({ ok: true, value: { type: 'completed', at: 1, reason: 'queueing-failed' } });
  });
});
