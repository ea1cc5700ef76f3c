import type { TickEvent } from './effects.js';
import type { Result } from './result.js';
import type { Started, Step } from './step.js';

/**
 * The one shape every dialdesk machine has (`logout.machine`, `callback.dialog.machine`,
 * `outbound.pacing.machine`, ...): a frozen object with an `id`, the runtime list of its refusal
 * `codes`, a `start` that builds the first state or refuses with no state, a pure and total
 * `transition` that accepts `tick` at any instant, and `restore`, which checks a saved state (untrusted
 * JSON) and never throws. Hosts and test kits are written once against this interface; `dialdesk/testing`
 * checks its laws (`checkMachineLaws`).
 *
 * - `I` input of `start`, `S` state, `E` events (besides `tick`), `X` effects, `C` refusal codes.
 *
 * @example
 * ```ts
 * import { logout, type core } from 'dialdesk';
 * const machine: core.Machine<logout.LogoutInput, logout.LogoutState, logout.LogoutEvent, logout.LogoutEffect, logout.LogoutCode> =
 *   logout.machine;
 * const started = machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * if (started.ok) {
 *   const saved = JSON.stringify(started.state);
 *   const restored = machine.restore(JSON.parse(saved));
 *   if (restored.ok) machine.transition(restored.value, { type: 'tick', at: 1_000 });
 * }
 * ```
 */
export interface Machine<I, S, E, X, C extends string> {
  /** The machine's name, such as `logout`, `callback.dialog` or `outbound.pacing`. */
  readonly id: string;
  /** Every code `start`, `transition` and `restore` can refuse with (a runtime list). */
  readonly codes: readonly C[];
  /** Builds the first state, or refuses the input with no state. */
  readonly start: (input: I) => Started<S, X, C>;
  /** Applies one event; pure and total; a refusal returns the very same state. */
  readonly transition: (state: S, event: E | TickEvent) => Step<S, X, C>;
  /** Checks a saved state (for example `JSON.parse` of a stored one) and returns it deeply frozen; never throws. */
  readonly restore: (json: unknown) => Result<S, C | 'invalid-state'>;
}

/**
 * The older two-function shape (`start` returning a {@link Step} with a state even when refused), kept
 * internal for the test kit's own tests; every dialdesk machine is a {@link Machine}.
 *
 * @internal
 */
export interface StepMachine<I, S, E, X> {
  /** Builds the first state (or refuses the input). */
  readonly start: (input: I) => Step<S, X>;
  /** Applies one event; pure and total. */
  readonly transition: (state: S, event: E) => Step<S, X>;
}
