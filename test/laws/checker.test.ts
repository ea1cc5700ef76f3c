import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';

const input: logout.LogoutInput = { at: 0, campaign: { mode: 'predictive', running: true } };
const cases = [{ input, events: [{ type: 'logout-requested', at: 1_000, source: 'main-window' } as const] }];

function lawsBroken(machine: typeof logout.machine): string[] {
  return testing.checkMachineLaws(machine, cases).failures.map((f) => f.law);
}

describe('checkMachineLaws', () => {
  it('passes the real logout machine', () => {
    expect(testing.checkMachineLaws(logout.machine, cases).ok).toBe(true);
  });

  it('catches a machine that throws', () => {
    const m = { ...logout.machine, transition: () => { throw new Error('boom'); } };
    expect(lawsBroken(m)).toContain('totality');
  });

  it('catches a code missing from the list', () => {
    expect(lawsBroken({ ...logout.machine, codes: ['logout-pending'] })).toContain('codes');
  });

  it('catches a restore that loses the state', () => {
    const m = { ...logout.machine, restore: (json: unknown) => logout.machine.restore({ ...(json as object), interactions: 7 }) };
    expect(lawsBroken(m as typeof logout.machine)).toContain('restore');
  });

  it('catches a refused tick and an accepted far-future instant', () => {
    const m: typeof logout.machine = {
      ...logout.machine,
      transition: (state, event) =>
        (event as { at: unknown }).at === 1e300
          ? { ok: true, state, effects: [] }
          : event.type === 'tick'
            ? { ok: false, state, effects: [], error: { code: 'event-not-allowed', message: 'no' } }
            : logout.machine.transition(state, event),
    };
    const broken = lawsBroken(m);
    expect(broken).toContain('tick');
    expect(broken).toContain('instant-range');
  });

  it('catches a machine that freezes its caller’s objects', () => {
    const m = { ...logout.machine, start: (i: logout.LogoutInput) => logout.machine.start(Object.freeze(i)) };
    const fresh = () => [{ input: { at: 0, campaign: { mode: 'predictive' as const, running: true } }, events: [] }];
    expect(testing.checkMachineLaws(m, fresh()).failures.map((f) => f.law)).toContain('caller-objects');
    expect(() => testing.assertMachineLaws(m, fresh())).toThrow(/caller-objects/);
  });
});
