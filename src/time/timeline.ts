import { fail, ok, type Result } from '../core/internal.js';
import { DAY, MINUTE } from './durations.js';
import { inDomain, offsetAt as engineOffset, pickInstant, transitionsIn } from './engine.js';
import { zone as parseZone } from './zone.js';
import { UTC } from './brand.js';
import type { ZoneName } from './types.js';
import type { TimeCode } from './codes.js';
import { rangeError } from '../core/internal.js';

/**
 * A stretch of instants `[start, end)` over which a zone keeps one UTC offset (`offset`, in ms).
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const winter: time.OffsetSegment = { start: Date.UTC(2025, 10, 2, 6), end: Date.UTC(2026, 2, 8, 7), offset: -5 * 3_600_000 };
 * ```
 */
export interface OffsetSegment {
  /** First instant with this offset (or the timeline's start), epoch ms UTC. */
  readonly start: number;
  /** First instant after it: the next segment's start. */
  readonly end: number;
  /** The UTC offset in milliseconds (wall clock = instant + offset). */
  readonly offset: number;
}

/**
 * A zone's UTC offsets over a range of instants as consecutive segments, from the offset engine: what a
 * caller that converts many wall times of one range (a month of slots) asks once, so that each
 * conversion costs arithmetic rather than an engine lookup. Make one with {@link offsetTimeline}.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.offsetTimeline('America/New_York', { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) });
 * if (r.ok) r.value.segments.length; // 2: EST, then EDT from 2026-03-08T07:00Z
 * ```
 */
export interface Timeline {
  /** The canonical zone. */
  readonly zone: ZoneName;
  /** Consecutive segments covering the range (the first starts at the range's start, the last ends just after its end). */
  readonly segments: readonly OffsetSegment[];
}

/** {@link offsetTimeline} for a canonical zone and instants inside the engine's range. */
export function buildTimeline(zone: ZoneName, start: number, end: number): Timeline {
  const segments: OffsetSegment[] = [];
  let segStart = start;
  let offset = engineOffset(zone, start) * MINUTE;
  for (const change of end > start ? transitionsIn(zone, start, end) : []) {
    segments.push({ start: segStart, end: change.at, offset });
    segStart = change.at;
    offset = change.after * MINUTE;
  }
  segments.push({ start: segStart, end: Math.max(end, segStart) + 1, offset });
  return { zone, segments };
}

/** Timelines known to be well formed and deeply frozen (made by {@link offsetTimeline} or checked once). */
const wellFormed = new WeakSet<object>();

/** Deep-freezes a timeline this module built and remembers it as well formed. */
function trusted(tl: Timeline): Timeline {
  for (const s of tl.segments) Object.freeze(s);
  Object.freeze(tl.segments);
  wellFormed.add(Object.freeze(tl));
  return tl;
}

const TIMELINE = 'a Timeline from time.offsetTimeline';

/** Reads a number field of a segment as an own data property. */
function ownNumber(value: object, key: string): number | undefined {
  const d = Object.getOwnPropertyDescriptor(value, key);
  return d !== undefined && 'value' in d && typeof d.value === 'number' && !Number.isNaN(d.value) ? d.value : undefined;
}

/**
 * The timeline a helper may work on: one {@link offsetTimeline} made, as is; any other value is read
 * once into a fresh well-formed copy (own data fields only: a non-empty array of at most 10,000
 * segments with numeric `start`, `end` and `offset`), or refused with the helper's `RangeError`.
 */
