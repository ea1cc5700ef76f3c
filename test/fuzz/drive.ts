/**
 * Drives one machine with accepted event sequences from `dialdesk/testing`, mixing in hostile events
 * (bad instants, flipping getters, hostile field values, hostile whole events), and checks the laws on
 * every step. In-process: the CLI runs it in a child process so that a hang is caught.
 */
import fc from 'fast-check';
import { describe, flipping, hostile, hostileInstants, pick, rng, type Rng } from './hostile.js';
import { isKebab, isInstant, equal, newlyFrozen, stateProblem, unfrozenObjects } from './laws.js';
import type { FuzzMachine } from './machines.js';
import { emptyTally, note, retimed, SLOW_MS, type Tally } from './tally.js';

/** Options of {@link fuzzMachine}. */
export interface DriveOptions {
  readonly seed: number;
  /** Stop after this instant (performance.now() clock, ms). */
  readonly until: number;
  /** Events per accepted sequence (default 25). */
  readonly maxEvents?: number;
  /** Share of events replaced or preceded by a hostile one (default 0.3). */
  readonly hostileShare?: number;
  /** Stop after this many sequences (default: only the deadline stops). */
  readonly maxSequences?: number;
  /** Which laws to check (all by default). */
  readonly skip?: ReadonlySet<Law>;
}

/** The laws, by name (`skip` takes these). */
export type Law = 'same-state' | 'kebab-code' | 'known-code' | 'frozen-json' | 'valid-at' | 'caller-freeze' | 'restore' | 'no-throw';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A hostile variant of an accepted event (or a hostile value in its place), and what was done. */
function mutate(r: Rng, event: unknown): { readonly event: unknown; readonly how: string } {
  const e = isObj(event) ? event : {};
  const roll = r.next();
  if (roll < 0.2) {
    const at = pick(r, hostileInstants);
    return { event: { ...e, at }, how: `at := ${describe(at)}` };
  }
  if (roll < 0.3) {
    const copy: Obj = { ...e };
    delete copy.at;
    Object.defineProperty(copy, 'at', Object.getOwnPropertyDescriptor(flipping(e.at), 'at') as PropertyDescriptor);
    return { event: copy, how: 'at := getter (valid once, then NaN)' };
  }
  if (roll < 0.85) {
    const keys = Object.keys(e).filter((k) => k !== 'at');
    const key = keys.length > 0 && r.next() < 0.85 ? pick(r, keys) : pick(r, ['type', 'requestId', 'id', 'zone', 'numbers', 'campaign']);
    const h = hostile(r);
    return { event: { ...e, [key]: h.value }, how: `${key} := ${h.name}` };
  }
  const h = hostile(r);
  return { event: h.value, how: `event := ${h.name}` };
}

/** A hostile variant of a start input. */
function mutateInput(r: Rng, input: unknown): { readonly input: unknown; readonly how: string } {
  const m = mutate(r, input);
  return { input: m.event, how: m.how.replace('event :=', 'input :=') };
}

