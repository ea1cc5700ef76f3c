import type { Machine, Rejection, Started, Step, TickEvent } from '../core/index.js';
import { maxInstant } from '../core/instant.js';
import { isDeeplyFrozen } from './json.js';
import { requireArray, requireMachine } from './guard.js';
import { equal, reachableObjects, unfrozenObjects } from './plain.js';

/**
 * One concrete run to check the laws on: a machine's input and the events delivered after `start`.
 *
 * @example
 * ```ts
 * import type * as testing from 'dialdesk/testing';
 * const c: testing.LawCase<{ at: number }, { type: 'tick'; at: number }> = { input: { at: 0 }, events: [{ type: 'tick', at: 5 }] };
 * ```
 */
export interface LawCase<I, E> {
  /** What `start` is given. */
  readonly input: I;
  /** The events delivered in order (refused ones leave the state as it was). */
  readonly events: readonly E[];
}

/**
 * Options of {@link checkMachineLaws}.
 *
 * @example
 * ```ts
 * import type * as testing from 'dialdesk/testing';
 * const options: testing.LawOptions = { hostile: true, maxFailures: 5 };
 * ```
 */
export interface LawOptions {
  /** Also deliver hostile events (non-objects, bad instants, odd values) at every step. Default true. */
  readonly hostile?: boolean;
  /** Stop collecting failures after this many. Default 20. */
  readonly maxFailures?: number;
}

/**
 * One broken law: which law, where (case index and event index, `-1` for `start`), and what happened.
 *
 * @example
 * ```ts
 * import type * as testing from 'dialdesk/testing';
 * const f: testing.LawFailure = { law: 'totality', caseIndex: 0, eventIndex: 3, message: 'transition threw: boom' };
 * ```
 */
export interface LawFailure {
  /**
   * The law's name: `purity`, `totality`, `refusal`, `codes`, `tick`, `freeze`, `caller-objects` (the
   * machine froze an input, an event, the JSON given to `restore` or a state read back from JSON),
   * `json`, `restore`, `instant-range`, `instant-read-once` (a getter-valued `at` read more than once,
   * or answered otherwise than its plain value).
   */
  readonly law: string;
  /** Index of the case in the list given. */
  readonly caseIndex: number;
  /** Index of the event in the case, or -1 for `start`. */
  readonly eventIndex: number;
  /** What was observed. */
  readonly message: string;
}

/**
 * What {@link checkMachineLaws} found.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * const report = testing.checkMachineLaws(logout.machine, [
 *   { input: { at: 0, campaign: { mode: 'predictive', running: true } }, events: [{ type: 'logout-requested', at: 1_000, source: 'main-window' }] },
 * ]);
 * report.ok; // true
 * ```
 */
export interface LawReport {
  /** True when no law was broken. */
  readonly ok: boolean;
  /** The machine's id. */
  readonly machine: string;
  /** How many cases and transitions were checked. */
  readonly cases: number;
  /** How many transitions were delivered in all (real, hostile and probes). */
  readonly transitions: number;
  /** The broken laws, in the order found. */
  readonly failures: readonly LawFailure[];
}

// ------------------------------------------------------------------------------------------ plain-data helpers

