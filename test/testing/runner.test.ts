import { describe, expect, it } from 'vitest';
import type { Step, TickEvent } from '../../src/index.js';
import * as core from '../../src/core/internal.js';
import type { StepMachine as Machine } from '../../src/core/internal.js';
import * as testing from '../../src/testing/index.js';

// A small alarm machine: `arm` sets a deadline and asks for a wake; a tick at or after it rings once.
interface AlarmState { readonly version: 1; readonly lastAt: number; readonly deadline: number | null; readonly rang: number }
type AlarmEvent = { readonly type: 'arm'; readonly at: number; readonly inMs: number } | TickEvent;
type AlarmEffect = core.WakeEffect | { readonly type: 'ring'; readonly at: number };

const alarm: Machine<{ at: number }, AlarmState, AlarmEvent, AlarmEffect> = {
  start: (input) => core.accept(core.deepFreeze({ version: 1, lastAt: input.at, deadline: null, rang: 0 })),
  transition: (state, event): Step<AlarmState, AlarmEffect> => {
    const bad = core.checkEnvelope(event, state.lastAt);
    if (bad) return core.refuseWith(state, bad);
    if (event.type === 'arm') {
      if (state.deadline !== null) return core.refuse(state, 'event-not-allowed', 'Already armed.');
      const deadline = event.at + event.inMs;
      return core.accept(core.deepFreeze({ ...state, lastAt: event.at, deadline }), [{ type: 'wake', at: deadline }]);
    }
    if (state.deadline !== null && event.at >= state.deadline) {
      return core.accept(core.deepFreeze({ ...state, lastAt: event.at, deadline: null, rang: state.rang + 1 }), [{ type: 'ring', at: event.at }]);
    }
    return core.accept(core.deepFreeze({ ...state, lastAt: event.at }));
  },
};

describe('testing.run', () => {
  it('records every step, effects and refusals, and goes on after a refusal', () => {
    const s = testing.run(alarm, { at: 0 }, [
      { type: 'arm', at: 10, inMs: 100 },
      { type: 'arm', at: 20, inMs: 5 },
      { type: 'tick', at: 5 },
      { type: 'tick', at: 110 },
    ]);
    expect(s.steps.map((x) => x.accepted)).toEqual([true, false, false, true]);
    expect(s.refusals.map((r) => r.error.code)).toEqual(['event-not-allowed', 'time-went-backwards']);
    expect(s.effects).toEqual([{ type: 'wake', at: 110 }, { type: 'ring', at: 110 }]);
    expect(s.state.rang).toBe(1);
    expect(s.steps[1]?.state).toBe(s.steps[0]?.state);
  });
});

describe('testing.advance and runUntil', () => {
  it('delivers the tick a host would at the wake instant, then one at the end', () => {
    const s = testing.runUntil(alarm, { at: 0 }, [{ type: 'arm', at: 10, inMs: 100 }], 1_000);
    expect(s.steps.map((x) => x.event)).toEqual([{ type: 'arm', at: 10, inMs: 100 }, { type: 'tick', at: 110 }, { type: 'tick', at: 1_000 }]);
    expect(s.effects.filter((e) => e.type === 'ring')).toEqual([{ type: 'ring', at: 110 }]);
  });

  it('does not tick at a wake beyond the horizon', () => {
    const first = testing.run(alarm, { at: 0 }, [{ type: 'arm', at: 10, inMs: 100 }]);
    const later = testing.advance(alarm, first.state, testing.pendingWake(first.effects), 50);
    expect(later.steps.map((x) => x.event.at)).toEqual([50]);
    expect(later.state.rang).toBe(0);
  });
});

describe('testing JSON and freeze checks', () => {
  it('finds what does not survive JSON', () => {
    expect(testing.checkJsonRoundTrip({ a: [1, { b: 'x' }], c: null }).ok).toBe(true);
    expect(testing.checkJsonRoundTrip({ a: new Date(0) })).toMatchObject({ ok: false, path: '$.a' });
    expect(testing.checkJsonRoundTrip({ a: { b: undefined } })).toMatchObject({ ok: false, path: '$.a.b' });
    expect(testing.checkJsonRoundTrip({ a: [Number.NaN] })).toMatchObject({ ok: false, path: '$.a[0]' });
    expect(testing.checkJsonRoundTrip({ m: new Map() })).toMatchObject({ ok: false, path: '$.m' });
    expect(() => testing.assertJsonRoundTrip({ f: () => 1 })).toThrow(/\$\.f/);
  });

  it('tells deeply frozen values apart', () => {
    expect(testing.isDeeplyFrozen(core.deepFreeze({ a: [{ b: 1 }] }))).toBe(true);
    expect(testing.isDeeplyFrozen(Object.freeze({ a: [{ b: 1 }] }))).toBe(false);
  });
});
