import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import { config, data, err, run, started } from './interaction-fixtures.js';

const M = outbound.interaction.machine;
const due = (at: number, mode: string, handle = 101, callbackType: 'personal' | 'campaign' = 'personal'): outbound.interaction.InteractionEvent =>
  ({ type: 'scheduled-call', at, mode, callbackType, dialSchedTime: 1_764_100_000, data: data(handle, 0, { GSW_RECORD_TYPE: callbackType === 'personal' ? '5' : '6' }) });

describe('outbound interaction: a callback comes due (OCS ScheduledCall)', () => {
  it('in a preview mode the record arrives as a callback, previewed; the agent dials it', () => {
    const { state, effects } = run(started(), [due(10, 'preview')]);
    expect(effects).toEqual([{ type: 'callback-due', handle: 101, callbackType: 'personal', dialSchedTime: 1_764_100_000, mode: 'preview' }]);
    expect(state.slots[0]).toMatchObject({ phase: 'preview', callback: { callbackType: 'personal', dialSchedTime: 1_764_100_000 } });
    const dialled = run(state, [{ type: 'dial', at: 11, handle: 101 }]);
    expect(dialled.effects).toEqual([{ type: 'place-call', handle: 101, chainN: 0, phone: '5550100' }]);
  });

  it('in an automatic mode the desktop dials it at once', () => {
    const { state, effects } = run(started(), [due(10, 'progressive', 101, 'campaign')]);
    expect(effects.map((e) => e.type)).toEqual(['callback-due', 'place-call']);
    expect(state.slots[0]?.phase).toBe('dialing');
  });

  it('when the agent is not available the record is marked processed with call result 47 (agent callback error)', () => {
    const { state, effects } = run(started(), [due(10, 'preview'), { type: 'callback-unavailable', at: 12, handle: 101 }]);
    const sent = effects.at(-1);
    expect(sent).toMatchObject({ type: 'send-request', request: { kind: 'processed', handle: 101, callResult: 'agent-callback-error', callResultCode: 47 } });
    const id = sent?.type === 'send-request' ? sent.request.requestId : '';
    const closed = run(state, [{ type: 'request-acknowledged', at: 13, requestId: id }]);
    expect(closed.state.slots).toEqual([]);
    expect(closed.state.processed).toEqual([101]);
  });

  it('refuses callback-unavailable on an ordinary record and a scheduled call with a bad mode or type', () => {
    const pushed = run(started(), [{ type: 'record-pushed', at: 1, data: data(7) }]).state;
    expect(err(M.transition(pushed, { type: 'callback-unavailable', at: 2, handle: 7 }))?.code).toBe('event-not-allowed');
    expect(err(M.transition(started(), { ...due(1, 'turbo') }))?.code).toBe('invalid-mode');
    expect(err(M.transition(started(), { ...due(1, 'preview'), callbackType: 'mine' } as never))?.code).toBe('invalid-event');
  });
});

describe('outbound interaction: the server cancels or removes a record', () => {
  it('the record leaves with a visible reason and its pending requests fail cleanly', () => {
    const s = run(started(), [{ type: 'record-pushed', at: 1, data: data(7) }, { type: 'accept', at: 2, handle: 7 }, { type: 'update-fields', at: 3, handle: 7, changes: { note: 'x' } }]).state;
    const pendingId = s.pending[0]?.request.requestId ?? '';
    const step = M.transition(s, { type: 'record-removed', at: 4, handle: 7, cause: 'cancelled', reason: 'Cancelled by the supervisor' });
    expect(step.ok).toBe(true);
    expect(step.state.slots).toEqual([]);
    expect(step.state.pending).toEqual([]);
    expect(step.effects).toEqual([
      { type: 'show-request-failure', request: s.pending[0]?.request, reason: 'record-cancelled' },
      { type: 'record-closed', handle: 7, callId: null, outcome: 'cancelled-by-server', reason: 'Cancelled by the supervisor' },
    ]);
    expect(err(M.transition(step.state, { type: 'request-acknowledged', at: 5, requestId: pendingId }))?.code).toBe('unknown-request');
  });

  it('gives a default reason and refuses an unknown record or cause', () => {
    const s = run(started(), [{ type: 'record-pushed', at: 1, data: data(7) }]).state;
    const step = M.transition(s, { type: 'record-removed', at: 2, handle: 7, cause: 'removed' });
    expect(step.effects).toEqual([{ type: 'record-closed', handle: 7, callId: null, outcome: 'removed-by-server', reason: 'The server removed this record.' }]);
    expect(err(M.transition(s, { type: 'record-removed', at: 2, handle: 8, cause: 'removed' }))?.code).toBe('unknown-record');
    expect(err(M.transition(s, { type: 'record-removed', at: 2, handle: 7, cause: 'gone' } as never))?.code).toBe('invalid-event');
  });
});

