import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';
import { dateArb, instantArb, referenceOffset, splitWall, transitions, wallArb, zoneArb, zonedWallArb } from './zone-sample.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const policyArb = fc.constantFrom<time.DstPolicy>('compatible', 'earlier', 'later');

function value<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r)}`);
  return r.value;
}

describe('resolve and local (properties)', () => {
  it('resolve then local gives back the wall time, unless a gap shift is reported', () => {
    fc.assert(
      fc.property(zonedWallArb, policyArb, ({ zone, date, time: t }, policy) => {
        const r = value(time.resolve({ date, time: t, zone }, policy));
        const l = value(time.local(r.at, zone));
        expect([l.date, l.time]).toEqual([r.date, r.time]);
        expect(l.offsetMinutes).toBe(r.offsetMinutes);
        if (r.shifted) {
          expect(r.kind).toBe('gap');
          // compatible/later move forward, earlier moves back, by the size of the gap.
          expect(r.date + r.time > date + t === (policy !== 'earlier')).toBe(true);
        } else {
          expect([l.date, l.time]).toEqual([date, t]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reject refuses exactly the gaps and overlaps that the other policies report', () => {
    fc.assert(
      fc.property(zonedWallArb, ({ zone, date, time: t }) => {
        const compatible = value(time.resolve({ date, time: t, zone }, 'compatible'));
        const rejected = time.resolve({ date, time: t, zone }, 'reject');
        if (compatible.kind === 'normal') expect(rejected).toEqual({ ok: true, value: compatible });
        else expect(rejected).toMatchObject({ ok: false, error: { code: compatible.kind === 'gap' ? 'time-in-gap' : 'time-ambiguous' } });
      }),
      { numRuns: 200 },
    );
  });

  it('two distinct wall times resolve to one instant only when a gap shift is reported', () => {
    // The issue words this "unless an overlap is reported", but an overlap maps one wall time to two
    // instants; two wall times meet on one instant only when one of them was moved out of a gap.
    const pair = zoneArb.chain((zone) => fc.tuple(fc.constant(zone), wallArb(zone), fc.integer({ min: -180, max: 180 }), policyArb));
    fc.assert(
      fc.property(pair, ([zone, wall, delta, policy]) => {
        fc.pre(delta !== 0);
        const a = splitWall(wall);
        const b = splitWall(wall + delta * MINUTE);
        const ra = value(time.resolve({ ...a, zone }, policy));
        const rb = value(time.resolve({ ...b, zone }, policy));
        if (ra.at === rb.at) expect(ra.shifted || rb.shifted).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every instant is reached: its local reading resolves back to it under earlier or later', () => {
    const instant = zoneArb.chain((zone) => fc.tuple(fc.constant(zone), instantArb(zone)));
    fc.assert(
      fc.property(instant, ([zone, at]) => {
        const l = value(time.local(at, zone));
        const earlier = value(time.resolve({ date: l.date, time: l.time, zone }, 'earlier'));
        const later = value(time.resolve({ date: l.date, time: l.time, zone }, 'later'));
        const minute = at - (at % MINUTE);
        expect([earlier.at, later.at]).toContain(minute);
        if (earlier.at !== later.at) expect(earlier.kind).toBe('overlap');
      }),
      { numRuns: 300 },
    );
  });

  it('an overlap gives two instants with the same wall time, an hour (or the shift) apart', () => {
    const overlapWall = zoneArb.chain((zone) => {
      const backs = transitions(zone).filter((tr) => tr.after < tr.before);
      if (backs.length === 0) return fc.constant(null);
      return fc.tuple(fc.constantFrom(...backs), fc.integer({ min: 0, max: 59 })).map(([tr, k]) => {
        const size = tr.before - tr.after;
        return { zone, size, ...splitWall(tr.at + tr.after * MINUTE + Math.floor((k * size) / 60) * MINUTE) };
      });
    });
    fc.assert(
      fc.property(overlapWall, (w) => {
        if (w === null) return;
        const first = value(time.resolve({ date: w.date, time: w.time, zone: w.zone }, 'earlier'));
        const second = value(time.resolve({ date: w.date, time: w.time, zone: w.zone }, 'later'));
        expect(first.kind).toBe('overlap');
        expect(second.at - first.at).toBe(w.size * MINUTE);
        expect(value(time.local(second.at, w.zone)).time).toBe(w.time);
      }),
      { numRuns: 100 },
    );
  });

  it('local agrees with the reference offset and never returns NaN', () => {
    const instant = zoneArb.chain((zone) => fc.tuple(fc.constant(zone), instantArb(zone)));
    fc.assert(
      fc.property(instant, ([zone, at]) => {
        const l = value(time.local(at, zone));
        expect(l.offsetMinutes).toBe(referenceOffset(zone, at));
        expect(Number.isFinite(l.minuteOfDay) && Number.isFinite(l.second)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('day (properties)', () => {
  const zonedDate = zoneArb.chain((zone) => fc.tuple(fc.constant(zone), dateArb(zone)));

  it('days partition time, and a day lasts 24 h unless an offset change falls in it', () => {
    fc.assert(
      fc.property(zonedDate, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), ([zone, date], fraction) => {
        const d = value(time.day(date, zone));
        const next = value(time.day(time.addDays(date, 1), zone));
        expect(d.end).toBe(next.start);
        expect(d.last).toBe(d.end - 1);
        // A change belongs to the date whose wall clock it skips or repeats: Havana's 00:00–01:00 gap
        // shortens the Sunday, Nuuk's 23:00–24:00 gap the Saturday (both happen at a day boundary).
        const changes = transitions(zone).filter((tr) => splitWall(tr.at + Math.min(tr.before, tr.after) * MINUTE).date === date);
        if (changes.length === 0) expect(d.lengthMs).toBe(DAY);
        else expect(d.lengthMs).toBe(DAY - changes.reduce((sum, tr) => sum + (tr.after - tr.before) * MINUTE, 0));
        // Every instant of the day reads as that date (checked at its first and last instants and one inside).
        for (const at of [d.start, d.last, d.start + Math.floor(fraction * d.lengthMs)]) {
          expect(value(time.local(at, zone)).date).toBe(date);
        }
        expect(value(time.local(d.start - 1, zone)).date).toBe(time.addDays(date, -1));
      }),
      { numRuns: 200 },
    );
  });
});
