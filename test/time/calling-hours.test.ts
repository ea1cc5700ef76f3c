import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';
import { ymd } from '../time-values.js';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const { us, ca, fr } = time.callingHoursPresets;

describe('calling-hours presets', () => {
  it('are valid rules and deeply frozen', () => {
    for (const rule of [us, ca, fr]) {
      expect(time.parseCallingHours(JSON.parse(JSON.stringify(rule)))).toEqual({ ok: true, value: rule });
      expect(Object.isFrozen(rule.weekly.mon)).toBe(true);
      expect(Object.isFrozen(rule.weekly.mon[0])).toBe(true);
    }
  });

  it('US federal: 08:00 to 21:00 at the called party, 21:00 excluded', () => {
    const la = 'America/Los_Angeles';
    expect(time.isAllowed(us, utc(2026, 7, 4, 15), la)).toEqual({ ok: true, value: true }); // Sat 08:00 PDT
    expect(time.isAllowed(us, utc(2026, 7, 4, 14, 59), la)).toEqual({ ok: true, value: false });
    expect(time.isAllowed(us, utc(2026, 7, 5, 4), la)).toEqual({ ok: true, value: false }); // 21:00 PDT
    expect(time.isAllowed(us, utc(2026, 7, 5, 3, 59), la)).toEqual({ ok: true, value: true });
    // A call at 13:00Z is fine in New York (09:00) but not in Honolulu (03:00).
    expect(time.isAllowed(us, utc(2026, 7, 6, 13), 'America/New_York')).toEqual({ ok: true, value: true });
    expect(time.isAllowed(us, utc(2026, 7, 6, 13), 'Pacific/Honolulu')).toEqual({ ok: true, value: false });
  });

  it('Canada: 09:00–21:30 weekdays, 10:00–18:00 weekends', () => {
    const to = 'America/Toronto';
    expect(time.isAllowed(ca, utc(2026, 11, 27, 2, 29), to)).toEqual({ ok: true, value: true }); // Thu 21:29 EST
    expect(time.isAllowed(ca, utc(2026, 11, 27, 2, 30), to)).toEqual({ ok: true, value: false }); // Thu 21:30
    expect(time.isAllowed(ca, utc(2026, 11, 28, 14, 30), to)).toEqual({ ok: true, value: false }); // Sat 09:30
    // Saturday in Toronto is 05:00Z to 05:00Z.
    expect(time.allowedIntervals(ca, { start: utc(2026, 11, 28, 5), end: utc(2026, 11, 29, 5) }, to)).toEqual({
      ok: true,
      value: [{ start: utc(2026, 11, 28, 15), end: utc(2026, 11, 28, 23) }],
    });
  });

  it('France: weekday mornings and afternoons, no weekends, holidays passed in', () => {
    const paris = 'Europe/Paris';
    expect(time.allowedIntervals(fr, { start: utc(2026, 11, 23), end: utc(2026, 11, 30) }, paris)).toMatchObject({ ok: true, value: { length: 10 } });
    expect(time.isAllowed(fr, utc(2026, 11, 24, 11, 30), paris)).toEqual({ ok: true, value: true });
    expect(time.isAllowed(fr, utc(2026, 11, 24, 12, 30), paris)).toEqual({ ok: true, value: false });
    expect(time.isAllowed(fr, utc(2026, 12, 25, 10), paris)).toEqual({ ok: true, value: true });
    expect(time.isAllowed(fr, utc(2026, 12, 25, 10), paris, { holidays: ['2026-12-25'] })).toEqual({ ok: true, value: false });
    // A holiday list does not close days for a rule that ignores holidays.
    expect(time.isAllowed(us, utc(2026, 12, 25, 15), 'America/New_York', { holidays: ['2026-12-25'] })).toEqual({ ok: true, value: true });
  });

  it('nextAllowed: the instant itself, the next opening, across weekends and holidays', () => {
    const paris = 'Europe/Paris';
    expect(time.nextAllowed(fr, utc(2026, 11, 24, 11, 30), paris)).toEqual({ ok: true, value: utc(2026, 11, 24, 11, 30) });
    expect(time.nextAllowed(fr, utc(2026, 11, 24, 12, 30), paris)).toEqual({ ok: true, value: utc(2026, 11, 24, 13) });
    expect(time.nextAllowed(fr, utc(2026, 11, 27, 20), paris)).toEqual({ ok: true, value: utc(2026, 11, 30, 9) });
    // Thursday 24 Dec after 20:00; 25 Dec is a holiday; next is Monday 28 Dec 10:00.
    expect(time.nextAllowed(fr, utc(2026, 12, 24, 19, 30), paris, { holidays: ['2026-12-25'] })).toEqual({ ok: true, value: utc(2026, 12, 28, 9) });
  });

  it('nextAllowed answers null beyond its search bound', () => {
    const closedAll = time.parseCallingHours({ name: 'never', weekly: {} });
    expect(closedAll.ok).toBe(true);
    if (!closedAll.ok) return;
    expect(time.nextAllowed(closedAll.value, utc(2026, 1, 1), 'UTC')).toEqual({ ok: true, value: null });
    const holidays = Array.from({ length: 20 }, (_, i) => time.addDays(ymd('2026-08-01'), i));
    expect(time.nextAllowed(fr, utc(2026, 8, 1), paris(), { holidays, searchDays: 10 })).toEqual({ ok: true, value: null });
    expect(time.nextAllowed(fr, utc(2026, 8, 1), paris(), { holidays, searchDays: 30 })).toEqual({ ok: true, value: utc(2026, 8, 21, 8) });
  });
});

