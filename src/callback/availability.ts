import { isInstant, isRecord, maxInstant, ok, ownField, type Result } from '../core/internal.js';
import {
  DAY as timeDAY,
  MINUTE as timeMINUTE,
  firstInstant as timeFirstInstant,
  offsetTimeline,
  runEnd as timeRunEnd,
  segmentIndex as timeSegmentIndex,
  timeToMinutes,
  timelineOffset as timeTimelineOffset,
  wallDate,
  weekdayOf,
  weekdays,
  zone as parseZone,
  parseDate,
  parseTime,
  type OffsetSegment,
  type Weekday,
} from '../time/index.js';
import { parseBookings, takenPerSlot } from './bookings.js';
import type { CallbackCode } from './codes.js';
import { isParsedRules, parseAvailabilityConfig, parsePeriods } from './config-parse.js';
import { child, refusedAt } from './path.js';
import { bucketSizes, type AvailabilityRules, type OpenPeriod } from './rules.js';
import type { Booking, Slot } from './slot.js';
import { madeSlots } from './slot-list.js';

// Bound once at load: the hot loops below read module locals, not re-exported bindings (which a
// dev-mode module loader turns into getter chains). The durations are time's own constants, not copies:
// reading them through the import in the loops doubled the callback bench under vitest (issue 16).
const DAY = timeDAY;
const MINUTE = timeMINUTE;
const firstInstant = timeFirstInstant;
const runEnd = timeRunEnd;
const segmentIndex = timeSegmentIndex;
const timelineOffset = timeTimelineOffset;

/**
 * What to compute availability for: the current instant, optionally a narrower range, and the existing
 * bookings.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const q: callback.AvailabilityQuery = { at: Date.UTC(2026, 10, 24, 12), bookings: [{ at: Date.UTC(2026, 10, 24, 15) }] };
 * ```
 */
export interface AvailabilityQuery {
  /** Now, epoch ms UTC: slots start no earlier than `at` plus the notice, and before `at` plus the horizon. */
  readonly at: number;
  /** Only slots starting at or after this instant (epoch ms UTC). */
  readonly from?: number;
  /** Only slots starting before this instant (epoch ms UTC). */
  readonly until?: number;
  /** Callbacks already booked; each takes its count from every slot it overlaps. */
  readonly bookings?: readonly Booking[];
}

interface Bucketing {
  readonly periods: readonly (readonly [number, number])[];
  readonly steps: readonly (readonly [number, number])[];
}

function minutesOfPeriods(periods: readonly OpenPeriod[]): readonly (readonly [number, number])[] {
  return periods.map((p) => [timeToMinutes(p.from), p.until === '24:00' ? 1440 : timeToMinutes(p.until)] as const);
}

function capacityAt(rules: AvailabilityRules, steps: readonly (readonly [number, number])[], minute: number): number {
  if (typeof rules.capacity === 'number') return rules.capacity;
  let cap = rules.capacity.default;
  for (const [from, c] of steps) {
    if (from > minute) break;
    cap = c;
  }
  return cap;
}

