import { fail, ok, type Result } from '../core/internal.js';
import { MIDNIGHT } from './brand.js';
import { shiftDays, parseDate } from './local-values.js';
import { resolveValid } from './resolve.js';
import { zone as parseZone } from './zone.js';
import type { LocalDate, ZoneName } from './types.js';
import type { TimeCode } from './codes.js';

/**
 * One local calendar day in a zone, as instants.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.day('2026-03-08', 'America/New_York');
 * if (r.ok) r.value.lengthMs; // 82_800_000 (23 hours: spring forward)
 * ```
 */
export interface LocalDay {
  /** The local date. */
  readonly date: LocalDate;
  /** The canonical zone name. */
  readonly zone: ZoneName;
  /** The first instant of the day (the end of the gap where midnight does not exist; the first of two midnights where it repeats). */
  readonly start: number;
  /** The last instant of the day, one millisecond before the next day's `start`. */
  readonly last: number;
  /** The next day's `start`: the day is the half-open interval `[start, end)`. */
  readonly end: number;
  /** `end - start`: 24 hours, except on transition days (23, 25, 23.5, 24.5 hours...). */
  readonly lengthMs: number;
}

/** {@link day} for a valid date and canonical zone. */
export function dayValid(date: LocalDate, zone: ZoneName): LocalDay {
  // 'compatible' gives the end of a midnight gap and the first of two midnights: the first instant of the day.
  const start = resolveValid(zone, date, MIDNIGHT, 'compatible');
  const next = resolveValid(zone, shiftDays(date, 1), MIDNIGHT, 'compatible');
  const s = start.ok ? start.value.at : 0;
  const e = next.ok ? next.value.at : 0;
  return { date, zone, start: s, last: e - 1, end: e, lengthMs: e - s };
}

/**
 * The first and last instant of a local day in a zone, and its length. Where midnight does not exist
 * (a DST gap at 00:00, as in America/Santiago or Asia/Beirut) the day starts at the end of the gap;
 * where midnight happens twice the day starts at the first one.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.day('2026-11-01', 'America/New_York');
 * if (r.ok) r.value.lengthMs / time.HOUR; // 25
 * ```
 */
export function day(date: unknown, zone: unknown): Result<LocalDay, TimeCode> {
  const d = parseDate(date);
  if (!d.ok) return d;
  const z = parseZone(zone);
  if (!z.ok) return z;
  if (d.value === '9999-12-31') return fail('invalid-date', 'The last supported day has no following day.', { value: date });
  return ok(Object.freeze(dayValid(d.value, z.value)));
}
