import type { Step } from './step.js';

/**
 * The shape every dialdesk machine has: a `start` that builds the first state from an input, and a pure,
 * total `transition`. Test kits and hosts can be written once against this interface.
 *
 * @example
 * ```ts
 * import { logout, type core } from 'dialdesk';
 * const machine: core.Machine<logout.LogoutInput, logout.LogoutState, logout.LogoutEvent, logout.LogoutEffect> = logout;
 * ```
 */
export interface Machine<I, S, E, X> {
  /** Builds the first state (or refuses the input). */
  readonly start: (input: I) => Step<S, X>;
  /** Applies one event; pure and total. */
  readonly transition: (state: S, event: E) => Step<S, X>;
}
