import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';
import { hm, ymd } from '../time-values.js';

describe('time.monthGrid', () => {
  it('draws six weeks starting on the chosen weekday', () => {
    const r = time.monthGrid({ year: 2026, month: 11, weekStartsOn: 'mon' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.weeks).toHaveLength(6);
    expect(r.value.weeks.every((w) => w.length === 7)).toBe(true);
    expect(r.value.columns[0]).toBe('mon');
    expect(r.value.weeks[0]?.[0]).toMatchObject({ date: '2026-10-26', inMonth: false, weekday: 'mon' });
    expect(r.value.weeks[0]?.[6]).toMatchObject({ date: '2026-11-01', inMonth: true, day: 1, weekday: 'sun' });
    expect(r.value.weeks.flat().filter((c) => c.inMonth)).toHaveLength(30);
  });

  it('flags today and the selectable range, and the arrows', () => {
    const r = time.monthGrid({ year: 2026, month: 11, weekStartsOn: 'sun', today: '2026-11-24', min: '2026-11-24', max: '2026-12-24' });
    if (!r.ok) throw new Error(r.error.code);
    const cells = r.value.weeks.flat();
    expect(cells.filter((c) => c.isToday).map((c) => c.date)).toEqual(['2026-11-24']);
    expect(cells.find((c) => c.date === '2026-11-23')?.selectable).toBe(false);
    expect(cells.find((c) => c.date === '2026-11-24')?.selectable).toBe(true);
    expect(r.value.hasPrevious).toBe(false);
    expect(r.value.hasNext).toBe(true);
    const dec = time.monthGrid({ year: 2026, month: 12, weekStartsOn: 'sun', min: '2026-11-24', max: '2026-12-24' });
    expect(dec.ok && dec.value.hasNext).toBe(false);
  });

  it('refuses bad months, weekdays and dates', () => {
    expect(time.monthGrid({ year: 2026, month: 13, weekStartsOn: 'mon' })).toMatchObject({ ok: false, error: { code: 'invalid-month' } });
    expect(time.monthGrid({ year: 2026, month: 1, weekStartsOn: 'monday' as time.Weekday })).toMatchObject({ ok: false, error: { code: 'invalid-month' } });
    expect(time.monthGrid({ year: 2026, month: 1, weekStartsOn: 'mon', today: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(time.monthGrid(null as unknown as time.MonthGridInput).ok).toBe(false);
  });

  it('moves by months and years', () => {
    expect(time.addMonths({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
    expect(time.addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(time.addYears({ year: 2026, month: 11 }, -1)).toEqual({ year: 2025, month: 11 });
    expect(time.monthOf(ymd('2026-11-24'))).toEqual({ year: 2026, month: 11 });
  });
});

describe('time.stepTime and nextStep', () => {
  it('steps minutes on the step grid with wrap-around', () => {
    expect(time.stepTime('09:07', 'minute', 'up', 15)).toEqual({ ok: true, value: '09:15' });
    expect(time.stepTime('09:07', 'minute', 'down', 15)).toEqual({ ok: true, value: '09:00' });
    expect(time.stepTime('09:00', 'minute', 'down', 15)).toEqual({ ok: true, value: '08:45' });
    expect(time.stepTime('23:30', 'minute', 'up', 30)).toEqual({ ok: true, value: '00:00' });
    expect(time.stepTime('00:00', 'minute', 'down', 5)).toEqual({ ok: true, value: '23:55' });
  });

  it('steps hours keeping minutes', () => {
    expect(time.stepTime('23:10', 'hour', 'up')).toEqual({ ok: true, value: '00:10' });
    expect(time.stepTime('00:10', 'hour', 'down')).toEqual({ ok: true, value: '23:10' });
  });

  it('refuses bad steps and times', () => {
    expect(time.stepTime('09:00', 'minute', 'up', 7 as time.MinuteStep)).toMatchObject({ ok: false, error: { code: 'invalid-step' } });
    expect(time.stepTime('24:00', 'minute', 'up')).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
  });

  it('proposes the next step after now', () => {
    expect(time.nextStep(hm('09:10'), 30)).toEqual({ time: '09:30', nextDay: false });
    expect(time.nextStep(hm('09:30'), 30)).toEqual({ time: '10:00', nextDay: false });
    expect(time.nextStep(hm('23:45'), 30)).toEqual({ time: '00:00', nextDay: true });
  });
});

describe('time formatting', () => {
  const start = Date.UTC(2026, 0, 5, 15);
  it('labels ranges in the given zone and locale', () => {
    expect(time.formatRange(start, start + 15 * 60_000, 'America/New_York', 'en-US')).toEqual({ ok: true, value: '10:00 AM – 10:15 AM' });
    expect(time.formatRange(start, start + 15 * 60_000, 'Asia/Kathmandu', 'de-DE')).toEqual({ ok: true, value: '20:45 – 21:00' });
    expect(time.formatTime(start, 'America/New_York', 'en-US', { hour12: false })).toEqual({ ok: true, value: '10:00' });
  });

  it('refuses bad locales, zones, instants and reversed ranges', () => {
    expect(time.formatTime(start, 'UTC', 'xx-!!')).toMatchObject({ ok: false, error: { code: 'invalid-locale' } });
    expect(time.formatTime(start, 'Nowhere/X', 'en-US')).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
    expect(time.formatTime(Number.NaN, 'UTC', 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.formatRange(start, start - 1, 'UTC', 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
  });

  it('titles months', () => {
    expect(time.monthTitle({ year: 2026, month: 11 }, 'en-US')).toEqual({ ok: true, value: 'November 2026' });
    expect(time.monthTitle({ year: 2026, month: 11 }, 'fr-FR')).toEqual({ ok: true, value: 'novembre 2026' });
  });
});
