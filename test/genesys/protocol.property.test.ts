import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genesys } from '../../src/index.js';
import * as testing from '../../src/testing/arbitraries/index.js';

const DECODE_CODES = ['invalid-event-data', 'unknown-user-event', 'missing-field', 'invalid-field', 'unknown-genesys-zone', 'invalid-record-data', 'unknown-zone'];

describe('genesys.ocs.decodeEvent', () => {
  it('reads every well-formed OCS user event', () => {
    fc.assert(
      fc.property(testing.ocsUserEvent(), (data) => {
        const m = genesys.ocs.decodeEvent(data);
        expect(m.ok, JSON.stringify(m.ok ? null : m.error)).toBe(true);
        if (m.ok && 'referenceId' in m.value) expect(m.value.referenceId).toBe(data.GSW_REFERENCE_ID);
        if (m.ok && 'record' in m.value) {
          const z = genesys.ianaZone(data.GSW_TZ_NAME);
          expect(z.ok && m.value.record.timeZone).toBe(z.ok && z.value);
        }
      }),
    );
  });

  it('is total on hostile key-value data: never throws; a refusal has a known code and a JSON path', () => {
    fc.assert(
      fc.property(testing.untrustedOcsUserEvent(), (data) => {
        const m = genesys.ocs.decodeEvent(data);
        if (!m.ok) {
          expect(DECODE_CODES).toContain(m.error.code);
          expect(m.error.path).toMatch(/^\$/);
          expect(m.error.message.length).toBeLessThan(300);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the GWS decoder is total too', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ messageType: fc.constantFrom('OutboundRecordMessage', 'OutboundCampaignMessage'), notificationType: fc.anything(), record: fc.anything(), campaign: fc.anything(), referenceId: fc.anything() })), (data) => {
        const m = genesys.gws.decodeNotification(data);
        if (!m.ok) expect(DECODE_CODES).toContain(m.error.code);
      }),
      { numRuns: 300 },
    );
  });
});

const ACK_OF: Record<string, string | undefined> = {
  update: 'UpdateCallCompletionStatsAcknowledge',
  processed: 'RecordProcessedAcknowledge',
  reject: 'RecordRejectAcknowledge',
  cancel: 'RecordCancelAcknowledge',
  reschedule: 'RecordRescheduleAcknowledge',
  'do-not-call': 'DoNotCallAcknowledge',
  'add-record': 'AddRecordAcknowledge',
  logout: 'LogoutAcknowledge',
  'ready-time': 'ReadyTimeAcknowledge',
  'preview-dialing-mode-start': 'PreviewDialingModeStartAcknowledge',
  'preview-dialing-mode-over': 'PreviewDialingModeOverAcknowledge',
};

const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,11}$/);
const id = fc.integer({ min: 0, max: 2 ** 31 });
const wireRequest: fc.Arbitrary<genesys.ocs.WireRequest> = fc.oneof(
  fc.record({ kind: fc.constantFrom('reject' as const, 'cancel' as const, 'chained-records' as const), referenceId: id, handle: id, campaign: name }),
  fc.record({ kind: fc.constant('do-not-call' as const), referenceId: id, handle: id, campaign: name, scope: fc.constantFrom('record' as const, 'chain' as const) }),
  fc.record({ kind: fc.constantFrom('update' as const, 'processed' as const), referenceId: id, handle: id, campaign: name, callResult: fc.integer({ min: 0, max: 53 }), fields: fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,8}$/), fc.oneof(fc.string(), fc.integer())) }),
  fc.record({ kind: fc.constant('reschedule' as const), referenceId: id, handle: id, campaign: name, callbackType: fc.constantFrom('personal' as const, 'campaign' as const), dialSchedTime: fc.integer({ min: 0, max: 4_102_444_800 }) }),
  fc.record({ kind: fc.constant('add-record' as const), referenceId: id, campaign: name, phone: fc.stringMatching(/^\d{4,12}$/), contactInfoType: fc.integer({ min: 0, max: 11 }), recordType: fc.integer({ min: 0, max: 7 }), timeZone: fc.constantFrom(null, 'EST', 'ECT'), fields: fc.constant({}) }),
  fc.record({ kind: fc.constantFrom('ready-time' as const, 'preview-dialing-mode-start' as const, 'preview-dialing-mode-over' as const), referenceId: id, campaign: name, data: fc.constant({}) }),
  fc.record({ kind: fc.constant('logout' as const), referenceId: id }),
);

