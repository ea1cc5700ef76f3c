// time.resolve from its documented contract (issue 22): refusals say what they refused (the kind of a
// non-object input or policy, the wall time and zone of a gap or an overlap, and the overlap's two
// instants); a gap shift reports the actual local date and time, also when `earlier` moves it back across
// midnight; a normal or overlapping time is never shifted and keeps the date and time asked for.
import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';

const error = (r: ReturnType<typeof time.resolve>): unknown => (r.ok ? 'resolved' : { code: r.error.code, details: r.error.details });

describe('time.resolve: refusals carry their details', () => {
  it('a non-object input and a bad policy name their kind', () => {
    expect(error(time.resolve(null as unknown as time.WallTime))).toEqual({ code: 'invalid-input', details: { kind: 'null' } });
    expect(error(time.resolve('2026-01-01 10:00' as unknown as time.WallTime))).toEqual({ code: 'invalid-input', details: { kind: 'string' } });
    const wall = { date: '2026-02-03', time: '10:00', zone: 'UTC' };
    expect(error(time.resolve(wall, null as unknown as time.DstPolicy))).toEqual({ code: 'invalid-policy', details: { kind: 'null' } });
    expect(error(time.resolve(wall, 7 as unknown as time.DstPolicy))).toEqual({ code: 'invalid-policy', details: { kind: 'number' } });
    expect(error(time.resolve(wall, 'sometimes' as time.DstPolicy))).toEqual({ code: 'invalid-policy', details: { kind: 'string' } });
  });

  it('under reject, a gap and an overlap name the wall time, and the overlap its two instants', () => {
    const gap = time.resolve({ date: '2026-03-08', time: '02:30', zone: 'America/New_York' }, 'reject');
    expect(error(gap)).toEqual({ code: 'time-in-gap', details: { date: '2026-03-08', time: '02:30', zone: 'America/New_York' } });
    const overlap = time.resolve({ date: '2026-11-01', time: '01:30', zone: 'America/New_York' }, 'reject');
    expect(error(overlap)).toEqual({
      code: 'time-ambiguous',
      details: { date: '2026-11-01', time: '01:30', zone: 'America/New_York', instants: [Date.UTC(2026, 10, 1, 5, 30), Date.UTC(2026, 10, 1, 6, 30)] },
    });
  });
});

describe('time.resolve: the wall time reported', () => {
  it('a gap at midnight moved back by `earlier` lands on the evening before', () => {
    // Santiago skips 00:00-01:00 on 2026-09-06; `earlier` reads 00:30 with the new offset (-03:00).
    const r = time.resolve({ date: '2026-09-06', time: '00:30', zone: 'America/Santiago' }, 'earlier');
    expect(r.ok && r.value).toEqual({ at: Date.UTC(2026, 8, 6, 3, 30), zone: 'America/Santiago', offsetMinutes: -240, kind: 'gap', shifted: true, date: '2026-09-05', time: '23:30' });
    const forward = time.resolve({ date: '2026-09-06', time: '00:30', zone: 'America/Santiago' });
    expect(forward.ok && forward.value).toMatchObject({ at: Date.UTC(2026, 8, 6, 4, 30), offsetMinutes: -180, date: '2026-09-06', time: '01:30' });
  });

  it('an overlap keeps the wall time asked for, with the offset of the instant picked', () => {
    const later = time.resolve({ date: '2026-11-01', time: '01:30', zone: 'America/New_York' }, 'later');
    expect(later.ok && later.value).toEqual({ at: Date.UTC(2026, 10, 1, 6, 30), zone: 'America/New_York', offsetMinutes: -300, kind: 'overlap', shifted: false, date: '2026-11-01', time: '01:30' });
  });

  it('a zone west of UTC with a negative wall instant (before 1970) reads its date right', () => {
    const r = time.resolve({ date: '1969-12-31', time: '23:30', zone: 'America/New_York' });
    expect(r.ok && r.value).toMatchObject({ at: Date.UTC(1970, 0, 1, 4, 30), kind: 'normal', shifted: false, date: '1969-12-31', time: '23:30' });
    // A gap before 1970 (New York, 1969-04-27 02:00 -> 03:00): the shifted wall time of a negative instant.
    const gap = time.resolve({ date: '1969-04-27', time: '02:30', zone: 'America/New_York' });
    expect(gap.ok && gap.value).toMatchObject({ at: Date.UTC(1969, 3, 27, 7, 30), kind: 'gap', shifted: true, date: '1969-04-27', time: '03:30' });
    const back = time.resolve({ date: '1969-04-27', time: '02:30', zone: 'America/New_York' }, 'earlier');
    expect(back.ok && back.value).toMatchObject({ at: Date.UTC(1969, 3, 27, 6, 30), date: '1969-04-27', time: '01:30' });
  });
});
