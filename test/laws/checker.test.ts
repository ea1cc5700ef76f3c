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

  it('catches a restore that freezes the JSON it was given, and a transition that freezes a state read back from JSON', () => {
    const freezingRestore = { ...logout.machine, restore: (json: unknown) => logout.machine.restore(Object.freeze(json)) };
    expect(lawsBroken(freezingRestore)).toContain('caller-objects');
    const freezingTransition: typeof logout.machine = {
      ...logout.machine,
      transition: (state, event) => logout.machine.transition(Object.isFrozen(state) ? state : (logout.machine.restore(Object.freeze(state)) as { value: typeof state }).value, event),
    };
    expect(lawsBroken(freezingTransition)).toContain('caller-objects');
  });

  it('catches an instant below 0 accepted (issue 14: every instant outside 0..maxInstant is invalid-instant)', () => {
    const m: typeof logout.machine = {
      ...logout.machine,
      transition: (state, event) => ((event as { at: unknown }).at === -1 ? { ok: true, state, effects: [] } : logout.machine.transition(state, event)),
    };
    expect(testing.checkMachineLaws(m, cases).failures.map((f) => f.message)).toContain('hostile event (tick at -1) was accepted');
  });

  it('catches a getter-valued at read twice', () => {
    const m: typeof logout.machine = {
      ...logout.machine,
      transition: (state, event) => {
        const first = (event as { at: unknown }).at;
        const second = (event as { at: unknown }).at;
        return logout.machine.transition(state, { ...event, at: Object.is(first, second) ? first : second } as typeof event);
      },
    };
    expect(lawsBroken(m)).toContain('instant-read-once');
  });
});