function checkedTimeline(fn: string, tl: unknown): Timeline {
  if (typeof tl !== 'object' || tl === null) throw rangeError(`time.${fn}`, TIMELINE, tl);
  if (wellFormed.has(tl)) return tl as Timeline;
  const d = Object.getOwnPropertyDescriptor(tl, 'segments');
  const raw: unknown = d !== undefined && 'value' in d ? d.value : undefined;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 10_000) throw rangeError(`time.${fn}`, TIMELINE, tl);
  const segments: OffsetSegment[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const seg: unknown = raw[i];
    if (typeof seg !== 'object' || seg === null) throw rangeError(`time.${fn}`, TIMELINE, tl);
    const start = ownNumber(seg, 'start');
    const end = ownNumber(seg, 'end');
    const offset = ownNumber(seg, 'offset');
    if (start === undefined || end === undefined || offset === undefined) throw rangeError(`time.${fn}`, TIMELINE, tl);
    segments.push({ start, end, offset });
  }
  const z = Object.getOwnPropertyDescriptor(tl, 'zone');
  const named = z !== undefined ? parseZone(z.value) : undefined;
  return { zone: named !== undefined && named.ok ? named.value : UTC, segments };
}

/** A number argument of a timeline helper: any number but `NaN`. */
function checkedNumber(fn: string, what: string, value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw rangeError(`time.${fn}`, what, value);
  return value;
}

/**
 * The offsets of a zone over a range of instants `{ start, end }` (at most 400 days long), as a
 * {@link Timeline}. The range may reach a little past the supported instants (a caller pads its range by
 * a day or two); it must stay within the range of `Date` less four days. Refuses an unknown zone
 * (`unknown-zone`) and a range out of bounds, reversed or too long (`invalid-range`).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.offsetTimeline('Asia/Kathmandu', { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 1, 1) });
 * if (r.ok) r.value.segments[0]?.offset; // 20_700_000 (+05:45)
 * ```
 */
export function offsetTimeline(zone: unknown, range: { readonly start: number; readonly end: number }): Result<Timeline, TimeCode> {
  const z = parseZone(zone);
  if (!z.ok) return z;
  if (typeof range !== 'object' || range === null) return fail('invalid-range', 'Expected { start, end } instants.', { kind: range === null ? 'null' : typeof range });
  const { start, end } = range;
  if (!inDomain(start) || !inDomain(end) || end < start || end - start > 400 * DAY) {
    return fail('invalid-range', 'Expected { start, end } instants within the range of Date with start <= end, at most 400 days apart.', {});
  }
  return ok(trusted(buildTimeline(z.value, start, end)));
}

/**
 * The index of the segment holding instant `at` (clamped to the first or last segment).
 *
 * @throws RangeError when `tl` is not a timeline (`{ segments }`, a non-empty array of `{ start, end, offset }` numbers) or a number argument is not a number (`NaN` included).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.offsetTimeline('UTC', { start: 0, end: 86_400_000 });
 * if (r.ok) time.segmentIndex(r.value, 1_000); // 0
 * ```
 */
export function segmentIndex(tl: Timeline, at: number): number {
  return indexIn(checkedTimeline('segmentIndex', tl), checkedNumber('segmentIndex', 'an instant (a number)', at));
}