describe('outbound interaction: push preview accept, decline, discard', () => {
  it('discard (cancel) is allowed on an offered record when permitted, and refused without the permission', () => {
    const s = run(started(), [{ type: 'record-pushed', at: 1, data: data(7) }]).state;
    expect(outbound.interaction.recordActions(s, 0, 7)).toMatchObject({ accept: true, decline: true, cancel: true });
    const { state, effects } = run(s, [{ type: 'cancel', at: 2, handle: 7 }]);
    expect(effects[0]).toMatchObject({ type: 'send-request', request: { kind: 'cancel', handle: 7 } });
    const id = effects[0]?.type === 'send-request' ? effects[0].request.requestId : '';
    expect(run(state, [{ type: 'request-acknowledged', at: 3, requestId: id }]).effects).toEqual([{ type: 'record-closed', handle: 7, callId: null, outcome: 'cancelled' }]);
    const strict = run(started({ permissions: ['decline'] }), [{ type: 'record-pushed', at: 1, data: data(7) }]).state;
    expect(outbound.interaction.recordActions(strict, 0, 7).cancel).toBe(false);
    expect(err(M.transition(strict, { type: 'cancel', at: 2, handle: 7 }))?.code).toBe('permission-denied');
    const declined = run(strict, [{ type: 'decline', at: 2, handle: 7 }]).effects;
    expect(declined[0]).toMatchObject({ request: { kind: 'reject', handle: 7 } });
  });
});

describe('outbound interaction: timed preview auto-dial', () => {
  const timed = (): outbound.interaction.InteractionState => started({ timedPreviewAutoDial: 10 });

  it('a pushed record, once accepted, dials itself after the configured seconds (the deadline is a wake)', () => {
    const { state, effects } = run(timed(), [{ type: 'record-pushed', at: 1_000, data: data(7) }, { type: 'accept', at: 2_000, handle: 7 }]);
    expect(effects).toEqual([{ type: 'wake', at: 12_000 }]);
    expect(outbound.interaction.autoDialCountdown(state, 5_000, 7)).toBe(7_000);
    const early = M.transition(state, { type: 'tick', at: 11_999 });
    expect(early.effects).toEqual([{ type: 'wake', at: 12_000 }]);
    const fired = M.transition(state, { type: 'tick', at: 12_000 });
    expect(fired.effects).toEqual([{ type: 'place-call', handle: 7, chainN: 0, phone: '5550100' }]);
    expect(fired.state.slots[0]?.phase).toBe('dialing');
    expect(outbound.interaction.autoDialCountdown(fired.state, 12_000, 7)).toBeNull();
  });

  it('dials before any later event, as a punctual tick would have', () => {
    const s = run(timed(), [{ type: 'record-pushed', at: 1_000, data: data(7) }, { type: 'accept', at: 2_000, handle: 7 }]).state;
    const late = M.transition(s, { type: 'call-established', at: 20_000, handle: 7 });
    expect(late.ok).toBe(true);
    expect(late.effects[0]).toEqual({ type: 'place-call', handle: 7, chainN: 0, phone: '5550100' });
    expect(late.state.slots[0]?.phase).toBe('connected');
  });

  it('stops when the agent acts on the record, and is off when not configured', () => {
    const s = run(timed(), [{ type: 'record-pushed', at: 1_000, data: data(7) }, { type: 'accept', at: 2_000, handle: 7 }, { type: 'set-disposition', at: 3_000, handle: 7, value: 'SALE' }]).state;
    expect(outbound.interaction.autoDialCountdown(s, 4_000, 7)).toBeNull();
    expect(M.transition(s, { type: 'tick', at: 60_000 }).effects).toEqual([]);
    const off = run(started(), [{ type: 'record-pushed', at: 1_000, data: data(7) }, { type: 'accept', at: 2_000, handle: 7 }]);
    expect(off.effects).toEqual([]);
    expect(outbound.interaction.autoDialCountdown(off.state, 3_000, 7)).toBeNull();
  });

  it('refuses a bad timed-preview setting', () => {
    expect(M.start({ at: 0, config: config({ timedPreviewAutoDial: -1 }) }).ok).toBe(false);
    expect(M.start({ at: 0, config: config({ timedPreviewAutoDial: 1.5 }) }).ok).toBe(false);
  });
});

describe('outbound interaction: maxPreviewRecords -1 (Workspace: no limit)', () => {
  it('accepts -1 and never reaches a preview limit; refuses 0 and -2', () => {
    let s = started({ maxPreviewRecords: -1, permissions: ['request-preview'] });
    expect(outbound.interaction.previewCapacity(s, 0)).toBe(Number.POSITIVE_INFINITY);
    for (let i = 1; i <= 5; i++) s = run(s, [{ type: 'request-preview', at: i }]).state;
    expect(s.pending).toHaveLength(5);
    expect(M.start({ at: 0, config: config({ maxPreviewRecords: 0 }) }).ok).toBe(false);
    expect(M.start({ at: 0, config: config({ maxPreviewRecords: -2 }) }).ok).toBe(false);
  });
});
