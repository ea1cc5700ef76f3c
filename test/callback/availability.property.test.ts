import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callback, time } from '../../src/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';

const M = 60_000;
const DAY = 86_400_000;

// Business hours in the tricky zones, with a short horizon so that each run stays quick.
const configArb = arbitraries.businessHours({ horizonDays: fc.integer({ min: 1, max: 3 }) });

// Instants from 2025 to 2027, with a bias towards DST transition seasons.
const atArb = fc.oneof(
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }),
  fc.constantFrom(Date.UTC(2026, 2, 6), Date.UTC(2026, 2, 27), Date.UTC(2026, 3, 3), Date.UTC(2026, 8, 25), Date.UTC(2026, 9, 23), Date.UTC(2026, 9, 30)),
);

type Rules = callback.AvailabilityRules;

function periodsOf(rules: Rules, date: time.LocalDate): readonly callback.OpenPeriod[] {
  return Object.prototype.hasOwnProperty.call(rules.special, date) ? (rules.special[date] ?? []) : rules.weekly[time.weekdayOf(date)];
}

const untilMin = (p: callback.OpenPeriod) => (p.until === '24:00' ? 1440 : time.timeToMinutes(p.until));

/** The capacity of a bucket starting `minute` after midnight on `date`: the last step at or before it, else the default. */
function capacityOf(rules: Rules, date: time.LocalDate, minute: number): number {
  if (typeof rules.capacity === 'number') return rules.capacity;
  const steps = rules.capacity.weekly[time.weekdayOf(date)].filter((s) => time.timeToMinutes(s.from) <= minute);
  return steps.at(-1)?.capacity ?? rules.capacity.default;
}

