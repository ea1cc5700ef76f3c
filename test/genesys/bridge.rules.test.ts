// The OCS bridge from its rules (issue 22): how a reply finds its request (by GSW_REFERENCE_ID, or
// without one only when a single request could take it), what the bridge remembers of records (the last
// copy of each handle, forgotten when OCS cancels the record or the desktop finishes it), how an error
// answers (no records for a preview request only on the configured texts or numbers; otherwise the
// failure with OCS's text or number), the negotiated logout wait, and the checks on the host's events.
// Protocol: Outbound Contact Reference Manual, "Communication Protocols" (see src/genesys/ocs/keys.ts).
import { describe, expect, it } from 'vitest';
import { genesys } from '../../src/index.js';

type State = genesys.ocs.BridgeState;
type Effect = genesys.ocs.BridgeEffect;

const T0 = Date.UTC(2026, 6, 1, 14, 0);

function started(input: Partial<genesys.ocs.BridgeInput> = {}): State {
  const s = genesys.ocs.machine.start({ at: T0, applicationId: 134, dateTimeZone: 'America/New_York', ...input });
  if (!s.ok) throw new Error(s.error.code);
  return s.state;
}

function step(state: State, event: unknown): { state: State; effects: readonly Effect[] } {
  const s = genesys.ocs.machine.transition(state, event as genesys.ocs.BridgeEvent);
  if (!s.ok) throw new Error(`${s.error.code} ${s.error.message}`);
  return s;
}

/** The refusal's code and path (the state must be the very same). */
function refusal(state: State, event: unknown): unknown {
  const s = genesys.ocs.machine.transition(state, event as genesys.ocs.BridgeEvent);
  if (s.ok) return 'accepted';
  expect(s.state).toBe(state);
  return [s.error.code, s.error.path];
}

const delivered = (effects: readonly Effect[]): unknown[] => effects.flatMap((e) => (e.type === 'deliver' ? [e.event] : []));
const record = (handle: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  GSW_RECORD_HANDLE: handle,
  GSW_CHAIN_ID: 50 + handle,
  GSW_CHAIN_N: 0,
  GSW_PHONE: `555010${handle}`,
  GSW_TZ_NAME: 'EST',
  GSW_CAMPAIGN_NAME: 'Renewals',
  ...extra,
});
const event = (at: number, data: Record<string, unknown>): object => ({ type: 'user-event', at, data });
const preview = (at: number, requestId: string): object => ({ type: 'send', at, request: { kind: 'preview-record', requestId, referenceId: 0, campaign: 'Renewals' } });
const reject = (at: number, requestId: string, handle: number): object => ({ type: 'send', at, request: { kind: 'reject', requestId, referenceId: 0, handle } });

/** A bridge that has received the record `handle` in answer to a preview request. */
function withRecord(handle: number, state = started(), extra: Record<string, unknown> = {}): State {
  const asked = step(state, preview(state.lastAt, `p${handle}`)).state;
  const ref = asked.referenceSeq;
  return step(asked, event(asked.lastAt, { ...record(handle, extra), GSW_USER_EVENT: 'PreviewRecord', GSW_REFERENCE_ID: ref })).state;
}