describe('decode(encode) where the protocol echoes', () => {
  it('the acknowledgement OCS builds from a request (its reference id and handle echoed) decodes to that request', () => {
    fc.assert(
      fc.property(wireRequest, (request) => {
        const pairs = genesys.ocs.encodeRequest(request, { applicationId: 134, dateTimeZone: 'America/New_York' });
        expect(pairs.ok).toBe(true);
        if (!pairs.ok) return;
        const sent = new Map(pairs.value);
        expect(sent.get('GSW_AGENT_REQ_TYPE')).toBe(genesys.ocs.requestTypes[request.kind]);
        expect(sent.get('GSW_REFERENCE_ID')).toBe(request.referenceId);
        const chain = request.kind === 'chained-records';
        const echo: Record<string, string | number> = { GSW_USER_EVENT: chain ? 'ChainedRecordsDataEnd' : (ACK_OF[request.kind] ?? 'x'), GSW_REFERENCE_ID: sent.get('GSW_REFERENCE_ID') as number };
        if (sent.has('GSW_RECORD_HANDLE')) echo.GSW_RECORD_HANDLE = sent.get('GSW_RECORD_HANDLE') as number;
        if (chain) {
          expect(genesys.ocs.decodeEvent(echo)).toEqual({ ok: true, value: { kind: 'chain-end', referenceId: request.referenceId, handle: request.handle } });
          return;
        }
        expect(genesys.ocs.decodeEvent(echo)).toEqual({ ok: true, value: { kind: 'acknowledged', request: request.kind, referenceId: request.referenceId, handle: 'handle' in request ? request.handle : null } });
      }),
    );
  });

  it('GSW_DATE_TIME read back names the same wall-clock minute, in every table zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800 }), fc.constantFrom(...genesys.genesysZones.map((r) => r.iana)), (seconds, zone) => {
        const text = genesys.ocs.formatDateTime(seconds, zone);
        expect(text.ok).toBe(true);
        if (!text.ok) return;
        const back = genesys.ocs.readDateTime(text.value, zone);
        expect(back).toBeDefined();
        expect(genesys.ocs.formatDateTime(back ?? -1, zone)).toEqual(text);
        expect(Math.abs((back ?? 0) - (seconds - (seconds % 60)))).toBeLessThanOrEqual(3600); // the repeated hour at most
      }),
    );
  });
});

describe('genesys.ocs.encodeRequest refuses what it cannot write, with a path', () => {
  it('bad requests and contexts', () => {
    const ctx = { applicationId: 134 };
    const cases: [unknown, unknown, string, string][] = [
      [{ kind: 'reject', referenceId: 1, campaign: 'C' }, ctx, 'invalid-request', '$.handle'],
      [{ kind: 'nope', referenceId: 1 }, ctx, 'invalid-request', '$.kind'],
      [{ kind: 'reject', referenceId: -1, handle: 1, campaign: 'C' }, ctx, 'invalid-request', '$.referenceId'],
      [{ kind: 'reschedule', referenceId: 1, handle: 1, campaign: 'C', callbackType: 'personal', dialSchedTime: 1 }, ctx, 'invalid-context', '$.dateTimeZone'],
      [{ kind: 'update', referenceId: 1, handle: 1, campaign: 'C', callResult: 33, fields: { GSW_AGENT_REQ_TYPE: 'x' } }, ctx, 'invalid-request', '$.fields.GSW_AGENT_REQ_TYPE'],
      [{ kind: 'logout', referenceId: 1 }, { applicationId: 'x' }, 'invalid-context', '$.applicationId'],
      [null, ctx, 'invalid-request', '$'],
    ];
    for (const [request, context, code, path] of cases) {
      const r = genesys.ocs.encodeRequest(request as genesys.ocs.WireRequest, context as genesys.ocs.EncodeContext);
      expect(r.ok ? null : [r.error.code, r.error.path]).toEqual([code, path]);
    }
  });

  it('epoch-seconds for deployments that differ', () => {
    const r = genesys.ocs.encodeRequest({ kind: 'reschedule', referenceId: 5, handle: 9, campaign: 'C', callbackType: 'campaign', dialSchedTime: 1_785_000_000 }, { applicationId: 1, dateTimeFormat: 'epoch-seconds' });
    expect(r.ok && r.value.slice(-2)).toEqual([['GSW_CALLBACK_TYPE', 'Campaign'], ['GSW_DATE_TIME', '1785000000']]);
  });
});