/**
 * Computes the bookable slots from validated {@link AvailabilityRules}.
 *
 * How buckets are laid: for each local date of the business zone, each open period is cut into buckets of
 * `bucketMinutes` on the wall clock, starting at the opening time (`08:00, 08:15, ...`); a last bucket
 * that would end after the closing time is not offered. Capacity 0 means no slot. Slots whose start is
 * before `at + noticeMinutes`, or at or after `at + horizonDays × 24 h`, are left out; slots that bookings
 * fill are kept with `remaining: 0`, so a grid can tell "full" from "closed".
 *
 * Daylight-saving transitions (the rule, chosen so that slots never start in a gap, never repeat an
 * instant and never overlap, and every instant of a slot reads inside its bucket on the wall clock):
 * - A bucket whose wall-clock start does not exist (it falls in a gap, like 02:00–03:00 on a
 *   spring-forward night in New York) is not offered.
 * - A bucket whose wall-clock start happens twice (an overlap, like 01:00–02:00 on a fall-back night) is
 *   offered once, at its first occurrence; the repeated hour gets no buckets of its own.
 * - A slot is the real interval from its start for as long as the wall clock stays inside the bucket,
 *   and at most the bucket size: a bucket that a transition cuts (01:30–02:30 when 02:00 jumps to 03:00,
 *   or 01:30–02:30 when 02:00 falls back to 01:00) ends at the transition, so it is shorter than the others.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const rules = callback.parseAvailabilityConfig({
 *   zone: 'America/New_York', bucketMinutes: 15, capacity: 2,
 *   weekly: { tue: [{ from: '08:00', until: '20:00' }] },
 * });
 * if (rules.ok) {
 *   const slots = callback.computeSlots(rules.value, { at: Date.UTC(2026, 10, 23, 12) });
 *   if (slots.ok) slots.value[0]; // { start: Date.UTC(2026, 10, 24, 13), end: ..., capacity: 2, remaining: 2 }
 * }
 * ```
 */
export function computeSlots(rules: AvailabilityRules, query: AvailabilityQuery): Result<readonly Slot[], CallbackCode> {
  const unsound = rulesProblem(rules);
  if (unsound !== null) return unsound;
  if (!isRecord(query)) return refusedAt('invalid-config', '$', 'expected { at, from?, until?, bookings? }.', query);
  const at = ownField(query, 'at');
  if (!isInstant(at)) return refusedAt('invalid-instant', '$.at', `expected epoch milliseconds from 0 to ${maxInstant}.`, at);
  const fromRaw = ownField(query, 'from');
  const untilRaw = ownField(query, 'until');
  if (fromRaw !== undefined && !isInstant(fromRaw)) return refusedAt('invalid-instant', '$.from', 'expected epoch milliseconds.', fromRaw);
  if (untilRaw !== undefined && !isInstant(untilRaw)) return refusedAt('invalid-instant', '$.until', 'expected epoch milliseconds.', untilRaw);
  const bookings = parseBookings(ownField(query, 'bookings'));
  if (!bookings.ok) return bookings;

  const lower = Math.max(at + rules.noticeMinutes * MINUTE, fromRaw ?? 0);
  const upper = Math.min(at + rules.horizonDays * DAY, untilRaw ?? Number.MAX_SAFE_INTEGER, maxInstant);
  if (upper <= lower) return ok(Object.freeze([]));

  // Each slot is built once and frozen once, after the bookings have set its remaining count.
  const slots = bucketSlots(rules, lower, upper);
  if (bookings.value.length > 0) {
    const taken = takenPerSlot(slots, bookings.value);
    for (let i = 0; i < slots.length; i += 1) {
      const s = slots[i] as OpenSlot;
      s.remaining = Math.max(0, s.capacity - (taken[i] as number));
    }
  }
  for (const s of slots) Object.freeze(s);
  return ok(madeSlots(Object.freeze(slots)));
}

