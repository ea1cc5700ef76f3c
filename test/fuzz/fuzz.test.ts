/**
 * The short, deterministic version of `npm run fuzz`: every machine of the adapter table driven in
 * process with a fixed seed and a fixed number of sequences (4 hostile passes over each), and the
 * records and simulator functions called with hostile arguments.
 *
 * Checked here, for every machine: a refusal returns the very same state, its code is kebab-case (and
 * in the machine's `codes` where it publishes them), and no caller-owned object is frozen. Checked for
 * the machines that already hold it: nothing throws.
 *
 * Deferred (they fail on this branch and belong to the machine-contract work of issue 14; `npm run
 * fuzz` still counts them): `valid-at` (an `at` of 1e300, 2^53+2 or a getter read twice is accepted),
 * `frozen-json` (the NaN such a getter leaves in the state), `restore` (the state such a NaN leaves
 * cannot be restored), and `no-throw` for callback.lifecycle (desiredAt 2^53+2), outbound.campaigns
 * (deeply nested mode), outbound.interaction (requestId with a `toString` key) and outbound.reschedule
 * (internal assertion on a NaN instant).
 */
import { describe, expect, it } from 'vitest';
import { fuzzMachine, type Law } from './drive.js';
import { areas, callAt, callLabel, callOnce, documentedThrows, exportedFunctions, isDocumentedRefusal } from './functions.js';
import { fuzzMachines } from './machines.js';
import { runTarget } from './runner.js';
import { emptyTally } from './tally.js';

const SEED = 20_261_202;
const SEQUENCES = 40;
const DEFERRED: ReadonlySet<Law> = new Set<Law>(['valid-at', 'frozen-json', 'restore']);
const THROWS_ON_THIS_BRANCH: ReadonlySet<string> = new Set(['callback.lifecycle', 'outbound.campaigns', 'outbound.interaction', 'outbound.reschedule']);

describe('fuzz: every machine, hostile events mixed into accepted sequences', () => {
  for (const m of fuzzMachines) {
    it(`${m.id}: refusals keep the state with a kebab-case code, no caller object is frozen${THROWS_ON_THIS_BRANCH.has(m.id) ? '' : ', nothing throws'}`, () => {
      const skip = new Set<Law>(DEFERRED);
      if (THROWS_ON_THIS_BRANCH.has(m.id)) skip.add('no-throw');
      const t = fuzzMachine(m, { seed: SEED, until: Number.POSITIVE_INFINITY, maxSequences: SEQUENCES, skip });
      expect(t.units).toBeGreaterThan(SEQUENCES);
      expect({ violations: t.violations, exceptions: t.exceptions, freezes: t.freezes }, t.examples.join('\n')).toEqual({ violations: 0, exceptions: 0, freezes: 0 });
    });
  }
});

describe('fuzz: records and simulator functions with hostile arguments', () => {
  const mine = exportedFunctions('outbound').filter((f) =>
    /^outbound\.(records\.(parseRecord|parseFieldDeclarations|fieldFromString|checkFieldChanges|isFieldValue|isCalendarDate)|sim\.(simulate|parseScenario|defaultScenario))$/.test(f.path),
  );

  it('finds the functions it is meant to call', () => {
    expect(mine.map((f) => f.path).sort()).toEqual(
      ['records.checkFieldChanges', 'records.fieldFromString', 'records.isCalendarDate', 'records.isFieldValue', 'records.parseFieldDeclarations', 'records.parseRecord', 'sim.defaultScenario', 'sim.parseScenario', 'sim.simulate'].map((p) => `outbound.${p}`),
    );
  });

  it('never throws, freezes an argument or gives a code that is not kebab-case', () => {
    const t = emptyTally();
    for (let i = 0; i < 600; i++) {
      const { target, args } = callAt(mine, SEED, i);
      callOnce(t, target, args, callLabel(target, SEED, i, args));
    }
    expect(t.units).toBe(600);
    expect({ violations: t.violations, exceptions: t.exceptions, freezes: t.freezes }, t.examples.join('\n')).toEqual({ violations: 0, exceptions: 0, freezes: 0 });
  });

  it('time, records and treatments helpers: only their documented RangeError refusals, never another throw (issues 14, 16)', () => {
    const fns = [
      ...exportedFunctions('time'),
      ...exportedFunctions('outbound').filter((f) => /^outbound\.(codeOf|nameOf|isCallResult|chainOf|nextInChain|updateFields|recordWindow|nextAttempt|attemptSchedule|parseTreatments)$/.test(f.path)),
    ];
    const t = emptyTally();
    for (let i = 0; i < 1500; i++) {
      const { target, args } = callAt(fns, SEED, i);
      callOnce(t, target, args, callLabel(target, SEED, i, args));
    }
    expect({ violations: t.violations, exceptions: t.exceptions, freezes: t.freezes }, t.examples.join('\n')).toEqual({ violations: 0, exceptions: 0, freezes: 0 });
  });

  it('reads the documented refusals from the TSDoc: a RangeError of that function counts, any other throw does not', () => {
    expect(documentedThrows.has('time:addDays')).toBe(true);
    expect(documentedThrows.has('time:parseDate')).toBe(false);
    expect(isDocumentedRefusal('time.addDays', new RangeError('time.addDays: expected a date, not null'))).toBe(true);
    expect(isDocumentedRefusal('time.addDays', new TypeError('time.addDays: x'))).toBe(false);
    expect(isDocumentedRefusal('time.parseDate', new RangeError('time.parseDate: x'))).toBe(false);
    expect(Object.keys(areas)).toEqual(['core', 'time', 'logout', 'callback', 'webcallback', 'outbound', 'genesys', 'testing']);
  });

  it('reports a throw, a frozen argument and a bad code when a function has them', () => {
    const t = emptyTally();
    const bad = {
      path: 'bad',
      fn: (x: unknown): unknown => {
        if (x === 1) throw new Error('boom');
        if (typeof x === 'object' && x !== null) Object.freeze(x);
        return { ok: false, error: { code: 'Not Kebab' } };
      },
    };
    callOnce(t, bad, [1], 'bad(1)');
    callOnce(t, bad, [{ a: 1 }], 'bad({a: 1})');
    expect([t.exceptions, t.freezes, t.violations]).toEqual([1, 1, 1]);
  });
});

describe('fuzz: the child-process watchdog', () => {
  it('reports a unit that never returns and one that kills its process, and goes on after each', async () => {
    const t = await runTarget({ kind: 'selftest', target: 'selftest' }, { seed: 1, seconds: 30, timeoutMs: 1000 });
    expect(t.units).toBe(4);
    expect(t.hangs).toBe(2);
    expect(t.examples.join('\n')).toMatch(/selftest unit 1: no return after 1000 ms[\s\S]*selftest unit 3: the process died/);
  }, 120_000);
});
