import { fail, isRecord, ok, ownField, type Result } from '../core/internal.js';
import { shiftDays, daysBetween, timeToMinutes, weekdayOf } from './local-values.js';
import { localValid } from './local.js';
import { intervalsContain, mergeIntervals } from './intervals.js';
import { checkInstant, maxInstant, maxRangeDays, parseRange } from './range.js';
import { boundInstant } from './wall.js';
import { zone as parseZone } from './zone.js';
import { boundMinutes, parseCallingHours, parseDateList } from './calling-hours-parse.js';
import type { CallingHoursRule } from './calling-hours.js';
import type { Interval, LocalDate, ZoneName } from './types.js';
import type { TimeCode } from './codes.js';
import { DAY } from './durations.js';

/**
 * Options of {@link isAllowed}, {@link nextAllowed} and {@link allowedIntervals}.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const options: time.CallingHoursOptions = { holidays: ['2026-12-25', '2027-01-01'], searchDays: 30 };
 * ```
 */
export interface CallingHoursOptions {
  /**
   * Public holidays at the called party's location, as local dates. They close the whole date only
   * when the rule has `closedOnHolidays: true` (as the France preset does); otherwise they are ignored.
   */
  readonly holidays?: readonly string[];
  /** How many days {@link nextAllowed} looks ahead before answering `null`: an integer from 1 to {@link maxRangeDays}; default 14. */
  readonly searchDays?: number;
}

interface Checked {
  readonly rule: CallingHoursRule;
  readonly zone: ZoneName;
  readonly closed: ReadonlySet<LocalDate>;
  readonly searchDays: number;
}

function check(rule: unknown, zone: unknown, options: unknown): Result<Checked, TimeCode> {
  const r = parseCallingHours(rule);
  if (!r.ok) return r;
  const z = parseZone(zone);
  if (!z.ok) return z;
  if (options !== undefined && !isRecord(options)) return fail('invalid-calling-hours', 'Options must be an object { holidays?, searchDays? }.', undefined, '$');
  const rawHolidays = options === undefined ? undefined : ownField(options, 'holidays');
  const holidays = rawHolidays === undefined ? ok([] as readonly LocalDate[]) : parseDateList(rawHolidays, 'holidays', 'invalid-date');
  if (!holidays.ok) return holidays;
  const searchDays = (options === undefined ? undefined : ownField(options, 'searchDays')) ?? 14;
  if (typeof searchDays !== 'number' || !Number.isInteger(searchDays) || searchDays < 1 || searchDays > maxRangeDays) {
    return fail('invalid-range', `\`searchDays\` must be an integer from 1 to ${maxRangeDays}.`, { value: searchDays }, '$.searchDays');
  }
  const closed = new Set<LocalDate>(r.value.closedDates);
  if (r.value.closedOnHolidays) for (const d of holidays.value) closed.add(d);
  return ok({ rule: r.value, zone: z.value, closed, searchDays });
}

/** The allowed intervals of a checked rule meeting `[start, end)`, clipped, sorted and merged. */
function intervalsValid(c: Checked, start: number, end: number): readonly Interval[] {
  const parts: Interval[] = [];
  // Two days of margin before: a bound pushed forward by a gap can land on the next local date.
  const firstDate = shiftDays(localValid(start, c.zone).date, -2);
  const count = daysBetween(firstDate, localValid(end, c.zone).date) + 2;
  for (let i = 0, date = firstDate; i < count; i++, date = shiftDays(date, 1)) {
    if (c.closed.has(date)) continue;
    for (const period of c.rule.weekly[weekdayOf(date)]) {
      const open = Math.max(boundInstant(c.zone, date, timeToMinutes(period.from)), start);
      const close = Math.min(boundInstant(c.zone, date, boundMinutes(period.until)), end);
      if (close > open) parts.push({ start: open, end: close });
    }
  }
  return mergeIntervals(parts);
}

