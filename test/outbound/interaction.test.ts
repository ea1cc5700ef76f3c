import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import { config, data, err, run, started } from './interaction-fixtures.js';

const M = outbound.interaction.machine;

describe('interaction: start', () => {
  it('refuses bad configuration', () => {
    expect(M.start({ at: 0, config: config({ callResults: [] }) }).ok).toBe(false);
    expect(M.start({ at: 0, config: config({ defaultCallResult: 'busy', callResults: ['answer'] }) }).ok).toBe(false);
    expect(M.start({ at: 0, config: config({ maxPreviewRecords: 0 }) }).ok).toBe(false);
    expect(M.start({ at: 0, config: config({ defaultDisposition: 'NOPE' }) }).ok).toBe(false);
    expect(M.start({ at: 0, config: { ...config(), permissions: ['fly'] } as unknown as outbound.interaction.InteractionConfig }).ok).toBe(false);
    expect(M.start({ at: -5, config: config() }).ok).toBe(false);
  });
});

describe('interaction: preview', () => {
  it('walks a record from request to processed acknowledgement', () => {
    let s = started();
    let r = run(s, [{ type: 'request-preview', at: 1, campaign: 'Renewals' }]);
    expect(r.effects).toEqual([{ type: 'send-request', request: { kind: 'preview-record', requestId: 'outbound-1', referenceId: 1, campaign: 'Renewals' } }]);
    r = run(r.state, [{ type: 'preview-record', at: 2, requestId: 'outbound-1', data: data(101) }]);
    s = r.state;
    expect(s.pending).toEqual([]);
    expect(s.slots[0]).toMatchObject({ mode: 'preview', phase: 'preview', callResult: 'unknown', disposition: null });
    expect(outbound.interaction.recordActions(s, 0, 101)).toMatchObject({ dial: true, reject: true, cancel: true, markProcessed: true, scheduleCallback: false, accept: false });
    r = run(s, [{ type: 'dial', at: 3, handle: 101 }]);
    expect(r.effects).toEqual([{ type: 'place-call', handle: 101, chainN: 0, phone: '5550100' }]);
    const dialing = r.state;
    expect(err(M.transition(dialing, { type: 'mark-processed', at: 4, handle: 101 }))?.code).toBe('call-in-progress');
    r = run(dialing, [{ type: 'call-established', at: 4, handle: 101 }]);
    expect(r.state.slots[0]).toMatchObject({ phase: 'connected', callResult: 'answer', callResultAuto: true });
    r = run(r.state, [
      { type: 'set-disposition', at: 5, handle: 101, value: 'SALE' },
      { type: 'call-ended', at: 6, handle: 101 },
      { type: 'mark-processed', at: 7, handle: 101 },
    ]);
    expect(r.effects.at(-1)).toEqual({
      type: 'send-request',
      request: { kind: 'processed', requestId: 'outbound-2', referenceId: 2, handle: 101, callResult: 'answer', callResultCode: 33, disposition: 'SALE', phone: '5550100', contactInfoType: 'home-phone' },
    });
    expect(r.state.slots).toHaveLength(1);
    expect(M.transition(r.state, { type: 'set-call-result', at: 8, handle: 101, value: 'busy' }).ok).toBe(true);
    expect(err(M.transition(r.state, { type: 'mark-processed', at: 8, handle: 101 }))?.code).toBe('request-pending');
    const done = run(r.state, [{ type: 'request-acknowledged', at: 9, requestId: 'outbound-2' }]);
    expect(done.effects).toEqual([{ type: 'record-closed', handle: 101, callId: null, outcome: 'processed' }]);
    expect(done.state.slots).toEqual([]);
    expect(done.state.processed).toEqual([101]);
    const again = M.transition(done.state, { type: 'request-preview', at: 10 });
    const back = M.transition(again.state, { type: 'preview-record', at: 11, requestId: 'outbound-3', data: data(101) });
    expect(err(back)?.code).toBe('record-already-processed');
  });

  it('answers no records, caps simultaneous previews, rejects and cancels', () => {
    let r = run(started(), [{ type: 'request-preview', at: 1 }, { type: 'request-preview', at: 1 }]);
    expect(err(M.transition(r.state, { type: 'request-preview', at: 1 }))?.code).toBe('preview-limit-reached');
    expect(outbound.interaction.previewCapacity(r.state, 0)).toBe(0);
    r = run(r.state, [{ type: 'no-records', at: 2, requestId: 'outbound-1' }]);
    expect(r.effects).toEqual([{ type: 'show-no-records', campaign: null }]);
    expect(r.state.noRecordsAt).toBe(2);
    r = run(r.state, [{ type: 'preview-record', at: 3, requestId: 'outbound-2', data: data(7) }, { type: 'reject', at: 4, handle: 7 }]);
    expect(r.effects.at(-1)).toMatchObject({ type: 'send-request', request: { kind: 'reject', handle: 7 } });
    const failed = run(r.state, [{ type: 'request-failed', at: 5, requestId: 'outbound-3', reason: 'locked' }]);
    expect(failed.effects[0]).toMatchObject({ type: 'show-request-failure', reason: 'locked' });
    expect(failed.state.slots).toHaveLength(1);
    r = run(failed.state, [{ type: 'cancel', at: 6, handle: 7 }, { type: 'request-acknowledged', at: 7, requestId: 'outbound-4' }]);
    expect(r.effects.at(-1)).toEqual({ type: 'record-closed', handle: 7, callId: null, outcome: 'cancelled' });
    expect(r.state.processed).toEqual([]);
  });

  it('refuses a bare acknowledgement for a preview request and bad record data naming the field', () => {
    const r = run(started(), [{ type: 'request-preview', at: 1 }]);
    expect(err(M.transition(r.state, { type: 'request-acknowledged', at: 2, requestId: 'outbound-1' }))?.code).toBe('unknown-request');
    const bad = M.transition(r.state, { type: 'preview-record', at: 2, requestId: 'outbound-1', data: { ...data(1), GSW_CALL_RESULT: '99' } });
    expect(err(bad)).toMatchObject({ code: 'invalid-field', details: { field: 'GSW_CALL_RESULT' } });
    expect(err(M.transition(r.state, { type: 'preview-record', at: 2, requestId: 'outbound-9', data: data(1) }))?.code).toBe('unknown-request');
  });
});

