import { describe, expect, it } from 'vitest';
import { callback } from '../../src/index.js';

const M = 60_000;

function slots(config: unknown, query: callback.AvailabilityQuery): readonly callback.Slot[] {
  const r = callback.availability(config, query);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function gridOf(input: callback.GridInput): callback.Grid {
  const r = callback.grid(input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const nyHours = { zone: 'America/New_York', bucketMinutes: 15, capacity: 2, weekly: { tue: [{ from: '08:00', until: '10:00' }, { from: '11:00', until: '12:00' }] } };

describe('callback.grid', () => {
  const at = Date.UTC(2026, 10, 24, 13, 20); // 08:20 in New York
  const list = slots(nyHours, { at, bookings: [{ at: Date.UTC(2026, 10, 24, 14), count: 2 }] });

  it('covers the display day with cells and gives every unavailable one its reason', () => {
    const g = gridOf({ slots: list, date: '2026-11-24', zone: 'America/New_York', at, locale: 'en-US', noticeMinutes: 30 });
    expect(g.cells).toHaveLength(96);
    expect(g.cells[0]?.start).toBe(g.start);
    expect(g.cells.at(-1)?.end).toBe(g.end);
    const byLabel = new Map(g.cells.map((c) => [c.label, c.reason]));
    expect(byLabel.get('7:00 AM – 7:15 AM')).toBe('past');
    expect(byLabel.get('8:30 AM – 8:45 AM')).toBe('time-too-soon');
    expect(byLabel.get('9:00 AM – 9:15 AM')).toBe('full');
    expect(byLabel.get('9:15 AM – 9:30 AM')).toBeNull();
    expect(byLabel.get('10:30 AM – 10:45 AM')).toBe('closed');
    expect(byLabel.get('11:45 AM – 12:00 PM')).toBeNull();
    expect(g.availableCount).toBe(7);
    for (let i = 1; i < g.cells.length; i += 1) expect(g.cells[i]?.start).toBe(g.cells[i - 1]?.end);
  });

  it('marks slots past the horizon', () => {
    const g = gridOf({ slots: list, date: '2026-12-01', zone: 'America/New_York', at, locale: 'en-US', horizonDays: 6, span: 'slots' });
    expect(g.cells.length).toBeGreaterThan(0);
    expect(g.cells.every((c) => c.reason === 'beyond-horizon')).toBe(true);
    expect(g.cells[0]?.reason).toBe('beyond-horizon');
  });

  it('shows a business day in another display zone, labelled in its locale', () => {
    const g = gridOf({ slots: list, date: '2026-11-24', zone: 'Asia/Kolkata', at, locale: 'de-DE', span: 'slots' });
    expect(g.cells[0]?.label).toBe('19:00 – 19:15');
    // 10:00–11:00 in New York is closed: 20:30–21:30 in Kolkata.
    expect(g.cells.filter((c) => c.reason === 'closed').map((c) => c.label)).toEqual(['20:30 – 20:45', '20:45 – 21:00', '21:00 – 21:15', '21:15 – 21:30']);
    // 11:00–12:00 New York is 21:30–22:30 Kolkata, the same local day.
    expect(g.cells.at(-1)?.label).toBe('22:15 – 22:30');
  });

  it('takes slots from two business days into one display day', () => {
    const day = { zone: 'Asia/Tokyo', bucketMinutes: 60, capacity: 1, weekly: { tue: [{ from: '09:00', until: '12:00' }], wed: [{ from: '09:00', until: '12:00' }] } };
    const list2 = slots(day, { at: Date.UTC(2026, 10, 22) });
    // Tuesday and Wednesday mornings in Tokyo both fall on Tuesday in Honolulu (UTC-10).
    const g = gridOf({ slots: list2, date: '2026-11-24', zone: 'Pacific/Honolulu', at: Date.UTC(2026, 10, 22), locale: 'en-US', span: 'slots' });
    expect(g.cells.filter((c) => c.slot !== null).map((c) => c.label)).toEqual([
      '2:00 PM – 3:00 PM',
      '3:00 PM – 4:00 PM',
      '4:00 PM – 5:00 PM',
    ]);
    const g2 = gridOf({ slots: list2, date: '2026-11-23', zone: 'Pacific/Honolulu', at: Date.UTC(2026, 10, 22), locale: 'en-US', span: 'slots' });
    expect(g2.cells.filter((c) => c.slot !== null)).toHaveLength(3);
  });

  it('has 23 hours of cells on a spring-forward day and 25 on a fall-back day', () => {
    expect(gridOf({ slots: [], date: '2026-03-08', zone: 'America/New_York', at: 0, locale: 'en-US', cellMinutes: 60 }).cells).toHaveLength(23);
    const fall = gridOf({ slots: [], date: '2026-11-01', zone: 'America/New_York', at: 0, locale: 'en-US', cellMinutes: 60 });
    expect(fall.cells).toHaveLength(25);
    expect(fall.cells.map((c) => c.label).slice(0, 3)).toEqual(['12:00 AM – 1:00 AM', '1:00 AM – 1:00 AM', '1:00 AM – 2:00 AM']);
    expect(fall.cells.every((c) => c.reason === 'closed')).toBe(true);
  });

  it('refuses bad input with codes', () => {
    const base = { slots: [], date: '2026-11-24', zone: 'UTC', at: 0, locale: 'en-US' };
    expect(callback.grid({ ...base, zone: 'Nope/Nope' })).toMatchObject({ ok: false, error: { code: 'unknown-zone' } });
    expect(callback.grid({ ...base, date: '2026-13-01' })).toMatchObject({ ok: false, error: { code: 'invalid-date' } });
    expect(callback.grid({ ...base, locale: '' })).toMatchObject({ ok: false, error: { code: 'invalid-locale' } });
    expect(callback.grid({ ...base, at: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    const bad = [{ start: 10 * M, end: 20 * M, capacity: 1, remaining: 1 }, { start: 15 * M, end: 25 * M, capacity: 1, remaining: 1 }];
    expect(callback.grid({ ...base, slots: bad })).toMatchObject({ ok: false, error: { code: 'invalid-slots', path: expect.stringMatching(/^\$\.slots\[1\]/) as unknown } });
  });

  it('gridDays equals grid day by day', () => {
    const many = callback.gridDays({ slots: list, from: '2026-11-23', until: '2026-11-26', zone: 'Europe/London', at, locale: 'en-GB' });
    expect(many.ok).toBe(true);
    if (many.ok) {
      expect(many.value.map((g) => g.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']);
      for (const g of many.value) expect(g).toEqual(gridOf({ slots: list, date: g.date, zone: 'Europe/London', at, locale: 'en-GB' }));
    }
  });
});