/** The kind of a mutation, without its value: `at := getter`, `requestId := object toString key`. */
function kindOf(how: string): string {
  return how.replace(/^at := (?!getter).*/, 'at := bad number').replace(/^(\w+) := /, (_, k: string) => (k === 'at' || k === 'event' || k === 'input' ? `${k} := ` : 'field := '));
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 100)}` : 'a non-error';
}

function stepCode(step: { readonly error?: { readonly code: unknown } }): unknown {
  return step.error?.code;
}

/** Passes over each generated sequence (with other hostile choices each time): generating costs more than running. */
const PASSES = 4;

/** Runs sequences until `until`; returns what it counted. */
export function fuzzMachine(m: FuzzMachine, options: DriveOptions): Tally {
  const t = emptyTally();
  const skip = options.skip ?? new Set<Law>();
  const on = (law: Law): boolean => !skip.has(law);
  const r = rng(options.seed);
  const share = options.hostileShare ?? 0.3;
  const arbitrary = m.sequences(options.maxEvents ?? 25);
  const most = options.maxSequences ?? Number.POSITIVE_INFINITY;
  for (let k = 0; k < most && performance.now() < options.until; k++) {
    const where = `${m.id} seed ${options.seed} sequence ${k}`;
    const [sequence] = fc.sample(arbitrary, { seed: options.seed + k, numRuns: 1 });
    if (sequence === undefined) continue;
    for (let pass = 0; pass < PASSES && performance.now() < options.until; pass++) runSequence(`${where} pass ${pass}`, sequence);
  }
  return t;

  /** One pass over an accepted sequence, with hostile events mixed in. */
  function runSequence(where: string, sequence: { readonly input: unknown; readonly events: readonly unknown[] }): void {
    let input: unknown = sequence.input;
    let how = 'input as generated';
    if (r.next() < share / 3) ({ input, how } = mutateInput(r, sequence.input));
    const inputBefore = unfrozenObjects(input);
    let started: ReturnType<FuzzMachine['start']>;
    const t0 = performance.now();
    try {
      started = m.start(input);
    } catch (error) {
      if (on('no-throw')) note(t, 'exceptions', `${where}: start threw ${errorText(error)} on ${how}: ${describe(input)}`, `start threw ${errorText(error).slice(0, 30)} on ${kindOf(how)}`);
      return;
    }
    t.units++;
    const startTook = retimed(performance.now() - t0, () => m.start(input));
    if (startTook > SLOW_MS) note(t, 'slow', `${where}: start took ${Math.round(startTook)} ms on ${how}`, `start slow on ${kindOf(how)}`);
    if (on('caller-freeze') && newlyFrozen(inputBefore) > 0) note(t, 'freezes', `${where}: start froze the caller's input (${how})`, `start froze input ${kindOf(how)}`);
    if (!started.ok) {
      if (on('kebab-code') && !isKebab(stepCode(started))) note(t, 'violations', `${where}: start refused with a code not kebab-case: ${describe(stepCode(started))}`, 'start code not kebab-case');
      return;
    }
    let state = started.state;
    for (let i = 0; i < sequence.events.length && performance.now() < options.until; i++) {
      const accepted = sequence.events[i];
      const hostileNow = r.next() < share;
      const { event, how: what } = hostileNow ? mutate(r, accepted) : { event: accepted, how: 'accepted event' };
      const label = `${where} event ${i} (${what}): ${describe(event)}`;
      const before = unfrozenObjects(event);
      const e0 = performance.now();
      let step: ReturnType<FuzzMachine['transition']>;
      try {
        step = m.transition(state, event);
      } catch (error) {
        if (on('no-throw')) note(t, 'exceptions', `${label} threw ${errorText(error)}`, `threw ${errorText(error).slice(0, 30)} on ${kindOf(what)}`);
        if (hostileNow) i--;
        continue;
      }
      t.units++;
      const took = retimed(performance.now() - e0, () => m.transition(state, event));
      if (took > SLOW_MS) note(t, 'slow', `${label} took ${Math.round(took)} ms`, `slow on ${kindOf(what)}`);
      if (on('caller-freeze') && newlyFrozen(before) > 0) note(t, 'freezes', `${label}: froze the caller's event`, `froze event ${kindOf(what)}`);
      if (!step.ok) {
        const code = stepCode(step);
        if (on('same-state') && step.state !== state) note(t, 'violations', `${label}: refusal did not return the same state`, 'refusal changed state');
        if (on('kebab-code') && !isKebab(code)) note(t, 'violations', `${label}: code not kebab-case: ${describe(code)}`, 'code not kebab-case');
        else if (on('known-code') && m.codes !== undefined && !m.codes.includes(code as string)) note(t, 'violations', `${label}: code ${describe(code)} not in ${m.id}.codes`, `unknown code ${describe(code)}`);
        // A hostile event that was refused: deliver the accepted one next, so the sequence goes on.
        if (hostileNow) i--;
        continue;
      }
      if (hostileNow && on('valid-at')) {
        const at = isObj(event) ? Object.getOwnPropertyDescriptor(event, 'at') : undefined;
        const value: unknown = at !== undefined && 'value' in at ? at.value : undefined;
        if (at !== undefined && 'value' in at && !isInstant(value)) note(t, 'violations', `${label}: accepted an event whose at is not a valid instant`, 'accepted an invalid at');
      }
      const lastAt = isObj(step.state) ? step.state.lastAt : undefined;
      if (on('valid-at') && lastAt !== undefined && !isInstant(lastAt)) {
        note(t, 'violations', `${label}: state.lastAt became ${describe(lastAt)}`, `lastAt became invalid after ${kindOf(what)}`);
      }
      if (on('frozen-json')) {
        const problem = stateProblem(step.state);
        if (problem !== undefined) note(t, 'violations', `${label}: state not deeply frozen JSON: ${problem}`, `state not frozen JSON after ${kindOf(what)}: ${problem.replace(/\[\d+\]/g, '[]').replace(/ is .*/, '')}`);
      }
      if (on('restore') && m.restore !== undefined) {
        const json: unknown = JSON.parse(JSON.stringify(step.state));
        const jsonBefore = unfrozenObjects(json);
        try {
          const back = m.restore(json);
          const why = back.ok ? '' : ` (${describe((back as { error?: { code?: unknown } }).error?.code)} at ${describe((back as { error?: { path?: unknown } }).error?.path)}; start ${how})`;
          if (!back.ok || !equal(back.value, step.state)) note(t, 'violations', `${label}: restore of the JSON state ${back.ok ? 'differs' : 'was refused'}${why}`, `restore ${back.ok ? 'differs' : 'refused'} after ${kindOf(what)}`);
          if (on('caller-freeze') && newlyFrozen(jsonBefore) > 0) note(t, 'freezes', `${label}: restore froze the caller's JSON`, 'restore froze JSON');
        } catch (error) {
          note(t, 'exceptions', `${label}: restore threw ${errorText(error)}`, `restore threw ${errorText(error).slice(0, 30)}`);
        }
      }
      state = step.state;
      if (hostileNow) break; // the accepted sequence no longer applies to this state
    }
  }
}
