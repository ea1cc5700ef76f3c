import { describe, expect, it } from 'vitest';
import { genesys, outbound } from '../../src/index.js';
import { fakeOcs } from './fake-ocs.js';
import { Host } from './host.js';

// Whole flows of the Outbound Contact Reference Manual's "Communication Protocols" (preview records,
// updating call results and custom fields, chained records, reject, DoNotCall, scheduling and
// rescheduling, adding records, campaign status notifications, unsolicited notifications, agent
// logout), run through the bridge and the domain machines against the fake OCS. Each asserts the exact
// attached data sent and the domain states reached.

const T0 = Date.UTC(2026, 6, 1, 14, 0); // 10:00 EDT
const APP = 134;

const records = (): Record<string, string>[] => [
  { GSW_RECORD_HANDLE: '101', GSW_CHAIN_ID: '55', GSW_CHAIN_N: '0', GSW_PHONE: '5550100', GSW_PHONE_TYPE: '1', GSW_TZ_NAME: 'EST', GSW_FROM: '28800', GSW_UNTIL: '75600', note: '' },
  { GSW_RECORD_HANDLE: '102', GSW_CHAIN_ID: '55', GSW_CHAIN_N: '1', GSW_PHONE: '5550101', GSW_PHONE_TYPE: '4', GSW_TZ_NAME: 'CST', GSW_FROM: '28800', GSW_UNTIL: '75600', note: '' },
];

const config: outbound.interaction.InteractionConfig = {
  permissions: [...outbound.interaction.outboundPermissions],
  callResults: ['answer', 'busy', 'no-answer', 'answering-machine'],
  defaultCallResult: 'answer',
  dispositions: [{ code: 'SALE', label: 'Sale' }],
  defaultDisposition: null,
  fields: [{ key: 'note', type: 'string' }],
  maxPreviewRecords: 1,
};

function host(patch: Partial<genesys.ocs.BridgeInput> = {}, noRecords = false): Host {
  const ocs = fakeOcs({ applicationId: APP, campaign: 'Renewals', records: records(), dateTimeZone: 'America/New_York', noRecords });
  return new Host(ocs, config, { applicationId: APP, dateTimeZone: 'America/New_York', fields: config.fields, dispositionField: 'disposition', agentGroup: null, ...patch });
}

function preview(h: Host, at = T0): void {
  h.agent({ type: 'request-preview', at, campaign: 'Renewals' });
}

const PREVIEW_REQUEST = [
  ['GSW_AGENT_REQ_TYPE', 'PreviewRecordRequest'],
  ['GSW_APPLICATION_ID', APP],
  ['GSW_CAMPAIGN_NAME', 'Renewals'],
  ['GSW_REFERENCE_ID', 1],
];