describe('a reply finds its request', () => {
  it('without GSW_REFERENCE_ID only when exactly one pending request could take it', () => {
    const none = started();
    expect(refusal(none, event(T0, { GSW_USER_EVENT: 'RecordRejectAcknowledge' }))).toEqual(['unknown-reference', '$.data']);
    const one = step(withRecord(7), reject(T0, 'r1', 7)).state;
    expect(delivered(step(one, event(T0, { GSW_USER_EVENT: 'RecordRejectAcknowledge' })).effects)).toEqual([{ type: 'request-acknowledged', at: T0, requestId: 'r1' }]);
    // A preview request waiting too does not compete for a reject's acknowledgement.
    const mixed = step(one, preview(T0, 'p2')).state;
    expect(delivered(step(mixed, event(T0, { GSW_USER_EVENT: 'RecordRejectAcknowledge' })).effects)).toEqual([{ type: 'request-acknowledged', at: T0, requestId: 'r1' }]);
    const two = step(step(withRecord(8, withRecord(7)), reject(T0, 'r1', 7)).state, reject(T0, 'r2', 8)).state;
    expect(refusal(two, event(T0, { GSW_USER_EVENT: 'RecordRejectAcknowledge' }))).toEqual(['unknown-reference', '$.data']);
    // An error without a reference could answer any request: only a single pending one takes it.
    expect(delivered(step(one, event(T0, { GSW_ERROR: 'Busy' })).effects)).toEqual([{ type: 'request-failed', at: T0, requestId: 'r1', reason: 'Busy' }]);
    expect(refusal(mixed, event(T0, { GSW_ERROR: 'Busy' }))).toEqual(['unknown-reference', '$.data']);
  });

  it('a chained-records request collects each record once and delivers them at the chain end', () => {
    const s = withRecord(7);
    const asked = step(s, { type: 'send', at: T0, request: { kind: 'chained-records', requestId: 'c1', referenceId: 0, handle: 7 } }).state;
    const ref = asked.referenceSeq;
    const chained = (handle: number) => event(T0, { ...record(handle), GSW_CHAIN_ID: 57, GSW_USER_EVENT: 'ChainedRecord', GSW_REFERENCE_ID: ref });
    const first = step(asked, chained(9));
    expect(first.effects).toEqual([]);
    let t = first.state;
    t = step(t, chained(9)).state;
    t = step(t, chained(10)).state;
    const end = step(t, event(T0, { GSW_USER_EVENT: 'ChainedRecordsDataEnd', GSW_REFERENCE_ID: ref }));
    const [chain] = delivered(end.effects) as { records: { GSW_RECORD_HANDLE: string }[] }[];
    expect(chain?.records.map((r) => r.GSW_RECORD_HANDLE)).toEqual(['9', '10']);
  });
});

describe('what the bridge remembers of records', () => {
  it('the last copy of each handle, with the Genesys zone it carried', () => {
    const twice = withRecord(7, withRecord(7, started(), { GSW_TZ_NAME: 'PST', GSW_CAMPAIGN_NAME: 'Old' }));
    expect(twice.records).toEqual([{ handle: 7, chainId: 57, chainN: 0, campaign: 'Renewals', tzName: 'EST' }]);
    const two = withRecord(8, withRecord(7));
    expect(two.records.map((r) => r.handle)).toEqual([7, 8]);
  });

  it('a rescheduled call onto a new number adds a record in the zone the old one carried', () => {
    const s = withRecord(7, started(), { GSW_TZ_NAME: 'PST' });
    const r = step(s, { type: 'send', at: T0, request: { kind: 'reschedule', requestId: 'x1', referenceId: 0, handle: 7, callbackType: 'personal', dialSchedTime: 1_785_000_000, phone: '5550199', chainN: null } });
    const sent = r.effects.find((e) => e.type === 'send-wire');
    expect(sent?.type === 'send-wire' && new Map(sent.pairs).get('GSW_TZ_NAME')).toBe('PST');
  });

  it('forgets a record OCS cancels (RecordCancel), keeping the others, and passes the notice on', () => {
    const s = withRecord(8, withRecord(7));
    const cancel = step(s, event(T0, { GSW_USER_EVENT: 'RecordCancel', GSW_RECORD_HANDLE: 7, GSW_CAMPAIGN_NAME: 'Renewals' }));
    expect(cancel.state.records.map((r) => r.handle)).toEqual([8]);
    expect(cancel.effects).toEqual([{ type: 'notify', message: { kind: 'record-cancelled', referenceId: null, handle: 7, campaign: 'Renewals' } }]);
    expect(refusal(cancel.state, reject(T0, 'r1', 7))).toEqual(['unknown-record', '$.request.handle']);
  });

  it('forgets a record once its processed, reject or cancel request is acknowledged; not after an update', () => {
    const finish = (request: object): number[] => {
      const s = step(withRecord(8, withRecord(7)), { type: 'send', at: T0, request }).state;
      const ack = { reject: 'RecordRejectAcknowledge', cancel: 'RecordCancelAcknowledge', processed: 'RecordProcessedAcknowledge', update: 'UpdateCallCompletionStatsAcknowledge' }[(request as { kind: 'reject' }).kind];
      return step(s, event(T0, { GSW_USER_EVENT: ack, GSW_REFERENCE_ID: s.referenceSeq })).state.records.map((r) => r.handle);
    };
    const base = { requestId: 'q', referenceId: 0, handle: 7 };
    expect(finish({ kind: 'reject', ...base })).toEqual([8]);
    expect(finish({ kind: 'cancel', ...base })).toEqual([8]);
    expect(finish({ kind: 'processed', ...base, callResult: 'answer', callResultCode: 33, disposition: null, phone: '5550107', contactInfoType: 'none' })).toEqual([8]);
    expect(finish({ kind: 'update', ...base, fields: {}, callResult: 'answer' })).toEqual([7, 8]);
  });
});

