import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';
import { instantArb, timeArb, zoneArb } from './zone-sample.js';

const HOUR = 3_600_000;

function value<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r)}`);
  return r.value;
}

const windowArb: fc.Arbitrary<time.DailyWindow> = fc
  .record({ from: timeArb, until: timeArb, zone: zoneArb })
  .filter((w) => w.from !== w.until);

/** A range of 1 to 72 hours starting near a transition of the zone. */
function rangeArb(zone: string): fc.Arbitrary<time.Interval> {
  return fc.tuple(instantArb(zone), fc.integer({ min: 1, max: 72 })).map(([start, hours]) => ({ start, end: start + hours * HOUR }));
}

/** Three windows with a range biased toward transitions of the first window's zone. */
const threeWindowsInRange = fc.tuple(windowArb, windowArb, windowArb).chain((ws) => fc.tuple(fc.constant(ws), rangeArb(ws[0].zone)));
/** One window with a range biased toward transitions of its zone. */
const windowInRange = windowArb.chain((w) => fc.tuple(fc.constant(w), rangeArb(w.zone)));

const intervalListArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -5, max: 100 })), { maxLength: 12 })
  .map((pairs) => pairs.map(([start, len]) => ({ start, end: start + len })));

function isNormal(list: readonly time.Interval[]): boolean {
  return list.every((iv, i) => iv.end > iv.start && (i === 0 || iv.start > (list[i - 1] as time.Interval).end));
}

describe('interval lists (properties)', () => {
  it('merge is idempotent and normal; intersection is commutative, associative and contained; subtraction complements it', () => {
    fc.assert(
      fc.property(intervalListArb, intervalListArb, intervalListArb, fc.integer({ min: -10, max: 1110 }), (a, b, c, probe) => {
        const m = time.mergeIntervals(a);
        expect(isNormal(m)).toBe(true);
        expect(time.mergeIntervals(m)).toEqual(m);
        const ab = time.intersectIntervals(a, b);
        expect(isNormal(ab)).toBe(true);
        expect(ab).toEqual(time.intersectIntervals(b, a));
        expect(time.intersectIntervals(ab, c)).toEqual(time.intersectIntervals(a, time.intersectIntervals(b, c)));
        expect(time.intersectIntervals(ab, a)).toEqual(ab);
        const diff = time.subtractIntervals(a, b);
        expect(isNormal(diff)).toBe(true);
        expect(time.intersectIntervals(diff, b)).toEqual([]);
        expect(time.mergeIntervals([...diff, ...ab])).toEqual(m);
        // Pointwise: membership is the boolean algebra of the inputs.
        const inA = time.intervalsContain(a, probe);
        const inB = time.intervalsContain(b, probe);
        expect(time.intervalsContain(m, probe)).toBe(inA);
        expect(time.intervalsContain(ab, probe)).toBe(inA && inB);
        expect(time.intervalsContain(diff, probe)).toBe(inA && !inB);
      }),
      { numRuns: 300 },
    );
  });
});

describe('daily windows (properties)', () => {
  it('intersection is commutative, associative and contained in each window', () => {
    fc.assert(
      fc.property(threeWindowsInRange, ([[a, b, c], range]) => {
        const ab = value(time.intersectWindows([a, b], range));
        expect(value(time.intersectWindows([b, a], range))).toEqual(ab);
        const abc = value(time.intersectWindows([a, b, c], range));
        const bc = value(time.intersectWindows([b, c], range));
        expect(time.intersectIntervals(ab, value(time.windowIntervals(c, range)))).toEqual(abc);
        expect(time.intersectIntervals(value(time.windowIntervals(a, range)), bc)).toEqual(abc);
        expect(value(time.intersectWindows([c, a, b], range))).toEqual(abc);
        for (const w of [a, b, c]) expect(time.intersectIntervals(abc, value(time.windowIntervals(w, range)))).toEqual(abc);
        expect(isNormal(abc)).toBe(true);
        for (const iv of abc) expect(iv.start >= range.start && iv.end <= range.end).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('a window contains exactly the instants of its intervals', () => {
    fc.assert(
      fc.property(windowInRange, fc.integer({ min: 0, max: 1000 }), ([w, range], k) => {
        const list = value(time.windowIntervals(w, range));
        expect(isNormal(list)).toBe(true);
        // Probe one instant anywhere in the range, and the edges of every interval.
        const probes = [range.start + Math.floor(((range.end - range.start) * k) / 1000)];
        for (const iv of list) probes.push(iv.start, iv.end - 1, iv.end);
        for (const at of probes) {
          if (at < range.start || at >= range.end) continue;
          expect(value(time.inWindow(w, at))).toBe(time.intervalsContain(list, at));
        }
        // A sub-range sees the same intervals, clipped.
        const mid = range.start + Math.floor((range.end - range.start) / 2);
        expect(value(time.windowIntervals(w, { start: range.start, end: mid }))).toEqual(time.intersectIntervals(list, [{ start: range.start, end: mid }]));
      }),
      { numRuns: 100 },
    );
  });

  it('nextOpen is open, not before the instant, and nothing in between is', () => {
    const arb = windowArb.chain((w) => fc.tuple(fc.constant(w), instantArb(w.zone)));
    fc.assert(
      fc.property(arb, ([w, at]) => {
        const next = value(time.nextOpen(w, at));
        expect(next).not.toBeNull();
        if (next === null) return;
        expect(next).toBeGreaterThanOrEqual(at);
        expect(value(time.inWindow(w, next))).toBe(true);
        if (next > at) {
          expect(value(time.inWindow(w, at))).toBe(false);
          expect(value(time.windowIntervals(w, { start: at, end: next }))).toEqual([]);
          expect(value(time.inWindow(w, next - 1))).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a window is open for its nominal length on days without a bound in a gap or overlap', () => {
    // Without DST trouble, each interval of a UTC or fixed-offset window lasts until − from.
    const fixed = fc.record({ from: timeArb, until: timeArb, zone: fc.constantFrom('UTC', 'Asia/Kolkata', 'Asia/Kathmandu', 'Etc/GMT+5', 'Pacific/Kiritimati') }).filter((w) => w.from !== w.until);
    fc.assert(
      fc.property(fixed, fc.integer({ min: 0, max: 3000 }), (w, day) => {
        const start = Date.UTC(2022, 0, 1) + day * 86_400_000;
        const list = value(time.windowIntervals(w, { start, end: start + 5 * 86_400_000 }));
        const minutes = (time.timeToMinutes(w.until) - time.timeToMinutes(w.from) + 1440) % 1440;
        // Interior intervals (not clipped by the range) have the nominal length.
        for (const iv of list) if (iv.start > start && iv.end < start + 5 * 86_400_000) expect(iv.end - iv.start).toBe(minutes * 60_000);
        expect(list.length).toBeGreaterThanOrEqual(4);
      }),
      { numRuns: 100 },
    );
  });
});