describe('interaction: automatic call result of a new attempt', () => {
  it('a dial clears an automatic result left by an earlier attempt, not the agent choice', () => {
    const r = run(started(), [{ type: 'record-pushed', at: 1, data: data(60, 0, { GSW_CALL_RESULT: '6' }) }, { type: 'accept', at: 2, handle: 60 }]);
    expect(r.state.slots[0]?.callResult).toBe('busy');
    const redial = run(r.state, [{ type: 'dial', at: 3, handle: 60 }, { type: 'call-ended', at: 4, handle: 60 }]);
    expect(redial.state.slots[0]).toMatchObject({ callResult: 'unknown', callResultAuto: true });
    const chosen = run(r.state, [{ type: 'set-call-result', at: 3, handle: 60, value: 'wrong-party' }, { type: 'dial', at: 4, handle: 60 }, { type: 'call-ended', at: 5, handle: 60, result: 'busy' }]);
    expect(chosen.state.slots[0]).toMatchObject({ callResult: 'wrong-party', callResultAuto: false });
  });
});

describe('interaction: push preview', () => {
  it('accept then dial; decline only when allowed', () => {
    let r = run(started(), [{ type: 'record-pushed', at: 1, data: data(20) }]);
    expect(r.state.slots[0]).toMatchObject({ mode: 'push-preview', phase: 'offered' });
    expect(err(M.transition(r.state, { type: 'dial', at: 2, handle: 20 }))?.code).toBe('event-not-allowed');
    const accepted = run(r.state, [{ type: 'accept', at: 2, handle: 20 }, { type: 'dial', at: 3, handle: 20 }]);
    expect(accepted.effects).toEqual([{ type: 'place-call', handle: 20, chainN: 0, phone: '5550100' }]);
    r = run(r.state, [{ type: 'decline', at: 2, handle: 20 }, { type: 'request-acknowledged', at: 3, requestId: 'outbound-1' }]);
    expect(r.effects).toEqual([
      { type: 'send-request', request: { kind: 'reject', requestId: 'outbound-1', referenceId: 1, handle: 20 } },
      { type: 'record-closed', handle: 20, callId: null, outcome: 'declined' },
    ]);
    const strict = run(started({ permissions: ['reject'] }), [{ type: 'record-pushed', at: 1, data: data(21) }]);
    expect(err(M.transition(strict.state, { type: 'decline', at: 2, handle: 21 }))).toMatchObject({ code: 'permission-denied', details: { permission: 'decline' } });
    expect(outbound.interaction.recordActions(strict.state, 0, 21)).toMatchObject({ accept: true, decline: false });
  });
});

