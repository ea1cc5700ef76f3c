/**
 * A calendar date as `YYYY-MM-DD` (a real date of the proleptic Gregorian calendar, years 0001 to 9999).
 * It names a day, not an instant: it becomes instants only together with a zone. Branded: only
 * {@link parseDate} (and the values the library hands out) make one; a string literal does not compile.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.parseDate('2026-11-24');
 * const d: time.LocalDate | null = r.ok ? r.value : null;
 * ```
 */
export type LocalDate = string & {
  /** The brand: a compile-time mark of a value made by {@link parseDate}; no such property exists at run time. */
  readonly '~brand': 'LocalDate';
};

/**
 * A wall-clock time as `HH:mm`, from `00:00` to `23:59` (`24:00` is not a time). Branded: only
 * {@link parseTime} (and the values the library hands out) make one.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.parseTime('09:30');
 * const t: time.LocalTime | null = r.ok ? r.value : null;
 * ```
 */
export type LocalTime = string & {
  /** The brand: a compile-time mark of a value made by {@link parseTime}; no such property exists at run time. */
  readonly '~brand': 'LocalTime';
};

/**
 * A canonical IANA zone name as returned by {@link zone} (for example `Asia/Kolkata`, `UTC`).
 *
 * Branded: only {@link zone} (and the values the library hands out) make one.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.zone('America/New_York');
 * const z: time.ZoneName | null = r.ok ? r.value : null;
 * ```
 */
export type ZoneName = string & {
  /** The brand: a compile-time mark of a value made by {@link zone}; no such property exists at run time. */
  readonly '~brand': 'ZoneName';
};

/**
 * Days of the week, Monday first (ISO 8601 order).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.weekdays[0]; // 'mon'
 * ```
 */
export const weekdays = Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const);

/**
 * A day of the week: `mon` to `sun`.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const w: time.Weekday = 'sat';
 * ```
 */
export type Weekday = (typeof weekdays)[number];

/**
 * How a local date-time that does not exist (a DST gap) or exists twice (a DST overlap) becomes an instant.
 * The names and the default follow Temporal's `disambiguation` option:
 *
 * | policy       | in a gap (e.g. 02:30 when clocks jump 02:00 → 03:00) | in an overlap (e.g. 01:30 twice) |
 * | ------------ | ------------------------------------------------------ | -------------------------------- |
 * | `compatible` | moves forward by the gap (03:30)                       | the earlier instant              |
 * | `earlier`    | moves back by the gap (01:30)                          | the earlier instant              |
 * | `later`      | moves forward by the gap (03:30)                       | the later instant                |
 * | `reject`     | refused with `time-in-gap`                             | refused with `time-ambiguous`    |
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.resolve({ date: '2026-11-01', time: '01:30', zone: 'America/New_York' }, 'later');
 * ```
 */
export type DstPolicy = 'compatible' | 'earlier' | 'later' | 'reject';

/**
 * A half-open interval of instants `[start, end)`, epoch milliseconds UTC.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const morning: time.Interval = { start: Date.UTC(2026, 0, 5, 14), end: Date.UTC(2026, 0, 5, 17) };
 * ```
 */
export interface Interval {
  /** First instant inside the interval (epoch ms UTC). */
  readonly start: number;
  /** First instant after the interval (epoch ms UTC); always greater than `start`. */
  readonly end: number;
}
