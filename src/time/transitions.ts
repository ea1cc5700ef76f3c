import { fail, isInstant, ok, type Result } from '../core/internal.js';
import { DAY } from './durations.js';
import { transitionsIn } from './engine.js';
import { maxInstant } from './range.js';
import { zone as parseZone } from './zone.js';
import type { Interval, ZoneName } from './types.js';
import type { TimeCode } from './codes.js';

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
  /** The first instant with the new offset, epoch ms UTC: exact (tz data changes offsets on whole seconds; modern ones on whole minutes). */
  readonly at: number;
  /** The offset before, in minutes. */
  readonly before: number;
  /** The offset from `at` on, in minutes. A larger value than `before` opens a gap; a smaller one an overlap. */
  readonly after: number;
}

/**
 * Lists a zone's offset changes within an interval of instants `(start, end]` (supported instants, at
 * most 400 days apart), each at its exact instant, from the offset engine (see the time guide for its
 * rule). Useful to warn "clocks change this weekend" and to aim tests at transition days.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.transitions('Europe/London', { start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) });
 * if (r.ok) r.value.map((t) => new Date(t.at).toISOString()); // ['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z']
 * ```
 */
export function transitions(zone: unknown, range: Interval): Result<readonly Transition[], TimeCode> {
  const z = parseZone(zone);
  if (!z.ok) return z;
  if (typeof range !== 'object' || range === null || !isInstant(range.start) || !isInstant(range.end) || range.end > maxInstant || range.end <= range.start || range.end - range.start > 400 * DAY) {
    return fail('invalid-range', 'Expected { start, end } instants with start < end, at most 400 days apart.', {});
  }
  return ok(Object.freeze(findTransitions(z.value, range.start, range.end)));
}

/** {@link transitions} for a canonical zone and a sound range (any length): the engine's exact changes. */
export function findTransitions(zone: ZoneName, start: number, end: number): Transition[] {
  return transitionsIn(zone, start, end);
}