function paris(): string {
  return 'Europe/Paris';
}

describe('time.parseCallingHours', () => {
  it('fills defaults, sorts closed dates, accepts 24:00 as an end', () => {
    const r = time.parseCallingHours({
      weekly: { sat: [{ from: '22:00', until: '24:00' }], sun: [{ from: '00:00', until: '02:00' }] },
      closedDates: ['2026-12-31', '2026-01-01', '2026-12-31'],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        name: '',
        weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [{ from: '22:00', until: '24:00' }], sun: [{ from: '00:00', until: '02:00' }] },
        closedDates: ['2026-01-01', '2026-12-31'],
        closedOnHolidays: false,
      },
    });
    if (!r.ok) return;
    // Saturday 22:00 to Sunday 02:00 joins into one interval.
    expect(time.allowedIntervals(r.value, { start: utc(2026, 11, 28), end: utc(2026, 11, 30) }, 'UTC')).toEqual({
      ok: true,
      value: [{ start: utc(2026, 11, 28, 22), end: utc(2026, 11, 29, 2) }],
    });
  });

  it.each([
    [null, ''],
    [{ weekly: 'x' }, 'weekly'],
    [{ weekly: { monday: [] } }, 'weekly.monday'],
    [{ weekly: { mon: {} } }, 'weekly.mon'],
    [{ weekly: { mon: [{ from: '18:00', until: '09:00' }] } }, 'weekly.mon[0].until'],
    [{ weekly: { mon: [{ from: '09:00', until: '09:00' }] } }, 'weekly.mon[0].until'],
    [{ weekly: { tue: [{ from: '09:00', until: '10:00' }, { from: '24:00', until: '10:00' }] } }, 'weekly.tue[1].from'],
    [{ weekly: { tue: [{ from: '09:00', until: '24:01' }] } }, 'weekly.tue[0].until'],
    [{ weekly: {}, closedDates: ['2026-02-30'] }, 'closedDates[0]'],
    [{ weekly: {}, closedDates: '2026-02-03' }, 'closedDates'],
    [{ weekly: {}, closedOnHolidays: 'yes' }, 'closedOnHolidays'],
    [{ weekly: {}, name: 42 }, 'name'],
  ])('refuses %j at %s', (input, path) => {
    expect(time.parseCallingHours(input)).toMatchObject({ ok: false, error: { code: 'invalid-calling-hours', path: path === '' ? '$' : `$.${path}` } });
  });

  it('refuses bad zones, instants, holidays and options with codes', () => {
    expect(time.isAllowed(us, utc(2026, 1, 1), 'Mars/Base')).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
    expect(time.isAllowed(us, Number.NaN, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.isAllowed(us, 0, 'UTC', { holidays: ['2026-02-30'] })).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(time.nextAllowed(us, 0, 'UTC', { searchDays: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
    expect(time.nextAllowed(us, 0, 'UTC', { searchDays: 1.5 })).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
    expect(time.nextAllowed(us, 0, 'UTC', 'x' as unknown as time.CallingHoursOptions)).toMatchObject({ ok: false, error: { code: 'invalid-calling-hours' } });
    expect(time.allowedIntervals({} as time.CallingHoursRule, { start: 0, end: 1 }, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-calling-hours' } });
    expect(time.allowedIntervals(us, { start: 1, end: 0 }, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
  });

  it('resolves period bounds in a DST gap with the compatible policy', () => {
    const r = time.parseCallingHours({ weekly: { sun: [{ from: '02:30', until: '04:00' }] } });
    if (!r.ok) throw new Error('rule');
    // 2026-03-08 is a Sunday; 02:30 does not exist in New York and means 03:30 EDT (07:30Z).
    expect(time.allowedIntervals(r.value, { start: utc(2026, 3, 8), end: utc(2026, 3, 9) }, 'America/New_York')).toEqual({
      ok: true,
      value: [{ start: utc(2026, 3, 8, 7, 30), end: utc(2026, 3, 8, 8) }],
    });
  });
});
