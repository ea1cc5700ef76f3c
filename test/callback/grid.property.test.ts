import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, time } from '../../src/index.js';
import { trickyZones } from './zones.js';

const DAY = 86_400_000;

const hoursArb = fc.record({
  zone: fc.constantFrom(...trickyZones),
  bucketMinutes: fc.constantFrom(15, 30, 60, 120),
  capacity: fc.integer({ min: 1, max: 3 }),
  horizonDays: fc.integer({ min: 1, max: 3 }),
  open: fc.integer({ min: 0, max: 20 }),
  hours: fc.integer({ min: 1, max: 24 }),
});

describe('grid (properties)', () => {
  it('a day in any display zone holds exactly the slots whose start falls on that local day, and cells tile the day', () => {
    fc.assert(
      fc.property(
        hoursArb,
        fc.constantFrom(...trickyZones),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.integer({ min: -1, max: 3 }),
        ({ zone, bucketMinutes, capacity, horizonDays, open, hours }, display, at, dayOffset) => {
          const until = Math.min(24, open + hours);
          const period = { from: time.minutesToTime(open * 60), until: until === 24 ? '24:00' : time.minutesToTime(until * 60) };
          const weekly = Object.fromEntries(time.weekdays.map((d) => [d, [period]]));
          const r = callback.availability({ zone, bucketMinutes, capacity, horizonDays, weekly }, { at });
          if (!r.ok) throw new Error(r.error.message);
          const today = time.local(at, display);
          if (!today.ok) throw new Error();
          const date = time.addDays(today.value.date, dayOffset);
          const g = callback.grid({ slots: r.value, date, zone: display, at, locale: 'en-US', horizonDays });
          if (!g.ok) throw new Error(g.error.message);
          const expected = r.value.filter((s) => {
            const l = time.local(s.start, display);
            return l.ok && l.value.date === date;
          });
          expect(g.value.cells.filter((c) => c.slot !== null).map((c) => c.slot)).toEqual(expected);
          const d = time.day(date, display);
          if (!d.ok) throw new Error();
          expect(g.value.start).toBe(d.value.start);
          expect(g.value.end).toBe(d.value.end);
          for (const c of g.value.cells) {
            expect(c.end).toBeGreaterThan(c.start);
            expect(c.available).toBe(c.reason === null);
            if (c.available) expect(c.start).toBeGreaterThanOrEqual(at);
            if (c.start >= at + horizonDays * DAY) expect(c.reason).toBe('beyond-horizon');
          }
          // The cells tile the day: no overlap and no gap. They run end to start from the day's first
          // instant (or from the end of a slot of the day before that runs past midnight) to its end (or
          // past it, when the last cell is a slot of this day that runs past midnight).
          const cells = g.value.cells;
          expect(cells.length).toBeGreaterThan(0);
          const overhang = r.value.find((s) => s.start < d.value.start && s.end > d.value.start);
          expect((cells[0] as callback.GridCell).start).toBe(overhang === undefined ? d.value.start : overhang.end);
          for (let i = 1; i < cells.length; i += 1) {
            expect((cells[i] as callback.GridCell).start).toBe((cells[i - 1] as callback.GridCell).end);
          }
          const last = cells[cells.length - 1] as callback.GridCell;
          if (last.slot === null) expect(last.end).toBe(d.value.end);
          else expect(last.end).toBeGreaterThanOrEqual(d.value.end);
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
