import { fail, isInstant, ok, type Result } from '../core/internal.js';
import { offsetMinutes } from './offsets.js';
import { zone as parseZone } from './zone.js';
import type { Interval, ZoneName } from './types.js';
import type { TimeErrorCode } from './codes.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * A change of a zone's UTC offset (a DST start or end, or a change of standard time).
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const springForward: time.Transition = { at: Date.UTC(2026, 2, 8, 7), before: -300, after: -240 };
 * ```
 */
export interface Transition {
  /** The first instant with the new offset, epoch ms UTC (transitions fall on whole minutes). */
  readonly at: number;
  /** The offset before, in minutes. */
  readonly before: number;
  /** The offset from `at` on, in minutes. A larger value than `before` opens a gap; a smaller one an overlap. */
  readonly after: number;
}

/**
 * Lists a zone's offset changes within an interval of instants (at most 400 days long), by sampling
 * the offset once a day and narrowing each change to the minute (no zone changes its offset and back
 * within one day). Useful to warn "clocks change this weekend" and to aim tests at transition days.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.transitions('Europe/London', { start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) });
 * if (r.ok) r.value.map((t) => new Date(t.at).toISOString()); // ['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']
 * ```
 */
export function transitions(zone: unknown, range: Interval): Result<readonly Transition[], TimeErrorCode> {
  const z = parseZone(zone);
  if (!z.ok) return z;
  if (typeof range !== 'object' || range === null || !isInstant(range.start) || !isInstant(range.end) || range.end <= range.start || range.end - range.start > 400 * DAY) {
    return fail('invalid-range', 'Expected { start, end } instants with start < end, at most 400 days apart.', { range });
  }
  return ok(Object.freeze(findTransitions(z.value, range.start, range.end)));
}

/** {@link transitions} for a canonical zone and a sound range (any length). */
export function findTransitions(zone: ZoneName, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  const stride = DAY;
  let t = start;
  let offset = offsetMinutes(zone, t);
  while (t < end) {
    const next = Math.min(t + stride, end);
    const nextOffset = offsetMinutes(zone, next);
    if (nextOffset !== offset) {
      // Narrow to the minute: offset(lo) is the old one, offset(hi) the new one.
      let lo = Math.floor(t / MINUTE);
      let hi = Math.ceil(next / MINUTE);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMinutes(zone, mid * MINUTE) === offset) lo = mid;
        else hi = mid;
      }
      const at = hi * MINUTE;
      if (at > start && at <= end) found.push(Object.freeze({ at, before: offset, after: offsetMinutes(zone, at) }));
    }
    t = next;
    offset = nextOffset;
  }
  return found;
}
