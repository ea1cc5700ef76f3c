import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { time, webcallback } from '../../src/index.js';
import * as testing from '../../src/testing/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';
import type { Effect, Event, State } from './helpers.js';
import { ymd } from '../time-values.js';

// A generous limit for a shared 2-core CI machine under load (no timing is asserted).
vi.setConfig({ testTimeout: 60_000 });

const M = 60_000;
const BEFORE_ALL = Date.UTC(2019, 0, 1); // earlier than every wall time the arbitraries produce
// Wall times near the 2026 transitions of a few zones with odd ones (a midnight gap, a 30-minute
// shift, a 45-minute offset), or anywhere: cheaper than arbitraries.wallTime over all its zones and years.
const ZONE_NAMES = ['America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/London'];
const NEAR = ZONE_NAMES.flatMap((zone) => {
  const found = time.transitions(zone, { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 11, 31) });
  return found.ok ? found.value.map((t) => ({ zone, at: t.at })) : [];
});
const wallTimes: fc.Arbitrary<time.WallTime> = fc.oneof(
  fc.tuple(fc.constantFrom(...NEAR), fc.integer({ min: -180, max: 180 })).map(([t, shift]) => {
    // The wall time `shift` minutes from the change on the old offset's clock: lands in gaps and overlaps.
    const r = time.local(t.at - 1, t.zone);
    if (!r.ok) throw new Error(r.error.code);
    const minutes = r.value.minuteOfDay + 1 + shift;
    return { date: time.addDays(r.value.date, Math.floor(minutes / 1440)), time: time.minutesToTime(minutes), zone: t.zone };
  }),
  fc.record({ date: arbitraries.localDate({ min: ymd('2026-01-01'), max: ymd('2027-12-31') }), time: arbitraries.localTime(), zone: fc.constantFrom(...ZONE_NAMES) }),
);

/** A machine with the view open and ticked, in `zone`, at an instant before every generated date. */
function editingIn(zone: string, policy: webcallback.WebCallbackConfig['policy'] = 'compatible'): State {
  const step = webcallback.machine.start({
    at: BEFORE_ALL,
    zone,
    callback: { interactionId: 'wc', numbers: ['1', '2'], start: BEFORE_ALL + 3_600_000, end: BEFORE_ALL + 7_200_000 },
    config: { policy },
  });
  if (!step.ok) throw new Error(step.error.code);
  let s = step.state;
  for (const e of [
    { type: 'open', at: BEFORE_ALL },
    { type: 'set-reschedule', at: BEFORE_ALL, checked: true },
  ] as const) {
    const next = webcallback.machine.transition(s, e);
    if (!next.ok) throw new Error(next.error.code);
    s = next.state;
  }
  return s;
}

function apply(state: State, event: Event): State {
  const step = webcallback.machine.transition(state, event);
  return step.state;
}

