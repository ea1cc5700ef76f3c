import type { Interval } from './types.js';

/** True for an interval with finite bounds and `end > start`; anything else contains no instant. */
function isNonEmpty(value: unknown): value is Interval {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return typeof start === 'number' && typeof end === 'number' && Number.isFinite(start) && Number.isFinite(end) && end > start;
}

/** Merges a list already known to hold only non-empty intervals. */
function mergeValid(list: readonly Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && iv.start <= last.end) {
      if (iv.end > last.end) out[out.length - 1] = Object.freeze({ start: last.start, end: iv.end });
    } else {
      out.push(Object.freeze({ start: iv.start, end: iv.end }));
    }
  }
  return out;
}

/**
 * Normalises a list of half-open intervals: sorted by start, overlapping **and touching** intervals
 * merged (`[1, 3)` and `[3, 5)` become `[1, 5)`), empty ones dropped. An entry that is not an interval
 * with finite numeric bounds and `end > start` is an empty set and is dropped too, so the result never
 * holds `NaN`. The input is not modified; the output is a new frozen array of frozen intervals.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.mergeIntervals([{ start: 5, end: 8 }, { start: 1, end: 3 }, { start: 3, end: 5 }, { start: 9, end: 9 }]);
 * // [{ start: 1, end: 8 }]
 * ```
 */
export function mergeIntervals(list: readonly Interval[]): readonly Interval[] {
  if (!Array.isArray(list)) return Object.freeze([]);
  return Object.freeze(mergeValid((list as readonly unknown[]).filter(isNonEmpty)));
}

/**
 * The instants in both lists, as sorted, merged, half-open intervals. Each input may be any list of
 * intervals (unsorted, overlapping, with empty entries): it is normalised with {@link mergeIntervals}
 * first. Commutative and associative; the result is contained in each input.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.intersectIntervals([{ start: 0, end: 10 }, { start: 20, end: 30 }], [{ start: 5, end: 25 }]);
 * // [{ start: 5, end: 10 }, { start: 20, end: 25 }]
 * ```
 */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): readonly Interval[] {
  const x = mergeIntervals(a);
  const y = mergeIntervals(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i] as Interval;
    const q = y[j] as Interval;
    const start = Math.max(p.start, q.start);
    const end = Math.min(p.end, q.end);
    if (end > start) out.push(Object.freeze({ start, end }));
    if (p.end < q.end) i++;
    else j++;
  }
  return Object.freeze(out);
}

/**
 * The instants of `a` that are not in `b`, as sorted, merged, half-open intervals (for example opening
 * hours minus booked or closed periods). Inputs are normalised with {@link mergeIntervals} first.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.subtractIntervals([{ start: 0, end: 10 }], [{ start: 3, end: 5 }]);
 * // [{ start: 0, end: 3 }, { start: 5, end: 10 }]
 * ```
 */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): readonly Interval[] {
  const x = mergeIntervals(a);
  const y = mergeIntervals(b);
  const out: Interval[] = [];
  let j = 0;
  for (const iv of x) {
    let cursor = iv.start;
    while (j < y.length && (y[j] as Interval).end <= cursor) j++;
    let k = j;
    while (k < y.length && (y[k] as Interval).start < iv.end) {
      const cut = y[k] as Interval;
      if (cut.start > cursor) out.push(Object.freeze({ start: cursor, end: cut.start }));
      cursor = Math.max(cursor, cut.end);
      k++;
    }
    if (iv.end > cursor) out.push(Object.freeze({ start: cursor, end: iv.end }));
  }
  return Object.freeze(out);
}

/**
 * Whether an instant lies in one of the intervals (half-open: `start` is inside, `end` is not).
 * Entries that are not valid intervals contain nothing; a non-finite `at` is in no interval.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.intervalsContain([{ start: 0, end: 10 }], 0); // true
 * time.intervalsContain([{ start: 0, end: 10 }], 10); // false
 * ```
 */
export function intervalsContain(list: readonly Interval[], at: number): boolean {
  if (!Array.isArray(list) || typeof at !== 'number' || !Number.isFinite(at)) return false;
  return (list as readonly unknown[]).some((iv) => isNonEmpty(iv) && iv.start <= at && at < iv.end);
}