describe('interaction: progressive and predictive', () => {
  it('a call arrives connected with its record; the agent may reject it', () => {
    const r = run(started(), [{ type: 'call-connected', at: 1, mode: 'predictive', callId: 'c-1', data: data(30) }]);
    expect(r.state.slots[0]).toMatchObject({ mode: 'predictive', phase: 'connected', callId: 'c-1', callResult: 'answer', dialedChainN: 0 });
    const rejected = run(r.state, [{ type: 'reject', at: 2, handle: 30 }, { type: 'request-acknowledged', at: 3, requestId: 'outbound-1' }]);
    expect(rejected.effects.at(-1)).toEqual({ type: 'record-closed', handle: 30, callId: 'c-1', outcome: 'rejected' });
    expect(err(M.transition(started(), { type: 'call-connected', at: 1, mode: 'preview', callId: 'c', data: data(1) }))?.code).toBe('invalid-mode');
  });

  it('with seizing: an empty record first, filled when the contact answers', () => {
    let r = run(started(), [{ type: 'call-seized', at: 1, mode: 'progressive-with-seizing', callId: 'c-9' }]);
    expect(r.state.slots[0]).toMatchObject({ phase: 'seized', record: null });
    expect(err(M.transition(started(), { type: 'call-seized', at: 1, mode: 'progressive', callId: 'c' }))?.code).toBe('invalid-mode');
    const released = run(r.state, [{ type: 'call-ended', at: 2, callId: 'c-9' }]);
    expect(released.effects).toEqual([{ type: 'record-closed', handle: null, callId: 'c-9', outcome: 'released' }]);
    r = run(r.state, [{ type: 'record-filled', at: 2, callId: 'c-9', data: data(31) }]);
    expect(r.state.slots[0]).toMatchObject({ phase: 'connected', callResult: 'answer', record: { handle: 31 } });
    expect(err(M.transition(r.state, { type: 'record-filled', at: 3, callId: 'c-9', data: data(31) }))?.code).toBe('unknown-call');
  });
});