describe('an error answers its request', () => {
  const failedPreview = (data: Record<string, unknown>, input: Partial<genesys.ocs.BridgeInput> = {}): unknown => {
    const s = step(started(input), preview(T0, 'p1')).state;
    return delivered(step(s, event(T0, { ...data, GSW_REFERENCE_ID: s.referenceSeq })).effects);
  };

  it('a preview request gets no-records only for the configured texts or numbers', () => {
    expect(failedPreview({ GSW_ERROR: 'No Records Available' })).toEqual([{ type: 'no-records', at: T0, requestId: 'p1' }]);
    expect(failedPreview({ GSW_ERROR: 'Campaign not loaded' })).toEqual([{ type: 'request-failed', at: T0, requestId: 'p1', reason: 'Campaign not loaded' }]);
    expect(failedPreview({ GSW_ERROR_NUMBER: 5 })).toEqual([{ type: 'request-failed', at: T0, requestId: 'p1', reason: 'OCS error 5' }]);
    expect(failedPreview({ GSW_ERROR_NUMBER: 5 }, { noRecordsNumbers: [5] })).toEqual([{ type: 'no-records', at: T0, requestId: 'p1' }]);
    expect(failedPreview({ GSW_ERROR_NUMBER: 6 }, { noRecordsNumbers: [5] })).toMatchObject([{ type: 'request-failed', reason: 'OCS error 6' }]);
    expect(failedPreview({ GSW_ERROR: 'Empty' }, { noRecordsTexts: ['Empty'] })).toEqual([{ type: 'no-records', at: T0, requestId: 'p1' }]);
    expect(failedPreview({ GSW_ERROR: 'No Records Available' }, { noRecordsTexts: ['Empty'] })).toMatchObject([{ type: 'request-failed' }]);
    // The text wins over the number as the reason.
    expect(failedPreview({ GSW_ERROR: 'Locked', GSW_ERROR_NUMBER: 9 })).toMatchObject([{ reason: 'Locked' }]);
  });

  it('another request fails even on a no-records text', () => {
    const s = step(withRecord(7), reject(T0, 'r1', 7)).state;
    expect(step(s, event(T0, { GSW_ERROR: 'No Records Available', GSW_REFERENCE_ID: s.referenceSeq })).effects).toEqual([
      { type: 'deliver', to: 'interaction', event: { type: 'request-failed', at: T0, requestId: 'r1', reason: 'No Records Available' } },
    ]);
  });
});

describe('the negotiated logout', () => {
  const keys = { logoutDelay: 'WAIT' } as const;
  const asked = (): State => step(started({ keys, timeoutMs: 5_000 }), { type: 'send-logout', at: T0, requestId: 'logout-1' }).state;

  it('a positive wait goes to the logout machine and keeps the request open for the wait plus the time-out', () => {
    const s = asked();
    const r = step(s, event(T0 + 1_000, { GSW_USER_EVENT: 'LogOutAcknowledge', GSW_REFERENCE_ID: 1, WAIT: 30 }));
    expect(r.effects).toEqual([
      { type: 'deliver', to: 'logout', event: { type: 'logout-delay', at: T0 + 1_000, requestId: 'logout-1', seconds: 30 } },
      { type: 'wake', at: T0 + 1_000 + 35_000 },
    ]);
    expect(r.state.pending.map((p) => p.deadline)).toEqual([T0 + 36_000]);
  });

  it('no wait, or a wait of 0, authorizes it', () => {
    for (const data of [{}, { WAIT: 0 }]) {
      const r = step(asked(), event(T0 + 1_000, { GSW_USER_EVENT: 'LogOutAcknowledge', GSW_REFERENCE_ID: 1, ...data }));
      expect(r.effects).toEqual([{ type: 'deliver', to: 'logout', event: { type: 'request-acknowledged', at: T0 + 1_000, requestId: 'logout-1' } }]);
      expect(r.state.pending).toEqual([]);
    }
  });
});

