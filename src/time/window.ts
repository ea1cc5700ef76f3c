import { fail, isRecord, ok, ownField, type Result } from '../core/internal.js';
import { shiftDays, daysBetween, parseTime, timeToMinutes } from './local-values.js';
import { localValid } from './local.js';
import { intersectIntervals, intervalsContain, mergeIntervals } from './intervals.js';
import { checkInstant, maxInstant, parseRange } from './range.js';
import { boundInstant } from './wall.js';
import { zone as parseZone } from './zone.js';
import type { Interval, LocalTime, ZoneName } from './types.js';
import type { TimeCode } from './codes.js';
import { DAY } from './durations.js';

/**
 * A daily window: every local day in `zone`, from `from` (inclusive) until `until` (exclusive).
 *
 * - `from < until`: a same-day window, `09:00`–`17:00`.
 * - `from > until`: the window **crosses midnight**: `22:00`–`06:00` opens at 22:00 on each local date
 *   and closes at 06:00 on the next one.
 * - `from === until` is refused (`invalid-window`): it would be ambiguous between "never" and "always".
 *
 * Each bound is turned into an instant, on each local date, with {@link resolve}'s `compatible` policy:
 * a bound in a DST gap moves forward by the gap (on a spring-forward day in New York a 02:30 bound means
 * 03:30), a bound in an overlap takes the first of the two instants (a window ending at 01:30 on a
 * fall-back day closes at the first 01:30). If on some date the closing instant is not after the opening
 * one (only possible when a bound falls in a gap, e.g. `02:30`–`03:15` on a day when 02:00 jumps to
 * 03:00, which means 03:30–03:15), the window stays closed that day.
 *
 * A `DailyWindow` is what {@link parseWindow} gives (branded times and a canonical zone). The window
 * functions ({@link inWindow}, {@link nextOpen}, {@link windowIntervals}, {@link intersectWindows}) check
 * their window again, so they also take the same shape with plain strings.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const device = time.parseWindow({ from: '09:00', until: '20:00', zone: 'Europe/Paris' });
 * const window: time.DailyWindow | null = device.ok ? device.value : null; // { from: '09:00', until: '20:00', zone: 'Europe/Paris' }
 * ```
 */
export interface DailyWindow {
  /** Local time the window opens at each day, `HH:mm` (inclusive). */
  readonly from: LocalTime;
  /** Local time the window closes at, `HH:mm` (exclusive); on the next local date when before `from`. */
  readonly until: LocalTime;
  /** The IANA zone the window is read in (canonical once parsed). */
  readonly zone: ZoneName;
}

/**
 * Validates a daily window from untrusted data: an object with `from` and `until` (`HH:mm`, `00:00` to
 * `23:59`) that differ, and a known `zone` (returned canonical). Anything wrong is refused with
 * `invalid-window`, whose `details` name the `field` (`from`, `until`, `zone`) and carry the `cause`
 * (the part's own rejection, e.g. code `invalid-time` or `unknown-zone`). Never throws.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.parseWindow({ from: '22:00', until: '06:00', zone: 'asia/calcutta' });
 * // { ok: true, value: { from: '22:00', until: '06:00', zone: 'Asia/Kolkata' } }
 * time.parseWindow({ from: '09:00', until: '09:00', zone: 'UTC' }).ok; // false: 'invalid-window'
 * time.parseWindow({ from: '09:00', until: '24:00', zone: 'UTC' }).ok; // false: 'invalid-window'
 * ```
 */