describe('clock face', () => {
  it('every minute of the day: hands, label and their relations', () => {
    for (let minute = 0; minute < 1440; minute += 1) {
      const t = time.minutesToTime(minute);
      const face = webcallback.clockFace(t);
      if (!face.ok) throw new Error(t);
      const h = Math.floor(minute / 60);
      const m = minute % 60;
      expect(face.value.hourAngle).toBe(30 * (h % 12) + 0.5 * m);
      expect(face.value.minuteAngle).toBe(6 * m);
      expect(face.value.hourAngle).toBeGreaterThanOrEqual(0);
      expect(face.value.hourAngle).toBeLessThan(360);
      // The hour hand advances 1/12 of what the minute hand does within the hour.
      expect((face.value.hourAngle % 30) * 12).toBe(face.value.minuteAngle);
      const [clock, period] = face.value.label.split(' ');
      const [lh, lm] = (clock ?? '').split(':').map(Number);
      expect(((lh ?? 0) % 12) + (period === 'PM' ? 12 : 0)).toBe(h);
      expect(lm).toBe(m);
    }
  });

  it('the arc ends where the hour hand of Till would be', () => {
    fc.assert(
      fc.property(arbitraries.localTime(), fc.integer({ min: 0, max: 1439 }), (from, wall) => {
        const face = webcallback.clockFace(from, wall);
        const till = webcallback.clockFace(time.minutesToTime(time.timeToMinutes(from) + wall));
        if (!face.ok || !till.ok || face.value.arc === null) return false;
        expect(face.value.arc.endAngle).toBe(till.value.hourAngle);
        expect(face.value.arc.exceedsTwelveHours).toBe(wall > 720);
        expect(face.value.arc.sweepAngle).toBe(Math.min(360, wall / 2));
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('duration invariants', () => {
  it('the end is From + duration and Till is its local reading, across DST changes', () => {
    fc.assert(
      fc.property(wallTimes, fc.integer({ min: 15, max: 480 }), (wall, minutes) => {
        let s = editingIn(wall.zone);
        s = apply(s, { type: 'set-on', at: BEFORE_ALL, date: wall.date });
        s = apply(s, { type: 'set-from', at: BEFORE_ALL, time: wall.time });
        s = apply(s, { type: 'set-duration', at: BEFORE_ALL, minutes });
        const f = webcallback.fields(s, BEFORE_ALL);
        expect(f.durationMinutes).toBe(minutes);
        expect(f.end! - f.start!).toBe(minutes * M);
        const endReading = time.local(f.end!, wall.zone);
        expect(endReading.ok && endReading.value.time).toBe(f.till);
        expect(f.tillDayOffset).toBe(endReading.ok ? time.daysBetween(ymd(wall.date), endReading.value.date) : -1);
      }),
      { numRuns: 150 },
    );
  });

  it('setting Till to the label shown ends the window at that wall time, never later', () => {
    fc.assert(
      fc.property(wallTimes, fc.integer({ min: 15, max: 480 }), (wall, minutes) => {
        let s = editingIn(wall.zone);
        s = apply(s, { type: 'set-on', at: BEFORE_ALL, date: wall.date });
        s = apply(s, { type: 'set-from', at: BEFORE_ALL, time: wall.time });
        s = apply(s, { type: 'set-duration', at: BEFORE_ALL, minutes });
        const till = webcallback.fields(s, BEFORE_ALL).till!;
        const step = webcallback.machine.transition(s, { type: 'set-till', at: BEFORE_ALL, time: till });
        if (!step.ok) {
          // Only when the first time the clock shows Till comes sooner than the minimum (an overlap).
          expect(step.error.code).toBe('duration-out-of-bounds');
          return;
        }
        const f = webcallback.fields(step.state, BEFORE_ALL);
        expect(f.till).toBe(till);
        expect(f.durationMinutes).toBeLessThanOrEqual(minutes);
        expect(f.durationMinutes).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('changing From never leaves an in-bounds duration out of bounds', () => {
    fc.assert(
      fc.property(wallTimes, fc.integer({ min: 15, max: 480 }), arbitraries.localTime(), (wall, minutes, from) => {
        let s = editingIn(wall.zone);
        s = apply(s, { type: 'set-on', at: BEFORE_ALL, date: wall.date });
        s = apply(s, { type: 'set-from', at: BEFORE_ALL, time: wall.time });
        s = apply(s, { type: 'set-duration', at: BEFORE_ALL, minutes });
        const before = webcallback.fields(s, BEFORE_ALL);
        const after = webcallback.fields(apply(s, { type: 'set-from', at: BEFORE_ALL, time: from }), BEFORE_ALL);
        expect(after.durationMinutes).toBeGreaterThanOrEqual(15);
        expect(after.durationMinutes).toBeLessThanOrEqual(480);
        // Either Till kept its time, or the duration was kept.
        expect(after.till === before.till || after.durationMinutes === before.durationMinutes).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the notification', () => {
  it('is never shown before its time, and never twice', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 * 3_600_000 }), { maxLength: 12 }), fc.boolean(), (offsets, ack) => {
        const now = Date.UTC(2026, 10, 24, 13);
        let s = editingIn('Europe/Paris');
        s = JSON.parse(JSON.stringify({ ...s, lastAt: now })) as State;
        s = apply(s, { type: 'set-on', at: now, date: '2026-11-24' });
        s = apply(s, { type: 'set-from', at: now, time: '16:00' });
        s = apply(s, { type: 'close', at: now });
        const done = webcallback.machine.transition(s, { type: 'done', at: now });
        if (!done.ok) throw new Error(done.error.code);
        const due = Date.UTC(2026, 10, 24, 15);
        expect(done.effects).toContainEqual({ type: 'wake', at: due });
        s = done.state;
        if (ack) s = apply(s, { type: 'request-acknowledged', at: now, requestId: 'webcallback-reschedule-1' });
        const shown: number[] = [];
        for (const at of [...offsets].sort((a, b) => a - b).map((o) => now + o)) {
          const step = webcallback.machine.transition(s, { type: 'tick', at });
          expect(step.ok).toBe(true);
          for (const e of step.effects as Effect[]) if (e.type === 'show-notification') shown.push(at);
          s = step.state;
        }
        expect(shown.length).toBe(offsets.some((o) => now + o >= due) ? 1 : 0);
        for (const at of shown) expect(at).toBeGreaterThanOrEqual(due);
      }),
      { numRuns: 100 },
    );
  });
});

/** Arbitrary events, well-formed and not, near the machine's time line. */
function eventArb(base: number): fc.Arbitrary<Event> {
  const at = fc.integer({ min: 0, max: 3 * 86_400_000 }).map((d) => base + d);
  return fc.oneof(
    fc.record({ type: fc.constant('open' as const), at }),
    fc.record({ type: fc.constant('close' as const), at }),
    fc.record({ type: fc.constant('set-reschedule' as const), at, checked: fc.boolean() }),
    fc.record({ type: fc.constant('set-on' as const), at, date: fc.oneof(arbitraries.localDate({ min: ymd('2026-11-20'), max: ymd('2026-12-10') }), fc.string()) }),
    fc.record({ type: fc.constant('set-from' as const), at, time: fc.oneof(arbitraries.localTime(), fc.string()) }),
    fc.record({ type: fc.constant('set-till' as const), at, time: arbitraries.localTime() }),
    fc.record({ type: fc.constant('set-duration' as const), at, minutes: fc.integer({ min: -10, max: 600 }) }),
    fc.record({ type: fc.constant('set-to' as const), at, number: fc.constantFrom('1', '2', '3') }),
    fc.record({ type: fc.constant('done' as const), at }),
    fc.record({ type: fc.constant('request-acknowledged' as const), at, requestId: fc.constantFrom('webcallback-reschedule-1', 'webcallback-reschedule-2', 'x') }),
    fc.record({ type: fc.constant('request-failed' as const), at, requestId: fc.constantFrom('webcallback-reschedule-1', 'webcallback-reschedule-2') }),
    fc.record({ type: fc.constant('tick' as const), at }),
  );
}

describe('robustness', () => {
  const base = Date.UTC(2026, 10, 24, 13);
  function fresh(): State {
    const step = webcallback.machine.start({
      at: base,
      zone: 'America/New_York',
      callback: { interactionId: 'wc', numbers: ['1', '2'], start: base + 3_600_000, end: base + 7_200_000 },
    });
    if (!step.ok) throw new Error(step.error.code);
    return step.state;
  }

  it('every state survives a JSON round trip and behaves the same after it', () => {
    fc.assert(
      fc.property(fc.array(eventArb(base), { maxLength: 25 }), (events) => {
        let s = fresh();
        for (const event of [...events].sort((a, b) => a.at - b.at)) {
          const step = webcallback.machine.transition(s, event);
          const copy = testing.assertJsonRoundTrip(s);
          const again = webcallback.machine.transition(copy, event);
          expect(again.ok).toBe(step.ok);
          expect(JSON.stringify(again.state)).toBe(JSON.stringify(step.state));
          expect(again.effects).toEqual(step.effects);
          expect(testing.isDeeplyFrozen(step.state)).toBe(true);
          s = step.state;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('bad input never throws', () => {
    const s = fresh();
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (event, input) => {
        const step = webcallback.machine.transition(s, event as Event);
        if (!step.ok) expect(step.state).toBe(s);
        expect(webcallback.machine.start(input as webcallback.WebCallbackInput).ok).toBe(false);
        const typed = { ...(typeof event === 'object' && event !== null ? event : {}), type: 'set-on', at: base };
        webcallback.machine.transition(s, typed as Event);
      }),
      { numRuns: 200 },
    );
    for (const type of ['open', 'close', 'set-reschedule', 'set-on', 'show-month', 'set-from', 'set-till', 'step-time', 'set-duration', 'set-to', 'done', 'request-acknowledged', 'request-failed', 'tick']) {
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom('date', 'time', 'minutes', 'number', 'checked', 'year', 'month', 'field', 'unit', 'direction', 'step', 'requestId'), fc.anything()), (fields) => {
          const step = webcallback.machine.transition(s, { ...fields, type, at: base } as unknown as Event);
          expect(typeof step.ok).toBe('boolean');
        }),
        { numRuns: 30 },
      );
    }
    expect(webcallback.clockFace(Symbol('x')).ok).toBe(false);
  });
});
