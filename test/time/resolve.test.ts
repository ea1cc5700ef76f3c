import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';
import { ymd } from '../time-values.js';

const H = 3_600_000;

describe('time.zone', () => {
  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['ASIA/KOLKATA', 'Asia/Kolkata'],
    ['US/Eastern', 'America/New_York'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/Godthab', 'America/Nuuk'],
    ['Etc/UTC', 'UTC'],
    ['utc', 'UTC'],
    ['GMT', 'UTC'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['Europe/Bratislava', 'Europe/Bratislava'],
  ])('%s is %s', (input, canonical) => {
    expect(time.zone(input)).toEqual({ ok: true, value: canonical });
  });

  it.each([['Mars/Olympus'], ['+05:00'], [''], ['../etc/passwd'], [42], [null], [undefined], [{}]])('refuses %j', (input) => {
    const r = time.zone(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unknown-zone');
  });
});

describe('time.parseDate / parseTime', () => {
  it('accepts real dates and times only', () => {
    expect(time.parseDate('2028-02-29').ok).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-01', '26-01-01', '2026-01-01T00:00', 20260101, null, '0000-01-01']) {
      expect(time.parseDate(bad)).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    }
    expect(time.parseTime('00:00').ok).toBe(true);
    expect(time.parseTime('23:59').ok).toBe(true);
    for (const bad of ['24:00', '23:60', '9:30', '09:30:00', ' 09:30', 930, undefined]) {
      expect(time.parseTime(bad)).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
    }
  });
});

describe('time.resolve', () => {
  const ny = (date: string, t: string, policy?: time.DstPolicy) => time.resolve({ date, time: t, zone: 'America/New_York' }, policy);

  it('resolves an ordinary time', () => {
    expect(ny('2026-07-01', '08:00')).toMatchObject({ ok: true, value: { at: Date.UTC(2026, 6, 1, 12), kind: 'normal', shifted: false, offsetMinutes: -240 } });
  });

  it('applies each policy in a spring-forward gap', () => {
    expect(ny('2026-03-08', '02:30')).toMatchObject({ ok: true, value: { at: Date.UTC(2026, 2, 8, 7, 30), kind: 'gap', shifted: true, time: '03:30' } });
    expect(ny('2026-03-08', '02:30', 'later')).toMatchObject({ ok: true, value: { at: Date.UTC(2026, 2, 8, 7, 30) } });
    expect(ny('2026-03-08', '02:30', 'earlier')).toMatchObject({ ok: true, value: { at: Date.UTC(2026, 2, 8, 6, 30), time: '01:30' } });
    expect(ny('2026-03-08', '02:30', 'reject')).toMatchObject({ ok: false, error: { code: 'time-in-gap' } });
  });

  it('applies each policy in a fall-back overlap', () => {
    expect(ny('2026-11-01', '01:30')).toMatchObject({ ok: true, value: { at: Date.UTC(2026, 10, 1, 5, 30), kind: 'overlap', shifted: false } });
    expect(ny('2026-11-01', '01:30', 'earlier')).toMatchObject({ ok: true, value: { at: Date.UTC(2026, 10, 1, 5, 30) } });
    expect(ny('2026-11-01', '01:30', 'later')).toMatchObject({ ok: true, value: { at: Date.UTC(2026, 10, 1, 6, 30) } });
    expect(ny('2026-11-01', '01:30', 'reject')).toMatchObject({ ok: false, error: { code: 'time-ambiguous' } });
  });

  it('handles half-hour transitions (Lord Howe) and midnight gaps (Santiago)', () => {
    expect(time.resolve({ date: '2026-10-04', time: '02:15', zone: 'Australia/Lord_Howe' })).toMatchObject({ ok: true, value: { kind: 'gap', time: '02:45' } });
    expect(time.resolve({ date: '2026-09-06', time: '00:00', zone: 'America/Santiago' })).toMatchObject({ ok: true, value: { kind: 'gap', time: '01:00', shifted: true } });
  });

  it('refuses bad input with codes', () => {
    expect(time.resolve({ date: '2026-02-30', time: '10:00', zone: 'UTC' })).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(time.resolve({ date: '2026-02-03', time: '24:00', zone: 'UTC' })).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
    expect(time.resolve({ date: '2026-02-03', time: '10:00', zone: 'Nowhere/City' })).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
    expect(time.resolve({ date: '2026-02-03', time: '10:00', zone: 'UTC' }, 'sometimes' as time.DstPolicy)).toMatchObject({ ok: false, error: { code: 'invalid-policy' } });
    expect(time.resolve(null as unknown as time.WallTime).ok).toBe(false);
  });
});

describe('time.local and time.day', () => {
  it('reads an instant in Kathmandu', () => {
    expect(time.local(Date.UTC(2026, 10, 24, 3, 15), 'Asia/Kathmandu')).toMatchObject({
      ok: true,
      value: { date: '2026-11-24', time: '09:00', weekday: 'tue', offsetMinutes: 345 },
    });
    expect(time.local(Number.NaN, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
  });

  it('gives day lengths on transition days', () => {
    const len = (date: string, zone: string) => {
      const r = time.day(date, zone);
      return r.ok ? r.value.lengthMs / H : Number.NaN;
    };
    expect(len('2026-03-08', 'America/New_York')).toBe(23);
    expect(len('2026-11-01', 'America/New_York')).toBe(25);
    expect(len('2026-10-04', 'Australia/Lord_Howe')).toBe(23.5);
    expect(len('2026-09-06', 'America/Santiago')).toBe(23);
    expect(len('2026-06-15', 'Asia/Kolkata')).toBe(24);
  });

  it('starts a day without midnight at the end of the gap', () => {
    const r = time.day('2026-09-06', 'America/Santiago');
    expect(r.ok && time.local(r.value.start, 'America/Santiago')).toMatchObject({ ok: true, value: { date: '2026-09-06', time: '01:00' } });
  });

  it('does calendar arithmetic without zones', () => {
    expect(time.addDays(ymd('2026-12-31'), 1)).toBe('2027-01-01');
    expect(time.addDays(ymd('2028-03-01'), -1)).toBe('2028-02-29');
    expect(time.daysBetween(ymd('2026-02-27'), ymd('2026-03-01'))).toBe(2);
    expect(time.weekdayOf(ymd('2026-11-24'))).toBe('tue');
    expect(time.minutesToTime(-30)).toBe('23:30');
  });
});