/** A JSON snapshot to detect mutation; `undefined` when the value is not JSON (then mutation is not checked). */
function snapshot(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** True when an object of `value` (a fresh JSON copy the caller owns) was frozen. */
function anyFrozen(value: unknown): boolean {
  return reachableObjects(value).some((o) => Object.isFrozen(o));
}

/** A comparable summary of a step: ok, code, state and effects. */
function sameStep(a: Step<unknown, unknown, string>, b: Step<unknown, unknown, string>): boolean {
  if (a.ok !== b.ok) return false;
  if (!a.ok && !b.ok && a.error.code !== b.error.code) return false;
  return equal(a.state, b.state) && equal(a.effects, b.effects);
}

/** Events no machine may accept, each with the code it must be refused with (or any code). */
function hostileEvents(last: number): readonly (readonly [string, unknown, string | null])[] {
  let deep: unknown = [];
  for (let i = 0; i < 10_000; i += 1) deep = [deep];
  let reads = 0;
  const flaky = {
    type: 'tick',
    get at(): unknown {
      reads += 1;
      return reads === 1 ? last : 'garbage';
    },
  };
  const bare = Object.assign(Object.create(null) as object, { type: 'tick', at: 1e300 });
  return [
    ['null', null, null],
    ['a string', 'tick', null],
    ['an array', [], null],
    ['tick at 1e300', { type: 'tick', at: 1e300 }, 'invalid-instant'],
    ['tick past maxInstant', { type: 'tick', at: maxInstant + 1 }, 'invalid-instant'],
    ['tick at 2^53+2', { type: 'tick', at: 2 ** 53 + 2 }, 'invalid-instant'],
    ['tick at Infinity', { type: 'tick', at: Number.POSITIVE_INFINITY }, 'invalid-instant'],
    ['tick at -1', { type: 'tick', at: -1 }, 'invalid-instant'],
    ['tick at -8.64e15', { type: 'tick', at: -8.64e15 }, 'invalid-instant'],
    ['tick at NaN', { type: 'tick', at: Number.NaN }, 'invalid-instant'],
    ['tick at -0', { type: 'tick', at: -0 }, null],
    ['tick at a bigint', { type: 'tick', at: BigInt(last) }, 'invalid-instant'],
    ['tick at a string', { type: 'tick', at: String(last) }, 'invalid-instant'],
    ['a null-prototype tick at 1e300', bare, 'invalid-instant'],
    ['a symbol type', { type: Symbol('tick'), at: last }, null],
    ['a type with toString', { type: { toString: () => 'tick' }, at: last }, null],
    ['an unknown type', { type: 'no-such-event', at: last }, null],
    ['a deeply nested field', { type: 'no-such-event', at: last, value: deep }, null],
    ['a getter at', flaky, 'accepted-or-refused'],
  ];
}

// ------------------------------------------------------------------------------------------ the checker

/**
 * Checks the laws of the machine contract on concrete runs: `start` and `transition` are pure (the same
 * input twice gives equal answers; inputs and events are neither changed nor frozen) and total (never
 * throw, also on hostile events it injects itself); a refusal hands back the very same state with a code
 * from `machine.codes` and no effects; `tick` is accepted at any instant from the last one to
 * `maxInstant`; every state is deeply frozen JSON with a `version`; at every prefix,
 * `restore(JSON.parse(JSON.stringify(state)))` gives an equal state that answers the rest of the run
 * identically; `restore` refuses garbage with a code and a JSON path; an `at` outside the supported
 * range is refused as `invalid-instant` and leaves the machine usable.
 *
 * It needs no fast-check: give it cases (from your own fixtures, or sampled from `dialdesk/testing/arbitraries`).
 * Use {@link assertMachineLaws} to throw on the first report with failures.
 *
 * @throws RangeError when `machine` is not a machine (`id`, `codes`, `start`, `transition`, `restore`) or
 * `cases` is not an array.
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * const report = testing.checkMachineLaws(logout.machine, [
 *   { input: { at: 0, campaign: { mode: 'predictive', running: true } }, events: [{ type: 'logout-requested', at: 1_000, source: 'main-window' }] },
 * ]);
 * if (!report.ok) console.log(report.failures);
 * ```
 */
export function checkMachineLaws<I, S, E, X, C extends string>(
  machine: Machine<I, S, E, X, C>,
  cases: readonly LawCase<I, E | TickEvent>[],
  options: LawOptions = {},
): LawReport {
  requireMachine('checkMachineLaws', machine, true);
  requireArray('checkMachineLaws', 'an array of cases', cases);
  const failures: LawFailure[] = [];
  const max = options.maxFailures ?? 20;
  const hostile = options.hostile ?? true;
  const codes = new Set<string>(machine.codes);
  let transitions = 0;
  let caseIndex = 0;
  let eventIndex = -1;
  const broke = (law: string, message: string): void => {
    if (failures.length < max) failures.push({ law, caseIndex, eventIndex, message });
  };
  const attempt = <T>(law: string, what: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (error) {
      broke(law, `${what} threw: ${error instanceof Error ? error.message : typeof error}`);
      return undefined;
    }
  };
  const checkCode = (error: Rejection, what: string): void => {
    if (!codes.has(error.code) && error.code !== 'invalid-state') broke('codes', `${what} refused with '${error.code}', which is not in machine.codes`);
  };
  const deliver = (state: S, event: unknown, what: string): Step<S, X, C> | undefined => {
    transitions += 1;
    const step = attempt('totality', what, () => machine.transition(state, event as E));
    if (step === undefined) return undefined;
    if (!step.ok) {
      if (step.state !== state) broke('refusal', `${what} was refused but handed back another state object`);
      if (step.effects.length !== 0) broke('refusal', `${what} was refused with effects`);
      checkCode(step.error, what);
    } else if (step.state !== state && !isDeeplyFrozen(step.state)) {
      broke('freeze', `${what} gave a state that is not deeply frozen`);
    }
    return step;
  };
  const checkState = (state: S, what: string): void => {
    if (!isDeeplyFrozen(state)) broke('freeze', `${what}: the state is not deeply frozen`);
    const text = snapshot(state);
    if (text === undefined) return broke('json', `${what}: the state is not JSON`);
    if (!equal(JSON.parse(text), state)) broke('json', `${what}: the state changes in a JSON round trip`);
    const version = (state as { version?: unknown }).version;
    if (typeof version !== 'number') broke('json', `${what}: the state has no numeric version`);
  };

  for (const run of cases) {
    if (failures.length >= max) break;
    eventIndex = -1;
    const inputText = snapshot(run.input);
    const callerObjects = unfrozenObjects([run.input, run.events]);
    const started = attempt('totality', 'start', () => machine.start(run.input));
    const again = attempt('totality', 'start', () => machine.start(run.input));
    if (started === undefined || again === undefined) {
      caseIndex += 1;
      continue;
    }
    if (!equal(started, again)) broke('purity', 'start gave two different answers for the same input');
    if (snapshot(run.input) !== inputText) broke('purity', 'start changed its input');
    if (!started.ok) {
      checkCode(started.error, 'start');
      if ('state' in (started as Started<S, X, C> & object)) broke('refusal', 'a refused start handed back a state');
      caseIndex += 1;
      continue;
    }
    let state = started.state;
    checkState(state, 'start');
    let last = (run.input as { at?: unknown }).at;
    let lastAt = typeof last === 'number' ? last : 0;
    for (let i = 0; i <= run.events.length; i += 1) {
      if (failures.length >= max) break;
      eventIndex = i;
      const event = run.events[i];
      // Restore at this prefix: an equal state that answers the rest of the run identically.
      const saved = json(state);
      const restored = attempt('restore', 'restore', () => machine.restore(saved));
      if (anyFrozen(saved)) broke('caller-objects', 'restore froze the JSON it was given');
      // A state read back by the caller (not through restore) is the caller's object: never frozen by a transition.
      const readBack = json(state);
      deliver(readBack as S, { type: 'tick', at: lastAt }, 'tick on a state read back from JSON');
      if (anyFrozen(readBack)) broke('caller-objects', 'transition froze a state read back from JSON (the caller\'s object)');
      if (restored !== undefined) {
        if (!restored.ok) broke('restore', `restore refused a saved state: ${restored.error.code} at ${restored.error.path ?? '?'}`);
        else if (!equal(restored.value, state)) broke('restore', 'restore gave a state that differs from the saved one');
        else if (!isDeeplyFrozen(restored.value)) broke('freeze', 'restore gave a state that is not deeply frozen');
        else if (event !== undefined) {
          const a = deliver(state, event, `event ${i}`);
          const b = deliver(restored.value, event, `event ${i} after restore`);
          if (a !== undefined && b !== undefined && !sameStep(a, b)) broke('restore', `event ${i} is answered differently after restore`);
        }
      }
      // tick at the last instant and at the end of the range.
      for (const at of [lastAt, maxInstant]) {
        const step = deliver(state, { type: 'tick', at }, `tick at ${at}`);
        if (step !== undefined && !step.ok) broke('tick', `tick at ${at} was refused: ${step.error.code}`);
      }
      if (hostile) {
        for (const [name, bad, code] of hostileEvents(lastAt)) {
          const step = deliver(state, bad, `hostile event (${name})`);
          if (step === undefined || code === 'accepted-or-refused') continue;
          if (step.ok) broke('instant-range', `hostile event (${name}) was accepted`);
          else if (code !== null && step.error.code !== code) broke('instant-range', `hostile event (${name}) was refused with '${step.error.code}', not '${code}'`);
        }
        if (event !== undefined && typeof event === 'object' && event !== null) {
          for (const at of [1e300, maxInstant + 1, -1]) {
            const far = deliver(state, { ...(event as object), at }, `event ${i} with at ${at}`);
            if (far !== undefined && (far.ok || far.error.code !== 'invalid-instant')) broke('instant-range', `event ${i} with at ${at} was not refused as invalid-instant`);
          }
          // A getter-valued `at` is read once, into a plain value: the event is answered as the plain one.
          const plainAt: unknown = (event as { at?: unknown }).at;
          let reads = 0;
          const getter = Object.defineProperty({ ...(event as object) }, 'at', {
            enumerable: true,
            get: () => {
              reads += 1;
              return reads === 1 ? plainAt : Number.NaN;
            },
          });
          const viaGetter = deliver(state, getter, `event ${i} with a getter at`);
          const plain = deliver(state, event, `event ${i}`);
          if (reads > 1) broke('instant-read-once', `event ${i}: a getter-valued at was read ${reads} times`);
          else if (viaGetter !== undefined && plain !== undefined && !sameStep(viaGetter, plain)) broke('instant-read-once', `event ${i} with a getter at is answered differently from the plain event`);
        }
      }
      if (event === undefined) break;
      const eventText = snapshot(event);
      const step = deliver(state, event, `event ${i}`);
      const twice = deliver(state, event, `event ${i}`);
      if (step === undefined || twice === undefined) continue;
      if (!sameStep(step, twice)) broke('purity', `event ${i} gave two different answers`);
      if (snapshot(event) !== eventText) broke('purity', `event ${i} was changed by transition`);
      if (step.ok) {
        if (step.state !== state) checkState(step.state, `event ${i}`);
        state = step.state;
        last = (event as { at?: unknown }).at;
        if (typeof last === 'number' && last > lastAt) lastAt = last;
      }
    }
    for (const object of callerObjects) {
      if (Object.isFrozen(object)) {
        broke('caller-objects', 'the machine froze an object of its input or events');
        break;
      }
    }
    caseIndex += 1;
  }

  // restore refuses garbage with a code and a path.
  eventIndex = -1;
  const garbage: readonly (readonly [string, unknown])[] = [
    ['null', null],
    ['a string', 'state'],
    ['a number', 42],
    ['an array', []],
    ['an empty object', {}],
    ['another version', { version: 1e9 }],
    ['a bigint', BigInt(1)],
  ];
  for (const [name, value] of garbage) {
    const result = attempt('restore', `restore(${name})`, () => machine.restore(value));
    if (result === undefined) continue;
    if (result.ok) broke('restore', `restore accepted ${name}`);
    else {
      checkCode(result.error, `restore(${name})`);
      if (typeof result.error.path !== 'string' || !result.error.path.startsWith('$')) broke('restore', `restore(${name}) refused without a JSON path`);
    }
  }
  return { ok: failures.length === 0, machine: machine.id, cases: cases.length, transitions, failures };
}

/**
 * Runs {@link checkMachineLaws} and throws an Error listing the broken laws, if any.
 *
 * @throws RangeError as {@link checkMachineLaws} does; an `Error` listing the broken laws when one is broken.
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * testing.assertMachineLaws(logout.machine, [{ input: { at: 0, campaign: { mode: 'preview', running: false } }, events: [] }]);
 * ```
 */
export function assertMachineLaws<I, S, E, X, C extends string>(
  machine: Machine<I, S, E, X, C>,
  cases: readonly LawCase<I, E | TickEvent>[],
  options: LawOptions = {},
): LawReport {
  requireMachine('assertMachineLaws', machine, true);
  requireArray('assertMachineLaws', 'an array of cases', cases);
  const report = checkMachineLaws(machine, cases, options);
  if (!report.ok) {
    const lines = report.failures.map((f) => `  [${f.law}] case ${f.caseIndex}, ${f.eventIndex < 0 ? 'start' : `event ${f.eventIndex}`}: ${f.message}`);
    throw new Error(`${report.machine} breaks the machine laws:\n${lines.join('\n')}`);
  }
  return report;
}
