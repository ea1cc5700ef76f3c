import { isInstant, isRecord, ok, ownField, type Result } from '../core/internal.js';
import type { CallbackCode } from './codes.js';
import { child, refusedAt } from './path.js';
import type { Slot } from './slot.js';

/** A booking normalised to `[start, end)` (an instant booking has `end = start + 1`) with its count. */
export interface NormalBooking {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/**
 * Validates a list of bookings (intervals `{ start, end, count? }` or instants `{ at, count? }`, see
 * {@link Booking}) into half-open intervals. Total; the rejection's `details.path` names the bad field.
 * Internal helper of {@link computeSlots}.
 */
export function parseBookings(raw: unknown, path = '$.bookings'): Result<readonly NormalBooking[], CallbackCode> {
  if (raw === undefined) return ok([]);
  if (!Array.isArray(raw)) return refusedAt('invalid-booking', path, 'expected a list of bookings.', raw);
  const list = raw as readonly unknown[];
  const out: NormalBooking[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const p = child(path, i);
    const item = list[i];
    const no = (field: string, message: string, value: unknown) =>
      refusedAt('invalid-booking' as const, child(p, field), message, value);
    if (!isRecord(item)) return refusedAt('invalid-booking', p, 'expected { start, end } or { at }.', item);
    const countRaw = ownField(item, 'count');
    const count = countRaw === undefined ? 1 : countRaw;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) return no('count', 'expected a positive integer.', countRaw);
    const at = ownField(item, 'at');
    if (at !== undefined) {
      if (!isInstant(at)) return no('at', 'expected epoch milliseconds.', at);
      out.push({ start: at, end: at + 1, count });
      continue;
    }
    const start = ownField(item, 'start');
    const end = ownField(item, 'end');
    if (!isInstant(start)) return no('start', 'expected epoch milliseconds.', start);
    if (!isInstant(end) || end <= start) return no('end', 'expected epoch milliseconds after `start`.', end);
    out.push({ start, end, count });
  }
  return ok(out);
}

/** Index of the first slot whose end is after `t` (slots sorted and non-overlapping). */
function firstEndingAfter(slots: readonly Slot[], t: number): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((slots[mid] as Slot).end > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * How many places the bookings take in each slot: `taken[i]` for `slots[i]`. A booking takes its count
 * in every slot it overlaps (half-open intervals).
 */
export function takenPerSlot(slots: readonly Slot[], bookings: readonly NormalBooking[]): number[] {
  const taken = new Array<number>(slots.length).fill(0);
  for (const b of bookings) {
    for (let i = firstEndingAfter(slots, b.start); i < slots.length && (slots[i] as Slot).start < b.end; i += 1) {
      taken[i] = (taken[i] as number) + b.count;
    }
  }
  return taken;
}