describe("the host's events are checked", () => {
  it('a request id is a non-empty text of at most 255 characters', () => {
    const s = started();
    for (const bad of ['', 'x'.repeat(256), 7, undefined]) {
      expect(refusal(s, { type: 'send-logout', at: T0, requestId: bad })).toEqual(['invalid-event', '$.requestId']);
      expect(refusal(s, { type: 'send-session', at: T0, requestId: bad, request: { kind: 'ready-time', campaign: 'Renewals', data: {} } })).toEqual(['invalid-event', '$.requestId']);
    }
    expect(refusal(s, { type: 'send-logout', at: T0, requestId: 'x'.repeat(255) })).toBe('accepted');
    expect(refusal(s, { type: 'send-session', at: T0, requestId: 'x'.repeat(255), request: { kind: 'ready-time', campaign: 'Renewals', data: {} } })).toBe('accepted');
  });

  it('refusals name the path within the event', () => {
    const s = started();
    expect(refusal(s, { type: 'send', at: T0, request: { kind: 'reject', requestId: 'r', referenceId: 0, handle: -1 } })).toEqual(['invalid-request', '$.request.handle']);
    expect(refusal(s, { type: 'send-session', at: T0, requestId: 's', request: { kind: 'ready-time', campaign: '', data: {} } })).toEqual(['invalid-request', '$.request.campaign']);
    expect(refusal(s, { type: 'user-event', at: T0, data: { GSW_USER_EVENT: 'RecordCancel', GSW_RECORD_HANDLE: 'seven' } })).toEqual(['invalid-field', '$.data.GSW_RECORD_HANDLE']);
    expect(refusal(s, { type: 'user-event', at: T0, data: 'GSW_USER_EVENT=RecordCancel' })).toEqual(['invalid-event-data', '$.data']);
    expect(refusal(s, { type: 'user-event', at: T0, data: { GSW_USER_EVENT: 'CampaignStarted', GSW_CAMPAIGN_NAME: 'Renewals' } })).toEqual(['missing-group', '$.data']);
  });

  it('at most 1000 requests wait for OCS at once; a request id waits only once', () => {
    let s = started();
    for (let i = 0; i < 1000; i++) s = step(s, { type: 'send-logout', at: T0, requestId: `l${i}` }).state;
    expect(refusal(s, { type: 'send-logout', at: T0, requestId: 'one-more' })).toEqual(['event-not-allowed', '$']);
    expect(refusal(started(), { type: 'send-logout', at: T0, requestId: 'l' })).toBe('accepted');
    const once = step(started(), { type: 'send-logout', at: T0, requestId: 'l' }).state;
    expect(refusal(once, { type: 'send-logout', at: T0, requestId: 'l' })).toEqual(['duplicate-request', '$.requestId']);
    // A domain request carries its id in the request itself.
    const sent = step(started(), preview(T0, 'p1')).state;
    expect(refusal(sent, preview(T0, 'p1'))).toEqual(['duplicate-request', '$.request.requestId']);
  });
});

describe('start', () => {
  it('refuses a non-object, a bad instant and a bad configuration, by path', () => {
    const start = (input: unknown): unknown => {
      const r = genesys.ocs.machine.start(input as genesys.ocs.BridgeInput);
      return r.ok ? 'started' : [r.error.code, r.error.path];
    };
    expect(start(null)).toEqual(['invalid-input', '$']);
    expect(start({ at: -1, applicationId: 134 })).toEqual(['invalid-input', '$.at']);
    expect(start({ at: T0, applicationId: 134, timeoutMs: 0 })).toEqual(['invalid-input', '$.timeoutMs']);
    expect(start({ at: T0, applicationId: 134 })).toBe('started');
    const ok = genesys.ocs.machine.start({ at: T0, applicationId: 134 });
    expect(ok.ok && ok.effects).toEqual([]);
  });
});

