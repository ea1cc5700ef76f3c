/**
 * Asks the host to deliver a `tick` event at (or soon after) the absolute instant `at`.
 *
 * Deadlines are absolute epoch milliseconds (UTC), never durations, so a state restored after a reload
 * yields exactly the same deadlines. A host keeps at most one timer per machine: a later `wake` from the
 * same machine replaces the earlier one.
 *
 * @example
 * ```ts
 * import type { WakeEffect } from 'dialdesk';
 * const wake: WakeEffect = { type: 'wake', at: Date.UTC(2026, 10, 24, 9, 0) };
 * const delay = Math.max(0, wake.at - Date.now()); // what a host passes to setTimeout
 * ```
 */
export interface WakeEffect {
  /** Discriminant. */
  readonly type: 'wake';
  /** When to deliver a `tick`, epoch milliseconds UTC. */
  readonly at: number;
}

/**
 * The tick a host delivers when a {@link WakeEffect} falls due (or at any time: ticks are idempotent).
 *
 * @example
 * ```ts
 * import type { TickEvent } from 'dialdesk';
 * const tick: TickEvent = { type: 'tick', at: 1_764_000_000_000 };
 * ```
 */
export interface TickEvent {
  /** Discriminant. */
  readonly type: 'tick';
  /** The current instant, epoch milliseconds UTC. */
  readonly at: number;
}