/**
 * Whether a call at instant `at` is allowed by the rule, read in the called party's `zone`: `at` falls
 * in an allowed period of its local date, and that date is neither in `closedDates` nor (when the rule
 * says `closedOnHolidays`) in `options.holidays`. Period ends are exclusive. Refuses bad input
 * (`invalid-calling-hours`, `unknown-zone`, `invalid-instant`, `invalid-date` for a bad holiday).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const fr = time.callingHoursPresets.fr;
 * time.isAllowed(fr, Date.UTC(2026, 10, 24, 11, 30), 'Europe/Paris'); // 12:30 on a Tuesday: { ok: true, value: true }
 * time.isAllowed(fr, Date.UTC(2026, 10, 24, 12, 30), 'Europe/Paris'); // 13:30, lunch: { ok: true, value: false }
 * time.isAllowed(fr, Date.UTC(2026, 11, 25, 10), 'Europe/Paris', { holidays: ['2026-12-25'] }); // { ok: true, value: false }
 * ```
 */
export function isAllowed(rule: CallingHoursRule, at: number, zone: string, options?: CallingHoursOptions): Result<boolean, TimeCode> {
  const c = check(rule, zone, options);
  if (!c.ok) return c;
  const t = checkInstant(at, 'at');
  if (!t.ok) return t;
  return ok(intervalsContain(intervalsValid(c.value, t.value, t.value + 1), t.value));
}

/**
 * The first instant at or after `at` at which a call is allowed: `at` itself when allowed now,
 * otherwise the start of the next allowed period. Looks ahead `options.searchDays` days (default 14)
 * and answers `ok(null)` when nothing is allowed in that span (a rule with no periods, a long run of
 * closed dates): `null` means "not within the bound", not an error. Refuses bad input like
 * {@link isAllowed}, and a bad `searchDays` with `invalid-range`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * // Friday 2026-11-27 21:00 in Paris: next allowed is Monday 10:00 (09:00Z).
 * time.nextAllowed(time.callingHoursPresets.fr, Date.UTC(2026, 10, 27, 20), 'Europe/Paris');
 * // { ok: true, value: Date.UTC(2026, 10, 30, 9) }
 * ```
 */
export function nextAllowed(rule: CallingHoursRule, at: number, zone: string, options?: CallingHoursOptions): Result<number | null, TimeCode> {
  const c = check(rule, zone, options);
  if (!c.ok) return c;
  const t = checkInstant(at, 'at');
  if (!t.ok) return t;
  const limit = Math.min(t.value + c.value.searchDays * DAY, maxInstant + 1);
  // Search a week at a time: the answer is almost always in the first one.
  for (let start = t.value; start < limit; start += 7 * DAY) {
    const first = intervalsValid(c.value, start, Math.min(start + 7 * DAY, limit))[0];
    if (first !== undefined) return ok(first.start);
  }
  return ok(null);
}

/**
 * The allowed intervals of a rule within a range of instants, read in the called party's `zone`:
 * sorted, merged, half-open, clipped to the range. Intersect them with windows or other lists with
 * {@link intersectIntervals}. Refuses bad input like {@link isAllowed}, and a bad range with
 * `invalid-range` or `invalid-instant` (at most {@link maxRangeDays} days).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * // Saturday 2026-11-28 in Toronto runs from 05:00Z to 05:00Z the next day.
 * const saturday = { start: Date.UTC(2026, 10, 28, 5), end: Date.UTC(2026, 10, 29, 5) };
 * time.allowedIntervals(time.callingHoursPresets.ca, saturday, 'America/Toronto');
 * // 10:00–18:00 EST: { ok: true, value: [{ start: Date.UTC(2026, 10, 28, 15), end: Date.UTC(2026, 10, 28, 23) }] }
 * ```
 */
export function allowedIntervals(rule: CallingHoursRule, range: Interval, zone: string, options?: CallingHoursOptions): Result<readonly Interval[], TimeCode> {
  const c = check(rule, zone, options);
  if (!c.ok) return c;
  const r = parseRange(range);
  if (!r.ok) return r;
  return ok(intervalsValid(c.value, r.value.start, r.value.end));
}