describe('a reschedule onto a new number', () => {
  const rescheduled = (): State => {
    const s = withRecord(7, started(), { GSW_TZ_NAME: 'PST' });
    return step(s, { type: 'send', at: T0, request: { kind: 'reschedule', requestId: 'x1', referenceId: 0, handle: 7, callbackType: 'campaign', dialSchedTime: 1_785_000_000, phone: '5550199', chainN: null } }).state;
  };

  it('reschedules the new record once AddRecord is acknowledged with its handle', () => {
    const s = rescheduled();
    const ack = step(s, event(T0 + 1, { GSW_USER_EVENT: 'AddRecordAcknowledge', GSW_REFERENCE_ID: s.referenceSeq, GSW_RECORD_HANDLE: 300 }));
    const sent = ack.effects.find((e) => e.type === 'send-wire');
    expect(sent?.type === 'send-wire' && sent.request).toMatchObject({ kind: 'reschedule', handle: 300, campaign: 'Renewals', callbackType: 'campaign' });
    expect(delivered(ack.effects)).toEqual([]);
    expect(ack.state.pending.map((p) => p.requestId)).toEqual(['x1']);
  });

  it('refuses an AddRecord acknowledgement without the new handle', () => {
    const s = rescheduled();
    expect(refusal(s, event(T0 + 1, { GSW_USER_EVENT: 'AddRecordAcknowledge', GSW_REFERENCE_ID: s.referenceSeq }))).toEqual(['missing-field', '$.data']);
  });
});

describe('answers go back to whoever asked', () => {
  it("a session request's error goes to the host; a logout's to the logout machine", () => {
    const session = step(started(), { type: 'send-session', at: T0, requestId: 's1', request: { kind: 'ready-time', campaign: 'Renewals', data: {} } }).state;
    expect(step(session, event(T0, { GSW_ERROR: 'No', GSW_REFERENCE_ID: 1 })).effects).toEqual([{ type: 'deliver', to: 'host', event: { type: 'request-failed', at: T0, requestId: 's1', reason: 'No' } }]);
    const logout = step(started(), { type: 'send-logout', at: T0, requestId: 'l1' }).state;
    expect(step(logout, event(T0, { GSW_ERROR: 'No', GSW_REFERENCE_ID: 1 })).effects).toEqual([{ type: 'deliver', to: 'logout', event: { type: 'request-failed', at: T0, requestId: 'l1', reason: 'No' } }]);
  });

  it('a scheduled call is remembered, so a request about its record can go out', () => {
    const s = step(started(), event(T0, { ...record(12), GSW_USER_EVENT: 'ScheduledCall' }));
    expect(s.state.records.map((r) => r.handle)).toEqual([12]);
    expect(refusal(s.state, reject(T0, 'r1', 12))).toBe('accepted');
  });

  it('after a logout wait, the next answer without a wait authorizes, and the other requests keep their deadlines', () => {
    let s = step(started({ keys: { logoutDelay: 'WAIT' }, timeoutMs: 5_000 }), preview(T0, 'p1')).state;
    s = step(s, { type: 'send-logout', at: T0, requestId: 'logout-1' }).state;
    const waited = step(s, event(T0 + 1_000, { GSW_USER_EVENT: 'LogOutAcknowledge', GSW_REFERENCE_ID: 2, WAIT: 30 })).state;
    expect(waited.pending.map((p) => [p.requestId, p.deadline])).toEqual([['p1', T0 + 5_000], ['logout-1', T0 + 36_000]]);
    const done = step(waited, event(T0 + 20_000, { GSW_USER_EVENT: 'LogOutAcknowledge', GSW_REFERENCE_ID: 2 }));
    expect(delivered(done.effects)).toEqual([{ type: 'request-acknowledged', at: T0 + 20_000, requestId: 'logout-1' }]);
  });
});
