import { HOUR } from '../../time/index.js';
import fc from 'fast-check';
import { rangeError } from '../../core/internal.js';
import { requireMachine } from '../guard.js';
import type { Runnable } from '../scenario.js';
import { arbitraryOption, integerOption, integerWithin, isArbitrary, optionsOf } from './options.js';

/**
 * A machine's input and a list of events, every one of which the machine accepts (`ok: true`) from the
 * state the previous ones reached, with `at` strictly increasing from `input.at`.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const s: arbitraries.EventSequence<logout.LogoutInput, logout.LogoutEvent> = {
 *   input: { at: 0, campaign: { mode: 'preview', running: false } },
 *   events: [{ type: 'tick', at: 1 }],
 * };
 * ```
 */
export interface EventSequence<I, E> {
  /** What `start` is given. */
  readonly input: I;
  /** The events, in delivery order. */
  readonly events: readonly E[];
}

/**
 * What every machine input has: the instant it starts at. Sequences start their clock there.
 *
 * @example
 * ```ts
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const input: arbitraries.TimedInput = { at: Date.UTC(2026, 10, 24) };
 * ```
 */
export interface TimedInput {
  /** The current instant, epoch ms UTC. */
  readonly at: number;
}

/**
 * Deterministic choices for building one candidate event: each call reads the next of a few numbers
 * fast-check generated for the step (so a sequence shrinks like any other fast-check value).
 *
 * @example
 * ```ts
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const pickSource = (draw: arbitraries.Draw) => draw.pick(['main-window', 'voice-channel'] as const);
 * ```
 */
export interface Draw {
  /** An integer from `min` to `max` inclusive. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True or false. */
  bool(): boolean;
}

/**
 * The events worth trying from a state at an instant: {@link acceptedEvents} tries each of them and picks
 * one of those the machine accepts. List an event only now and then (behind a `draw`) to make it rarer.
 *
 * @example
 * ```ts
 * import type { logout } from 'dialdesk';
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const candidates: arbitraries.Candidates<logout.LogoutState, logout.LogoutEvent> = (_state, at) => [{ type: 'tick', at }];
 * ```
 */
export type Candidates<S, E> = (state: S, at: number, draw: Draw) => readonly E[];

/**
 * Options of {@link acceptedEvents} and of the machine sequence arbitraries built on it.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const o: arbitraries.SequenceOptions = { maxEvents: 10, gaps: fc.integer({ min: 1, max: 1_000 }) };
 * ```
 */
export interface SequenceOptions {
  /** The most events in a sequence (default 30). */
  readonly maxEvents?: number;
  /** Milliseconds between two tries, at least 1 (default: mostly seconds, sometimes up to an hour). */
  readonly gaps?: fc.Arbitrary<number>;
}

const ENTROPY = 6;

/** The most events a sequence may be asked for. */
const MAX_EVENTS = 10_000;

/**
 * The sequence options checked (internal): `maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary
 * of whole milliseconds from 1 to 2^31 (each drawn gap is checked); else a RangeError naming `fn`.
 */
export function sequenceOptions(fn: string, value: unknown): SequenceOptions {
  const options = optionsOf(fn, value);
  const maxEvents = integerOption(fn, options, 'maxEvents', 0, MAX_EVENTS);
  const gaps = arbitraryOption(fn, options, 'gaps', 'whole milliseconds from 1 to 2^31', integerWithin(1, 2 ** 31));
  return { ...(maxEvents === undefined ? {} : { maxEvents }), ...(gaps === undefined ? {} : { gaps }) };
}

function drawFrom(numbers: readonly number[]): Draw {
  let cursor = 0;
  const next = (): number => numbers[cursor++ % numbers.length] ?? 0;
  return {
    int: (min, max) => min + (next() % (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[next() % items.length] as T,
    bool: () => next() % 2 === 1,
  };
}

/** The default gaps: mostly a few seconds, sometimes a minute, now and then an hour. */
function defaultGaps(): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 5_000 }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 90_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: HOUR }) },
  );
}

/**
 * Builds an arbitrary of accepted event sequences for any machine: for each step it moves the clock
 * forward by a gap, asks `candidates` for events from the current state, keeps those the machine accepts
 * and picks one of them at a generated position (a step where none is accepted adds nothing).
 * Every event of the result is therefore accepted from the state reached, and `at` strictly increases.
 * The machine sequence arbitraries of this module (`logoutSequence`, ...) are built with it.
 *
 * @throws RangeError when `machine` is not a machine, `input` not a fast-check arbitrary, `candidates`
 * not a function, or an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary
 * of whole milliseconds from 1 to 2^31; a drawn gap outside that range throws as it is drawn).
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * const sequences = arbitraries.acceptedEvents(
 *   logout.machine,
 *   fc.constant({ at: 0, campaign: { mode: 'predictive' as const, running: true } }),
 *   (_state, at, draw): logout.LogoutEvent[] => [
 *     { type: 'logout-requested', at, source: draw.pick(['main-window', 'voice-channel'] as const) },
 *     { type: 'tick', at },
 *   ],
 * );
 * fc.assert(fc.property(sequences, (s) => testing.run(logout.machine, s.input, s.events).refusals.length === 0));
 * ```
 */
export function acceptedEvents<I extends TimedInput, S, E, X>(
  machine: Runnable<I, S, E, X>,
  input: fc.Arbitrary<I>,
  candidates: Candidates<S, E>,
  options: SequenceOptions = {},
): fc.Arbitrary<EventSequence<I, E>> {
  requireMachine('arbitraries.acceptedEvents', machine);
  if (!isArbitrary(input)) throw rangeError('testing.arbitraries.acceptedEvents', 'a fast-check arbitrary of inputs', input);
  if (typeof candidates !== 'function') throw rangeError('testing.arbitraries.acceptedEvents', 'a candidates function (state, at, draw) => events', candidates);
  options = sequenceOptions('acceptedEvents', options);
  const step = fc.record({
    position: fc.nat(),
    gap: options.gaps ?? defaultGaps(),
    entropy: fc.array(fc.nat(), { minLength: ENTROPY, maxLength: ENTROPY }),
  });
  return fc.tuple(input, fc.array(step, { maxLength: options.maxEvents ?? 30 })).map(([first, plan]) => {
    const started = machine.start(first);
    const events: E[] = [];
    if (!started.ok) return { input: first, events };
    let state = started.state;
    let at = first.at;
    for (const { position, gap, entropy } of plan) {
      at += Math.max(1, gap);
      const accepted = candidates(state, at, drawFrom(entropy)).flatMap((event) => {
        const next = machine.transition(state, event);
        return next.ok ? [{ event, state: next.state }] : [];
      });
      const chosen = accepted[position % Math.max(1, accepted.length)];
      if (chosen !== undefined) {
        events.push(chosen.event);
        state = chosen.state;
      }
    }
    return { input: first, events };
  });
}
