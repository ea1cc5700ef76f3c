import { fail, ok, type Result } from '../core/internal.js';
import { DAY } from './durations.js';
import { rangeError } from '../core/internal.js';
import { asDate, asTime } from './brand.js';
import { weekdays, type LocalDate, type LocalTime, type Weekday } from './types.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const DAY_MS = DAY;
/** The wall numbers of 0001-01-01 and 9999-12-31 at midnight: the supported dates. */
const FIRST_MS = -62_135_596_800_000;
const LAST_MS = 253_402_214_400_000;

function checkedDate(fn: string, value: unknown): number {
  const d = parseDate(value);
  if (!d.ok) throw rangeError(`time.${fn}`, 'a date YYYY-MM-DD from 0001-01-01 to 9999-12-31', value);
  return dateToUtcMidnight(d.value);
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses a local date: a string `YYYY-MM-DD` naming a real calendar date from 0001-01-01 to 9999-12-31.
 * Anything else (including `2026-02-30`, `2026-2-3`, numbers, `null`) is refused with `invalid-date`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.parseDate('2028-02-29').ok; // true
 * time.parseDate('2026-02-30').ok; // false
 * ```
 */
export function parseDate(value: unknown): Result<LocalDate, 'invalid-date'> {
  if (typeof value === 'string') {
    const m = DATE.exec(value);
    if (m) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return ok(asDate(value));
    }
  }
  return fail('invalid-date', 'A date must be a real calendar date written YYYY-MM-DD.', { value });
}

/**
 * Parses a local time: a string `HH:mm` from `00:00` to `23:59`. `24:00`, `9:30`, `09:30:00` and
 * non-strings are refused with `invalid-time`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.parseTime('23:59').ok; // true
 * time.parseTime('24:00').ok; // false
 * ```
 */
export function parseTime(value: unknown): Result<LocalTime, 'invalid-time'> {
  if (typeof value === 'string') {
    const m = TIME.exec(value);
    if (m && Number(m[1]) <= 23 && Number(m[2]) <= 59) return ok(asTime(value));
  }
  return fail('invalid-time', 'A time must be written HH:mm, from 00:00 to 23:59.', { value });
}

/** Epoch milliseconds of a valid local date taken as if it were UTC midnight (calendar arithmetic only). */
export function dateToUtcMidnight(date: LocalDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  // Date.UTC maps years 0..99 to 1900..1999; setUTCFullYear does not (and is slower: it makes a Date).
  return year >= 100 ? Date.UTC(year, month, day) : new Date(0).setUTCFullYear(year, month, day);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats UTC-calendar parts of an epoch value as a local date (calendar arithmetic only). */
export function utcMidnightToDate(ms: number): LocalDate {
  const d = new Date(ms);
  return asDate(`${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`);
}

/** Calendar arithmetic on a date the caller made valid, unchecked (internal: may step past 9999-12-31). */
export function shiftDays(date: LocalDate, days: number): LocalDate {
  return utcMidnightToDate(dateToUtcMidnight(date) + days * DAY_MS);
}

/**
 * Adds a whole number of days to a local date (calendar arithmetic; no zone involved). Total: a value
 * that is not a date, a number of days that is not an integer, or a result outside 0001-01-01 to
 * 9999-12-31 throws a `RangeError` naming the value, never a malformed date.
 *
 * @throws RangeError when `date` is not a valid date, `days` not a safe integer, or the result outside 0001-01-01 to 9999-12-31 (the message names the value by kind and size).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const d = time.parseDate('2026-12-31');
 * if (d.ok) time.addDays(d.value, 1); // '2027-01-01'
 * const leap = time.parseDate('2028-03-01');
 * if (leap.ok) time.addDays(leap.value, -1); // '2028-02-29'
 * ```
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  const from = checkedDate('addDays', date);
  if (typeof days !== 'number' || !Number.isSafeInteger(days)) throw rangeError('time.addDays', 'a whole number of days', days);
  const to = from + days * DAY_MS;
  if (!(to >= FIRST_MS && to <= LAST_MS)) throw rangeError('time.addDays', 'a number of days that keeps the date within 0001-01-01 to 9999-12-31', days);
  return utcMidnightToDate(to);
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier). Throws a `RangeError` naming
 * a value that is not a date.
 *
 * @throws RangeError when either value is not a valid date.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const from = time.parseDate('2026-02-27');
 * const to = time.parseDate('2026-03-01');
 * if (from.ok && to.ok) time.daysBetween(from.value, to.value); // 2
 * ```
 */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((checkedDate('daysBetween', to) - checkedDate('daysBetween', from)) / DAY_MS);
}

/**
 * The day of the week of a local date. Throws a `RangeError` naming a value that is not a date
 * (`2026-13-45` is not one).
 *
 * @throws RangeError when `date` is not a valid date.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const d = time.parseDate('2026-11-24');
 * if (d.ok) time.weekdayOf(d.value); // 'tue'
 * ```
 */
export function weekdayOf(date: LocalDate): Weekday {
  return weekdayAt(checkedDate('weekdayOf', date));
}

/** The weekday of a wall number at midnight (internal: the caller made it from a valid date). */
export function weekdayAt(midnight: number): Weekday {
  const jsDay = new Date(midnight).getUTCDay(); // 0 = Sunday
  return weekdays[(jsDay + 6) % 7] as Weekday;
}

/**
 * Minutes after midnight of a local time. Throws a `RangeError` naming a value that is not `HH:mm`.
 *
 * @throws RangeError when `value` is not a time `HH:mm`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const t = time.parseTime('09:30');
 * if (t.ok) time.timeToMinutes(t.value); // 570
 * ```
 */
export function timeToMinutes(value: LocalTime): number {
  if (!parseTime(value).ok) throw rangeError('time.timeToMinutes', 'a time HH:mm from 00:00 to 23:59', value);
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

/**
 * The local time of a number of minutes after midnight, wrapped into one day (fractions are cut).
 * Throws a `RangeError` naming a value that is not a finite number.
 *
 * @throws RangeError when `minutes` is not a finite number.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.minutesToTime(570); // '09:30'
 * time.minutesToTime(-30); // '23:30'
 * ```
 */
export function minutesToTime(minutes: number): LocalTime {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes)) throw rangeError('time.minutesToTime', 'a finite number of minutes', minutes);
  const m = ((Math.trunc(minutes) % 1440) + 1440) % 1440;
  return asTime(`${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}`);
}
