/**
 * The short, deterministic version of `npm run fuzz`: every machine of the adapter table driven in
 * process with a fixed seed and a fixed number of sequences (4 hostile passes over each), and the
 * records and simulator functions called with hostile arguments.
 *
 * Checked here, for every machine, every law of `drive.ts`: nothing throws, a refusal returns the very
 * same state with a kebab-case code from the machine's `codes`, an accepted hostile event had a valid `at`
 * and left `lastAt` an instant, every state is deeply frozen JSON that `restore` gives back equal, and no
 * caller-owned object is frozen (issue 14: the laws once deferred here all hold now).
 */
import { describe, expect, it } from 'vitest';
import { fuzzMachine } from './drive.js';
import { areas, callAt, callLabel, callOnce, documentedThrows, exportedFunctions, isDocumentedRefusal } from './functions.js';
import { fuzzMachines } from './machines.js';
import { runTarget } from './runner.js';
import { emptyTally } from './tally.js';

const SEED = 20_261_202;
const SEQUENCES = 40;

describe('fuzz: every machine, hostile events mixed into accepted sequences', () => {
  for (const m of fuzzMachines) {
    it(`${m.id}: every law holds on hostile events, nothing throws, no caller object is frozen`, () => {
      const t = fuzzMachine(m, { seed: SEED, until: Number.POSITIVE_INFINITY, maxSequences: SEQUENCES });
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

  it('every exported function of every area: only documented RangeError refusals, no frozen argument, kebab-case codes (issue 14)', () => {
    for (const area of Object.keys(areas)) {
      const fns = exportedFunctions(area);
      const t = emptyTally();
      for (let i = 0; i < 4 * fns.length; i++) {
        const { target, args } = callAt(fns, SEED, i);
        callOnce(t, target, args, callLabel(target, SEED, i, args));
      }
      expect({ area, violations: t.violations, exceptions: t.exceptions, freezes: t.freezes }, t.examples.join('\n')).toEqual({ area, violations: 0, exceptions: 0, freezes: 0 });
    }
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