function indexIn(tl: Timeline, at: number): number {
  const segs = tl.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segs[mid] as OffsetSegment).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The offset in ms at instant `at` (the first or last segment's offset outside the timeline).
 *
 * @throws RangeError when `tl` is not a timeline (`{ segments }`, a non-empty array of `{ start, end, offset }` numbers) or a number argument is not a number (`NaN` included).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.offsetTimeline('Asia/Kolkata', { start: 0, end: 86_400_000 });
 * if (r.ok) time.timelineOffset(r.value, 3_600_000); // 19_800_000
 * ```
 */
export function timelineOffset(tl: Timeline, at: number): number {
  const t = checkedTimeline('timelineOffset', tl);
  return (t.segments[indexIn(t, checkedNumber('timelineOffset', 'an instant (a number)', at))] as OffsetSegment).offset;
}

/**
 * The earliest instant whose wall clock reads `wall` (a local date-time written as if UTC, see
 * `time.wallMidnight`), or `null` when that wall time does not exist (a DST gap). In an overlap this is
 * the first pass.
 *
 * @throws RangeError when `tl` is not a timeline (`{ segments }`, a non-empty array of `{ start, end, offset }` numbers) or a number argument is not a number (`NaN` included).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.offsetTimeline('America/New_York', { start: Date.UTC(2026, 2, 7), end: Date.UTC(2026, 2, 10) });
 * if (r.ok) time.firstInstant(r.value, Date.UTC(2026, 2, 8, 2, 30)); // null: 02:30 does not exist that night
 * ```
 */
export function firstInstant(tl: Timeline, wall: number): number | null {
  return firstIn(checkedTimeline('firstInstant', tl), checkedNumber('firstInstant', 'a wall time (a number)', wall));
}

function firstIn(tl: Timeline, wall: number): number | null {
  let best: number | null = null;
  for (const s of tl.segments) {
    const t = wall - s.offset;
    if (t >= s.start && t < s.end && (best === null || t < best)) best = t;
  }
  return best;
}

/**
 * The end of the run of instants that starts at `start` (whose wall clock reads `wallStart`) and lasts
 * while the wall clock stays in `[wallStart, wallEnd)`, capped at `start + maxMs`: how long a bucket of
 * wall-clock time really lasts when a transition cuts it.
 *
 * @throws RangeError when `tl` is not a timeline (`{ segments }`, a non-empty array of `{ start, end, offset }` numbers) or a number argument is not a number (`NaN` included).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.offsetTimeline('UTC', { start: 0, end: 86_400_000 });
 * if (r.ok) time.runEnd(r.value, 0, 0, 900_000, 900_000); // 900_000
 * ```
 */
export function runEnd(tl: Timeline, start: number, wallStart: number, wallEnd: number, maxMs: number): number {
  const t = checkedTimeline('runEnd', tl);
  for (const [what, v] of [['start', start], ['wallStart', wallStart], ['wallEnd', wallEnd], ['maxMs', maxMs]] as const) checkedNumber('runEnd', `\`${what}\` as a number`, v);
  const segs = t.segments;
  const cap = start + maxMs;
  let i = indexIn(t, start);
  for (;;) {
    const seg = segs[i] as OffsetSegment;
    const limit = Math.min(cap, wallEnd - seg.offset);
    if (limit <= seg.end || i === segs.length - 1) return limit;
    const next = segs[i + 1] as OffsetSegment;
    const wallThere = seg.end + next.offset;
    if (wallThere < wallStart || wallThere >= wallEnd) return seg.end;
    i += 1;
  }
}

/**
 * The instant of a wall time under the `compatible` policy (the engine's rule, see `time.resolve`): the
 * instant itself, the earlier one in an overlap, and in a gap the wall time read with the offset before
 * the gap (moved forward by the gap).
 *
 * @throws RangeError when `tl` is not a timeline (`{ segments }`, a non-empty array of `{ start, end, offset }` numbers) or a number argument is not a number (`NaN` included).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.offsetTimeline('America/New_York', { start: Date.UTC(2026, 2, 7), end: Date.UTC(2026, 2, 10) });
 * if (r.ok) time.compatibleInstant(r.value, Date.UTC(2026, 2, 8, 2, 30)); // Date.UTC(2026, 2, 8, 7, 30): 03:30 EDT
 * ```
 */
export function compatibleInstant(tl: Timeline, wall: number): number {
  const t = checkedTimeline('compatibleInstant', tl);
  checkedNumber('compatibleInstant', 'a wall time (a number)', wall);
  const first = firstIn(t, wall);
  if (first !== null) return first;
  const segs = t.segments;
  for (let i = 0; i + 1 < segs.length; i += 1) {
    const seg = segs[i] as OffsetSegment;
    const next = segs[i + 1] as OffsetSegment;
    if (wall - seg.offset >= seg.end && wall - next.offset < next.start) {
      return pickInstant({ instants: [], before: seg.offset / MINUTE, after: next.offset / MINUTE }, wall, 'compatible');
    }
  }
  return wall - (segs[0] as OffsetSegment).offset;
}
