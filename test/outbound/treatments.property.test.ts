import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outbound, time } from '../../src/index.js';
import { placeInWindow } from '../../src/outbound/treatments/window.js';
import { rec } from './treatments-fixtures.js';
import { ymd } from '../time-values.js';

const results: outbound.records.CallResult[] = ['busy', 'no-answer', 'answering-machine', 'answer'];
const zones = ['America/Chicago', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago', 'UTC'];

const stepsFor = (callResult: outbound.records.CallResult) =>
  fc
    .array(
      fc.record({
        action: fc.constantFrom<outbound.treatments.TreatmentAction>('redial', 'retry-in', 'retry-in', 'retry-at', 'assign-to-group', 'cancel'),
        cycleAttempts: fc.integer({ min: 1, max: 3 }),
        intervalMinutes: fc.integer({ min: 0, max: 3000 }),
        incrementMinutes: fc.integer({ min: 0, max: 600 }),
        day: fc.integer({ min: 0, max: 20 }),
        minute: fc.integer({ min: 0, max: 1439 }),
      }),
      { maxLength: 3 },
    )
    .chain((steps) =>
      fc.constantFrom<outbound.treatments.TreatmentAction | null>(null, 'next-in-chain', 'next-in-chain-after').map((last) => {
        const all: outbound.treatments.Treatment[] = steps.map((s, i) => ({
          callResult,
          sequence: i + 1,
          action: s.action,
          cycleAttempts: s.cycleAttempts,
          intervalMinutes: s.intervalMinutes,
          incrementMinutes: s.incrementMinutes,
          date: s.action === 'retry-at' ? { date: time.addDays(ymd('2026-03-01'), s.day * 3), time: time.minutesToTime(s.minute) } : null,
          group: s.action === 'assign-to-group' ? 'Team B' : null,
        }));
        if (last !== null) all.push({ callResult, sequence: all.length + 1, action: last, cycleAttempts: 1, intervalMinutes: 45, incrementMinutes: 0, date: null, group: null });
        return all;
      }),
    );

const listArb = fc.record({
  maxAttempts: fc.integer({ min: 1, max: 8 }),
  treatments: fc.tuple(...results.map(stepsFor)).map((xs) => xs.flat()),
});

const recordArb = fc.record({
  zone: fc.constantFrom(...zones),
  from: fc.integer({ min: 0, max: 86_400 }),
  till: fc.integer({ min: 0, max: 86_400 }),
});

const start = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) });

describe('treatment properties', () => {
  it('never schedules outside the daily window, never past max attempts, steps advance or reset as the rules say', () => {
    fc.assert(
      fc.property(listArb, recordArb, recordArb, start, fc.array(fc.constantFrom(...results), { minLength: 1, maxLength: 12 }), (list, a, b, at, run) => {
        const home = rec({}, { GSW_TZ_NAME: a.zone, GSW_FROM: String(a.from), GSW_UNTIL: String(a.till) });
        const mobile = rec({ handle: 2, chainN: 1, phone: '5550101' }, { GSW_TZ_NAME: b.zone, GSW_FROM: String(b.from), GSW_UNTIL: String(b.till) });
        const chain = [home, mobile];
        const r = outbound.treatments.attemptSchedule(home, run, list, at, chain);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const attempts = new Map<number, number>();
        let previous: outbound.records.OutboundRecord | null = null;
        for (const row of r.value) {
          const o = row.outcome;
          attempts.set(row.handle, (attempts.get(row.handle) ?? 0) + 1);
          expect(attempts.get(row.handle)).toBeLessThanOrEqual(list.maxAttempts);
          expect(o.record.attempts).toBeLessThanOrEqual(list.maxAttempts);
          // sequencing: a different result restarts at 1; the same result never goes back
          const before = previous?.handle === row.handle ? previous.treatment : null;
          if (o.step !== null && o.step.sequence === 1 && o.step.cycle > 1) expect(before?.result).toBe(row.result);
          if (o.step !== null && (before === null || before.result !== row.result)) {
            expect(o.step.cycle).toBe(1);
            const dated = list.treatments.filter((t) => t.callResult === row.result && t.sequence < o.step!.sequence);
            expect(dated.every((t) => t.action === 'retry-at')).toBe(true);
          }
          if (o.step !== null && before !== null && before.result === row.result) {
            expect(o.step.sequence * 1000 + o.step.cycle).toBeGreaterThan(before.step * 1000 + before.cycle);
          }
          if (o.kind === 'scheduled') {
            expect(o.next.at).toBeGreaterThanOrEqual(row.dialledAt);
            const target = o.nextRecord ?? o.record;
            const w = outbound.treatments.recordWindow(target);
            expect(w).not.toBe('never');
            if (w !== null && w !== 'never') expect(time.inWindow(w, o.next.at)).toEqual({ ok: true, value: true });
            expect(o.next.dialSchedTime * 1000).toBe(o.next.at);
            if (o.nextRecord === null) expect(o.record.attempts).toBeLessThan(list.maxAttempts);
            previous = o.nextRecord ?? o.record;
          }
          expect(JSON.parse(JSON.stringify(o))).toEqual(o);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('places an instant at the same first opening as time.nextOpen, DST days included', () => {
    fc.assert(
      fc.property(recordArb, fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }), (a, at) => {
        const r = rec({}, { GSW_TZ_NAME: a.zone, GSW_FROM: String(a.from), GSW_UNTIL: String(a.till) });
        const w = outbound.treatments.recordWindow(r);
        const placed = placeInWindow(r, at);
        const rounded = Math.ceil(at / 1000) * 1000;
        if (w === 'never') expect(placed).toBeNull();
        else if (w === null) expect(placed).toEqual({ at: rounded, moved: false });
        else expect(placed?.at).toBe(time.nextOpen(w, rounded).ok ? (time.nextOpen(w, rounded) as { value: number }).value : undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with time.nextOpen around DST transitions, bounds in the shifted hours', () => {
    const days = [Date.UTC(2026, 2, 8), Date.UTC(2026, 2, 29), Date.UTC(2026, 3, 5), Date.UTC(2026, 9, 4), Date.UTC(2026, 9, 25), Date.UTC(2026, 10, 1), Date.UTC(2026, 8, 6)];
    fc.assert(
      fc.property(
        fc.constantFrom('America/Chicago', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago'),
        fc.integer({ min: 0, max: 5 * 3600 }),
        fc.integer({ min: 0, max: 5 * 3600 }),
        fc.constantFrom(...days),
        fc.integer({ min: -36 * 3600_000, max: 36 * 3600_000 }),
        (zone, from, till, day, shift) => {
          const r = rec({}, { GSW_TZ_NAME: zone, GSW_FROM: String(from), GSW_UNTIL: String(till) });
          const w = outbound.treatments.recordWindow(r);
          const at = day + shift;
          const rounded = Math.ceil(at / 1000) * 1000;
          const placed = placeInWindow(r, at);
          if (w === null || w === 'never') return;
          const expected = time.nextOpen(w, rounded);
          expect(placed?.at).toBe(expected.ok ? expected.value : undefined);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('nextAttempt never throws on junk treatments or records', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (junkList, junkResult) => {
        const r = outbound.treatments.nextAttempt(rec(), junkResult as outbound.records.CallResult, junkList as outbound.treatments.TreatmentList, 0);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