/** A slot while {@link computeSlots} builds it: `remaining` is set once the bookings are counted. */
interface OpenSlot {
  readonly start: number;
  readonly end: number;
  readonly capacity: number;
  remaining: number;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Checks the zone and the numbers of rules a caller built by hand (the type lets any string and number
 * through): a capacity that is NaN, negative or fractional would otherwise reach the slots, and the grid,
 * as a capacity; an unknown zone would give no slots. Rules from {@link parseAvailabilityConfig} always pass.
 */
function rulesProblem(rules: AvailabilityRules): Result<never, CallbackCode> | null {
  // Rules the parser made are deeply frozen and already passed every check below.
  if (isParsedRules(rules)) return null;
  if (!isRecord(rules)) return refusedAt('invalid-config', '$', 'expected availability rules (see parseAvailabilityConfig).', rules);
  // Without this an unknown zone gave no slots at all, silently (the offsets of the range were refused).
  if (!parseZone(ownField(rules, 'zone')).ok) return refusedAt('unknown-zone', '$.zone', 'expected an IANA zone name.', ownField(rules, 'zone'));
  if (!(bucketSizes as readonly unknown[]).includes(ownField(rules, 'bucketMinutes'))) return refusedAt('invalid-bucket', '$.bucketMinutes', 'expected 5, 10, 15, 20, 30, 60 or 120.', ownField(rules, 'bucketMinutes'));
  if (!isCount(ownField(rules, 'noticeMinutes'))) return refusedAt('invalid-config', '$.noticeMinutes', 'expected whole minutes from 0.', ownField(rules, 'noticeMinutes'));
  const horizon = ownField(rules, 'horizonDays');
  if (!isCount(horizon) || horizon < 1 || horizon > 366) return refusedAt('invalid-config', '$.horizonDays', 'expected whole days from 1 to 366.', horizon);
  const periods = periodsProblem(rules);
  if (periods !== null) return periods;
  const capacity = ownField(rules, 'capacity');
  if (typeof capacity === 'number') return isCount(capacity) ? null : refusedAt('invalid-capacity', '$.capacity', 'expected a whole number from 0.', capacity);
  if (!isRecord(capacity) || !isCount(ownField(capacity, 'default'))) return refusedAt('invalid-capacity', '$.capacity.default', 'expected a whole number from 0.', isRecord(capacity) ? ownField(capacity, 'default') : capacity);
  const weekly = ownField(capacity, 'weekly');
  if (!isRecord(weekly)) return refusedAt('invalid-capacity', '$.capacity.weekly', 'expected the steps of each weekday.', weekly);
  for (const day of weekdays) {
    const steps = ownField(weekly, day);
    if (!Array.isArray(steps)) return refusedAt('invalid-capacity', `$.capacity.weekly.${day}`, 'expected a list of { from, capacity }.', steps);
    for (let i = 0; i < steps.length; i += 1) {
      const step: unknown = (steps as readonly unknown[])[i];
      if (!isRecord(step)) return refusedAt('invalid-capacity', `$.capacity.weekly.${day}[${i}]`, 'expected { from, capacity }.', step);
      const c = ownField(step, 'capacity');
      if (!isCount(c)) return refusedAt('invalid-capacity', `$.capacity.weekly.${day}[${i}].capacity`, 'expected a whole number from 0.', c);
      if (!parseTime(ownField(step, 'from')).ok) return refusedAt('invalid-time', `$.capacity.weekly.${day}[${i}].from`, 'expected HH:mm from 00:00 to 23:59.', ownField(step, 'from'));
    }
  }
  return null;
}

/**
 * Checks the open periods of hand-built rules as {@link parseAvailabilityConfig} does (every weekday a list
 * of `{ from, until }` in order, not overlapping; special days keyed by real dates): a time that is not one
 * would otherwise throw out of `computeSlots` when its buckets are laid.
 */
function periodsProblem(rules: Readonly<Record<string, unknown>>): Result<never, CallbackCode> | null {
  const weekly = ownField(rules, 'weekly');
  if (!isRecord(weekly)) return refusedAt('invalid-config', '$.weekly', 'expected { mon: [...], ... }.', weekly);
  for (const day of weekdays) {
    const checked = parsePeriods(ownField(weekly, day), child('$.weekly', day));
    if (!checked.ok) return checked;
  }
  const special = ownField(rules, 'special');
  if (!isRecord(special)) return refusedAt('invalid-config', '$.special', 'expected { "YYYY-MM-DD": [...] }.', special);
  for (const key of Object.keys(special)) {
    if (!parseDate(key).ok) return refusedAt('invalid-date', child('$.special', key), 'keys must be dates written YYYY-MM-DD.', key);
    const checked = parsePeriods(ownField(special, key), child('$.special', key));
    if (!checked.ok) return checked;
  }
  return null;
}

/** The slots of `rules` starting in `[lower, upper)`, with `remaining = capacity`, not yet frozen. */
function bucketSlots(rules: AvailabilityRules, lower: number, upper: number): OpenSlot[] {
  const timeline = offsetTimeline(rules.zone, { start: lower - 2 * DAY, end: upper + 2 * DAY });
  // Never refused: the zone was checked (rulesProblem), and the range is at most 370 days between supported
  // instants padded by two days. The test only satisfies the Result type.
  if (!timeline.ok) return [];
  const tl = timeline.value;
  const size = rules.bucketMinutes;
  const sizeMs = size * MINUTE;
  const weekly = {} as Record<Weekday, Bucketing>;
  for (const day of weekdays) {
    weekly[day] = {
      periods: minutesOfPeriods(rules.weekly[day]),
      steps: typeof rules.capacity === 'number' ? [] : rules.capacity.weekly[day].map((s) => [timeToMinutes(s.from), s.capacity] as const),
    };
  }
  const out: OpenSlot[] = [];
  const firstWall = lower + timelineOffset(tl, lower);
  let wall0 = firstWall - (((firstWall % DAY) + DAY) % DAY) - DAY;
  const lastWall0 = upper + timelineOffset(tl, upper) + DAY;
  let weekday = weekdays.indexOf(weekdayOf(wallDate(wall0)));
  for (; wall0 <= lastWall0; wall0 += DAY, weekday = (weekday + 1) % 7) {
    const day = weekdays[weekday] as Weekday;
    const date = wallDate(wall0);
    const special = Object.prototype.hasOwnProperty.call(rules.special, date) ? rules.special[date] : undefined;
    const b = weekly[day];
    const periods = special === undefined ? b.periods : minutesOfPeriods(special);
    if (periods.length === 0) continue;
    // Fast path: the whole open span of the day lies inside one offset segment, and the opening is the
    // first occurrence of its wall time (after a fall-back, the segment found from the wall time can be
    // the second pass, with the first one in the segment before; then no later wall time of the day can
    // have an earlier occurrence either, since it lies further from that segment's end).
    const openWall = wall0 + (periods[0] as readonly [number, number])[0] * MINUTE;
    const closeWall = wall0 + (periods[periods.length - 1] as readonly [number, number])[1] * MINUTE;
    const seg = tl.segments[segmentIndex(tl, openWall - timelineOffset(tl, openWall))] as OffsetSegment;
    const fast = firstInstant(tl, openWall) === openWall - seg.offset && closeWall - seg.offset <= seg.end;
    for (const [open, close] of periods) {
      for (let m = open; m + size <= close; m += size) {
        const capacity = capacityAt(rules, b.steps, m);
        if (capacity <= 0) continue;
        const wall = wall0 + m * MINUTE;
        let start: number;
        let end: number;
        if (fast) {
          start = wall - seg.offset;
          end = start + sizeMs;
        } else {
          const s = firstInstant(tl, wall);
          if (s === null) continue;
          start = s;
          end = runEnd(tl, s, wall, wall + sizeMs, sizeMs);
        }
        if (start < lower || start >= upper) continue;
        out.push({ start, end, capacity, remaining: capacity });
      }
    }
  }
  return out;
}

/**
 * Parses an availability configuration and computes its slots in one call: {@link parseAvailabilityConfig}
 * then {@link computeSlots}.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.availability(
 *   { zone: 'Asia/Kathmandu', bucketMinutes: 60, capacity: 1, weekly: { tue: [{ from: '09:00', until: '12:00' }] } },
 *   { at: Date.UTC(2026, 10, 23) },
 * );
 * if (r.ok) r.value[0]?.start; // Date.UTC(2026, 10, 24, 3, 15): 09:00 in Kathmandu
 * ```
 */
export function availability(config: unknown, query: AvailabilityQuery): Result<readonly Slot[], CallbackCode> {
  const rules = parseAvailabilityConfig(config);
  if (!rules.ok) return rules;
  return computeSlots(rules.value, query);
}