describe('genesys.gws', () => {
  it('writes the documented REST calls', () => {
    const ctx = { applicationId: 134, devicePath: '/devices/d1', callingList: 'CallingList1' };
    expect(genesys.gws.restCall({ kind: 'preview-record', referenceId: 1, campaign: 'Campaign1' }, ctx)).toEqual({ ok: true, value: { method: 'POST', path: '/api/v2/me/outbound-campaigns/Campaign1', body: { operationName: 'GetPreviewRecord', applicationId: 134, devicePath: '/devices/d1', referenceId: '1' } } });
    expect(genesys.gws.restCall({ kind: 'do-not-call', referenceId: 2, handle: 13, campaign: 'Campaign1', scope: 'chain' }, ctx)).toEqual({
      ok: true,
      value: { method: 'POST', path: '/api/v2/me/outbound-records/13', body: { operationName: 'DoNotCallRecord', applicationId: 134, devicePath: '/devices/d1', referenceId: '2', campaignName: 'Campaign1', callingList: 'CallingList1', chainAttribute: 'AllChain' } },
    });
    expect(genesys.gws.restCall({ kind: 'reschedule', referenceId: 3, handle: 9, campaign: 'Campaign1', callbackType: 'personal', dialSchedTime: 1433917552 }, ctx)).toEqual({
      ok: true,
      value: { method: 'POST', path: '/api/v2/me/outbound-records/9', body: { operationName: 'RescheduleRecord', applicationId: 134, devicePath: '/devices/d1', referenceId: '3', campaignName: 'Campaign1', callbackType: 'Personal', timestamp: 1433917552 } },
    });
    const cancel = genesys.gws.restCall({ kind: 'cancel', referenceId: 4, handle: 9, campaign: 'Campaign1' }, ctx);
    expect(!cancel.ok && cancel.error.code).toBe('unsupported-request');
  });

  it('decodes the CometD samples of the GWS pages to the same messages', () => {
    expect(genesys.gws.decodeNotification({ messageType: 'OutboundRecordMessage', notificationType: 'ChainedRecordsDataEnd', referenceId: '123456789', record: { recordHandle: 7, campaignName: 'Campaign1', callingList: 'CallingList1', applicationId: 134 } })).toEqual({
      ok: true,
      value: { kind: 'chain-end', referenceId: 123456789, handle: 7 },
    });
    const preview = genesys.gws.decodeNotification({
      notificationType: 'PreviewRecord',
      messageType: 'OutboundRecordMessage',
      referenceId: '123456789',
      record: { userData: { GSW_CALL_RESULT: 28, GSW_TZ_NAME: 'PST', GSW_APPLICATION_ID: 134, GSW_CALLING_LIST: 'CallingList1', GSW_ATTEMPTS: 0, GSW_USER_EVENT: 'PreviewRecord', GSW_PHONE: '647000', GSW_CAMPAIGN_NAME: 'Campaign1', GSW_TZ_OFFSET: -25200, GSW_RECORD_HANDLE: 6, GSW_CHAIN_ID: 6 } },
    });
    expect(preview.ok && preview.value.kind === 'preview-record' && [preview.value.record.timeZone, preview.value.record.handle, preview.value.referenceId]).toEqual(['America/Los_Angeles', 6, 123456789]);
  });
});
