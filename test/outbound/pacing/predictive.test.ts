import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';
import { brakeOf, surplusOf } from '../../../src/outbound/pacing/surplus.js';
import { apply, warmPacer } from './warm-pacer.js';

const { pacing } = outbound;
type State = outbound.pacing.PacingState;

const rule = pacing.abandonRules.fcc;

function surplus(s: State): number {
  return surplusOf(pacing.windowCounts(s.ledger, rule.window, s.lastAt), rule);
}

function floorOf(s: State): number {
  return Math.min(pacing.progressiveCalls(s), pacing.lineCap(s));
}

describe('predictive learning phase', () => {
  it('stays progressive while more calls ring than have resolved (only the quick outcomes are known)', () => {
    const s = warmPacer({ answers: 400, ringing: 1_300 });
    expect(s.ringingCount).toBeGreaterThan(s.stats.outcomes);
    expect(s.stats.talkSamples).toBeGreaterThanOrEqual(2 * (s.talking + s.wrapUp));
    expect(pacing.decide(s, s.lastAt).reason).toBe('learning');
  });

  it('stays progressive until about two calls per busy agent have ended (the first talks to end are the short ones)', () => {
    const warm = warmPacer({ answers: 400 });
    expect(pacing.decide(warm, warm.lastAt).reason).not.toBe('learning');
    // The same history with fewer completed talks than twice the busy agents: learning again.
    const few = warmPacer({ answers: 400, agents: 250, talking: 240 });
    expect(few.stats.talkSamples).toBeLessThan(2 * (few.talking + few.wrapUp));
    expect(pacing.decide(few, few.lastAt)).toEqual({ place: pacing.progressiveCalls(few), reason: 'learning', minRingSeconds: 15 });
  });
});