function reading(at: number, zone: string): time.LocalReading {
  const r = time.local(at, zone);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function compute(config: unknown, at: number, bookings?: callback.Booking[]): { rules: Rules; slots: readonly callback.Slot[] } {
  const rules = callback.parseAvailabilityConfig(config);
  if (!rules.ok) throw new Error(rules.error.message);
  const slots = callback.computeSlots(rules.value, bookings ? { at, bookings } : { at });
  if (!slots.ok) throw new Error(slots.error.message);
  return { rules: rules.value, slots: slots.value };
}

/** The reference: every bucket of every date, resolved one by one with time.resolve. */
function referenceStarts(rules: Rules, at: number): number[] {
  const lower = at + rules.noticeMinutes * M;
  const upper = at + rules.horizonDays * DAY;
  const first = time.addDays(reading(lower, rules.zone).date, -1);
  const last = time.addDays(reading(upper, rules.zone).date, 1);
  const out: number[] = [];
  for (let d = first; time.daysBetween(d, last) >= 0; d = time.addDays(d, 1)) {
    for (const p of periodsOf(rules, d)) {
      for (let m = time.timeToMinutes(p.from); m + rules.bucketMinutes <= untilMin(p); m += rules.bucketMinutes) {
        if (capacityOf(rules, d, m) <= 0) continue;
        const r = time.resolve({ date: d, time: time.minutesToTime(m), zone: rules.zone }, 'reject');
        let start: number | null = null;
        if (r.ok) start = r.value.at;
        else if (r.error.code === 'time-ambiguous') start = (r.error.details as { instants: number[] }).instants[0] ?? null;
        if (start !== null && start >= lower && start < upper) out.push(start);
      }
    }
  }
  return out.sort((a, b) => a - b);
}

describe('computed availability (properties)', () => {
  it('is sorted, half-open, non-overlapping, inside opening hours on its own date, never in a gap, within notice and horizon', () => {
    fc.assert(
      fc.property(configArb, atArb, (config, at) => {
        const { rules, slots } = compute(config, at);
        const size = rules.bucketMinutes * M;
        // Cheap checks on every slot; zone readings on the slots near a change of offset and a sample of the rest.
        const stride = Math.max(1, Math.floor(slots.length / 40));
        for (let i = 0; i < slots.length; i += 1) {
          const s = slots[i] as callback.Slot;
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end - s.start).toBeLessThanOrEqual(size);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual((slots[i - 1] as callback.Slot).end);
          expect(s.start).toBeGreaterThanOrEqual(at + rules.noticeMinutes * M);
          expect(s.start).toBeLessThan(at + rules.horizonDays * DAY);
          const irregular = s.end - s.start < size || (i > 0 && (s.start - (slots[i - 1] as callback.Slot).start) % size !== 0);
          if (!irregular && i % stride !== 0 && i !== slots.length - 1) continue;
          const first = reading(s.start, rules.zone);
          const lastIn = reading(s.end - 1, rules.zone);
          expect(first.second).toBe(0);
          const period = periodsOf(rules, first.date).find((p) => time.timeToMinutes(p.from) <= first.minuteOfDay && first.minuteOfDay < untilMin(p));
          expect(period).toBeDefined();
          const from = time.timeToMinutes((period as callback.OpenPeriod).from);
          expect((first.minuteOfDay - from) % rules.bucketMinutes).toBe(0);
          // Every instant of the slot reads inside the bucket: check its last millisecond.
          expect(lastIn.date).toBe(first.date);
          expect(lastIn.minuteOfDay).toBeGreaterThanOrEqual(first.minuteOfDay);
          expect(lastIn.minuteOfDay).toBeLessThan(first.minuteOfDay + rules.bucketMinutes);
          // A slot shorter than its bucket ends where the wall clock leaves the bucket.
          if (s.end - s.start < size) {
            const after = reading(s.end, rules.zone);
            const inside = after.date === first.date && after.minuteOfDay >= first.minuteOfDay && after.minuteOfDay < first.minuteOfDay + rules.bucketMinutes;
            expect(inside).toBe(false);
          }
          // Not in a gap: the start is the (first) instant of its wall time.
          const r = time.resolve({ date: first.date, time: first.time, zone: rules.zone }, 'earlier');
          expect(r.ok && r.value.kind !== 'gap' && r.value.at === s.start).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('offers exactly the buckets whose wall-clock start exists (reference model with time.resolve)', () => {
    fc.assert(
      fc.property(configArb, atArb, (config, at) => {
        const { rules, slots } = compute(config, at);
        expect(slots.map((s) => s.start)).toEqual(referenceStarts(rules, at));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('a booking takes exactly its count from the slots it overlaps', () => {
    fc.assert(
      fc.property(configArb, atArb, fc.nat(), fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 3 }), (config, at, offset, minutes, count) => {
        const { slots } = compute(config, at);
        fc.pre(slots.length > 0);
        const anchor = (slots[offset % slots.length] as callback.Slot).start + ((offset % 7) - 3) * 5 * M;
        const booking = { start: anchor, end: anchor + minutes * M, count };
        const booked = compute(config, at, [booking]).slots;
        expect(booked.map((s) => s.start)).toEqual(slots.map((s) => s.start));
        booked.forEach((s, i) => {
          const before = slots[i] as callback.Slot;
          const overlaps = s.start < booking.end && booking.start < s.end;
          expect(s.remaining).toBe(overlaps ? Math.max(0, before.remaining - count) : before.remaining);
        });
      }),
      { numRuns: 60 },
    );
  }, 60_000);
  it('a narrower range gives exactly the slots of the full range that start in it (how the dialog loads one day)', () => {
    fc.assert(
      fc.property(configArb, atArb, fc.integer({ min: 0, max: 4 * 24 * 60 }), fc.integer({ min: 1, max: 36 * 60 }), (config, at, offset, length) => {
        const { rules, slots } = compute(config, at);
        const from = at + offset * M;
        const until = from + length * M;
        const part = callback.computeSlots(rules, { at, from, until });
        expect(part.ok && part.value).toEqual(slots.filter((s) => s.start >= from && s.start < until));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
