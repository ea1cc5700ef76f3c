// The binding of the OCS protocol to the domain (src/genesys/ocs/domain.ts) from its rules (issue 22):
// a domain request becomes its wire request only for a record the bridge saw with its campaign; custom
// field values are written as the wire carries them (texts and integers); the disposition goes to the
// configured field; a reschedule names the chain's record for its chain number, or adds a record for a
// new number (record type 5 Personal Callback or 6 Campaign Callback: Outbound Contact Reference Manual,
// "record_type"); record data reaches the interaction as texts with the zone in IANA; campaign notices
// become the campaigns machine's events.
import { describe, expect, it } from 'vitest';
import { campaignEvent, domainRecordData, planRequest, type KnownRecord } from '../../src/genesys/ocs/domain.js';

const known: KnownRecord[] = [
  { handle: 7, chainId: 57, chainN: 0, campaign: 'Renewals', tzName: 'PST' },
  { handle: 8, chainId: 57, chainN: 1, campaign: 'Renewals', tzName: 'PST' },
  { handle: 9, chainId: 99, chainN: 2, campaign: 'Renewals', tzName: null },
];
const options = { dispositionField: 'disposition' };
const plan = (request: object, records: readonly KnownRecord[] = known, o: { readonly dispositionField: string | null } = options): unknown => planRequest({ requestId: 'q', referenceId: 0, ...request } as never, records, o);

describe('planRequest', () => {
  it('only for a record the bridge saw, with its campaign', () => {
    expect(plan({ kind: 'reject', handle: 6 })).toMatchObject({ ok: false, code: 'unknown-record', path: '$.request.handle' });
    expect(plan({ kind: 'reject', handle: 7 }, [{ ...(known[0] as KnownRecord), campaign: null }])).toMatchObject({ ok: false, code: 'unknown-record' });
    expect(plan({ kind: 'reject', handle: 7 })).toEqual({ ok: true, request: { kind: 'reject', handle: 7, campaign: 'Renewals' }, then: null, handle: 7 });
  });

  it('writes custom field values as texts and integers', () => {
    const fields = { none: null, count: 3, ratio: 12.5, yes: true, no: false, note: 'hi' };
    expect(plan({ kind: 'update', handle: 7, fields, callResult: 'answer' })).toMatchObject({
      request: { fields: { none: '', count: 3, ratio: '12.5', yes: 'true', no: 'false', note: 'hi' } },
    });
  });

  it('the disposition goes to the configured field, only when both are given', () => {
    const processed = { kind: 'processed', handle: 7, callResult: 'answer', callResultCode: 33, phone: '5550107', contactInfoType: 'none' };
    const fields = (p: unknown): unknown => (p as { request: { fields: unknown } }).request.fields;
    expect(fields(plan({ ...processed, disposition: 'SALE' }))).toEqual({ disposition: 'SALE' });
    expect(fields(plan({ ...processed, disposition: null }))).toEqual({});
    expect(fields(plan({ ...processed, disposition: 'SALE' }, known, { dispositionField: null }))).toEqual({});
  });

  it("a reschedule names the chain's record for its chain number, else the record itself", () => {
    const r = { kind: 'reschedule', callbackType: 'personal', dialSchedTime: 1_785_000_000, phone: '5550107' };
    const handleFor = (handle: number, chainN: number): unknown => (plan({ ...r, handle, chainN }) as { request: { handle: number } }).request.handle;
    expect(handleFor(7, 1)).toBe(8);
    expect(handleFor(8, 0)).toBe(7);
    expect(handleFor(7, 0)).toBe(7);
    // Chain number 2 belongs to another chain: the record itself.
    expect(handleFor(7, 2)).toBe(7);
    expect(handleFor(7, 5)).toBe(7);
  });

  it('a reschedule onto a new number adds a Personal (5) or Campaign (6) Callback record in the same chain', () => {
    const r = { kind: 'reschedule', handle: 7, dialSchedTime: 1_785_000_000, phone: '5550199', chainN: null };
    expect(plan({ ...r, callbackType: 'personal' })).toMatchObject({
      request: { kind: 'add-record', campaign: 'Renewals', phone: '5550199', recordType: 5, timeZone: 'PST', fields: { GSW_CHAIN_ID: 57 } },
      then: { campaign: 'Renewals', callbackType: 'personal', dialSchedTime: 1_785_000_000 },
    });
    expect(plan({ ...r, callbackType: 'campaign' })).toMatchObject({ request: { recordType: 6 } });
  });
});

describe('domainRecordData', () => {
  it('the keys as sent, numbers as their text, the zone as IANA', () => {
    expect(domainRecordData({ GSW_RECORD_HANDLE: 7, GSW_PHONE: '5550107', GSW_TZ_NAME: 'PST' }, 'America/Los_Angeles')).toEqual({ GSW_RECORD_HANDLE: '7', GSW_PHONE: '5550107', GSW_TZ_NAME: 'America/Los_Angeles' });
  });
});

describe('campaignEvent', () => {
  it('each notice becomes its event for the group; the mode only when the notice gives one', () => {
    const notice = { campaign: 'Renewals', group: null };
    expect(campaignEvent({ kind: 'campaign-started', ...notice, mode: null }, 'Agents', 5)).toStrictEqual({ type: 'campaign-started', at: 5, campaign: 'Renewals', group: 'Agents' });
    expect(campaignEvent({ kind: 'campaign-loaded', ...notice, mode: 'predictive' }, 'Agents', 5)).toStrictEqual({ type: 'campaign-loaded', at: 5, campaign: 'Renewals', group: 'Agents', mode: 'predictive' });
    expect(campaignEvent({ kind: 'campaign-mode-changed', ...notice, mode: 'progressive' }, 'Agents', 5)).toStrictEqual({ type: 'campaign-mode-changed', at: 5, campaign: 'Renewals', group: 'Agents', mode: 'progressive' });
  });
});