describe('OCS transcripts: bridge + domain machines + fake OCS', () => {
  it('a preview record requested, dialled, updated and marked processed', () => {
    const h = host();
    preview(h);
    expect(h.sent[0]).toEqual(PREVIEW_REQUEST);
    const slot = h.interaction.slots[0];
    expect(slot?.phase).toBe('preview');
    expect(slot?.record?.timeZone).toBe('America/New_York'); // GSW_TZ_NAME 'EST': US Eastern with DST
    h.agent({ type: 'dial', at: T0 + 1_000, handle: 101 });
    expect(h.interactionEffects).toContainEqual({ type: 'place-call', handle: 101, chainN: 0, phone: '5550100' });
    h.agent({ type: 'call-established', at: T0 + 5_000, handle: 101 });
    h.agent({ type: 'update-fields', at: T0 + 60_000, handle: 101, changes: { note: 'after 6' } });
    expect(h.sent[1]).toEqual([
      ['GSW_AGENT_REQ_TYPE', 'UpdateCallCompletionStats'],
      ['GSW_APPLICATION_ID', APP],
      ['GSW_CAMPAIGN_NAME', 'Renewals'],
      ['GSW_RECORD_HANDLE', 101],
      ['GSW_REFERENCE_ID', 2],
      ['GSW_CALL_RESULT', 33],
      ['note', 'after 6'],
    ]);
    expect(h.interaction.slots[0]?.record?.fields.note).toBe('after 6');
    h.agent({ type: 'call-ended', at: T0 + 90_000, handle: 101 });
    h.agent({ type: 'set-disposition', at: T0 + 91_000, handle: 101, value: 'SALE' });
    h.agent({ type: 'mark-processed', at: T0 + 92_000, handle: 101 });
    expect(h.sent[2]).toEqual([
      ['GSW_AGENT_REQ_TYPE', 'RecordProcessed'],
      ['GSW_APPLICATION_ID', APP],
      ['GSW_CAMPAIGN_NAME', 'Renewals'],
      ['GSW_RECORD_HANDLE', 101],
      ['GSW_REFERENCE_ID', 3],
      ['GSW_CALL_RESULT', 33],
      ['disposition', 'SALE'],
    ]);
    expect(h.interaction.slots).toEqual([]);
    expect(h.interaction.processed).toEqual([101]);
    expect(h.interactionEffects).toContainEqual({ type: 'record-closed', handle: 101, callId: null, outcome: 'processed' });
    expect(h.bridge.pending).toEqual([]);
    expect(h.ocs.records[0]?.status).toBe('processed');
  });

  it('no records: the error answering a preview request becomes no-records', () => {
    const h = host({}, true);
    preview(h);
    expect(h.interactionEffects).toEqual([{ type: 'show-no-records', campaign: 'Renewals' }]);
    expect(h.interaction.noRecordsAt).toBe(T0);
  });

  it('a record rejected', () => {
    const h = host();
    preview(h);
    h.agent({ type: 'reject', at: T0 + 2_000, handle: 101 });
    expect(h.sent[1]).toEqual([
      ['GSW_AGENT_REQ_TYPE', 'RecordReject'],
      ['GSW_APPLICATION_ID', APP],
      ['GSW_CAMPAIGN_NAME', 'Renewals'],
      ['GSW_RECORD_HANDLE', 101],
      ['GSW_REFERENCE_ID', 2],
    ]);
    expect(h.interaction.slots).toEqual([]);
    expect(h.interactionEffects).toContainEqual({ type: 'record-closed', handle: 101, callId: null, outcome: 'rejected' });
    expect(h.ocs.records[0]?.status).toBe('ready'); // back to the top of the list
  });

  it('a reschedule as a personal callback (GSW_DATE_TIME in the configured zone)', () => {
    const h = host();
    preview(h);
    h.agent({ type: 'dial', at: T0 + 1_000, handle: 101 });
    h.agent({ type: 'call-established', at: T0 + 5_000, handle: 101 });
    const when = Date.UTC(2026, 6, 2, 14, 30) / 1000; // 10:30 EDT the next day
    h.agent({ type: 'reschedule', at: T0 + 30_000, handle: 101, callbackType: 'personal', dialSchedTime: when, phone: '5550100', chainN: 0 });
    expect(h.sent[1]).toEqual([
      ['GSW_AGENT_REQ_TYPE', 'RecordReschedule'],
      ['GSW_APPLICATION_ID', APP],
      ['GSW_CAMPAIGN_NAME', 'Renewals'],
      ['GSW_RECORD_HANDLE', 101],
      ['GSW_REFERENCE_ID', 2],
      ['GSW_CALLBACK_TYPE', 'Personal'],
      ['GSW_DATE_TIME', '07/02/2026 10:30'],
    ]);
    expect(h.interaction.slots[0]?.rescheduled).toEqual({ callbackType: 'personal', dialSchedTime: when, phone: '5550100' });
    expect(h.ocs.records[0]?.callback).toEqual({ type: 'Personal', at: when });
  });

  it('a reschedule onto a new number: AddRecord, its acknowledgement with the new handle, then RecordReschedule', () => {
    const h = host();
    preview(h);
    h.agent({ type: 'dial', at: T0 + 1_000, handle: 101 });
    h.agent({ type: 'call-established', at: T0 + 5_000, handle: 101 });
    const when = Date.UTC(2026, 6, 2, 22, 0) / 1000; // 18:00 EDT
    h.agent({ type: 'reschedule', at: T0 + 30_000, handle: 101, callbackType: 'campaign', dialSchedTime: when, phone: '5550199', chainN: null });
    expect(h.sent[1]).toEqual([
      ['GSW_AGENT_REQ_TYPE', 'AddRecord'],
      ['GSW_APPLICATION_ID', APP],
      ['GSW_CAMPAIGN_NAME', 'Renewals'],
      ['GSW_REFERENCE_ID', 2],
      ['GSW_PHONE', '5550199'],
      ['GSW_PHONE_TYPE', 0],
      ['GSW_RECORD_TYPE', 6],
      ['GSW_TZ_NAME', 'EST'],
      ['GSW_CHAIN_ID', 55],
    ]);
    expect(h.sent[2]).toEqual([
      ['GSW_AGENT_REQ_TYPE', 'RecordReschedule'],
      ['GSW_APPLICATION_ID', APP],
      ['GSW_CAMPAIGN_NAME', 'Renewals'],
      ['GSW_RECORD_HANDLE', 1001],
      ['GSW_REFERENCE_ID', 3],
      ['GSW_CALLBACK_TYPE', 'Campaign'],
      ['GSW_DATE_TIME', '07/02/2026 18:00'],
    ]);
    expect(h.interaction.slots[0]?.rescheduled).toEqual({ callbackType: 'campaign', dialSchedTime: when, phone: '5550199' });
    expect(h.interaction.pending).toEqual([]);
    expect(h.ocs.records[2]?.callback).toEqual({ type: 'Campaign', at: when });
  });

  it('do-not-call for the whole chain', () => {
    const h = host();
    preview(h);
    h.agent({ type: 'do-not-call', at: T0 + 3_000, handle: 101, scope: 'chain' });
    expect(h.sent[1]).toEqual([
      ['GSW_AGENT_REQ_TYPE', 'DoNotCall'],
      ['GSW_APPLICATION_ID', APP],
      ['GSW_CAMPAIGN_NAME', 'Renewals'],
      ['GSW_RECORD_HANDLE', 101],
      ['GSW_REFERENCE_ID', 2],
      ['GSW_CHAIN_ATTR', 'AllChain'],
    ]);
    expect(h.interaction.slots[0]?.doNotCall).toBe('chain');
    expect(h.interaction.slots[0]?.callResult).toBe('do-not-call');
    expect(h.ocs.records.map((r) => r.status)).toEqual(['do-not-call', 'do-not-call']);
  });

  it('a chained record request: ChainedRecord ... ChainedRecordsDataEnd assembled into one chain', () => {
    const h = host();
    preview(h);
    h.agent({ type: 'request-chain', at: T0 + 2_000, handle: 101 });
    expect(h.sent[1]).toEqual([
      ['GSW_AGENT_REQ_TYPE', 'ChainedRecordRequest'],
      ['GSW_APPLICATION_ID', APP],
      ['GSW_CAMPAIGN_NAME', 'Renewals'],
      ['GSW_RECORD_HANDLE', 101],
      ['GSW_REFERENCE_ID', 2],
    ]);
    const chain = h.interaction.slots[0]?.chain ?? [];
    expect(chain.map((r) => [r.handle, r.chainN, r.phone, r.timeZone])).toEqual([
      [101, 0, '5550100', 'America/New_York'],
      [102, 1, '5550101', 'America/Chicago'],
    ]);
    h.agent({ type: 'dial', at: T0 + 3_000, handle: 101, chainN: 1 });
    expect(h.interactionEffects).toContainEqual({ type: 'place-call', handle: 101, chainN: 1, phone: '5550101' });
  });

  it('campaign started before login: the notice is delivered, the warning shows at login', () => {
    const h = host();
    h.fromOcs(h.ocs.campaign('CampaignStarted', 'Renewals', 'Sales', 'Predictive'), T0);
    expect(h.campaigns.campaigns).toMatchObject([{ campaign: 'Renewals', group: 'Sales', mode: 'predictive', status: 'running' }]);
    h.campaign({ type: 'login', at: T0 + 60_000 });
    const warning = h.campaignEffects.find((x) => x.type === 'show-campaign-warning');
    expect(warning?.type === 'show-campaign-warning' && [warning.warning.reason, warning.warning.campaign]).toEqual(['started-before-login', 'Renewals']);
  });

  it('a scheduled call delivered: decoded and handed to the host (no domain event takes it yet)', () => {
    const h = host();
    h.fromOcs(h.ocs.scheduledCall(102), T0);
    expect(h.notices).toHaveLength(1);
    const m = h.notices[0];
    expect(m?.kind).toBe('scheduled-call');
    if (m?.kind === 'scheduled-call') {
      expect(m.referenceId).toBeNull();
      expect([m.record.handle, m.record.chainId, m.record.chainN, m.record.phone, m.record.timeZone, m.record.campaignName]).toEqual([102, 55, 1, '5550101', 'America/Chicago', 'Renewals']);
    }
  });

  it('a negotiated logout: Logout, its acknowledgement authorizes the logout machine', () => {
    const h = host();
    h.toLogout({ type: 'logout-requested', at: T0, source: 'main-window' }, { at: T0, campaign: { mode: 'predictive', running: true } });
    expect(h.sent[0]).toEqual([
      ['GSW_AGENT_REQ_TYPE', 'Logout'],
      ['GSW_APPLICATION_ID', APP],
      ['GSW_REFERENCE_ID', 1],
    ]);
    expect(h.logoutEffects).toContainEqual(expect.objectContaining({ type: 'log-out', source: 'main-window', requestId: 'logout-1' }));
    expect(h.logout?.status).toBe('logged-out');
  });
});

