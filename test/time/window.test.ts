import { describe, expect, it } from 'vitest';
import { core, time } from '../../src/index.js';

const H = 3_600_000;
const M = 60_000;
const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('time.mergeIntervals / intersectIntervals / subtractIntervals', () => {
  it('sorts, merges touching and overlapping intervals, drops empty and malformed ones', () => {
    const messy = [
      { start: 5, end: 8 },
      { start: 1, end: 3 },
      { start: 3, end: 5 },
      { start: 9, end: 9 },
      { start: 20, end: 10 },
      { start: Number.NaN, end: 4 },
      { start: 12, end: 15 },
      { start: 13, end: 14 },
      null,
      'x',
    ] as unknown as time.Interval[];
    expect(time.mergeIntervals(messy)).toEqual([
      { start: 1, end: 8 },
      { start: 12, end: 15 },
    ]);
    expect(time.mergeIntervals('nope' as unknown as time.Interval[])).toEqual([]);
  });

  it('intersects two lists', () => {
    expect(
      time.intersectIntervals(
        [
          { start: 0, end: 10 },
          { start: 20, end: 30 },
        ],
        [{ start: 5, end: 25 }],
      ),
    ).toEqual([
      { start: 5, end: 10 },
      { start: 20, end: 25 },
    ]);
    expect(time.intersectIntervals([{ start: 0, end: 10 }], [{ start: 10, end: 20 }])).toEqual([]);
    expect(time.intersectIntervals([], [{ start: 0, end: 1 }])).toEqual([]);
  });

  it('subtracts', () => {
    expect(time.subtractIntervals([{ start: 0, end: 10 }], [{ start: 3, end: 5 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
    expect(
      time.subtractIntervals(
        [
          { start: 0, end: 10 },
          { start: 12, end: 20 },
        ],
        [
          { start: -5, end: 1 },
          { start: 9, end: 13 },
          { start: 19, end: 30 },
        ],
      ),
    ).toEqual([
      { start: 1, end: 9 },
      { start: 13, end: 19 },
    ]);
    expect(time.subtractIntervals([{ start: 0, end: 10 }], [{ start: 0, end: 10 }])).toEqual([]);
  });

  it('tests membership half-open', () => {
    const list = [{ start: 0, end: 10 }];
    expect(time.intervalsContain(list, 0)).toBe(true);
    expect(time.intervalsContain(list, 9)).toBe(true);
    expect(time.intervalsContain(list, 10)).toBe(false);
    expect(time.intervalsContain(list, Number.NaN)).toBe(false);
  });
});

describe('time.parseWindow', () => {
  it('canonicalises the zone and keeps the times', () => {
    expect(time.parseWindow({ from: '22:00', until: '06:00', zone: 'asia/calcutta' })).toEqual({
      ok: true,
      value: { from: '22:00', until: '06:00', zone: 'Asia/Kolkata' },
    });
  });

  it.each([
    [{ from: '09:00', until: '09:00', zone: 'UTC' }, 'until'],
    [{ from: '09:00', until: '24:00', zone: 'UTC' }, 'until'],
    [{ from: '9:00', until: '10:00', zone: 'UTC' }, 'from'],
    [{ from: 900, until: '10:00', zone: 'UTC' }, 'from'],
    [{ from: '09:00', until: '10:00', zone: 'Mars/Base' }, 'zone'],
    [{ from: '09:00', until: '10:00' }, 'zone'],
    [JSON.parse('{"__proto__": {"from": "09:00"}, "until": "10:00", "zone": "UTC"}') as unknown, 'from'],
  ])('refuses %j (field %s)', (input, field) => {
    expect(time.parseWindow(input)).toMatchObject({ ok: false, error: { code: 'invalid-window', details: { field } } });
  });

  it.each([[null], [undefined], ['09:00-17:00'], [[]], [42]])('refuses %j', (input) => {
    expect(time.parseWindow(input)).toMatchObject({ ok: false, error: { code: 'invalid-window' } });
  });
});

describe('time.windowIntervals', () => {
  it('places a window on local wall-clock boundaries (Kathmandu, +05:45)', () => {
    const w = { from: '09:00', until: '17:00', zone: 'Asia/Kathmandu' };
    expect(time.windowIntervals(w, { start: utc(2026, 1, 5), end: utc(2026, 1, 7) })).toEqual({
      ok: true,
      value: [
        { start: utc(2026, 1, 5, 3, 15), end: utc(2026, 1, 5, 11, 15) },
        { start: utc(2026, 1, 6, 3, 15), end: utc(2026, 1, 6, 11, 15) },
      ],
    });
  });

  it('crosses midnight when from > until, clipped to the range', () => {
    const w = { from: '22:00', until: '06:00', zone: 'UTC' };
    expect(time.windowIntervals(w, { start: utc(2026, 1, 5), end: utc(2026, 1, 6) })).toEqual({
      ok: true,
      value: [
        { start: utc(2026, 1, 5), end: utc(2026, 1, 5, 6) },
        { start: utc(2026, 1, 5, 22), end: utc(2026, 1, 6) },
      ],
    });
  });

  it('moves a bound in a spring-forward gap forward by the gap (New York, 2026-03-08)', () => {
    const w = { from: '02:30', until: '05:00', zone: 'America/New_York' };
    const r = time.windowIntervals(w, { start: utc(2026, 3, 8), end: utc(2026, 3, 9) });
    // 02:30 does not exist: it means 03:30 EDT = 07:30Z; 05:00 EDT = 09:00Z.
    expect(r).toEqual({ ok: true, value: [{ start: utc(2026, 3, 8, 7, 30), end: utc(2026, 3, 8, 9) }] });
  });

  it('stays closed on a day when the gap inverts the bounds', () => {
    // 02:30–03:15 on 2026-03-08 in New York means 03:30–03:15: closed that day, open the next.
    const w = { from: '02:30', until: '03:15', zone: 'America/New_York' };
    const r = time.windowIntervals(w, { start: utc(2026, 3, 8), end: utc(2026, 3, 10) });
    expect(r).toEqual({ ok: true, value: [{ start: utc(2026, 3, 9, 6, 30), end: utc(2026, 3, 9, 7, 15) }] });
  });

  it('takes the first instant of an ambiguous bound (New York, 2026-11-01)', () => {
    const w = { from: '00:30', until: '01:30', zone: 'America/New_York' };
    const r = time.windowIntervals(w, { start: utc(2026, 11, 1), end: utc(2026, 11, 2) });
    // 00:30 EDT = 04:30Z until the first 01:30 (EDT) = 05:30Z.
    expect(r).toEqual({ ok: true, value: [{ start: utc(2026, 11, 1, 4, 30), end: utc(2026, 11, 1, 5, 30) }] });
  });

  it('handles a midnight gap (Santiago, 2026-09-06: 00:00 jumps to 01:00)', () => {
    const w = { from: '00:00', until: '02:00', zone: 'America/Santiago' };
    const r = time.windowIntervals(w, { start: utc(2026, 9, 6), end: utc(2026, 9, 7) });
    // 00:00 means 01:00 -03 = 04:00Z; 02:00 -03 = 05:00Z.
    expect(r).toEqual({ ok: true, value: [{ start: utc(2026, 9, 6, 4), end: utc(2026, 9, 6, 5) }] });
  });

  it('refuses bad ranges', () => {
    const w = { from: '09:00', until: '17:00', zone: 'UTC' };
    expect(time.windowIntervals(w, { start: 10, end: 10 })).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
    expect(time.windowIntervals(w, { start: Number.NaN, end: 10 })).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.windowIntervals(w, { start: 0, end: 4000 * 24 * H })).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
    expect(time.windowIntervals(w, null as unknown as time.Interval)).toMatchObject({ ok: false, error: { code: 'invalid-range' } });
  });
});

describe('time.inWindow / nextOpen', () => {
  const night = { from: '22:00', until: '06:00', zone: 'Europe/London' };

  it('contains instants of a midnight-crossing window, half-open', () => {
    expect(time.inWindow(night, utc(2026, 1, 5, 23))).toEqual({ ok: true, value: true });
    expect(time.inWindow(night, utc(2026, 1, 5, 5, 59))).toEqual({ ok: true, value: true });
    expect(time.inWindow(night, utc(2026, 1, 5, 6))).toEqual({ ok: true, value: false });
    expect(time.inWindow(night, utc(2026, 1, 5, 22))).toEqual({ ok: true, value: true });
    expect(time.inWindow(night, utc(2026, 7, 5, 21, 30))).toEqual({ ok: true, value: true }); // 22:30 BST
  });

  it('gives the instant itself when open, else the next opening', () => {
    expect(time.nextOpen(night, utc(2026, 1, 5, 23))).toEqual({ ok: true, value: utc(2026, 1, 5, 23) });
    expect(time.nextOpen(night, utc(2026, 1, 5, 6))).toEqual({ ok: true, value: utc(2026, 1, 5, 22) });
    expect(time.nextOpen(night, utc(2026, 7, 5, 12))).toEqual({ ok: true, value: utc(2026, 7, 5, 21) });
  });

  it('skips a day on which the window stays closed', () => {
    const w = { from: '02:30', until: '03:15', zone: 'America/New_York' };
    expect(time.nextOpen(w, utc(2026, 3, 8, 3))).toEqual({ ok: true, value: utc(2026, 3, 9, 6, 30) });
  });

  it('ends its search at the last supported instant', () => {
    const w = { from: '00:00', until: '00:01', zone: 'UTC' };
    expect(time.nextOpen(w, core.maxInstant - 1)).toEqual({ ok: true, value: core.maxInstant });
    expect(time.nextOpen(w, core.maxInstant)).toEqual({ ok: true, value: core.maxInstant });
    expect(time.nextOpen({ ...w, from: '00:01', until: '00:02' }, core.maxInstant - 1)).toEqual({ ok: true, value: null });
    expect(time.local(core.maxInstant + 1, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.local(1e20, 'UTC')).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
  });

  it('refuses bad input with codes', () => {
    expect(time.inWindow(night, Number.NaN)).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.inWindow(night, -1)).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
    expect(time.nextOpen({ ...night, zone: 'Nowhere/Land' }, 0)).toMatchObject({ ok: false, error: { code: 'invalid-window' } });
    expect(time.nextOpen(night, '2026-01-01' as unknown as number)).toMatchObject({ ok: false, error: { code: 'invalid-instant' } });
  });
});

describe('time.intersectWindows', () => {
  it('intersects windows in different zones', () => {
    const contact = { from: '08:00', until: '21:00', zone: 'America/Los_Angeles' };
    const site = { from: '09:00', until: '18:00', zone: 'America/New_York' };
    expect(time.intersectWindows([contact, site], { start: utc(2026, 7, 1), end: utc(2026, 7, 2) })).toEqual({
      ok: true,
      value: [{ start: utc(2026, 7, 1, 15), end: utc(2026, 7, 1, 22) }],
    });
  });

  it('intersects a crossing window with a day window in a half-hour zone', () => {
    const device = { from: '20:00', until: '02:00', zone: 'Asia/Kolkata' };
    const site = { from: '14:00', until: '22:00', zone: 'UTC' };
    const r = time.intersectWindows([device, site], { start: utc(2026, 2, 2), end: utc(2026, 2, 3) });
    // 20:00–02:00 IST is 14:30Z–20:30Z.
    expect(r).toEqual({ ok: true, value: [{ start: utc(2026, 2, 2, 14, 30), end: utc(2026, 2, 2, 20, 30) }] });
    expect(r.ok && r.value[0] !== undefined ? (r.value[0].end - r.value[0].start) / M : 0).toBe(360);
  });

  it('returns the whole range for no windows and refuses bad windows with their index', () => {
    expect(time.intersectWindows([], { start: 0, end: H })).toEqual({ ok: true, value: [{ start: 0, end: H }] });
    expect(time.intersectWindows([{ from: '09:00', until: '17:00', zone: 'UTC' }, { from: 'x' } as unknown as time.DailyWindow], { start: 0, end: H })).toMatchObject({
      ok: false,
      error: { code: 'invalid-window', details: { index: 1, field: 'from' } },
    });
    expect(time.intersectWindows('x' as unknown as time.DailyWindow[], { start: 0, end: H })).toMatchObject({ ok: false, error: { code: 'invalid-window' } });
  });
});
