import { rejection, type Rejection } from './rejection.js';

/**
 * An accepted event: the next state and the effects the host should carry out, in order.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * const step = core.accept({ version: 1, n: 1 }, [{ type: 'wake', at: 1_000 }]);
 * step.ok; // true
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
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * const state = { version: 1 };
 * const step = core.refuse(state, 'event-not-allowed', 'Not now.');
 * step.state === state; // true
 * ```
 */
export interface Refused<S> {
  /** Always `false` for a refused event. */
  readonly ok: false;
  /** The unchanged input state (same object identity). */
  readonly state: S;
  /** Always empty: a refusal does nothing. */
  readonly effects: readonly [];
  /** Why the event was refused. */
  readonly error: Rejection;
}

/**
 * The result of `start` or `transition` for every dialdesk machine.
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const step = logout.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * if (step.ok) console.log(step.state.status, step.effects);
 * else console.log(step.error.code);
 * ```
 */
export type Step<S, X> = Accepted<S, X> | Refused<S>;

const NO_EFFECTS: readonly [] = Object.freeze<[]>([]);

/**
 * Accepts an event with its next state and effects.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * const step = core.accept({ version: 1 });
 * step.effects.length; // 0
 * ```
 */
export function accept<S, X = never>(state: S, effects: readonly X[] = NO_EFFECTS): Accepted<S, X> {
  return { ok: true, state, effects };
}

/**
 * Refuses an event: returns the same state with a {@link Rejection}.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * const step = core.refuse({ version: 1 }, 'time-in-past', 'That time has passed.', { field: 'time' });
 * step.error.code; // 'time-in-past'
 * ```
 */
export function refuse<S>(state: S, code: string, message: string, details?: unknown): Refused<S> {
  return { ok: false, state, effects: NO_EFFECTS, error: rejection(code, message, details) };
}

/**
 * Refuses with an existing {@link Rejection} (for example one returned by a parser).
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * const why = core.rejection('unknown-zone', 'No such zone.');
 * core.refuseWith({ version: 1 }, why).error === why; // true
 * ```
 */
export function refuseWith<S>(state: S, error: Rejection): Refused<S> {
  return { ok: false, state, effects: NO_EFFECTS, error };
}