describe('the bridge refuses replies it cannot place, and times requests out', () => {
  it('duplicate, unknown and out-of-order replies are refused with codes; the state is unchanged', () => {
    const h = host();
    h.hold = [];
    preview(h);
    const answer = h.hold[0] as Record<string, string | number>;
    h.hold = null;
    h.fromOcs(answer, T0 + 1);
    const before = h.bridge;
    const dup = genesys.ocs.machine.transition(before, { type: 'user-event', at: T0 + 2, data: answer });
    expect(!dup.ok && [dup.error.code, dup.state === before]).toEqual(['duplicate-reply', true]);
    const unknown = genesys.ocs.machine.transition(before, { type: 'user-event', at: T0 + 2, data: { ...answer, GSW_REFERENCE_ID: 99 } });
    expect(!unknown.ok && unknown.error.code).toBe('unknown-reference');
    h.hold = [];
    h.agent({ type: 'reject', at: T0 + 3, handle: 101 });
    const end = genesys.ocs.machine.transition(h.bridge, { type: 'user-event', at: T0 + 4, data: { GSW_USER_EVENT: 'ChainedRecordsDataEnd', GSW_REFERENCE_ID: 2 } });
    expect(!end.ok && end.error.code).toBe('out-of-order-reply');
  });

  it('a request with no answer times out: wake at its deadline, then request-failed; a late answer is refused', () => {
    const h = host({ timeoutMs: 5_000 });
    h.hold = [];
    preview(h);
    const late = h.hold[0] as Record<string, string | number>;
    const effects = h.toBridge({ type: 'tick', at: T0 + 5_000 });
    expect(effects).toEqual([{ type: 'deliver', to: 'interaction', event: { type: 'request-failed', at: T0 + 5_000, requestId: 'outbound-1', reason: 'timeout' } }]);
    expect(h.interaction.pending).toEqual([]);
    const step = genesys.ocs.machine.transition(h.bridge, { type: 'user-event', at: T0 + 6_000, data: late });
    expect(!step.ok && step.error.code).toBe('late-reply');
  });

  it('the send effect asks for a wake at the deadline', () => {
    const s = genesys.ocs.machine.start({ at: 0, applicationId: APP, timeoutMs: 7_000 });
    if (!s.ok) throw new Error('start');
    const step = genesys.ocs.machine.transition(s.state, { type: 'send', at: 10, request: { kind: 'preview-record', requestId: 'outbound-1', referenceId: 1, campaign: null } });
    expect(step.effects).toEqual([
      { type: 'send-wire', request: { kind: 'preview-record', referenceId: 1, campaign: null }, pairs: [['GSW_AGENT_REQ_TYPE', 'PreviewRecordRequest'], ['GSW_APPLICATION_ID', APP], ['GSW_REFERENCE_ID', 1]] },
      { type: 'wake', at: 7_010 },
    ]);
  });

  it('restore gives back an equal state that behaves the same, and refuses junk with a path', () => {
    const h = host();
    h.hold = [];
    preview(h);
    const json = JSON.parse(JSON.stringify(h.bridge)) as unknown;
    const r = genesys.ocs.machine.restore(json);
    expect(r.ok && r.value).toEqual(h.bridge);
    const bad = genesys.ocs.machine.restore({ ...(json as object), pending: [{ request: { kind: 'reject' } }] });
    expect(!bad.ok && [bad.error.code, bad.error.path?.startsWith('$.pending[0]')]).toEqual(['invalid-state', true]);
  });
});
