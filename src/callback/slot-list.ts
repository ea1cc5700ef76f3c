import type { Slot } from './slot.js';

/*
 * The slot lists `computeSlots` returned: frozen arrays of frozen plain slots (own data fields only), so
 * the grid may read their fields directly instead of copying each slot to guard against getters. The
 * grid still checks every slot's numbers, so such a list is refused exactly as a copy of it would be.
 */
const made = new WeakSet<object>();

/** Remembers a frozen list of frozen plain slots that `computeSlots` built, and returns it. */
export function madeSlots(list: readonly Slot[]): readonly Slot[] {
  made.add(list);
  return list;
}

/** Whether a value is a list {@link madeSlots} remembered (its slots' fields can be read directly). */
export function isMadeSlots(value: unknown): value is readonly Slot[] {
  return typeof value === 'object' && value !== null && made.has(value);
}