export function parseWindow(value: unknown): Result<DailyWindow, TimeCode> {
  if (!isRecord(value)) return fail('invalid-window', 'A window must be an object { from, until, zone }.', { value });
  const from = parseTime(ownField(value, 'from'));
  if (!from.ok) return fail('invalid-window', `Window \`from\`: ${from.error.message}`, { field: 'from', cause: from.error }, '$.from');
  const until = parseTime(ownField(value, 'until'));
  if (!until.ok) return fail('invalid-window', `Window \`until\`: ${until.error.message}`, { field: 'until', cause: until.error }, '$.until');
  const z = parseZone(ownField(value, 'zone'));
  if (!z.ok) return fail('invalid-window', `Window \`zone\`: ${z.error.message}`, { field: 'zone', cause: z.error }, '$.zone');
  if (from.value === until.value) {
    return fail('invalid-window', 'A window must open and close at different times.', { field: 'until', from: from.value, until: until.value }, '$.until');
  }
  return ok(Object.freeze({ from: from.value, until: until.value, zone: z.value }));
}

/**
 * The intervals of a valid window that meet `[start, end)`, clipped to it, sorted and merged. Internal:
 * the window is parsed and the bounds are supported instants.
 */
export function windowIntervalsValid(window: DailyWindow, start: number, end: number): readonly Interval[] {
  const fromMin = timeToMinutes(window.from);
  const untilMin = timeToMinutes(window.until);
  const crosses = fromMin > untilMin;
  // Two days of margin before and one after: a window opened on an earlier date may still be open at
  // `start` (crossing midnight, pushed by a gap), whatever the zone's offset.
  const firstDate = shiftDays(localValid(start, window.zone).date, -2);
  const count = daysBetween(firstDate, localValid(end, window.zone).date) + 2;
  const parts: Interval[] = [];
  // Counted, not compared as strings: '10000-01-01' sorts before '9999-12-31'.
  for (let i = 0, date = firstDate; i < count; i++, date = shiftDays(date, 1)) {
    const open = boundInstant(window.zone, date, fromMin);
    const close = boundInstant(window.zone, date, crosses ? untilMin + 1440 : untilMin);
    const s = Math.max(open, start);
    const e = Math.min(close, end);
    if (e > s) parts.push({ start: s, end: e });
  }
  return mergeIntervals(parts);
}

/**
 * Whether a window is open at an instant (the instant is in one of its intervals, see
 * {@link windowIntervals}). Refuses a bad window (`invalid-window`) or instant (`invalid-instant`).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const w = { from: '22:00', until: '06:00', zone: 'UTC' };
 * time.inWindow(w, Date.UTC(2026, 0, 5, 23, 0)); // { ok: true, value: true }
 * time.inWindow(w, Date.UTC(2026, 0, 5, 6, 0)); // { ok: true, value: false } (until is exclusive)
 * ```
 */
export function inWindow(window: { readonly from: string; readonly until: string; readonly zone: string }, at: number): Result<boolean, TimeCode> {
  const w = parseWindow(window);
  if (!w.ok) return w;
  const t = checkInstant(at, 'at');
  if (!t.ok) return t;
  return ok(intervalsContain(windowIntervalsValid(w.value, t.value, t.value + 1), t.value));
}

/** Days searched ahead by {@link nextOpen}. */
const NEXT_OPEN_DAYS = 31;

/**
 * The first instant at or after `at` at which the window is open: `at` itself when the window is open
 * then, otherwise the next opening instant (the `start` of its next interval). `null` when the window
 * does not open within the 31 days after `at` (a valid window opens every day except, possibly, a DST
 * transition day, so this only happens near `core.maxInstant`). Refuses bad input with
 * `invalid-window` or `invalid-instant`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const w = { from: '09:00', until: '17:00', zone: 'America/New_York' };
 * time.nextOpen(w, Date.UTC(2026, 6, 1, 12)); // { ok: true, value: Date.UTC(2026, 6, 1, 13) } (09:00 EDT)
 * time.nextOpen(w, Date.UTC(2026, 6, 1, 14)); // { ok: true, value: Date.UTC(2026, 6, 1, 14) } (open now)
 * ```
 */
