import { describe, expect, it } from 'vitest';
import { genesys, outbound } from '../../src/index.js';
import { fakeOcs, type FakeOcsOptions } from './fake-ocs.js';
import { Host } from './host.js';

// The calls added for issues 17 and 18, through the bridge and the fake OCS: the session requests
// (PreviewDialingModeStart, PreviewDialingModeOver, ReadyTime), cancel, the negotiated logout with
// its delay, its error and its time-out, and the same session requests over GWS (REST + CometD).

const T0 = Date.UTC(2026, 6, 1, 14, 0);
const APP = 134;
// A deployment's key for the negotiated logout wait: no source names OCS's own (see keys.ts), so the
// transcript configures one, as a deployment must.
const DELAY_KEY = 'DEPLOYMENT_LOGOUT_DELAY';

const config: outbound.interaction.InteractionConfig = {
  permissions: [...outbound.interaction.outboundPermissions],
  callResults: ['answer', 'busy', 'no-answer', 'answering-machine'],
  defaultCallResult: 'answer',
  dispositions: [],
  defaultDisposition: null,
  fields: [],
  maxPreviewRecords: 1,
};

function host(ocs: Partial<FakeOcsOptions> = {}, bridge: Partial<genesys.ocs.BridgeInput> = {}): Host {
  const fake = fakeOcs({
    applicationId: APP,
    campaign: 'Renewals',
    dateTimeZone: 'America/New_York',
    records: [{ GSW_RECORD_HANDLE: '101', GSW_CHAIN_ID: '55', GSW_CHAIN_N: '0', GSW_PHONE: '5550100', GSW_PHONE_TYPE: '1', GSW_TZ_NAME: 'EST' }],
    ...ocs,
  });
  return new Host(fake, config, { applicationId: APP, dateTimeZone: 'America/New_York', ...bridge });
}

describe('session requests: PreviewDialingModeStart, PreviewDialingModeOver, ReadyTime', () => {
  it('start and over are sent with the common keys and acknowledged to the host', () => {
    const h = host();
    h.toBridge({ type: 'send-session', at: T0, requestId: 'session-1', request: { kind: 'preview-dialing-mode-start', campaign: 'Renewals', data: {} } });
    h.toBridge({ type: 'send-session', at: T0 + 1, requestId: 'session-2', request: { kind: 'preview-dialing-mode-over', campaign: 'Renewals', data: {} } });
    expect(h.sent).toEqual([
      [['GSW_AGENT_REQ_TYPE', 'PreviewDialingModeStart'], ['GSW_APPLICATION_ID', APP], ['GSW_CAMPAIGN_NAME', 'Renewals'], ['GSW_REFERENCE_ID', 1]],
      [['GSW_AGENT_REQ_TYPE', 'PreviewDialingModeOver'], ['GSW_APPLICATION_ID', APP], ['GSW_CAMPAIGN_NAME', 'Renewals'], ['GSW_REFERENCE_ID', 2]],
    ]);
    expect(h.hostAnswers).toEqual([
      { type: 'request-acknowledged', at: T0, requestId: 'session-1' },
      { type: 'request-acknowledged', at: T0 + 1, requestId: 'session-2' },
    ]);
    expect(h.bridge.pending).toEqual([]);
  });

  it('ReadyTime writes its extra keys as given; an error answer fails it with the text', () => {
    const h = host({ readyTimeError: 'Agent not found' });
    h.toBridge({ type: 'send-session', at: T0, requestId: 'ready-1', request: { kind: 'ready-time', campaign: 'Renewals', data: { ready_in: 30 } } });
    expect(h.sent[0]).toEqual([['GSW_AGENT_REQ_TYPE', 'ReadyTime'], ['GSW_APPLICATION_ID', APP], ['GSW_CAMPAIGN_NAME', 'Renewals'], ['GSW_REFERENCE_ID', 1], ['ready_in', 30]]);
    expect(h.hostAnswers).toEqual([{ type: 'request-failed', at: T0, requestId: 'ready-1', reason: 'Agent not found' }]);
  });

  it('an unanswered session request fails with timeout at its deadline; the late answer is refused', () => {
    const h = host({}, { timeoutMs: 4_000 });
    h.hold = [];
    const effects = h.toBridge({ type: 'send-session', at: T0, requestId: 'session-1', request: { kind: 'preview-dialing-mode-start', campaign: 'Renewals', data: {} } });
    expect(effects).toContainEqual({ type: 'wake', at: T0 + 4_000 });
    expect(h.toBridge({ type: 'tick', at: T0 + 3_999 })).toEqual([]);
    expect(h.toBridge({ type: 'tick', at: T0 + 4_000 })).toEqual([{ type: 'deliver', to: 'host', event: { type: 'request-failed', at: T0 + 4_000, requestId: 'session-1', reason: 'timeout' } }]);
    const late = genesys.ocs.machine.transition(h.bridge, { type: 'user-event', at: T0 + 5_000, data: h.hold[0] });
    expect(!late.ok && [late.error.code, late.state === h.bridge]).toEqual(['late-reply', true]);
  });

  it('bad session requests are refused with a path, the state unchanged', () => {
    const h = host();
    const before = h.bridge;
    const bad = genesys.ocs.machine.transition(before, { type: 'send-session', at: T0, requestId: 's', request: { kind: 'ready-time', campaign: '', data: {} } });
    expect(!bad.ok && [bad.error.code, bad.error.path, bad.state === before]).toEqual(['invalid-request', '$.request.campaign', true]);
    const noId = genesys.ocs.machine.transition(before, { type: 'send-session', at: T0, requestId: '', request: { kind: 'ready-time', campaign: 'Renewals', data: {} } });
    expect(!noId.ok && [noId.error.code, noId.error.path]).toEqual(['invalid-event', '$.requestId']);
    const reserved = genesys.ocs.machine.transition(before, { type: 'send-session', at: T0, requestId: 's', request: { kind: 'ready-time', campaign: 'Renewals', data: { GSW_RECORD_HANDLE: 1 } } });
    expect(!reserved.ok && reserved.error.code).toBe('invalid-request');
  });

  it('a second request under an id still waiting is refused with duplicate-request', () => {
    const h = host();
    h.hold = [];
    h.toBridge({ type: 'send-session', at: T0, requestId: 'session-1', request: { kind: 'ready-time', campaign: 'Renewals', data: {} } });
    const before = h.bridge;
    const again = genesys.ocs.machine.transition(before, { type: 'send-session', at: T0 + 1, requestId: 'session-1', request: { kind: 'ready-time', campaign: 'Renewals', data: {} } });
    expect(!again.ok && [again.error.code, again.error.path, again.state === before]).toEqual(['duplicate-request', '$.requestId', true]);
  });
});

