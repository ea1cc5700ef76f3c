import { rejection, type Rejection } from './rejection.js';
import type { Fail } from './result.js';

/**
 * An accepted event: the next state and the effects the host should carry out, in order.
 *
 * @example
 * ```ts
 * import type { core } from 'dialdesk';
 * const step: core.Accepted<{ version: 1 }, never> = { ok: true, state: { version: 1 }, effects: [] };
 * ```
 */
export interface Accepted<S, X> {
  /** Always `true` for an accepted event. */
  readonly ok: true;
  /** The next state (deeply frozen, JSON-serializable). */
  readonly state: S;
  /** Effects for the host, as data, in the order they should be carried out. */
  readonly effects: readonly X[];
}

/**
 * A refused event: the state is the very same object that was passed in, and there are no effects.
 * `C` is the machine's code type: the error's code is one of the machine's `codes`.
 *
 * @example
 * ```ts
 * import type { core } from 'dialdesk';
 * const state = { version: 1 };
 * const step: core.Refused<typeof state, 'event-not-allowed'> = {
 *   ok: false, state, effects: [], error: { code: 'event-not-allowed', message: 'Not now.' },
 * };
 * ```
 */
export interface Refused<S, C extends string = string> {
  /** Always `false` for a refused event. */
  readonly ok: false;
  /** The unchanged input state (same object identity). */
  readonly state: S;
  /** Always empty: a refusal does nothing. */
  readonly effects: readonly [];
  /** Why the event was refused. */
  readonly error: Rejection<C>;
}

/**
 * The result of `transition` for every dialdesk machine: accepted with the next state and effects, or
 * refused with the same state and a {@link Rejection} whose code is of type `C`.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const started = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * if (started.ok) {
 *   const step = logout.machine.transition(started.state, { type: 'tick', at: 1_000 });
 *   if (!step.ok) console.log(step.error.code);
 * }
 * ```
 */
export type Step<S, X, C extends string = string> = Accepted<S, X> | Refused<S, C>;

/**
 * The result of `start`: accepted with the first state and effects, or refused with only an error (a
 * refused start has no state).
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const started = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * if (!started.ok) console.log(started.error.code); // and there is no state
 * ```
 */
export type Started<S, X, C extends string = string> = Accepted<S, X> | Fail<C>;

const NO_EFFECTS: readonly [] = Object.freeze<[]>([]);

/** Accepts an event with its next state and effects (internal: areas import it by path). */
export function accept<S, X = never>(state: S, effects: readonly X[] = NO_EFFECTS): Accepted<S, X> {
  return { ok: true, state, effects };
}

/** Refuses an event: returns the same state with a {@link Rejection} (internal). */
export function refuse<S, C extends string>(state: S, code: C, message: string, details?: unknown, path?: string): Refused<S, C> {
  return { ok: false, state, effects: NO_EFFECTS, error: rejection(code, message, details, path) };
}

/** Refuses with an existing {@link Rejection}, for example one returned by a parser (internal). */
export function refuseWith<S, C extends string>(state: S, error: Rejection<C>): Refused<S, C> {
  return { ok: false, state, effects: NO_EFFECTS, error };
}

/** Refuses a start: an error and no state (internal). */
export function refuseStart<C extends string>(code: C, message: string, details?: unknown, path?: string): Fail<C> {
  return { ok: false, error: rejection(code, message, details, path) };
}
