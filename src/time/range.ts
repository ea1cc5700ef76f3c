import { fail, isInstant, isRecord, maxInstant, ok, ownField, type Result } from '../core/internal.js';
import { DAY } from './durations.js';
import type { Interval } from './types.js';
import type { TimeCode } from './codes.js';

// `core.maxInstant`, for the time files that check against it (not part of the time namespace).
export { maxInstant };

/**
 * The longest range the window and calling-hours functions expand into intervals: 3,660 days (about
 * ten years). A longer range is refused with `invalid-range` rather than building an unbounded list.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.maxRangeDays; // 3660
 * ```
 */
export const maxRangeDays = 3660;


/** An instant the time functions accept: `core.isInstant` (0 to `core.maxInstant`, finite, not -0). */
export function isSupportedInstant(value: unknown): value is number {
  return isInstant(value);
}

/** Validates an instant argument, with the field name in the details. */
export function checkInstant(value: unknown, field: string): Result<number, TimeCode> {
  return isSupportedInstant(value)
    ? ok(value)
    : fail('invalid-instant', `\`${field}\` must be an epoch-millisecond number from 0 to ${maxInstant}.`, { field, value }, `$.${field}`);
}

/**
 * Validates a range of instants `{ start, end }` (half-open): both supported instants, `end > start`,
 * at most {@link maxRangeDays} long. Refuses with `invalid-instant` or `invalid-range`; never throws.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.parseRange({ start: 0, end: 86_400_000 }).ok; // true
 * time.parseRange({ start: 10, end: 10 }).ok; // false, code 'invalid-range'
 * ```
 */
export function parseRange(value: unknown): Result<Interval, TimeCode> {
  if (!isRecord(value)) return fail('invalid-range', 'A range must be an object { start, end } of epoch milliseconds.', { value });
  const start = checkInstant(ownField(value, 'start'), 'start');
  if (!start.ok) return start;
  const end = checkInstant(ownField(value, 'end'), 'end');
  if (!end.ok) return end;
  if (end.value <= start.value) return fail('invalid-range', 'A range must end after it starts.', { start: start.value, end: end.value });
  if (end.value - start.value > maxRangeDays * DAY) {
    return fail('invalid-range', `A range may span at most ${maxRangeDays} days.`, { start: start.value, end: end.value });
  }
  return ok(Object.freeze({ start: start.value, end: end.value }));
}
