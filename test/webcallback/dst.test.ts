import { describe, expect, it } from 'vitest';
import { webcallback } from '../../src/index.js';
import { editing, refused, run, started } from './helpers.js';

const M = 60_000;
const FEB = Date.UTC(2026, 1, 1, 12); // well before both New York transitions of 2026
const SPRING = '2026-03-08'; // 02:00 EST -> 03:00 EDT
const FALL = '2026-11-01'; // 02:00 EDT -> 01:00 EST

function at(policy: webcallback.WebCallbackConfig['policy'] = 'compatible') {
  return editing(started({ at: FEB, config: { policy } }), FEB);
}

describe('DST inside the From–Till window', () => {
  it('spring forward: the end is From + duration, labelled in local time', () => {
    const s = run(at(), [
      { type: 'set-on', at: FEB, date: SPRING },
      { type: 'set-from', at: FEB, time: '01:00' },
      { type: 'set-duration', at: FEB, minutes: 120 },
    ]).state;
    const f = webcallback.fields(s, FEB);
    expect(f).toMatchObject({ till: '04:00', durationMinutes: 120, shiftedFrom: null });
    expect(f.end! - f.start!).toBe(120 * M);
    expect(webcallback.clock(s, 0)?.arc).toEqual({ startAngle: 30, sweepAngle: 90, endAngle: 120, exceedsTwelveHours: false });
  });

  it('spring forward: Till typed across the gap gives the elapsed duration', () => {
    const s = run(at(), [
      { type: 'set-on', at: FEB, date: SPRING },
      { type: 'set-from', at: FEB, time: '01:00' },
      { type: 'set-till', at: FEB, time: '03:00' },
    ]).state;
    expect(s.view.draft.durationMinutes).toBe(60);
    expect(webcallback.fields(s, FEB).till).toBe('03:00');
  });

  it('fall back: two elapsed hours from 01:00 end at 02:00 on the clock', () => {
    const s = run(at(), [
      { type: 'set-on', at: FEB, date: FALL },
      { type: 'set-from', at: FEB, time: '01:00' },
      { type: 'set-duration', at: FEB, minutes: 120 },
    ]).state;
    const f = webcallback.fields(s, FEB);
    expect(f).toMatchObject({ till: '02:00', ambiguousFrom: true });
    expect(f.start).toBe(Date.UTC(2026, 10, 1, 5)); // the earlier 01:00 (EDT) under `compatible`
    expect(webcallback.clock(s, 0)?.arc?.sweepAngle).toBe(30);
  });

  it('From in the gap moves forward under `compatible` and the fields say so', () => {
    const s = run(at(), [
      { type: 'set-on', at: FEB, date: SPRING },
      { type: 'set-from', at: FEB, time: '02:30' },
    ]).state;
    const f = webcallback.fields(s, FEB);
    expect(f).toMatchObject({ from: '02:30', shiftedFrom: '03:30', fromLabel: '3:30 AM' });
    expect(f.start).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(webcallback.clock(s, 0)?.label).toBe('3:30 AM');
    expect(run(s, [{ type: 'close', at: FEB }]).effects).toEqual([]);
  });

  it('policy `reject`: From in a gap or an overlap is refused', () => {
    const onSpring = run(at('reject'), [{ type: 'set-on', at: FEB, date: SPRING }]).state;
    refused(onSpring, { type: 'set-from', at: FEB, time: '02:30' }, 'time-in-gap');
    const onFall = run(at('reject'), [{ type: 'set-on', at: FEB, date: FALL }]).state;
    refused(onFall, { type: 'set-from', at: FEB, time: '01:30' }, 'time-ambiguous');
  });

  it('policy `reject`: moving On under a From in the gap is listed when closing', () => {
    const s = run(at('reject'), [
      { type: 'set-from', at: FEB, time: '02:30' },
      { type: 'set-on', at: FEB, date: SPRING },
      { type: 'close', at: FEB },
    ]);
    expect(s.effects).toEqual([{ type: 'show-errors', errors: [expect.objectContaining({ field: 'from', code: 'time-in-gap' })] }]);
    expect(webcallback.fields(s.state, FEB).till).not.toBeNull();
  });

  it('policy `later` picks the second 01:30 of the fall-back night', () => {
    const s = run(at('later'), [
      { type: 'set-on', at: FEB, date: FALL },
      { type: 'set-from', at: FEB, time: '01:30' },
    ]).state;
    expect(webcallback.fields(s, FEB).start).toBe(Date.UTC(2026, 10, 1, 6, 30));
  });
});

describe('zones where midnight is skipped', () => {
  it('America/Santiago: a window crossing the midnight gap', () => {
    // Chile moves clocks forward at 24:00 on 2026-09-05: 00:00–00:59 on the 6th do not exist.
    const now = Date.UTC(2026, 7, 1);
    const s = run(editing(started({ at: now, zone: 'America/Santiago' }), now), [
      { type: 'set-on', at: now, date: '2026-09-05' },
      { type: 'set-from', at: now, time: '23:00' },
      { type: 'set-till', at: now, time: '02:00' },
    ]).state;
    const f = webcallback.fields(s, now);
    expect(f).toMatchObject({ till: '02:00', tillNextDay: true, durationMinutes: 120 });
  });
});
