import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';

const { sim } = outbound;
const base = { ...sim.defaultScenario(), agents: 8, shiftHours: 0.5 };

function report(scenario: unknown, strategy: outbound.pacing.PacingConfig): outbound.sim.SimReport {
  const r = sim.simulate(scenario, { seed: 5, strategy });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the simulator reports the rate each preset computes', () => {
  it('Ofcom adds AMD false positives to both counts; the US and Canada leave them out', () => {
    const amd = { ...base, amd: { enabled: true, falsePositiveRate: 0.2, machineSeconds: 10 } };
    const a = report(amd, { mode: 'power', ratio: 2 }).abandonment;
    expect(a.amdFalsePositives).toBeGreaterThan(0);
    expect(Object.keys(a.byPreset).sort()).toEqual(['ca', 'uk', 'us', 'us-debt', 'us-fl']);
    const us = a.byPreset.us;
    const uk = a.byPreset.uk;
    expect(us).toMatchObject({ rule: 'us.abandonment', limit: 0.03, window: '30d', answered: a.answered, abandoned: a.abandoned });
    expect(uk).toMatchObject({ rule: 'uk.abandonment', limit: 0.03, window: '24h', answered: a.answered + a.amdFalsePositives, abandoned: a.abandoned + a.amdFalsePositives });
    expect(uk?.rate).toBeGreaterThan(us?.rate ?? 1);
    expect(a.byPreset.ca?.limit).toBe(0.05);
  });
  it('with AMD off, machines answered are not live answers for any preset', () => {
    const machines = {
      ...base,
      nonLive: [
        { result: 'no-answer', share: 1, seconds: { kind: 'fixed', seconds: 20 } },
        { result: 'answering-machine', share: 1, seconds: { kind: 'fixed', seconds: 6 } },
      ],
      amd: { enabled: false, falsePositiveRate: 0, machineSeconds: 10 },
    };
    const a = report(machines, { mode: 'power', ratio: 2 }).abandonment;
    const us = a.byPreset.us;
    expect(us).toBeDefined();
    expect(us?.answered).toBeLessThan(a.answered);
    expect(us?.rate).toBeGreaterThanOrEqual(a.rate);
  });
  it('an Ofcom-paced shift brakes on AMD false positives the ledger now counts', () => {
    const amd = { ...base, amd: { enabled: true, falsePositiveRate: 0.1, machineSeconds: 10 } };
    const uk = report(amd, { mode: 'predictive', target: { abandonRate: 0.03, window: '24h' }, preset: 'uk' });
    const plain = report(amd, { mode: 'predictive', target: { abandonRate: 0.03, window: '24h' } });
    expect(uk.abandonment.amdFalsePositives).toBeGreaterThan(0);
    // The ledger (the pacer's own rule) counts them under the uk preset, not without it.
    expect(uk.abandonment.worstWindow.abandons).toBeGreaterThan(uk.abandonment.abandoned);
    expect(plain.abandonment.worstWindow.abandons).toBe(plain.abandonment.abandoned);
  });
});