export function nextOpen(window: { readonly from: string; readonly until: string; readonly zone: string }, at: number): Result<number | null, TimeCode> {
  const w = parseWindow(window);
  if (!w.ok) return w;
  const t = checkInstant(at, 'at');
  if (!t.ok) return t;
  for (let chunk = 0; chunk * 8 < NEXT_OPEN_DAYS; chunk++) {
    const start = t.value + chunk * 8 * DAY;
    const end = Math.min(t.value + Math.min((chunk + 1) * 8, NEXT_OPEN_DAYS) * DAY, maxInstant + 1);
    if (start >= end) break;
    const first = windowIntervalsValid(w.value, start, end)[0];
    // Intervals are clipped to `start`: when the window is open at `at`, the first one starts there.
    if (first !== undefined) return ok(first.start);
  }
  return ok(null);
}

/**
 * The intervals of one window within a range of instants: sorted, merged, half-open, clipped to the
 * range (an interval that began before `range.start` is cut there). Each local date's opening follows
 * the rules of {@link DailyWindow}. Refuses a bad window (`invalid-window`) or range (`invalid-range`,
 * `invalid-instant`; at most {@link maxRangeDays} days).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const w = { from: '09:00', until: '17:00', zone: 'Asia/Kathmandu' };
 * time.windowIntervals(w, { start: Date.UTC(2026, 0, 5), end: Date.UTC(2026, 0, 6) });
 * // { ok: true, value: [{ start: Date.UTC(2026, 0, 5, 3, 15), end: Date.UTC(2026, 0, 5, 11, 15) }] }
 * ```
 */
export function windowIntervals(window: { readonly from: string; readonly until: string; readonly zone: string }, range: Interval): Result<readonly Interval[], TimeCode> {
  const w = parseWindow(window);
  if (!w.ok) return w;
  const r = parseRange(range);
  if (!r.ok) return r;
  return ok(windowIntervalsValid(w.value, r.value.start, r.value.end));
}

/**
 * The instants of a range at which **every** window is open, as sorted, merged, half-open intervals:
 * for example a contact's device window (in the contact's zone) ∩ the legal calling hours (in the
 * contact's zone) ∩ the business hours of the agent's site (in the site's zone). Windows may be in
 * different zones. With no windows the whole range is returned (nothing restricts it). Refuses a bad
 * window (`invalid-window`, with its `index` in the details) or range (`invalid-range`,
 * `invalid-instant`).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const contact = { from: '08:00', until: '21:00', zone: 'America/Los_Angeles' };
 * const site = { from: '09:00', until: '18:00', zone: 'America/New_York' };
 * time.intersectWindows([contact, site], { start: Date.UTC(2026, 6, 1), end: Date.UTC(2026, 6, 2) });
 * // 09:00–18:00 in New York on 1 July is 13:00Z–22:00Z; 08:00–21:00 in Los Angeles is 15:00Z–04:00Z:
 * // { ok: true, value: [{ start: Date.UTC(2026, 6, 1, 15), end: Date.UTC(2026, 6, 1, 22) }] }
 * ```
 */
export function intersectWindows(windows: readonly { readonly from: string; readonly until: string; readonly zone: string }[], range: Interval): Result<readonly Interval[], TimeCode> {
  if (!Array.isArray(windows)) return fail('invalid-window', 'Expected an array of windows.', { value: windows });
  const parsed: DailyWindow[] = [];
  for (const [index, candidate] of (windows as readonly unknown[]).entries()) {
    const w = parseWindow(candidate);
    if (!w.ok) return fail('invalid-window', w.error.message, { index, ...(w.error.details as object) }, `$[${index}]${(w.error.path ?? '$').slice(1)}`);
    parsed.push(w.value);
  }
  const r = parseRange(range);
  if (!r.ok) return r;
  let acc: readonly Interval[] = Object.freeze([r.value]);
  for (const w of parsed) {
    if (acc.length === 0) break;
    acc = intersectIntervals(acc, windowIntervalsValid(w, r.value.start, r.value.end));
  }
  return ok(acc);
}