describe('interaction: after connection', () => {
  const connected = () => run(started(), [{ type: 'call-connected', at: 1, mode: 'progressive', callId: 'c-1', data: data(40) }]).state;

  it('updates fields through an acknowledged request and refuses read-only ones', () => {
    const s = connected();
    expect(err(M.transition(s, { type: 'update-fields', at: 2, handle: 40, changes: { balance: 1 } }))?.code).toBe('read-only-field');
    expect(err(M.transition(s, { type: 'update-fields', at: 2, handle: 40, changes: { color: 'x' } }))?.code).toBe('unknown-field');
    let r = run(s, [{ type: 'update-fields', at: 2, handle: 40, changes: { note: 'after 6' } }]);
    expect(r.state.slots[0]?.record?.fields.note).toBeNull();
    r = run(r.state, [{ type: 'request-acknowledged', at: 3, requestId: 'outbound-1' }]);
    expect(r.state.slots[0]?.record?.fields).toEqual({ note: 'after 6', balance: 12.5 });
  });

  it('keeps the agent choice of call result over automatic ones, and checks the lists', () => {
    const s = connected();
    expect(err(M.transition(s, { type: 'set-call-result', at: 2, handle: 40, value: 'silence' }))?.code).toBe('call-result-not-offered');
    expect(err(M.transition(s, { type: 'set-disposition', at: 2, handle: 40, value: 'X' }))?.code).toBe('unknown-disposition');
    let r = run(s, [{ type: 'call-ended', at: 2, handle: 40, result: 'answering-machine' }]);
    expect(r.state.slots[0]).toMatchObject({ callResult: 'answering-machine', phase: 'wrap-up' });
    r = run(s, [{ type: 'set-call-result', at: 2, handle: 40, value: 'wrong-party' }, { type: 'call-ended', at: 3, handle: 40, result: 'answering-machine' }]);
    expect(r.state.slots[0]).toMatchObject({ callResult: 'wrong-party', callResultAuto: false });
  });

  it('hands off to the reschedule dialog and sends the reschedule request', () => {
    const s = connected();
    const h = run(s, [{ type: 'schedule-callback', at: 2, handle: 40 }]);
    expect(h.effects[0]).toMatchObject({ type: 'reschedule-handoff', handoff: { handle: 40, timeZone: 'America/Chicago', currentChainN: 0, campaignName: 'Renewals', numbers: [{ chainN: 0, phone: '5550100', from: '08:00' }] } });
    expect(err(M.transition(s, { type: 'reschedule', at: 2000, handle: 40, callbackType: 'personal', dialSchedTime: 1, phone: '5550100', chainN: 0 }))?.code).toBe('time-in-past');
    expect(err(M.transition(s, { type: 'reschedule', at: 2, handle: 40, callbackType: 'personal', dialSchedTime: 100, phone: '5550100', chainN: 4 }))?.code).toBe('not-in-chain');
    const r = run(s, [{ type: 'reschedule', at: 2, handle: 40, callbackType: 'campaign', dialSchedTime: 100, phone: '5550199', chainN: null }, { type: 'request-acknowledged', at: 3, requestId: 'outbound-1' }]);
    expect(r.state.slots[0]?.rescheduled).toEqual({ callbackType: 'campaign', dialSchedTime: 100, phone: '5550199' });
  });

  it('fetches the chain and dials another number of it', () => {
    let r = run(connected(), [{ type: 'call-ended', at: 2, handle: 40, result: 'no-answer' }]);
    expect(err(M.transition(r.state, { type: 'dial', at: 3, handle: 40, chainN: 1 }))?.code).toBe('not-in-chain');
    r = run(r.state, [{ type: 'request-chain', at: 3, handle: 40 }, { type: 'chained-records', at: 4, requestId: 'outbound-1', records: [data(42, 2), data(41, 1)] }]);
    expect(r.state.slots[0]?.chain.map((x) => x.chainN)).toEqual([0, 1, 2]);
    r = run(r.state, [{ type: 'dial', at: 5, handle: 40, chainN: 1 }, { type: 'call-established', at: 6, handle: 40 }, { type: 'call-ended', at: 7, handle: 40 }, { type: 'mark-processed', at: 8, handle: 40 }]);
    expect(r.effects).toContainEqual({ type: 'place-call', handle: 40, chainN: 1, phone: '5550101' });
    expect(r.effects.at(-1)).toMatchObject({ request: { kind: 'processed', phone: '5550101', contactInfoType: 'mobile', callResult: 'answer' } });
    const noChain = run(started({ permissions: ['reject'] }), [{ type: 'call-connected', at: 1, mode: 'progressive', callId: 'c', data: data(50) }]);
    expect(err(M.transition(noChain.state, { type: 'request-chain', at: 2, handle: 50 }))?.code).toBe('permission-denied');
  });

  it('marks do-not-call for the record or chain', () => {
    const r = run(connected(), [{ type: 'do-not-call', at: 2, handle: 40, scope: 'chain' }, { type: 'request-acknowledged', at: 3, requestId: 'outbound-1' }]);
    expect(r.effects[0]).toMatchObject({ request: { kind: 'do-not-call', scope: 'chain' } });
    expect(r.state.slots[0]).toMatchObject({ doNotCall: 'chain', callResult: 'do-not-call' });
    expect(err(M.transition(connected(), { type: 'do-not-call', at: 2, handle: 40, scope: 'all' } as unknown as outbound.interaction.InteractionEvent))?.code).toBe('invalid-event');
  });

  it('keeps states JSON round-trippable and frozen', () => {
    const s = connected();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(Object.isFrozen(s.slots[0]?.record?.fields)).toBe(true);
    expect(err(M.transition(s, { type: 'fly', at: 2 } as unknown as outbound.interaction.InteractionEvent))?.code).toBe('unknown-event');
    expect(err(M.transition(s, { type: 'dial', at: 0, handle: 40 }))?.code).toBe('time-went-backwards');
  });
});
