// Regression tests for the time side of issue 14 (hostile input must never hang, crash or poison a
// result) and issue 16 (total helpers). Each call here used to hang, throw a TypeError, or return a
// malformed value.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { core, callback, outbound, time } from '../../src/index.js';
import { transitionWallTimes } from '../../src/testing/arbitraries/index.js';
import { labelCacheSize } from '../../src/time/format.js';
import { hm, iana, untyped, ymd } from '../time-values.js';

const config = { zone: 'America/New_York', bucketMinutes: 15, capacity: 2, weekly: { mon: [{ from: '09:00', until: '10:00' }] } };

describe('instants beyond the supported range are refused, never looped on', () => {
  it('formatTime, formatRange, local and transitions', () => {
    expect(time.formatTime(2 ** 53 + 2, 'UTC', 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.formatTime(8.7e15, 'America/New_York', 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.formatTime(core.maxInstant + 1, 'UTC', 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.formatTime(core.maxInstant, 'UTC', 'en-US')).toEqual({ ok: true, value: '12:00 AM' });
    expect(time.formatRange(8.65e15, 8.65e15 + 1, 'UTC', 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.formatRange(0, 1e300, 'UTC', 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.transitions('UTC', { start: 8.7e15, end: 8.7e15 + 1 })).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
    expect(time.offsetTimeline('UTC', { start: 0, end: 9e15 })).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
  });

  it('callback.availability and callback.grid', () => {
    expect(callback.availability(config, { at: 8.7e15 })).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(callback.availability(config, { at: 2 ** 53 + 2 })).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    // Near the end of the range: the horizon is cut at the last supported instant, no date past 9999.
    const late = callback.availability(config, { at: core.maxInstant - 10 * time.DAY });
    expect(late.ok).toBe(true);
    if (late.ok) for (const s of late.value) expect(s.start).toBeLessThanOrEqual(core.maxInstant);
    expect(callback.grid({ slots: [], date: '2026-11-24', zone: 'UTC', at: 8.7e15, locale: 'en-US' })).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
  });

  it('testing.transitionWallTimes refuses an unknown zone with a RangeError naming the helper', () => {
    expect(() => transitionWallTimes(untyped('Mars/Olympus'))).toThrow(RangeError);
    expect(() => transitionWallTimes(untyped('Mars/Olympus'))).toThrow(/^testing.transitionWallTimes: expected an IANA time zone, not a string of 12 characters$/);
    expect(transitionWallTimes(untyped('europe/london'))[0]).toEqual({ date: '2020-03-29', time: '01:00' });
  });
});

describe('refusals carry the right code', () => {
  it('resolve: a non-object input is invalid-input, a policy object is invalid-policy; neither throws', () => {
    for (const bad of [null, undefined, 5, 'x', Symbol('s'), 10n]) {
      expect(time.resolve(bad as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const wall = { date: ymd('2026-03-08'), time: hm('02:30'), zone: iana('America/New_York') };
    const hostile = { toString: () => { throw new Error('called'); } };
    expect(time.resolve(wall, hostile as never)).toMatchObject({ ok: false, error: { code: 'invalid-policy' } });
    expect(time.resolve(wall, Object.create(null) as never)).toMatchObject({ ok: false, error: { code: 'invalid-policy' } });
  });

  it('monthTitle with null, a non-object or a hostile object gives a Result', () => {
    expect(time.monthTitle(null as never, 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-month' } });
    expect(time.monthTitle(7 as never, 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-month' } });
    expect(time.monthTitle({ year: 2026, month: Number.NaN }, 'en-US')).toMatchObject({ ok: false, error: { code: 'invalid-month' } });
    expect(time.monthTitle({ year: 2026, month: 11 }, 'en-US')).toEqual({ ok: true, value: 'November 2026' });
  });

  it('year 0000 is not a calendar date anywhere', () => {
    expect(outbound.records.isCalendarDate('0000-01-01')).toBe(false);
    expect(outbound.records.isCalendarDate('0000-02-29')).toBe(false);
    expect(outbound.records.isCalendarDate('0099-02-29')).toBe(false);
    expect(outbound.records.isCalendarDate('0096-02-29')).toBe(true);
    expect(time.parseDate('0000-01-01').ok).toBe(false);
  });

  it('a slot with a NaN, negative or fractional capacity never reaches the grid', () => {
    const start = Date.UTC(2026, 10, 24, 15);
    const slot = { start, end: start + 15 * time.MINUTE, capacity: 4, remaining: 2 };
    const input = { date: '2026-11-24', zone: 'UTC', at: Date.UTC(2026, 10, 24), locale: 'en-US' };
    expect(callback.grid({ ...input, slots: [slot] }).ok).toBe(true);
    for (const bad of [{ capacity: Number.NaN }, { remaining: Number.NaN }, { capacity: -1 }, { remaining: 1.5 }]) {
      expect(callback.grid({ ...input, slots: [{ ...slot, ...bad }] })).toMatchObject({ ok: false, error: { code: 'invalid-slots' } });
    }
  });
});

describe('helpers are total: a RangeError naming the value, never a malformed date', () => {
  it('addDays, daysBetween, weekdayOf, timeToMinutes, minutesToTime', () => {
    expect(() => time.addDays(untyped('garbage'), 1)).toThrow(/^time\.addDays: expected a date .*, not a string of 7 characters$/);
    expect(() => time.addDays(null as never, 1)).toThrow(/addDays.*not null$/);
    expect(() => time.addDays(ymd('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => time.addDays(ymd('0001-01-01'), -1)).toThrow(RangeError);
    expect(() => time.addDays(ymd('2026-01-01'), 0.5)).toThrow(RangeError);
    expect(() => time.weekdayOf(untyped('2026-13-45'))).toThrow(/weekdayOf.*a string of 10 characters/);
    expect(() => time.writeDate(untyped('2026-13-45'), 'dd.MM.yyyy')).toThrow(/^time\.writeDate: expected a date/);
    expect(() => time.writeDate(untyped('garbage'))).toThrow(RangeError);
    expect(() => time.daysBetween(untyped('garbage'), ymd('2026-01-01'))).toThrow(/daysBetween/);
    expect(() => time.timeToMinutes(untyped('24:00'))).toThrow(/timeToMinutes/);
    expect(() => time.weekdayOf(untyped('0000-01-01'))).toThrow(RangeError);
    expect(() => time.daysBetween(ymd('2026-01-01'), untyped('x'))).toThrow(RangeError);
    expect(() => time.timeToMinutes(untyped('24:00'))).toThrow(/timeToMinutes.*a string of 5 characters/);
    expect(() => time.addDays(ymd('2026-01-01'), 2 ** 53 + 2)).toThrow(/addDays: expected a whole number of days/);
    expect(() => time.minutesToTime(Number.NaN)).toThrow(RangeError);
    expect(() => time.addDays({ toString: () => '2026-01-01' } as never, 1)).toThrow(/an object/);
    expect(time.addDays(ymd('9999-12-30'), 1)).toBe('9999-12-31');
  });

  it('isoUtc, wallMidnight and wallDate', () => {
    expect(() => time.isoUtc(8.7e15)).toThrow(RangeError);
    expect(() => time.wallMidnight(untyped('2026-02-30'))).toThrow(RangeError);
    expect(() => time.wallDate(Number.NaN)).toThrow(RangeError);
    expect(time.wallDate(Date.UTC(2026, 10, 24, 23, 59))).toBe('2026-11-24');
  });

  it('the month helpers refuse a malformed month, a fractional count and a result outside years 1 to 9999', () => {
    expect(() => time.firstOfMonth(null as never)).toThrow(/^time\.firstOfMonth: expected a month .*, not null$/);
    expect(() => time.firstOfMonth({ year: 2026, month: 13 })).toThrow(RangeError);
    expect(() => time.monthOf(untyped('2026-13-45'))).toThrow(/monthOf/);
    expect(() => time.addMonths({ year: 2026, month: 1 }, 0.5)).toThrow(/addMonths: expected a whole number of months/);
    expect(() => time.addMonths({ year: 9999, month: 12 }, 1)).toThrow(RangeError);
    expect(() => time.addYears({ year: 1, month: 5 }, -1)).toThrow(/addYears/);
    const getter = { month: 3, get year(): number { throw new Error('not read'); } };
    expect(() => time.addMonths(Object.create(getter) as never, 1)).toThrow(RangeError);
    expect(time.addMonths({ year: 1, month: 2 }, -1)).toEqual({ year: 1, month: 1 });
    expect(time.addYears({ year: 9998, month: 12 }, 1)).toEqual({ year: 9999, month: 12 });
  });

  it('nextStep names itself and refuses a step off the list', () => {
    expect(() => time.nextStep(untyped('25:00'), 15)).toThrow(/^time\.nextStep: expected a time/);
    expect(() => time.nextStep(hm('09:00'), 7 as never)).toThrow(/nextStep: expected a minute step/);
  });

  it('the timeline helpers refuse what offsetTimeline did not make, and work on a well-formed copy', () => {
    const r = time.offsetTimeline('America/New_York', { start: Date.UTC(2026, 2, 7), end: Date.UTC(2026, 2, 10) });
    if (!r.ok) throw new Error(r.error.code);
    expect(Object.isFrozen(r.value.segments[0])).toBe(true);
    const wall = Date.UTC(2026, 2, 8, 2, 30);
    for (const bad of [null, 'x', { segments: [] }, { segments: [null] }, { segments: [{ start: 0, end: 1 }] }, { segments: 'abc' }]) {
      expect(() => time.segmentIndex(bad as never, 0)).toThrow(/^time\.segmentIndex: expected a Timeline/);
      expect(() => time.compatibleInstant(bad as never, wall)).toThrow(/compatibleInstant/);
      expect(() => time.firstInstant(bad as never, wall)).toThrow(RangeError);
      expect(() => time.timelineOffset(bad as never, wall)).toThrow(RangeError);
      expect(() => time.runEnd(bad as never, 0, 0, 1, 1)).toThrow(RangeError);
    }
    expect(() => time.firstInstant(r.value, Number.NaN)).toThrow(/firstInstant: expected a wall time/);
    const copy = JSON.parse(JSON.stringify(r.value)) as time.Timeline;
    expect(time.compatibleInstant(copy, wall)).toBe(time.compatibleInstant(r.value, wall));
    expect(time.compatibleInstant(copy, wall)).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });
});

describe('locales', () => {
  it('an unsupported but well-formed locale resolves to the one fixed fallback', () => {
    const at = Date.UTC(2026, 0, 5, 19);
    const expected = time.formatTime(at, 'UTC', time.fallbackLocale);
    for (const tag of ['xx', 'und', 'zz-ZZ']) expect(time.formatTime(at, 'UTC', tag)).toEqual(expected);
    expect(time.formatTime(at, 'UTC', 'i-klingon')).toMatchObject({ ok: false, error: { code: 'invalid-locale' } });
    expect(time.formatTime(at, 'UTC', 'x'.repeat(100))).toMatchObject({ ok: false, error: { code: 'invalid-locale' } });
  });

  it('gives the same labels under LANG=C and LANG=fr_FR, TZ=UTC and TZ=Asia/Kathmandu', () => {
    const script = [
      "import { time } from './src/index.ts';",
      'const at = Date.UTC(2026, 0, 5, 19);',
      "console.log(JSON.stringify(['xx', 'und', 'en-US', 'fr-FR'].map((l) => time.formatTime(at, 'UTC', l)).concat([time.monthTitle({ year: 2026, month: 11 }, 'xx')])));",
    ].join('\n');
    const run = (env: Record<string, string>): string =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, LC_ALL: '', ...env }, encoding: 'utf8' });
    const c = run({ LANG: 'C', TZ: 'UTC' });
    const fr = run({ LANG: 'fr_FR.UTF-8', TZ: 'Asia/Kathmandu' });
    expect(fr).toBe(c);
    expect(JSON.parse(c)).toEqual([
      { ok: true, value: '7:00 PM' },
      { ok: true, value: '7:00 PM' },
      { ok: true, value: '7:00 PM' },
      { ok: true, value: '19:00' },
      { ok: true, value: 'November 2026' },
    ]);
  }, 60_000);

  it('the label cache is bounded: 2,000 distinct locales keep a handful of tables', () => {
    for (let i = 0; i < 2000; i += 1) time.formatTime(0, 'UTC', `en-US-x-k${i}`);
    expect(labelCacheSize()).toBeLessThanOrEqual(32);
  });
});
