// Type tests for the branded time values: checked by `tsc` in `npm run typecheck`; a broken expectation fails it.
import { describe, expectTypeOf, it } from 'vitest';
import { time } from '../../src/index.js';

describe('branded time values', () => {
  it('a plain string is not a LocalDate, LocalTime or ZoneName', () => {
    // @ts-expect-error a string is not a checked date: call time.parseDate
    const date: time.LocalDate = '2026-11-24';
    // @ts-expect-error a string is not a checked time: call time.parseTime
    const at: time.LocalTime = '09:30';
    // @ts-expect-error a string is not a canonical zone: call time.zone
    const zone: time.ZoneName = 'America/New_York';
    void [date, at, zone];
    expectTypeOf<string>().not.toMatchTypeOf<time.LocalDate>();
    expectTypeOf<string>().not.toMatchTypeOf<time.LocalTime>();
    expectTypeOf<string>().not.toMatchTypeOf<time.ZoneName>();
  });

  it('the three brands do not mix', () => {
    expectTypeOf<time.LocalDate>().not.toMatchTypeOf<time.LocalTime>();
    expectTypeOf<time.LocalTime>().not.toMatchTypeOf<time.ZoneName>();
    expectTypeOf<time.ZoneName>().not.toMatchTypeOf<time.LocalDate>();
  });

  it('a parsed value is branded, and still a string', () => {
    const d = time.parseDate('2026-11-24');
    if (d.ok) {
      expectTypeOf(d.value).toEqualTypeOf<time.LocalDate>();
      expectTypeOf(time.addDays(d.value, 1)).toEqualTypeOf<time.LocalDate>();
      expectTypeOf(d.value).toMatchTypeOf<string>();
    }
    const t = time.parseTime('09:30');
    if (t.ok) expectTypeOf(t.value).toEqualTypeOf<time.LocalTime>();
    const z = time.zone('asia/kolkata');
    if (z.ok) expectTypeOf(z.value).toEqualTypeOf<time.ZoneName>();
    expectTypeOf(time.minutesToTime).returns.toEqualTypeOf<time.LocalTime>();
    expectTypeOf<time.LocalReading['date']>().toEqualTypeOf<time.LocalDate>();
  });

  it('typed helpers take branded values only', () => {
    // @ts-expect-error addDays takes a LocalDate, not any string
    void (() => time.addDays('2026-11-24', 1));
    // @ts-expect-error weekdayOf takes a LocalDate
    void (() => time.weekdayOf('2026-13-45'));
    // @ts-expect-error timeToMinutes takes a LocalTime
    void (() => time.timeToMinutes('09:30'));
  });
});
