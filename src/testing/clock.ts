import { rangeError, type TickEvent } from '../core/internal.js';
import { requireArray, requireMachine } from './guard.js';
import { runAs, type Runnable, type Run } from './scenario.js';

/** An own data field, read without running a getter (`undefined` otherwise). */
function field(o: object, key: string): unknown {
  try {
    return Object.getOwnPropertyDescriptor(o, key)?.value;
  } catch {
    return undefined;
  }
}

function wakeAt(effect: unknown): number | undefined {
  if (typeof effect !== 'object' || effect === null || field(effect, 'type') !== 'wake') return undefined;
  const at = field(effect, 'at');
  return typeof at === 'number' ? at : undefined;
}

/**
 * The instant of the latest `wake` effect in a list of effects, as a host keeping one timer per
 * machine would arm it, or `undefined` when there is none.
 *
 * @throws RangeError when `effects` is not an array.
 * @example
 * ```ts
 * import * as testing from 'dialdesk/testing';
 * testing.pendingWake([{ type: 'wake', at: 5 }, { type: 'show' }, { type: 'wake', at: 9 }]); // 9
 * ```
 */
export function pendingWake(effects: readonly unknown[]): number | undefined {
  requireArray('pendingWake', 'an array of effects', effects);
  let at: number | undefined;
  for (const effect of effects) {
    const w = wakeAt(effect);
    if (w !== undefined) at = w;
  }
  return at;
}

/**
 * Plays the host's timer: from a state and the wake it armed, delivers a `tick` at each wake instant up
 * to `until` (each tick may arm the next wake), then a last `tick` at `until` itself. Returns the whole
 * scenario of those ticks. A guard stops after `maxTicks` ticks (default 10 000) so a machine that keeps
 * waking at the same instant cannot hang a test.
 *
 * @throws RangeError when `machine` has no `start` and `transition`, or `wake`, `until` or `maxTicks` is
 * not a number.
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * const story = testing.run(logout.machine, { at: 0, campaign: { mode: 'predictive', running: true } }, [
 *   { type: 'logout-requested', at: 1_000, source: 'main-window' },
 * ]);
 * const later = testing.advance(logout.machine, story.state, testing.pendingWake(story.effects), 60_000);
 * later.state.status;
 * ```
 */
export function advance<I, S, E, X>(
  machine: Runnable<I, S, E | TickEvent, X>,
  state: S,
  wake: number | undefined,
  until: number,
  maxTicks = 10_000,
): Run<S, E | TickEvent, X> {
  return advanceAs('advance', machine, state, wake, until, maxTicks);
}

function advanceAs<I, S, E, X>(
  fn: string,
  machine: Runnable<I, S, E | TickEvent, X>,
  state: S,
  wake: number | undefined,
  until: number,
  maxTicks = 10_000,
): Run<S, E | TickEvent, X> {
  requireMachine(fn, machine);
  if (typeof until !== 'number' || Number.isNaN(until)) throw rangeError(`testing.${fn}`, 'an instant `until`', until);
  if (wake !== undefined && typeof wake !== 'number') throw rangeError(`testing.${fn}`, 'a wake instant or undefined', wake);
  if (typeof maxTicks !== 'number' || Number.isNaN(maxTicks)) throw rangeError(`testing.${fn}`, 'a number of ticks', maxTicks);
  const ticks: TickEvent[] = [];
  const steps: Run<S, E | TickEvent, X>['steps'][number][] = [];
  const effects: X[] = [];
  const refusals: Run<S, E | TickEvent, X>['refusals'][number][] = [];
  let current = state;
  let next = wake;
  const deliver = (at: number): void => {
    const event: TickEvent = { type: 'tick', at };
    ticks.push(event);
    const step = machine.transition(current, event);
    steps.push({ event, accepted: step.ok, state: step.state, effects: step.effects, error: step.ok ? null : step.error });
    if (step.ok) {
      current = step.state;
      effects.push(...step.effects);
      const armed = pendingWake(step.effects);
      next = armed !== undefined && armed > at ? armed : undefined;
    } else {
      refusals.push({ event, error: step.error });
      next = undefined;
    }
  };
  while (next !== undefined && next <= until && ticks.length < maxTicks) deliver(next);
  if (ticks.length < maxTicks) deliver(until);
  return { start: { ok: true, state, effects: [] }, steps, state: current, effects, refusals };
}

/**
 * Runs a scenario and then plays the host's timer until `until`: {@link run} followed by {@link advance}.
 *
 * @throws RangeError as {@link run} and {@link advance} do.
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * const story = testing.runUntil(logout.machine, { at: 0, campaign: { mode: 'predictive', running: true } }, [
 *   { type: 'logout-requested', at: 1_000, source: 'main-window' },
 * ], 120_000);
 * story.state.status;
 * ```
 */
export function runUntil<I, S, E, X>(
  machine: Runnable<I, S, E | TickEvent, X>,
  input: I,
  events: readonly (E | TickEvent)[],
  until: number,
): Run<S, E | TickEvent, X> {
  const first = runAs('runUntil', machine, input, events);
  const rest = advanceAs('runUntil', machine, first.state, pendingWake(first.effects), until);
  return {
    start: first.start,
    steps: [...first.steps, ...rest.steps],
    state: rest.state,
    effects: [...first.effects, ...rest.effects],
    refusals: [...first.refusals, ...rest.refusals],
  };
}
