import type { Accepted, Rejection, Started, Step } from '../core/internal.js';
import { requireArray, requireMachine } from './guard.js';

/**
 * What the scenario runner needs of a machine: its `start` and `transition` (every `core.Machine` is one).
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import type * as testing from 'dialdesk/testing';
 * const runnable: testing.Runnable<logout.LogoutInput, logout.LogoutState, logout.LogoutEvent, logout.LogoutEffect> = logout.machine;
 * ```
 */
export interface Runnable<I, S, E, X> {
  /** Builds the first state, or refuses with no state. */
  readonly start: (input: I) => Started<S, X, string>;
  /** Applies one event. */
  readonly transition: (state: S, event: E) => Step<S, X, string>;
}

/**
 * One event of a scenario and what the machine made of it.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * const s = testing.run(logout.machine, { at: 0, campaign: { mode: 'preview', running: false } }, [{ type: 'tick', at: 1 }]);
 * s.steps[0]?.accepted; // true
 * ```
 */
export interface RunStep<S, E, X> {
  /** The event that was delivered. */
  readonly event: E;
  /** Whether the machine accepted it. */
  readonly accepted: boolean;
  /** The state after the event (the same object as before when refused). */
  readonly state: S;
  /** The effects the machine asked for (empty when refused). */
  readonly effects: readonly X[];
  /** Why the event was refused, or `null` when accepted. */
  readonly error: Rejection | null;
}

/**
 * A refused event and why.
 *
 * @example
 * ```ts
 * import type * as testing from 'dialdesk/testing';
 * const r: testing.Refusal<{ type: string; at: number }> = { event: { type: 'ok', at: 1 }, error: { code: 'event-not-allowed', message: 'Not now.' } };
 * ```
 */
export interface Refusal<E> {
  /** The event that was refused. */
  readonly event: E;
  /** The machine's rejection. */
  readonly error: Rejection;
}

/**
 * A whole scenario: the start, every step, and summaries that make assertions read like the desktop's
 * story ("after these events the state is ..., the host was asked to ..., these events were refused").
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * const s = testing.run(logout.machine, { at: 0, campaign: { mode: 'predictive', running: true } }, [
 *   { type: 'logout-requested', at: 1_000, source: 'main-window' },
 * ]);
 * s.state.status; // 'awaiting-authorization'
 * s.refusals.length; // 0
 * ```
 */
export interface Run<S, E, X> {
  /** What `start` returned (always accepted: {@link run} throws when `start` refuses). */
  readonly start: Accepted<S, X>;
  /** One entry per delivered event, in order. */
  readonly steps: readonly RunStep<S, E, X>[];
  /** The final state. */
  readonly state: S;
  /** Every effect, from `start` and all accepted events, in order. */
  readonly effects: readonly X[];
  /** The refused events with their rejections, in order. */
  readonly refusals: readonly Refusal<E>[];
}

/**
 * Runs a machine from its input through a list of events and records every step. It does not stop at a
 * refusal: a refused event leaves the state unchanged and the next event is delivered to it.
 * If `start` refuses the input, `run` throws a RangeError that names the refusal's code and path (a
 * scenario needs a first state; test a refused start with `machine.start` directly).
 *
 * @throws RangeError when `machine` has no `start` and `transition`, `events` is not an array, or `start`
 * refuses `input`.
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * const story = testing.run(logout.machine, { at: 0, campaign: { mode: 'predictive', running: true } }, [
 *   { type: 'logout-requested', at: 1_000, source: 'voice-channel' },
 *   { type: 'request-acknowledged', at: 4_000, requestId: 'logout-1' },
 * ]);
 * story.effects.map((e) => e.type);
 * ```
 */
export function run<I, S, E, X>(machine: Runnable<I, S, E, X>, input: I, events: readonly E[]): Run<S, E, X> {
  return runAs('run', machine, input, events);
}

/** {@link run}, its refusals naming the helper `fn` that was called (internal). */
export function runAs<I, S, E, X>(fn: string, machine: Runnable<I, S, E, X>, input: I, events: readonly E[]): Run<S, E, X> {
  requireMachine(fn, machine);
  requireArray(fn, 'an array of events', events);
  const start = machine.start(input);
  if (!start.ok) {
    const { code, path, message } = start.error;
    throw new RangeError(`testing.${fn}: start refused its input: ${String(code).slice(0, 60)} at ${String(path ?? '$').slice(0, 80)}: ${String(message).slice(0, 200)}`);
  }
  const steps: RunStep<S, E, X>[] = [];
  const effects: X[] = [...start.effects];
  const refusals: Refusal<E>[] = [];
  let state = start.state;
  for (const event of events) {
    const step = machine.transition(state, event);
    steps.push({ event, accepted: step.ok, state: step.state, effects: step.effects, error: step.ok ? null : step.error });
    if (step.ok) {
      state = step.state;
      effects.push(...step.effects);
    } else {
      refusals.push({ event, error: step.error });
    }
  }
  return { start, steps, state, effects, refusals };
}
