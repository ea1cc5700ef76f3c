import { describe, expect, it } from 'vitest';
import { logout } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import { isDocumentedRefusal } from '../fuzz/functions.js';

// Issue 14: the test kit never throws an undocumented error. A value its types rule out (a non-machine,
// a list that is not an array, a state that is not JSON) is a RangeError that names the helper and the
// value's kind, and that the fuzzer counts as the documented refusal (`@throws RangeError`).
const input = { at: 0, campaign: { mode: 'predictive', running: true } } as const;
const notMachines: readonly unknown[] = [undefined, null, 42, 'machine', {}, { start: 1, transition: 2 }, [], () => undefined];

const calls: readonly (readonly [string, (bad: unknown) => unknown])[] = [
  ['testing.run', (bad) => testing.run(bad as never, input, [])],
  ['testing.advance', (bad) => testing.advance(bad as never, {}, undefined, 10)],
  ['testing.runUntil', (bad) => testing.runUntil(bad as never, input, [], 10)],
  ['testing.checkMachineLaws', (bad) => testing.checkMachineLaws(bad as never, [])],
  ['testing.assertMachineLaws', (bad) => testing.assertMachineLaws(bad as never, [])],
];

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectRefusal(path: string, error: unknown): void {
  expect(error).toBeInstanceOf(RangeError);
  expect((error as RangeError).message.startsWith(`${path}: `)).toBe(true);
  expect((error as RangeError).message.length).toBeLessThan(400);
  expect(isDocumentedRefusal(path, error)).toBe(true);
}

describe.each(calls)('%s', (path, f) => {
  it.each(notMachines.map((v, i) => [i, v] as const))('refuses non-machine #%d with the documented RangeError', (_i, bad) => {
    expectRefusal(path, thrown(() => f(bad)));
  });
});

describe('the other arguments', () => {
  it('run and runUntil refuse events that are not an array, and a refused start', () => {
    expectRefusal('testing.run', thrown(() => testing.run(logout.machine, input, 'events' as never)));
    expectRefusal('testing.runUntil', thrown(() => testing.runUntil(logout.machine, input, null as never, 5)));
    const refused = thrown(() => testing.run(logout.machine, { at: Number.NaN } as never, []));
    expectRefusal('testing.run', refused);
    expect((refused as RangeError).message).toContain('start refused its input: invalid-input');
  });

  it('advance refuses an until, a wake or a maxTicks that is not a number', () => {
    const story = testing.run(logout.machine, input, []);
    expectRefusal('testing.advance', thrown(() => testing.advance(logout.machine, story.state, undefined, 'soon' as never)));
    expectRefusal('testing.advance', thrown(() => testing.advance(logout.machine, story.state, {} as never, 5)));
    expectRefusal('testing.advance', thrown(() => testing.advance(logout.machine, story.state, undefined, 5, Number.NaN)));
    expect(testing.advance(logout.machine, story.state, undefined, 5).state.lastAt).toBe(5);
  });

  it('pendingWake refuses a list that is not an array and reads no getter', () => {
    for (const bad of [undefined, null, 5, 'wake', { length: 1 }]) expectRefusal('testing.pendingWake', thrown(() => testing.pendingWake(bad as never)));
    const trap = { type: 'wake', get at(): number { throw new Error('read'); } };
    expect(testing.pendingWake([trap, { type: 'wake', at: 7 }])).toBe(7);
  });

  it('assertJsonRoundTrip refuses undefined, a cycle and a bigint with the documented RangeError', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    for (const bad of [undefined, cycle, { n: BigInt(1) }, { d: new Date(0) }, () => 1]) {
      expectRefusal('testing.assertJsonRoundTrip', thrown(() => testing.assertJsonRoundTrip(bad)));
    }
    expect(testing.assertJsonRoundTrip({ a: [1] })).toEqual({ a: [1] });
  });

  it('checkJsonRoundTrip and isDeeplyFrozen are total on cycles, deep nesting and throwing getters', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const trap = Object.freeze({ get x(): number { throw new Error('read'); } });
    expect(testing.checkJsonRoundTrip(deep).ok).toBe(false);
    expect(testing.checkJsonRoundTrip(undefined)).toEqual({ ok: false, path: '$', reason: 'not JSON: nothing' });
    expect(testing.checkJsonRoundTrip(cycle).ok).toBe(false);
    expect(testing.isDeeplyFrozen(Object.freeze({ inner: cycle }))).toBe(false);
    const frozenCycle: { self?: unknown } = {};
    frozenCycle.self = frozenCycle;
    expect(testing.isDeeplyFrozen(Object.freeze(frozenCycle))).toBe(true);
    expect(testing.isDeeplyFrozen(trap)).toBe(false);
    expect(testing.isDeeplyFrozen(deep)).toBe(false);
  });
});
