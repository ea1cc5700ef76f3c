// genesys.ocs.encodeRequest from its rules (issue 22; Outbound Contact Reference Manual, "Communication
// Protocols", "Desktop Requests and OCS Responses"): identifiers and codes are non-negative integers,
// names non-empty texts of at most 255 characters; a preview request may name no campaign, every other
// request but logout names one; each request's own keys (scope, call result, callback type and time,
// the new record's phone, codes and optional zone) are checked and written; custom fields and extra data
// are an object of texts and integers. Every refusal names its path; nothing is thrown.
import { describe, expect, it } from 'vitest';
import { genesys } from '../../src/index.js';

const ctx: genesys.ocs.EncodeContext = { applicationId: 134, dateTimeZone: 'America/New_York' };

/** The written pairs as a map, or the refusal's code and path. */
const encode = (request: unknown, context: unknown = ctx): unknown => {
  const r = genesys.ocs.encodeRequest(request as genesys.ocs.WireRequest, context as genesys.ocs.EncodeContext);
  return r.ok ? new Map(r.value) : [r.error.code, r.error.path];
};
const refusedAt = (path: string): unknown => ['invalid-request', path];
const written = (request: unknown, key: string): unknown => {
  const m = encode(request);
  return m instanceof Map ? m.get(key) : m;
};

const reject = { kind: 'reject', referenceId: 1, handle: 2, campaign: 'C' };
const update = { kind: 'update', referenceId: 1, handle: 2, campaign: 'C', callResult: 33, fields: {} };
const reschedule = { kind: 'reschedule', referenceId: 1, handle: 2, campaign: 'C', callbackType: 'personal', dialSchedTime: 1_785_000_000 };
const addRecord = { kind: 'add-record', referenceId: 1, campaign: 'C', phone: '5550199', contactInfoType: 4, recordType: 5, timeZone: 'CST', fields: {} };
const session = { kind: 'ready-time', referenceId: 1, campaign: 'C', data: {} };

describe('encodeRequest: identifiers and codes are non-negative safe integers', () => {
  it('reference id, handle, call result, contact info type and record type', () => {
    const cases: [object, string][] = [
      [reject, 'referenceId'],
      [reject, 'handle'],
      [update, 'callResult'],
      [addRecord, 'contactInfoType'],
      [addRecord, 'recordType'],
    ];
    for (const [request, field] of cases) {
      for (const bad of [-1, 1.5, 2 ** 53, '7', null, Number.NaN]) expect(encode({ ...request, [field]: bad })).toEqual(refusedAt(`$.${field}`));
      for (const good of [0, Number.MAX_SAFE_INTEGER]) expect(encode({ ...request, [field]: good })).toBeInstanceOf(Map);
    }
  });
});

describe('encodeRequest: names are non-empty texts of at most 255 characters', () => {
  it('the campaign, the new record phone and its Genesys zone', () => {
    const cases: [object, string][] = [
      [reject, 'campaign'],
      [addRecord, 'phone'],
      [addRecord, 'timeZone'],
    ];
    for (const [request, field] of cases) {
      for (const bad of ['', 'x'.repeat(256), 42, ['C'], { length: 1 }]) expect(encode({ ...request, [field]: bad })).toEqual(refusedAt(`$.${field}`));
      expect(encode({ ...request, [field]: 'x'.repeat(255) })).toBeInstanceOf(Map);
    }
  });

  it('a preview request may leave the campaign to OCS (null); every other request but logout names one', () => {
    const preview = { kind: 'preview-record', referenceId: 1, campaign: null };
    expect(encode(preview)).toEqual(new Map<string, unknown>([['GSW_AGENT_REQ_TYPE', 'PreviewRecordRequest'], ['GSW_APPLICATION_ID', 134], ['GSW_REFERENCE_ID', 1]]));
    expect(written({ ...preview, campaign: 'C' }, 'GSW_CAMPAIGN_NAME')).toBe('C');
    expect(encode({ ...preview, campaign: '' })).toEqual(refusedAt('$.campaign'));
    for (const request of [reject, update, reschedule, addRecord, session, { kind: 'do-not-call', referenceId: 1, handle: 2, campaign: 'C', scope: 'chain' }]) {
      expect(encode({ ...request, campaign: null })).toEqual(refusedAt('$.campaign'));
    }
    expect(encode({ kind: 'logout', referenceId: 1, campaign: null })).toBeInstanceOf(Map);
  });
});

describe("encodeRequest: each request's own keys", () => {
  it('DoNotCall: the record only or the whole chain', () => {
    const dnc = { kind: 'do-not-call', referenceId: 1, handle: 2, campaign: 'C', scope: 'record' };
    expect(written(dnc, 'GSW_CHAIN_ATTR')).toBe('RecordOnly');
    expect(written({ ...dnc, scope: 'chain' }, 'GSW_CHAIN_ATTR')).toBe('AllChain');
    expect(encode({ ...dnc, scope: 'all' })).toEqual(refusedAt('$.scope'));
  });

  it('reschedule: a personal or campaign callback at whole non-negative epoch seconds, in the stated zone', () => {
    expect(written(reschedule, 'GSW_CALLBACK_TYPE')).toBe('Personal');
    expect(written({ ...reschedule, callbackType: 'campaign' }, 'GSW_CALLBACK_TYPE')).toBe('Campaign');
    expect(encode({ ...reschedule, callbackType: 'later' })).toEqual(refusedAt('$.callbackType'));
    for (const bad of [-60, 1.5, '1785000000', null]) expect(encode({ ...reschedule, dialSchedTime: bad })).toEqual(refusedAt('$.dialSchedTime'));
    expect(encode(reschedule, { applicationId: 134, dateTimeZone: 'Mars/Olympus' })).toEqual(['invalid-context', '$.dateTimeZone']);
    // The context is checked before the request's time: without a zone nothing can be written.
    expect(encode({ ...reschedule, dialSchedTime: -60 }, { applicationId: 134 })).toEqual(['invalid-context', '$.dateTimeZone']);
    expect(encode(reschedule, { ...ctx, dateTimeFormat: 'ISO 8601' })).toEqual(['invalid-context', '$.dateTimeFormat']);
  });

  it('add-record: the phone, its codes, and the zone only when given', () => {
    const m = encode(addRecord) as Map<string, unknown>;
    expect([m.get('GSW_PHONE'), m.get('GSW_PHONE_TYPE'), m.get('GSW_RECORD_TYPE'), m.get('GSW_TZ_NAME')]).toEqual(['5550199', 4, 5, 'CST']);
    const noZone = encode({ ...addRecord, timeZone: null }) as Map<string, unknown>;
    expect(noZone.has('GSW_TZ_NAME')).toBe(false);
  });
});

describe('encodeRequest: custom fields and extra data', () => {
  it('an object of texts and safe integers, written after the protocol keys', () => {
    const r = genesys.ocs.encodeRequest({ ...update, fields: { disposition: 'SALE', score: 7 } } as genesys.ocs.WireRequest, ctx);
    expect(r.ok && r.value.slice(-2)).toEqual([['disposition', 'SALE'], ['score', 7]]);
    for (const [request, key] of [[update, 'fields'], [addRecord, 'fields'], [session, 'data']] as const) {
      for (const bad of [null, 'abc', ['x'], 7]) expect(encode({ ...request, [key]: bad })).toEqual(refusedAt(`$.${key}`));
      for (const bad of [1.5, true, null, { a: 1 }, 2 ** 53]) expect(encode({ ...request, [key]: { v: bad } })).toEqual(refusedAt(`$.${key}.v`));
    }
  });
});
