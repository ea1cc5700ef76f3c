import { rejection } from './rejection.js';
import type { TickEvent } from './effects.js';
import type { Machine } from './machine.js';
import type { Result } from './result.js';
import { readEnvelope } from './guards.js';
import { accept, refuseWith, type Started, type Step } from './step.js';

/** What an area gives {@link defineMachine}: its start, transition and restore (internal). */
export interface MachineSpec<I, S, E, X, C extends string> {
  readonly id: string;
  readonly codes: readonly C[];
  /** Builds the first state; a refused start's `state`, if any, is dropped. */
  readonly start: (input: I) => Started<S, X, string> | Step<S, X, string>;
  /** The area's transition; it sees events as plain copies (each field read once) and frozen states only. */
  readonly transition: (state: S, event: E | TickEvent) => Step<S, X, string>;
  /** Checks a saved state; returns a deeply frozen copy. */
  readonly restore: (json: unknown) => Result<S, string>;
  /**
   * For a machine whose transition knows nothing of `tick` (nothing in it is ever due): the last instant
   * it accepted. The machine then accepts `tick` at that instant or later and changes nothing.
   */
  readonly lastAt?: (state: S) => number;
  /**
   * For a machine on a hot path: recognises the states it made by a mark that is cheap to check and
   * that JSON never carries (the pacer: a frozen state whose configuration object it made), so that
   * `defineMachine` need not remember every state in its `WeakSet` (an insertion costs microseconds per
   * transition). It must be true only for deeply frozen states the machine itself made or restored.
   */
  readonly owns?: (state: unknown) => boolean;
}

/**
 * Reads an untrusted event once into a plain object (each own enumerable field read exactly once, so a
 * getter that changes between reads cannot matter), or `undefined` when it is not an object or cannot be read.
 */
function plainEvent(event: unknown): object | undefined {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return undefined;
  try {
    return { ...event };
  } catch {
    return undefined;
  }
}

/**
 * Builds a frozen {@link Machine} from an area's functions (internal), adding what every machine shares:
 * events are read once into plain copies; a state the machine did not make (the caller's own
 * `JSON.parse` of a saved state, frozen or not, or a state frozen only at its top) goes through
 * `restore` first, so the machine never freezes or trusts the caller's objects and every state it hands
 * back is deeply frozen; a refused start has no state; a refusal hands back the very state given.
 *
 * The states a machine made (by `start`, `transition` or `restore`) are remembered in a `WeakSet` (a
 * look-up, not a walk of the state), or recognised by the machine's own brand (`owns`, for hot paths);
 * anything else is checked by `restore`.
 */
export function defineMachine<I, S, E, X, C extends string>(spec: MachineSpec<I, S, E, X, C>): Machine<I, S, E, X, C> {
  const codes = Object.freeze([...spec.codes]);
  const made = new WeakSet<object>();
  const owns = spec.owns;
  const mint = <T extends { readonly ok: boolean }>(step: T, state: unknown): T => {
    if (owns === undefined && step.ok && typeof state === 'object' && state !== null) made.add(state);
    return step;
  };
  const ours = (state: unknown): boolean => (owns !== undefined ? owns(state) : typeof state === 'object' && state !== null && made.has(state));
  const start = (input: I): Started<S, X, C> => {
    const step = spec.start(input);
    return step.ok ? mint(step as Started<S, X, C>, step.state) : ({ ok: false, error: step.error } as Started<S, X, C>);
  };
  const transition = (state: S, event: E | TickEvent): Step<S, X, C> => {
    const plain = plainEvent(event);
    let own = state;
    if (!ours(state)) {
      const restored = restore(state);
      if (!restored.ok) return refuseWith(state, restored.error) as Step<S, X, C>;
      own = restored.value;
    }
    if (spec.lastAt !== undefined && plain !== undefined && (plain as { type?: unknown }).type === 'tick') {
      const envelope = readEnvelope(plain, spec.lastAt(own));
      if ('code' in envelope) return refuseWith(state, envelope) as Step<S, X, C>;
      return mint(accept(own), own);
    }
    const step = spec.transition(own, (plain ?? event) as E | TickEvent);
    if (!step.ok && step.state !== state) return refuseWith(state, step.error) as Step<S, X, C>;
    return mint(step as Step<S, X, C>, step.state);
  };
  const restore = (json: unknown): Result<S, C | 'invalid-state'> => {
    try {
      const restored = spec.restore(json) as Result<S, C | 'invalid-state'>;
      return restored.ok ? mint(restored, restored.value) : restored;
    } catch {
      return { ok: false, error: rejection('invalid-state', 'The saved state could not be read.', undefined, '$') };
    }
  };
  const machine = Object.freeze({ id: spec.id, codes, start, transition, restore });
  owners.set(machine, ours);
  return machine;
}

/** Each machine's own-state test (the `WeakSet` or the brand above), for its selectors. */
const owners = new WeakMap<object, (state: unknown) => boolean>();

/**
 * True when `state` is one that `machine` (built by {@link defineMachine}) made or restored: a look-up,
 * not a walk. The selectors use it to trust a state without checking it again (internal).
 */
export function isOwnState(machine: object, state: unknown): boolean {
  const ours = owners.get(machine);
  return ours !== undefined && ours(state);
}