describe('predictive compliance', () => {
  it('falls back to progressive when not one more abandon fits the window', () => {
    // 130 answers, 4 abandons: 3.1%, over the rule: the headroom is 0.
    const s = warmPacer({ answers: 130, abandons: 4 });
    expect(pacing.headroom(s.ledger, rule, s.lastAt)).toBe(0);
    expect(pacing.decide(s, s.lastAt)).toEqual({ place: floorOf(s), reason: 'near-target', minRingSeconds: 15 });
  });

  it('the brake is 1 from the set point up and falls steadily below it', () => {
    expect(brakeOf(8)).toBe(1);
    expect(brakeOf(30)).toBe(1);
    fc.assert(
      fc.property(fc.double({ min: -50, max: 8, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true }), (s, d) => {
        const b = brakeOf(s);
        expect(b).toBeGreaterThan(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(brakeOf(s - d)).toBeLessThan(b);
      }),
    );
  });

  it('surplus is the unrounded headroom: what the window could still take now', () => {
    expect(surplusOf({ answers: 100, abandons: 0, rate: 0 }, rule)).toBeCloseTo(3 / 0.97, 12);
    expect(surplusOf({ answers: 100, abandons: 5, rate: 0.05 }, rule)).toBeLessThan(0);
    // headroom is its floor, never below 0.
    for (const [a, b] of [[100, 0], [1000, 17], [34, 1], [50, 3]] as const) {
      expect(pacing.headroomOf(a, b, 0.03)).toBe(Math.max(0, Math.floor(surplusOf({ answers: a, abandons: b, rate: 0 }, rule) + 1e-9)));
    }
  });

  it('places no more calls when the window holds less surplus, everything else equal', () => {
    const richer = warmPacer({ answers: 400, ringing: 2 });
    const poorer = warmPacer({ answers: 400, abandons: 8, ringing: 2 });
    expect(surplus(richer)).toBeGreaterThan(surplus(poorer));
    const a = pacing.decide(richer, richer.lastAt);
    const b = pacing.decide(poorer, poorer.lastAt);
    expect(b.place).toBeLessThanOrEqual(a.place);
    expect(a.place).toBeGreaterThan(floorOf(richer));
  });

  it('anti-windup: while the brake bites the gain may fall but not climb; while learning it holds still', () => {
    const braking = warmPacer({ answers: 130 });
    expect(brakeOf(surplus(braking))).toBeLessThan(0.5);
    const free = warmPacer({ answers: 400 });
    expect(brakeOf(surplus(free))).toBe(1);
    const connect = (s: State): State => {
      const at = s.lastAt + 1_000;
      return apply(s, { type: 'dialed', at, callId: 'x' }, { type: 'answered', at, callId: 'x' }, { type: 'connected', at, callId: 'x', agentId: 'a19' });
    };
    const abandon = (s: State): State => {
      const at = s.lastAt + 1_000;
      return apply(s, { type: 'dialed', at, callId: 'x' }, { type: 'answered', at, callId: 'x' }, { type: 'abandoned', at: at + 2_000, callId: 'x' });
    };
    expect(connect(braking).control.gain).toBe(braking.control.gain);
    expect(abandon(braking).control.gain).toBeLessThan(braking.control.gain);
    expect(connect(free).control.gain).toBeGreaterThan(free.control.gain);
    expect(abandon(free).control.gain).toBeLessThan(free.control.gain);
    // Learning (here: more calls ringing than resolved): neither moves it.
    const learningState = warmPacer({ answers: 400, ringing: 1_300 });
    expect(pacing.decide(learningState, learningState.lastAt).reason).toBe('learning');
    expect(connect(learningState).control.gain).toBe(learningState.control.gain);
    expect(abandon(learningState).control.gain).toBe(learningState.control.gain);
  });
});

describe('predictive plan', () => {
  const warm = warmPacer({ answers: 400 });

  it('places at least the progressive floor and at most the line cap, the same answer every time', () => {
    fc.assert(
      fc.property(fc.nat(60_000), fc.nat(20), (dt, ringing) => {
        const s = ringing === 6 ? warm : warmPacer({ answers: 400, ringing });
        const at = s.lastAt + dt;
        const d = pacing.decide(s, at);
        expect(d.place).toBeGreaterThanOrEqual(floorOf(s));
        expect(d.place).toBeLessThanOrEqual(Math.max(floorOf(s), pacing.lineCap(s)));
        expect(pacing.decide(s, at)).toEqual(d);
      }),
      { numRuns: 40 },
    );
  });

  it('places fewer calls the more are already ringing', () => {
    const places = [0, 4, 8, 16, 32].map((ringing) => {
      const s = warmPacer({ answers: 400, ringing });
      return pacing.decide(s, s.lastAt).place;
    });
    for (let i = 1; i < places.length; i++) expect(places[i]).toBeLessThanOrEqual(places[i - 1] ?? 0);
    expect(places[0]).toBeGreaterThan(places[places.length - 1] ?? 0);
  });

  it('gives the same decision for a state restored from JSON', () => {
    const restored = JSON.parse(JSON.stringify(warm)) as State;
    for (const dt of [0, 1_500, 9_000]) expect(pacing.decide(restored, warm.lastAt + dt)).toEqual(pacing.decide(warm, warm.lastAt + dt));
  });
});

describe('predictive shifts', () => {
  it('keeps a fresh campaign within 3% over short shifts, and ahead of progressive on occupancy', () => {
    const scenario = { ...outbound.sim.defaultScenario(), agents: 20, shiftHours: 2 };
    for (const seed of [1, 2, 3]) {
      const p = outbound.sim.simulate(scenario, { seed });
      const base = outbound.sim.simulate(scenario, { seed, strategy: { mode: 'progressive' } });
      if (!p.ok || !base.ok) throw new Error('simulation refused');
      expect(p.value.abandonment.rate).toBeLessThanOrEqual(0.03);
      expect(p.value.occupancy).toBeGreaterThan(base.value.occupancy);
    }
  });
});
