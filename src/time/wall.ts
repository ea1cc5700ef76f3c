import { shiftDays, dateToUtcMidnight, parseDate, utcMidnightToDate } from './local-values.js';
import { rangeError } from '../core/internal.js';
import { DAY, MINUTE } from './durations.js';
import { pickInstant, wallInstants } from './engine.js';
import type { LocalDate, ZoneName } from './types.js';

/** The wall number of 0001-01-01T00:00 and of 10000-01-01T00:00. */
const FIRST_WALL = -62_135_596_800_000;
const LAST_WALL = 253_402_300_800_000;

/**
 * The instant of a wall-clock bound: `minutes` after local midnight of `date` in `zone` (1440 means the
 * next day's 00:00), resolved with the `compatible` policy exactly as {@link resolve} does: a bound in a
 * gap moves forward by the gap, a bound in an overlap takes the earlier instant. Internal: the zone is
 * canonical and the date valid.
 */
export function boundInstant(zone: ZoneName, date: LocalDate, minutes: number): number {
  const day = minutes >= 1440 ? shiftDays(date, 1) : date;
  const wallMs = dateToUtcMidnight(day) + (minutes % 1440) * MINUTE;
  return pickInstant(wallInstants(zone, wallMs), wallMs, 'compatible');
}

/**
 * A local date's midnight as a "wall" number: the local date-time written as if it were UTC epoch
 * milliseconds (`Date.UTC` of its parts; years 1 to 99 stay themselves). Wall numbers are what
 * {@link firstInstant} and {@link compatibleInstant} take: add minutes to them, then ask a timeline for
 * the instant. Throws a `RangeError` naming the value for anything but a valid `YYYY-MM-DD` date.
 *
 * @throws RangeError when `date` is not a valid date.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const d = time.parseDate('2026-11-24');
 * if (d.ok) time.wallMidnight(d.value); // Date.UTC(2026, 10, 24)
 * ```
 */
export function wallMidnight(date: LocalDate): number {
  const d = parseDate(date);
  if (!d.ok) throw rangeError('time.wallMidnight', 'a date YYYY-MM-DD from 0001-01-01 to 9999-12-31', date);
  return dateToUtcMidnight(d.value);
}

/**
 * The local date a wall number (see {@link wallMidnight}) falls on. Throws a `RangeError` naming the
 * value outside years 0001 to 9999.
 *
 * @throws RangeError when `wall` is not a number within years 0001 to 9999.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.wallDate(Date.UTC(2026, 10, 24, 9, 30)); // '2026-11-24'
 * ```
 */
export function wallDate(wall: number): LocalDate {
  if (typeof wall !== 'number' || !(wall >= FIRST_WALL && wall < LAST_WALL)) throw rangeError('time.wallDate', 'a wall time from 0001-01-01 to 9999-12-31', wall);
  return utcMidnightToDate(wall - (((wall % DAY) + DAY) % DAY));
}
