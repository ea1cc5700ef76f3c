import { offsetMinutes } from '../time/offsets.js';
import type { ZoneName } from '../time/index.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A stretch of instants `[start, end)` over which a zone keeps one UTC offset (`offset`, in ms). */
export interface OffsetSegment {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

/**
 * A zone's UTC offsets over a range of instants, as consecutive segments. Built with one offset lookup
 * per day of the range and a bisection only where the offset changes, so converting many wall-clock
 * times of the range costs arithmetic, not a lookup each. Assumes a zone changes its offset at most
 * once between two lookups 24 hours apart (true of every zone in the tz database since 1970).
 * Internal: a candidate for `dialdesk/time`.
 */
export interface Timeline {
  readonly zone: ZoneName;
  readonly segments: readonly OffsetSegment[];
}

function offsetMs(zone: ZoneName, at: number): number {
  return offsetMinutes(zone, at) * MINUTE;
}

/** The first instant in `(lo, hi]` whose offset is not `offLo` (the offset at `lo`). */
function findChange(zone: ZoneName, lo: number, hi: number, offLo: number): number {
  // Bisect on whole minutes first (transitions of the modern tz database fall on whole minutes)...
  let a = Math.floor(lo / MINUTE);
  let b = Math.ceil(hi / MINUTE);
  while (b - a > 1) {
    const mid = a + Math.floor((b - a) / 2);
    if (offsetMs(zone, mid * MINUTE) === offLo) a = mid;
    else b = mid;
  }
  let l = Math.max(lo, a * MINUTE);
  let h = Math.min(hi, b * MINUTE);
  if (offsetMs(zone, h - 1) !== offLo && h - 1 > l) {
    // ...then to the millisecond for historical transitions inside a minute.
    while (h - l > 1) {
      const mid = l + Math.floor((h - l) / 2);
      if (offsetMs(zone, mid) === offLo) l = mid;
      else h = mid;
    }
  }
  return h;
}

/** Builds the {@link Timeline} of `zone` covering the instants `[start, end]`. */
export function buildTimeline(zone: ZoneName, start: number, end: number): Timeline {
  const segments: OffsetSegment[] = [];
  let t = start;
  let off = offsetMs(zone, t);
  let segStart = start;
  while (t < end) {
    const next = Math.min(t + DAY, end);
    const offNext = offsetMs(zone, next);
    if (offNext !== off) {
      const change = findChange(zone, t, next, off);
      segments.push({ start: segStart, end: change, offset: off });
      segStart = change;
      off = offsetMs(zone, change);
      if (off !== offNext) {
        // Two changes between probes: go on from the change point.
        t = change;
        continue;
      }
    }
    t = next;
  }
  segments.push({ start: segStart, end: Math.max(end, segStart) + 1, offset: off });
  return { zone, segments };
}

/** Index of the segment holding instant `at` (clamped to the first or last segment). */
export function segmentIndex(tl: Timeline, at: number): number {
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

/** The offset in ms at instant `at`. */
export function offsetAt(tl: Timeline, at: number): number {
  return (tl.segments[segmentIndex(tl, at)] as OffsetSegment).offset;
}

/**
 * The earliest instant whose wall clock reads `wall` (a wall time written as UTC ms), or `null` when that
 * wall time does not exist (a DST gap). In an overlap this is the first pass.
 */
export function firstInstant(tl: Timeline, wall: number): number | null {
  let best: number | null = null;
  for (const s of tl.segments) {
    const t = wall - s.offset;
    if (t >= s.start && t < s.end && (best === null || t < best)) best = t;
  }
  return best;
}

/**
 * The end of the run of instants that starts at `start` (whose wall clock reads `wallStart`) and lasts
 * while the wall clock stays in `[wallStart, wallEnd)`, capped at `start + maxMs`.
 */
export function runEnd(tl: Timeline, start: number, wallStart: number, wallEnd: number, maxMs: number): number {
  const segs = tl.segments;
  const cap = start + maxMs;
  let i = segmentIndex(tl, start);
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
 * The instant of a wall time under the `compatible` policy: the instant itself, the earlier one in an
 * overlap, and in a gap the wall time read with the offset before the gap (moved forward by the gap).
 */
export function compatibleInstant(tl: Timeline, wall: number): number {
  const first = firstInstant(tl, wall);
  if (first !== null) return first;
  const segs = tl.segments;
  for (let i = 0; i + 1 < segs.length; i += 1) {
    const seg = segs[i] as OffsetSegment;
    const next = segs[i + 1] as OffsetSegment;
    if (wall - seg.offset >= seg.end && wall - next.offset < next.start) return wall - seg.offset;
  }
  return wall - (segs[0] as OffsetSegment).offset;
}
