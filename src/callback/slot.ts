/**
 * One bookable callback slot: the half-open interval `[start, end)` (epoch ms UTC), how many callbacks it
 * takes in all and how many are still free.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const slot: callback.Slot = { start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 14, 15), capacity: 4, remaining: 1 };
 * ```
 */
export interface Slot {
  /** First instant of the slot, epoch ms UTC. */
  readonly start: number;
  /** First instant after the slot, epoch ms UTC (greater than `start`). */
  readonly end: number;
  /** How many callbacks the slot takes in all. */
  readonly capacity: number;
  /** How many more callbacks it takes (0 = full). */
  readonly remaining: number;
}

/**
 * An existing callback that takes capacity: either an interval `{ start, end }` (it takes one place in
 * every slot it overlaps) or an instant `{ at }` (it takes a place in the slot holding it), each with an
 * optional `count` (default 1).
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const bookings: callback.Booking[] = [
 *   { at: Date.UTC(2026, 10, 24, 14, 5) },
 *   { start: Date.UTC(2026, 10, 24, 15), end: Date.UTC(2026, 10, 24, 15, 30), count: 2 },
 * ];
 * ```
 */
export type Booking = IntervalBooking | InstantBooking;

/**
 * A booking that holds an interval of time.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const b: callback.IntervalBooking = { start: Date.UTC(2026, 10, 24, 15), end: Date.UTC(2026, 10, 24, 15, 30) };
 * ```
 */
export interface IntervalBooking {
  /** First instant, epoch ms UTC. */
  readonly start: number;
  /** First instant after it, epoch ms UTC. */
  readonly end: number;
  /** How many places it takes in each slot it overlaps (positive integer, default 1). */
  readonly count?: number;
}

/**
 * A booking at one instant (a callback's desired time).
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const b: callback.InstantBooking = { at: Date.UTC(2026, 10, 24, 14, 5), count: 1 };
 * ```
 */
export interface InstantBooking {
  /** The instant, epoch ms UTC. */
  readonly at: number;
  /** How many places it takes in the slot holding it (positive integer, default 1). */
  readonly count?: number;
}