describe('cancel through the bridge', () => {
  it('RequestRecordCancel is sent for the previewed record; its acknowledgement removes it', () => {
    const h = host();
    h.agent({ type: 'request-preview', at: T0, campaign: 'Renewals' });
    h.agent({ type: 'cancel', at: T0 + 1_000, handle: 101 });
    expect(h.sent[1]).toEqual([['GSW_AGENT_REQ_TYPE', 'RequestRecordCancel'], ['GSW_APPLICATION_ID', APP], ['GSW_CAMPAIGN_NAME', 'Renewals'], ['GSW_RECORD_HANDLE', 101], ['GSW_REFERENCE_ID', 2]]);
    expect(h.ocs.records[0]?.status).toBe('cancelled');
    expect(h.interaction.slots).toEqual([]);
    expect(h.bridge.records).toEqual([]);
  });
});

describe('the negotiated logout', () => {
  it('a logout answer with a delay reaches the logout machine as logout-delay; the authorization follows', () => {
    const h = host({ logoutDelay: { key: DELAY_KEY, seconds: 12 } }, { keys: { logoutDelay: DELAY_KEY } });
    h.toLogout({ type: 'logout-requested', at: T0, source: 'main-window' }, { at: T0, campaign: { mode: 'predictive', running: true }, maxDelayMs: 60_000 });
    expect(h.sent[0]).toEqual([['GSW_AGENT_REQ_TYPE', 'Logout'], ['GSW_APPLICATION_ID', APP], ['GSW_REFERENCE_ID', 1]]);
    expect(h.logout?.status).toBe('awaiting-authorization');
    expect(h.logout?.request?.deadline).toBe(T0 + 12_000);
    // The request stays open until the delay plus the time-out (10 s by default).
    expect(h.bridge.pending.map((p) => [p.requestId, p.deadline])).toEqual([['logout-1', T0 + 22_000]]);
    h.fromOcs(h.ocs.authorizeLogout(1), T0 + 8_000);
    expect(h.logout?.status).toBe('logged-out');
    expect(h.logoutEffects).toContainEqual(expect.objectContaining({ type: 'log-out', requestId: 'logout-1', authorizedBy: 'server' }));
    expect(h.bridge.pending).toEqual([]);
  });

  it('without the deployment key the delay is not read: the first answer authorizes', () => {
    const h = host({ logoutDelay: { key: DELAY_KEY, seconds: 12 } });
    h.toLogout({ type: 'logout-requested', at: T0, source: 'voice-channel' });
    expect(h.logout?.status).toBe('logged-out');
  });

  it('a malformed delay is refused with the key as the path', () => {
    const m = genesys.ocs.decodeEvent({ GSW_USER_EVENT: 'LogOutAcknowledge', GSW_REFERENCE_ID: 1, [DELAY_KEY]: 'soon' }, { keys: { logoutDelay: DELAY_KEY } });
    expect(!m.ok && [m.error.code, m.error.path]).toEqual(['invalid-field', `$.${DELAY_KEY}`]);
    const ok = genesys.ocs.decodeEvent({ GSW_USER_EVENT: 'LogOutAcknowledge', GSW_REFERENCE_ID: 1, [DELAY_KEY]: '45' }, { keys: { logoutDelay: DELAY_KEY } });
    expect(ok).toEqual({ ok: true, value: { kind: 'acknowledged', request: 'logout', referenceId: 1, handle: null, delaySeconds: 45 } });
  });

  it('an error answering Logout reaches the logout machine as logout-failed with the text', () => {
    const h = host({ logoutError: 'Campaign is not loaded' });
    h.toLogout({ type: 'logout-requested', at: T0, source: 'main-window' }, { at: T0, campaign: { mode: 'predictive', running: true }, exitOnError: true });
    expect(h.logoutEffects).toContainEqual(expect.objectContaining({ type: 'logout-failed', requestId: 'logout-1', message: 'Campaign is not loaded' }));
    expect(h.logout?.status).toBe('logged-in');
  });

  it('an unanswered Logout fails at the bridge deadline', () => {
    const h = host({}, { timeoutMs: 5_000 });
    h.hold = [];
    h.toLogout({ type: 'logout-requested', at: T0, source: 'main-window' }, { at: T0, campaign: { mode: 'predictive', running: true }, maxDelayMs: 60_000 });
    h.toBridge({ type: 'tick', at: T0 + 5_000 });
    expect(h.logoutEffects).toContainEqual(expect.objectContaining({ type: 'logout-failed', requestId: 'logout-1' }));
    expect(h.logout?.status).toBe('logged-in');
  });
});

