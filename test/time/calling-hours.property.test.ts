import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';
import { dateArb, instantArb, timeArb, zoneArb } from './zone-sample.js';

const DAY = 86_400_000;

function value<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r)}`);
  return r.value;
}

const periodArb = fc
  .tuple(timeArb, fc.oneof(timeArb, fc.constant('24:00')))
  .filter(([a, b]) => a !== b && a !== '24:00')
  .map(([a, b]) => (b === '24:00' || a < b ? { from: a, until: b } : { from: b, until: a }));

/** User-supplied rules (through the parser, as a host would) and the three presets. */
const ruleArb: fc.Arbitrary<time.CallingHoursRule> = fc.oneof(
  fc.constantFrom(time.callingHoursPresets.us, time.callingHoursPresets.ca, time.callingHoursPresets.fr),
  fc
    .record({
      weekly: fc.record(
        { mon: fc.array(periodArb, { maxLength: 3 }), tue: fc.array(periodArb, { maxLength: 3 }), wed: fc.array(periodArb, { maxLength: 2 }), sat: fc.array(periodArb, { maxLength: 2 }), sun: fc.array(periodArb, { maxLength: 2 }) },
        { requiredKeys: [] },
      ),
      closedOnHolidays: fc.boolean(),
    })
    .map((input) => value(time.parseCallingHours(input))),
);

/** A zone, an instant near one of its transitions, a rule, and holidays around that instant. */
const caseArb = zoneArb.chain((zone) =>
  fc.record({
    zone: fc.constant(zone),
    at: instantArb(zone),
    rule: ruleArb,
    holidays: fc.array(dateArb(zone), { maxLength: 3 }),
  }),
);

describe('calling hours (properties)', () => {
  it('nextAllowed is allowed, not before the instant, and minimal', () => {
    fc.assert(
      fc.property(caseArb, ({ zone, at, rule, holidays }) => {
        const options = { holidays, searchDays: 10 };
        const next = value(time.nextAllowed(rule, at, zone, options));
        if (next === null) {
          // Nothing allowed in the whole search span.
          expect(value(time.allowedIntervals(rule, { start: at, end: at + 10 * DAY }, zone, options))).toEqual([]);
          return;
        }
        expect(next).toBeGreaterThanOrEqual(at);
        expect(next).toBeLessThan(at + 10 * DAY);
        expect(value(time.isAllowed(rule, next, zone, options))).toBe(true);
        if (next > at) {
          expect(value(time.isAllowed(rule, at, zone, options))).toBe(false);
          expect(value(time.isAllowed(rule, next - 1, zone, options))).toBe(false);
          expect(value(time.allowedIntervals(rule, { start: at, end: next }, zone, options))).toEqual([]);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('isAllowed agrees with allowedIntervals, which respect weekdays and closed dates', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 999 }), ({ zone, at, rule, holidays }, k) => {
        const options = { holidays };
        const range = { start: at - DAY, end: at + DAY };
        const list = value(time.allowedIntervals(rule, range, zone, options));
        const probes = [range.start + Math.floor((2 * DAY * k) / 1000), at];
        for (const iv of list) probes.push(iv.start, iv.end - 1, iv.end);
        for (const p of probes) {
          if (p < range.start || p >= range.end) continue;
          const allowed = value(time.isAllowed(rule, p, zone, options));
          expect(allowed).toBe(time.intervalsContain(list, p));
          if (allowed) {
            // The instant lies in a period of its local weekday, or of the day before when a 24:00 end
            // or a gap shift carried that period past midnight.
            const l = value(time.local(p, zone));
            expect(rule.weekly[l.weekday].length + rule.weekly[time.weekdayOf(time.addDays(l.date, -1))].length).toBeGreaterThan(0);
          }
        }
        // Holidays only take time away, and only on (or just after, for a period carried past midnight) the holidays.
        const without = value(time.allowedIntervals(rule, range, zone));
        expect(time.intersectIntervals(list, without)).toEqual(list);
        const removed = time.subtractIntervals(without, list);
        if (!rule.closedOnHolidays) expect(removed).toEqual([]);
        const holidayDays = holidays.map((h) => value(time.day(h, zone))).map((d) => ({ start: d.start, end: d.end + 3 * 3_600_000 }));
        expect(time.subtractIntervals(removed, holidayDays)).toEqual([]);
        if (rule.closedOnHolidays) {
          // Nothing is allowed on a holiday, past the first 3 hours a gap could carry the eve's period into.
          const holidayBodies = holidays.map((h) => value(time.day(h, zone))).map((d) => ({ start: d.start + 3 * 3_600_000, end: d.end }));
          expect(time.intersectIntervals(list, holidayBodies)).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a calling-hours rule intersects with windows like any interval list', () => {
    const arb = zoneArb.chain((zone) => fc.tuple(fc.constant(zone), instantArb(zone), ruleArb, timeArb, timeArb));
    fc.assert(
      fc.property(arb, ([zone, at, rule, from, until]) => {
        fc.pre(from !== until);
        const range = { start: at, end: at + 2 * DAY };
        const allowed = value(time.allowedIntervals(rule, range, zone));
        const device = value(time.windowIntervals({ from, until, zone }, range));
        const both = time.intersectIntervals(allowed, device);
        for (const iv of both) {
          expect(value(time.isAllowed(rule, iv.start, zone))).toBe(true);
          expect(value(time.inWindow({ from, until, zone }, iv.start))).toBe(true);
          expect(value(time.isAllowed(rule, iv.end - 1, zone))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
