import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { core, outbound } from '../../../src/index.js';

const { sim } = outbound;
const short = { ...sim.defaultScenario(), agents: 8, shiftHours: 0.5 };

/** The report of a run, or a thrown error naming the refusal (so a refused run fails the test). */
function reportOf(r: ReturnType<typeof sim.simulate>): outbound.sim.SimReport {
  if (!r.ok) throw new Error(`the run was refused: ${r.error.code} ${r.error.message}`);
  return r.value;
}

describe('simulator', () => {
  it('gives the same report for the same seed, and another for another seed', () => {
    for (const strategy of [undefined, { mode: 'progressive' }, { mode: 'adaptive' }] as const) {
      const options = strategy === undefined ? { seed: 11 } : { seed: 11, strategy };
      const a = reportOf(sim.simulate(short, options));
      const b = reportOf(sim.simulate(JSON.parse(JSON.stringify(short)) as unknown, options));
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      const c = reportOf(sim.simulate(short, { ...options, seed: 12 }));
      expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
    }
  });

  it('reports consistent figures', () => {
    const r = sim.simulate(short, { seed: 3, strategy: { mode: 'progressive' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value;
    expect(v.occupancy).toBeGreaterThan(0.3);
    expect(v.occupancy).toBeLessThanOrEqual(1);
    expect(v.abandonment.abandoned).toBe(0);
    expect(v.connects).toBeLessThanOrEqual(v.abandonment.answered - v.abandonment.abandoned);
    expect(v.connects).toBeGreaterThan(0);
    expect(v.dials).toBeGreaterThanOrEqual(v.connects);
    expect(v.peakLinesPerAgent).toBeLessThanOrEqual(1);
    expect(v.customerWait.meanSeconds).toBe(0);
    expect(v.timeline).toHaveLength(48);
    expect(v.timeline.reduce((n, p) => n + p.answered, 0)).toBe(v.abandonment.answered);
    expect(v.decisions.progressive).toBeGreaterThan(0);
    expect(v.talkMinutesPerAgentHour).toBeCloseTo(v.occupancy * 60, 0);
  });

  it('predictive keeps more agents busy than progressive on the same scenario', () => {
    const scenario = { ...sim.defaultScenario(), agents: 20, shiftHours: 1.5 };
    const p = sim.simulate(scenario, { seed: 5, strategy: { mode: 'progressive' } });
    const q = sim.simulate(scenario, { seed: 5 });
    expect(p.ok && q.ok).toBe(true);
    if (!p.ok || !q.ok) return;
    expect(q.value.occupancy).toBeGreaterThan(p.value.occupancy);
    expect(q.value.abandonment.rate).toBeLessThanOrEqual(0.03);
  });

  it('places no calls when every agent has logged out, and survives breaks and hit-rate drops', () => {
    const scenario = {
      ...sim.defaultScenario(),
      agents: 10,
      shiftHours: 1,
      staffChanges: [{ atHours: 0.5, agents: -10 }],
      breaks: { everyMinutes: 20, minutes: 5 },
      hitRateChanges: [
        { atHours: 0.2, hitRate: 0.3 },
        { atHours: 0.21, hitRate: 0.02 },
        { atHours: 0.3, hitRate: 0.02 },
        { atHours: 0.31, hitRate: 0.3 },
      ],
    };
    const r = sim.simulate(scenario, { seed: 9 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const late = r.value.timeline.filter((p) => p.fromMinute >= 35);
    expect(late.every((p) => p.answered === 0)).toBe(true);
    expect(r.value.peakLinesPerAgent).toBeLessThanOrEqual(3);
    expect(r.value.abandonment.rate).toBeLessThan(0.1);
  });

  it('refuses bad scenarios with the field path', () => {
    const cases: [unknown, string][] = [
      [{ agents: 0 }, 'scenario.agents'],
      [{ agents: 2.5 }, 'scenario.agents'],
      [{ shiftHours: -1 }, 'scenario.shiftHours'],
      [{ hitRate: 1.5 }, 'scenario.hitRate'],
      [{ ringTimeoutSeconds: 0.5 }, 'scenario.ringTimeoutSeconds'],
      [{ talkSeconds: { kind: 'exponential', mean: -3 } }, 'scenario.talkSeconds.mean'],
      [{ talkSeconds: { kind: 'gamma' } }, 'scenario.talkSeconds.kind'],
      [{ answerSeconds: { kind: 'uniform', min: 10, max: 5 } }, 'scenario.answerSeconds.max'],
      [{ nonLive: [{ result: 'busy', share: 1, seconds: { kind: 'fixed', seconds: 3 } }, { result: '', share: 1, seconds: { kind: 'fixed', seconds: 3 } }] }, 'scenario.nonLive[1].result'],
      [{ amd: { enabled: 'yes', falsePositiveRate: 0 } }, 'scenario.amd.enabled'],
      [{ hitRateChanges: [{ atHours: 2, hitRate: 0.1 }, { atHours: 1, hitRate: 0.2 }] }, 'scenario.hitRateChanges[1].atHours'],
      [{ staffChanges: [{ atHours: 1, agents: 0 }] }, 'scenario.staffChanges[0].agents'],
      [{ colour: 'red' }, 'scenario.colour'],
      [{ wrapSeconds: { kind: 'fixed', seconds: Number.NaN } }, 'scenario.wrapSeconds.seconds'],
    ];
    for (const [input, path] of cases) {
      const r = sim.parseScenario(input);
      expect(r.ok, path).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-scenario');
        expect((r.error.details as { path: string }).path).toBe(path);
      }
      const run = sim.simulate(input, { seed: 1 });
      expect(run.ok).toBe(false);
    }
    expect(sim.simulate(short, { seed: 1.5 }).ok).toBe(false);
    const badStrategy = sim.simulate(short, { seed: 1, strategy: { mode: 'power', ratio: 9 } });
    expect(badStrategy.ok ? '' : badStrategy.error.code).toBe('invalid-config');
  });

  it("gives up no call before the pacer's ring minimum (issue 20)", () => {
    const quick = { ...short, ringTimeoutSeconds: 10 };
    expect(sim.parseScenario(quick).ok).toBe(true);
    const refused = sim.simulate(quick, { seed: 1, strategy: { mode: 'progressive' } });
    expect(refused.ok ? 'ran' : [refused.error.code, refused.error.path]).toEqual(['invalid-scenario', '$.scenario.ringTimeoutSeconds']);
    // Without a preset a campaign may set a shorter ring minimum; under the US preset it may not (15 s).
    expect(sim.simulate(quick, { seed: 1, strategy: { mode: 'progressive', minRingSeconds: 10 } }).ok).toBe(true);
    const us = sim.simulate(quick, { seed: 1, strategy: { mode: 'progressive', preset: 'us', minRingSeconds: 10 } });
    expect(us.ok ? 'ran' : [us.error.code, us.error.path]).toEqual(['invalid-config', '$.options.strategy.minRingSeconds']);
  });

  it('counts AMD false positives apart and sends machines to agents when AMD is off', () => {
    const nonLive = [
      { result: 'no-answer', share: 0.6, seconds: { kind: 'fixed', seconds: 20 } },
      { result: 'answering-machine', share: 0.4, seconds: { kind: 'uniform', min: 8, max: 14 } },
    ] as const;
    const on = sim.simulate({ ...short, nonLive, amd: { enabled: true, falsePositiveRate: 0.1, machineSeconds: 10 } }, { seed: 2, strategy: { mode: 'progressive' } });
    const off = sim.simulate({ ...short, nonLive, amd: { enabled: false, falsePositiveRate: 0, machineSeconds: 10 } }, { seed: 2, strategy: { mode: 'progressive' } });
    expect(on.ok && off.ok).toBe(true);
    if (!on.ok || !off.ok) return;
    expect(on.value.abandonment.amdFalsePositives).toBeGreaterThan(0);
    expect(off.value.abandonment.amdFalsePositives).toBe(0);
    expect(off.value.connects).toBeGreaterThan(on.value.connects);
  });

  it('uses every bit of a safe-integer seed, and keeps the reports of 32-bit seeds', () => {
    const tiny = { ...short, agents: 3, shiftHours: 0.2 };
    const strip = (r: ReturnType<typeof sim.simulate>): string => (r.ok ? JSON.stringify({ ...r.value, seed: 0 }) : r.error.code);
    expect(strip(sim.simulate(tiny, { seed: 1 }))).not.toBe(strip(sim.simulate(tiny, { seed: 2 ** 32 + 1 })));
    expect(strip(sim.simulate(tiny, { seed: -1 }))).not.toBe(strip(sim.simulate(tiny, { seed: 2 ** 32 - 1 })));
    expect(strip(sim.simulate(tiny, { seed: 2 ** 53 - 1 }))).not.toBe(strip(sim.simulate(tiny, { seed: -(2 ** 53 - 1) })));
    // Figures of a run before seeds used more than 32 bits: a 32-bit seed gives the report it gave.
    const pinned = sim.simulate({ ...short, shiftHours: 0.5 }, { seed: 7, strategy: { mode: 'progressive' }, slices: 10 });
    expect(pinned.ok && [pinned.value.dials, pinned.value.connects, pinned.value.occupancy]).toEqual([223, 69, 0.7375599471028645]);
  });

  it('refuses a call cycle that can take no time instead of looping at one instant', () => {
    const zero = { ...short, hitRate: 1, talkSeconds: { kind: 'fixed', seconds: 0 }, answerSeconds: { kind: 'fixed', seconds: 0 } };
    const parsed = sim.parseScenario(zero);
    expect(parsed.ok ? '' : (parsed.error.details as { path: string }).path).toBe('scenario.talkSeconds');
    const r = sim.simulate(zero, { seed: 1, strategy: { mode: 'progressive' } });
    expect(r.ok ? '' : r.error.code).toBe('invalid-scenario');
    const machines = { ...short, nonLive: [{ result: 'answering-machine', share: 1, seconds: { kind: 'fixed', seconds: 0 } }], amd: { enabled: false, falsePositiveRate: 0, machineSeconds: 0 } };
    const m = sim.parseScenario(machines);
    expect(m.ok ? '' : (m.error.details as { path: string }).path).toBe('scenario.amd.machineSeconds');
    // The shortest cycle accepted runs to the end.
    const oneSecond = sim.simulate({ ...zero, agents: 2, shiftHours: 0.05, talkSeconds: { kind: 'fixed', seconds: 1 } }, { seed: 1, strategy: { mode: 'progressive' } });
    expect(oneSecond.ok && oneSecond.value.connects).toBeGreaterThan(300);
  });

  it('refuses durations the clock cannot resolve, and runs the most skewed lognormal it accepts', () => {
    const tiny = sim.simulate({ ...short, talkSeconds: { kind: 'lognormal', mean: 1e-300, sd: 1 } }, { seed: 1 });
    expect(tiny.ok ? '' : (tiny.error.details as { path: string }).path).toBe('scenario.talkSeconds.mean');
    const skewed = sim.simulate({ ...short, agents: 2, shiftHours: 0.2, talkSeconds: { kind: 'lognormal', mean: 0.001, sd: 86_400 } }, { seed: 1 });
    expect(skewed.ok).toBe(true);
    if (skewed.ok) expect(Number.isFinite(skewed.value.occupancy) && Number.isFinite(skewed.value.talkMinutesPerAgentHour)).toBe(true);
  });

  it('refuses a shift that would end past the last instant, and runs one that ends on it', () => {
    const last = core.maxInstant;
    const late = sim.parseScenario({ ...short, shiftHours: 2, startAt: last - 3_600_000 });
    expect(late.ok ? '' : (late.error.details as { path: string }).path).toBe('scenario.startAt');
    const edge = sim.simulate({ ...short, agents: 3, shiftHours: 0.05, startAt: last - 0.05 * 3_600_000 }, { seed: 1 });
    expect(edge.ok).toBe(true);
  });

  it('refuses work it could not finish or hold, and options it cannot use', () => {
    const path = (r: ReturnType<typeof sim.simulate>): string => (r.ok ? 'ran' : `${r.error.code} ${(r.error.details as { path: string }).path}`);
    expect(path(sim.simulate({ ...short, agents: 1000, shiftHours: 24, talkSeconds: { kind: 'fixed', seconds: 1 } }, { seed: 1 }))).toBe('invalid-scenario scenario');
    const fastBusy = { ...short, agents: 1000, shiftHours: 24, hitRate: 0, nonLive: [{ result: 'busy', share: 1, seconds: { kind: 'fixed', seconds: 0 } }], decideEverySeconds: 0.1 };
    expect(sim.parseScenario(fastBusy).ok).toBe(true);
    expect(path(sim.simulate(fastBusy, { seed: 1, strategy: { mode: 'power', ratio: 20, maxLinesPerAgent: 20 } }))).toBe('invalid-scenario scenario');
    const many = Array.from({ length: 1001 }, () => ({ atHours: 0.1, agents: 1 }));
    expect(path(sim.simulate({ ...short, staffChanges: many }, { seed: 1 }))).toBe('invalid-scenario scenario.staffChanges');
    expect(path(sim.simulate(short, { seed: 1, onProgress: 5 } as unknown as outbound.sim.RunOptions))).toBe('invalid-config options.onProgress');
    expect(path(sim.simulate(short, { seed: 2 ** 53 }))).toBe('invalid-seed options.seed');
  });

  it('runs to the end every scenario the parser accepts, however degenerate its durations', () => {
    const durations = fc.constantFrom(
      { kind: 'fixed', seconds: 0 },
      { kind: 'fixed', seconds: 0.001 },
      { kind: 'fixed', seconds: 1 },
      { kind: 'fixed', seconds: 30 },
      { kind: 'exponential', mean: 0.001 },
      { kind: 'exponential', mean: 2 },
      { kind: 'lognormal', mean: 0.001, sd: 86_400 },
      { kind: 'lognormal', mean: 1, sd: 0.001 },
      { kind: 'uniform', min: 0, max: 0 },
      { kind: 'uniform', min: 0, max: 2 },
    );
    const scenario = fc.record({
      agents: fc.integer({ min: 1, max: 4 }),
      shiftHours: fc.constantFrom(0.01, 0.05),
      hitRate: fc.constantFrom(0, 0.5, 1),
      answerSeconds: durations,
      talkSeconds: durations,
      wrapSeconds: durations,
      nonLive: fc.constantFrom(
        [{ result: 'no-answer', share: 1, seconds: { kind: 'fixed', seconds: 0 } }],
        [{ result: 'answering-machine', share: 1, seconds: { kind: 'fixed', seconds: 0 } }],
      ),
      amd: fc.record({ enabled: fc.boolean(), falsePositiveRate: fc.constantFrom(0, 0.5), machineSeconds: fc.constantFrom(0, 1) }),
      decideEverySeconds: fc.constantFrom(0.1, 1),
    });
    const strategy = fc.constantFrom<outbound.pacing.PacingConfig>({ mode: 'progressive' }, { mode: 'power', ratio: 20, maxLinesPerAgent: 20 }, { mode: 'adaptive' });
    let ran = 0;
    fc.assert(
      fc.property(scenario, strategy, fc.integer(), (s, st, seed) => {
        if (!sim.parseScenario(s).ok) return;
        const r = sim.simulate(s, { seed, strategy: st });
        if (r.ok) ran++;
        else expect([r.error.code, (r.error.details as { path: string }).path]).toEqual(['invalid-scenario', 'scenario']);
      }),
      { numRuns: 60, seed: 14 },
    );
    expect(ran).toBeGreaterThan(5);
  });
});