describe('the session requests over GWS', () => {
  const ctx = { applicationId: APP, devicePath: '/devices/5910b027' };

  it('Start and End Preview Session: the documented REST calls', () => {
    expect(genesys.gws.restCall({ kind: 'preview-dialing-mode-start', referenceId: 7, campaign: 'Campaign1', data: {} }, ctx)).toEqual({
      ok: true,
      value: { method: 'POST', path: '/api/v2/me/outbound-campaigns/Campaign1', body: { operationName: 'StartPreviewSession', applicationId: APP, devicePath: '/devices/5910b027', referenceId: '7' } },
    });
    expect(genesys.gws.restCall({ kind: 'preview-dialing-mode-over', referenceId: 8, campaign: 'Campaign 1', data: {} }, ctx)).toEqual({
      ok: true,
      value: { method: 'POST', path: '/api/v2/me/outbound-campaigns/Campaign%201', body: { operationName: 'EndPreviewSession', applicationId: APP, devicePath: '/devices/5910b027', referenceId: '8' } },
    });
    for (const kind of ['ready-time', 'add-record', 'cancel', 'logout'] as const) {
      const request = kind === 'ready-time' ? { kind, referenceId: 1, campaign: 'C', data: {} } : kind === 'cancel' ? { kind, referenceId: 1, handle: 2, campaign: 'C' } : kind === 'logout' ? { kind, referenceId: 1 } : { kind, referenceId: 1, campaign: 'C', phone: '555', contactInfoType: 1, recordType: 2, timeZone: null, fields: {} };
      const r = genesys.gws.restCall(request, ctx);
      expect(!r.ok && r.error.code).toBe('unsupported-request');
    }
  });

  it('the CometD samples (PreviewSessionStarted, PreviewSessionEnded) decode to the acknowledgements', () => {
    const started = { messageType: 'OutboundCampaignMessage', notificationType: 'PreviewSessionStarted', campaign: { name: 'Campaign1', dialingMode: 'Preview', groupName: 'Campaign1@AgentGroup1', state: 'Started', applicationId: 134 }, referenceId: '123456789' };
    expect(genesys.gws.decodeNotification(started)).toEqual({ ok: true, value: { kind: 'acknowledged', request: 'preview-dialing-mode-start', referenceId: 123456789, handle: null } });
    const ended = { messageType: 'OutboundCampaignMessage', notificationType: 'PreviewSessionEnded', campaign: { name: 'Campaign1', state: 'Started', applicationId: 134 }, referenceId: '123456789' };
    expect(genesys.gws.decodeNotification(ended)).toEqual({ ok: true, value: { kind: 'acknowledged', request: 'preview-dialing-mode-over', referenceId: 123456789, handle: null } });
  });

  it('a campaign notice over CometD carries its dialing mode and group', () => {
    const notice = { messageType: 'OutboundCampaignMessage', notificationType: 'CampaignStarted', campaign: { name: 'Campaign1', dialingMode: 'Preview', groupName: 'Campaign1@AgentGroup1' } };
    expect(genesys.gws.decodeNotification(notice)).toEqual({ ok: true, value: { kind: 'campaign-started', campaign: 'Campaign1', group: 'AgentGroup1', mode: 'preview' } });
  });

  it('through the bridge: send-session, then the CometD answer acknowledges it to the host', () => {
    const h = host();
    h.hold = [];
    h.toBridge({ type: 'send-session', at: T0, requestId: 'session-1', request: { kind: 'preview-dialing-mode-start', campaign: 'Campaign1', data: {} } });
    const effects = h.toBridge({ type: 'cometd', at: T0 + 100, data: { messageType: 'OutboundCampaignMessage', notificationType: 'PreviewSessionStarted', campaign: { name: 'Campaign1', dialingMode: 'Preview' }, referenceId: '1' } });
    expect(effects).toEqual([{ type: 'deliver', to: 'host', event: { type: 'request-acknowledged', at: T0 + 100, requestId: 'session-1' } }]);
  });
});
