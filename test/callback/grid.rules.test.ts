// callback.grid / gridDays from their documented rules: the input checks (each refusal with its code and
// details), closed time cut from midnight or from the end of the slot before (across midnight too), the
// reasons in their order with their boundaries (`past`: start < at; `time-too-soon`: start < at + notice;
// `beyond-horizon`: start >= at + horizon), and the default cell length.
import { describe, expect, it } from 'vitest';
import { callback, core } from '../../src/index.js';

const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const DAY0 = Date.UTC(2026, 10, 24); // 2026-11-24 00:00 UTC
const base = { slots: [] as callback.Slot[], date: '2026-11-24', zone: 'UTC', at: 0, locale: 'en-GB' };
const slot = (start: number, end: number, remaining = 1): callback.Slot => ({ start, end, capacity: 1, remaining });

function gridOf(input: callback.GridInput): callback.Grid {
  const r = callback.grid(input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function refusal(r: { ok: boolean; error?: unknown }): unknown {
  return r.ok ? 'accepted' : r.error;
}

describe('grid: input checks', () => {
  it('refuses an input that is not an object', () => {
    for (const input of [null, 42, 'grid', undefined]) {
      expect(refusal(callback.grid(input as never))).toMatchObject({ code: 'invalid-config' });
      expect(refusal(callback.gridDays(input as never))).toMatchObject({ code: 'invalid-config' });
    }
  });

  it('refuses slots that are not a list', () => {
    expect(refusal(callback.grid({ ...base, slots: {} as never }))).toMatchObject({ code: 'invalid-slots' });
    expect(refusal(callback.grid({ ...base, slots: undefined as never }))).toMatchObject({ code: 'invalid-slots' });
  });

  it('refuses a malformed or out-of-order slot, naming its index', () => {
    const good = slot(DAY0 + 9 * H, DAY0 + 10 * H);
    const cases: unknown[] = [
      null,
      7,
      { start: 'x', end: DAY0 + 11 * H, capacity: 1, remaining: 1 },
      { start: DAY0 + 10 * H, end: Number.NaN, capacity: 1, remaining: 1 },
      slot(DAY0 + 11 * H, DAY0 + 11 * H), // empty
      slot(DAY0 + 12 * H, DAY0 + 11 * H), // reversed
      slot(DAY0 + 9 * H + 30 * M, DAY0 + 11 * H), // overlaps the one before
      slot(DAY0 + 8 * H, DAY0 + 8 * H + 30 * M), // before the one before
    ];
    for (const bad of cases) {
      expect(refusal(callback.grid({ ...base, slots: [good, bad as callback.Slot] }))).toMatchObject({ code: 'invalid-slots', path: expect.stringMatching(/^\$\.slots\[1\]/) as unknown });
    }
    expect(refusal(callback.grid({ ...base, slots: [null as never] }))).toMatchObject({ code: 'invalid-slots', path: '$.slots[0]' });
    // Adjacent slots are in order.
    expect(callback.grid({ ...base, slots: [good, slot(DAY0 + 10 * H, DAY0 + 11 * H)] }).ok).toBe(true);
  });

  it('takes cellMinutes from 1 to 1440 whole minutes only', () => {
    for (const cellMinutes of [0, -5, 1441, 1.5, Number.NaN]) {
      expect(refusal(callback.grid({ ...base, cellMinutes }))).toMatchObject({ code: 'invalid-config', path: '$.cellMinutes' });
    }
    expect(gridOf({ ...base, cellMinutes: 1 }).cells).toHaveLength(1440);
    expect(gridOf({ ...base, cellMinutes: 1440 }).cells).toHaveLength(1);
  });

  it('takes noticeMinutes as a non-negative integer', () => {
    for (const noticeMinutes of [-1, 1.5, Number.POSITIVE_INFINITY]) {
      expect(refusal(callback.grid({ ...base, noticeMinutes }))).toMatchObject({ code: 'invalid-config', path: '$.noticeMinutes' });
    }
    expect(callback.grid({ ...base, noticeMinutes: 0 }).ok).toBe(true);
  });

  it('takes horizonDays as a positive integer', () => {
    for (const horizonDays of [0, -1, 2.5]) {
      expect(refusal(callback.grid({ ...base, horizonDays }))).toMatchObject({ code: 'invalid-config', path: '$.horizonDays' });
    }
    expect(callback.grid({ ...base, horizonDays: 1 }).ok).toBe(true);
  });

  it('refuses the last representable date and names the date given', () => {
    expect(refusal(callback.grid({ ...base, date: '9999-12-31' }))).toMatchObject({ code: 'invalid-date', path: '$.date', details: { found: 'a string of 10 characters' } });
    expect(refusal(callback.grid({ ...base, date: 'tomorrow' }))).toMatchObject({ code: 'invalid-date', path: '$.date', details: { found: 'a string of 8 characters' } });
  });

  it('gridDays takes `until` from `from` to 366 days after it', () => {
    const days = { slots: [], zone: 'UTC', at: 0, locale: 'en-GB', cellMinutes: 1440 };
    expect(refusal(callback.gridDays({ ...days, from: '2026-11-24', until: '2026-11-23' }))).toMatchObject({ code: 'invalid-date', path: '$.until' });
    expect(refusal(callback.gridDays({ ...days, from: '2026-01-01', until: '2027-01-03' }))).toMatchObject({ code: 'invalid-date' });
    expect(refusal(callback.gridDays({ ...days, from: 'x', until: '2026-01-01' }))).toMatchObject({ code: 'invalid-date', path: '$.from' });
    expect(refusal(callback.gridDays({ ...days, from: '2026-01-01', until: 'y' }))).toMatchObject({ code: 'invalid-date' });
    expect(refusal(callback.gridDays({ ...days, from: '9999-12-30', until: '9999-12-31' }))).toMatchObject({ code: 'invalid-date' });
    const one = callback.gridDays({ ...days, from: '2026-11-24', until: '2026-11-24' });
    expect(one.ok && one.value.map((g) => g.date)).toEqual(['2026-11-24']);
    const year = callback.gridDays({ ...days, from: '2026-01-01', until: '2027-01-02' });
    expect(year.ok && year.value.length).toBe(367);
  });

  it('gridDays names the number of days of a range it refuses', () => {
    const days = { slots: [], zone: 'UTC', at: 0, locale: 'en-GB', cellMinutes: 1440 };
    expect(refusal(callback.gridDays({ ...days, from: '2026-11-24', until: '2026-11-23' }))).toMatchObject({ details: { days: -1 } });
    expect(refusal(callback.gridDays({ ...days, from: '2026-01-01', until: '2027-01-03' }))).toMatchObject({ path: '$.until', details: { days: 367 } });
  });

  it('takes `at` from 0 to the last supported instant', () => {
    expect(callback.grid({ ...base, at: core.maxInstant }).ok).toBe(true);
    expect(refusal(callback.grid({ ...base, at: core.maxInstant + 1 }))).toMatchObject({ code: 'invalid-instant', path: '$.at', details: { found: expect.stringMatching(/^the number/) as unknown } });
  });

  it('takes hour12 as a boolean (it forces the clock) or leaves it out', () => {
    for (const hour12 of ['yes', 1, null]) {
      expect(refusal(callback.grid({ ...base, hour12: hour12 as never }))).toMatchObject({ code: 'invalid-config', path: '$.hour12', details: { found: expect.any(String) as unknown } });
    }
    const at10 = [slot(DAY0 + 10 * H, DAY0 + 11 * H)];
    expect(gridOf({ ...base, slots: at10, span: 'slots', hour12: true }).cells[0]?.label).toMatch(/^10:00\sAM/i);
    expect(gridOf({ ...base, slots: at10, span: 'slots', locale: 'en-US', hour12: false }).cells[0]?.label).toBe('10:00 – 11:00');
  });

  it('refuses a locale that is not a BCP 47 tag, naming only its kind', () => {
    expect(refusal(callback.grid({ ...base, locale: 'not a locale' }))).toMatchObject({ code: 'invalid-locale', path: '$.locale', details: { found: 'a string of 12 characters' } });
    expect(refusal(callback.grid({ ...base, locale: 42 as never }))).toMatchObject({ code: 'invalid-locale', path: '$.locale', details: { found: 'the number 42' } });
  });

  it('takes at most 100000 slots', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => slot(DAY0 + i * 5 * M, DAY0 + (i + 1) * 5 * M));
    expect(callback.grid({ ...base, slots: many }).ok).toBe(true);
    const tooMany = [...many, slot(DAY0 + 100_000 * 5 * M, DAY0 + 100_001 * 5 * M)];
    expect(refusal(callback.grid({ ...base, slots: tooMany }))).toMatchObject({ code: 'invalid-slots', path: '$.slots', details: { found: 'an array of 100001 items' } });
  });

  it('takes a slot capacity and remaining count as whole numbers from 0', () => {
    const at9 = (capacity: unknown, remaining: unknown) => [{ start: DAY0 + 9 * H, end: DAY0 + 10 * H, capacity, remaining } as unknown as callback.Slot];
    for (const badCount of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null]) {
      expect(refusal(callback.grid({ ...base, slots: at9(badCount, 0) }))).toMatchObject({ code: 'invalid-slots', path: '$.slots[0].capacity' });
      expect(refusal(callback.grid({ ...base, slots: at9(1, badCount) }))).toMatchObject({ code: 'invalid-slots', path: '$.slots[0].remaining' });
    }
    expect(gridOf({ ...base, span: 'slots', slots: at9(0, 0) }).cells[0]?.reason).toBe('full');
  });

  it('takes noticeMinutes up to a year and horizonDays up to 3660', () => {
    expect(callback.grid({ ...base, noticeMinutes: 525_600 }).ok).toBe(true);
    expect(refusal(callback.grid({ ...base, noticeMinutes: 525_601 }))).toMatchObject({ code: 'invalid-config', path: '$.noticeMinutes' });
    expect(callback.grid({ ...base, horizonDays: 3660 }).ok).toBe(true);
    expect(refusal(callback.grid({ ...base, horizonDays: 3661 }))).toMatchObject({ code: 'invalid-config', path: '$.horizonDays' });
  });

  it("takes span 'day' or 'slots' only", () => {
    expect(refusal(callback.grid({ ...base, span: 'week' as never }))).toMatchObject({ code: 'invalid-config', path: '$.span', details: { found: 'a string of 4 characters' } });
    expect(gridOf({ ...base, span: 'day' }).cells).toHaveLength(48);
  });
});

describe('grid: cells', () => {
  it('a day with no slots is cut into 30-minute closed cells by default', () => {
    const g = gridOf(base);
    expect(g.cells).toHaveLength(48);
    expect(g.cells.every((c) => c.reason === 'closed' && c.slot === null && !c.available)).toBe(true);
    expect(g.availableCount).toBe(0);
    expect(g.start).toBe(DAY0);
    expect(g.end).toBe(DAY0 + D);
  });

  it('closed cells default to the longest slot, rounded, from 5 to 120 minutes', () => {
    const short = gridOf({ ...base, slots: [slot(DAY0 + 9 * H, DAY0 + 9 * H + 2 * M)] });
    expect(short.cells[0]?.end).toBe(DAY0 + 5 * M);
    const long = gridOf({ ...base, slots: [slot(DAY0 + 9 * H, DAY0 + 12 * H)] });
    expect(long.cells[0]?.end).toBe(DAY0 + 2 * H);
    const mid = gridOf({ ...base, slots: [slot(DAY0 + 9 * H, DAY0 + 9 * H + 20 * M), slot(DAY0 + 10 * H, DAY0 + 10 * H + 45 * M)] });
    expect(mid.cells[0]?.end).toBe(DAY0 + 45 * M);
  });

  it('closed time starts from the end of the slot before, and the last closed cell stops at the next slot', () => {
    const g = gridOf({ ...base, cellMinutes: 60, slots: [slot(DAY0 + 10 * H, DAY0 + 10 * H + 20 * M), slot(DAY0 + 12 * H, DAY0 + 13 * H)] });
    const starts = g.cells.map((c) => (c.start - DAY0) / M);
    expect(starts.slice(10, 14)).toEqual([600, 620, 680, 720]);
    expect(g.cells[12]?.end).toBe(DAY0 + 12 * H);
    expect(g.cells.at(-1)?.end).toBe(DAY0 + D);
  });

  it('a slot of the day before running past midnight: closed time starts at its end', () => {
    const late = slot(DAY0 - H, DAY0 + 90 * M);
    const g = gridOf({ ...base, cellMinutes: 60, slots: [late] });
    expect(g.cells[0]?.start).toBe(DAY0 + 90 * M);
    expect(g.cells[0]?.end).toBe(DAY0 + 150 * M);
    expect(g.cells.at(-1)).toMatchObject({ start: DAY0 + 23 * H + 30 * M, end: DAY0 + D });
    expect(g.cells.some((c) => c.slot !== null)).toBe(false);
    // The day before shows the slot, and stops at midnight... after the slot's end.
    const before = gridOf({ ...base, date: '2026-11-23', cellMinutes: 60, slots: [late] });
    expect(before.cells.at(-1)).toMatchObject({ start: DAY0 - H, end: DAY0 + 90 * M, slot: late });
  });

  it('span `slots` shows only from the first slot to the last, with the closed time between', () => {
    const g = gridOf({ ...base, cellMinutes: 60, span: 'slots', slots: [slot(DAY0 + 10 * H, DAY0 + 11 * H), slot(DAY0 + 13 * H, DAY0 + 14 * H)] });
    expect(g.cells.map((c) => [(c.start - DAY0) / H, c.reason])).toEqual([
      [10, null],
      [11, 'closed'],
      [12, 'closed'],
      [13, null],
    ]);
  });
});

describe('grid: reasons and their boundaries', () => {
  const s = slot(DAY0 + 10 * H, DAY0 + 10 * H + 15 * M);
  const reasonAt = (extra: Partial<callback.GridInput>, slots: callback.Slot[] = [s]) =>
    gridOf({ ...base, slots, span: 'slots', ...extra }).cells[0]?.reason;

  it('`past` only once the cell has started', () => {
    expect(reasonAt({ at: s.start })).toBeNull();
    expect(reasonAt({ at: s.start + 1 })).toBe('past');
  });

  it('`time-too-soon` before at + notice, not at it', () => {
    expect(reasonAt({ at: s.start - 30 * M, noticeMinutes: 30 })).toBeNull();
    expect(reasonAt({ at: s.start - 30 * M + 1, noticeMinutes: 30 })).toBe('time-too-soon');
  });

  it('`beyond-horizon` at or after at + horizon', () => {
    expect(reasonAt({ at: s.start - D + 1, horizonDays: 1 })).toBeNull();
    expect(reasonAt({ at: s.start - D, horizonDays: 1 })).toBe('beyond-horizon');
  });

  it('`full` when the slot has no place left; reasons in their documented order', () => {
    expect(reasonAt({ at: 0 }, [slot(s.start, s.end, 0)])).toBe('full');
    expect(gridOf({ ...base, slots: [slot(s.start, s.end, 0)], span: 'slots', at: 0 }).availableCount).toBe(0);
    expect(gridOf({ ...base, slots: [s], span: 'slots', at: 0 }).availableCount).toBe(1);
    // past wins over too-soon, too-soon over beyond-horizon, beyond-horizon over full.
    expect(reasonAt({ at: s.start + 1, noticeMinutes: 60 })).toBe('past');
    expect(reasonAt({ at: s.start - 1, noticeMinutes: 60 * 24 * 3, horizonDays: 1 })).toBe('time-too-soon');
    expect(reasonAt({ at: s.start - 2 * D, horizonDays: 1 }, [slot(s.start, s.end, 0)])).toBe('beyond-horizon');
  });
});

describe('grid: a display day next to a change of offset', () => {
  // Each slot belongs to the local date its start reads in the display zone, read with the offset in force
  // at that instant (not the offset of the day's first instant), and each label reads both ends so.
  const gridIn = (zone: string, date: string, slots: callback.Slot[]) => gridOf({ slots, date, zone, at: 0, locale: 'en-US', span: 'slots' });
  const days = (zone: string, from: string, until: string, slots: callback.Slot[]) => {
    const r = callback.gridDays({ slots, from, until, zone, at: 0, locale: 'en-US', span: 'slots' });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it('Beirut springs forward at midnight (22:00Z): a slot of the evening before stays on its own date', () => {
    // 2026-03-28T22:00Z: +02 -> +03, local Sunday 00:00 becomes 01:00 (tz database, Asia/Beirut).
    const saturday = slot(Date.UTC(2026, 2, 28, 21), Date.UTC(2026, 2, 28, 21, 30)); // 23:00–23:30 +02
    const sunday = slot(Date.UTC(2026, 2, 28, 22, 30), Date.UTC(2026, 2, 28, 23)); // 01:30–02:00 +03
    const sun = gridIn('Asia/Beirut', '2026-03-29', [saturday, sunday]);
    expect(sun.start).toBe(Date.UTC(2026, 2, 28, 22));
    expect(sun.cells.map((c) => [c.slot, c.label])).toEqual([[sunday, '1:30 AM – 2:00 AM']]);
    const sat = gridIn('Asia/Beirut', '2026-03-28', [saturday, sunday]);
    expect(sat.cells.map((c) => [c.slot, c.label])).toEqual([[saturday, '11:00 PM – 11:30 PM']]);
    expect(days('Asia/Beirut', '2026-03-28', '2026-03-29', [saturday, sunday])).toEqual([sat, sun]);
    expect(days('Asia/Beirut', '2026-03-29', '2026-03-29', [saturday, sunday])).toEqual([sun]);
  });

  it('Santiago springs forward at 04:00Z (local midnight does not exist): the slot at 23:30 the day before stays there', () => {
    // 2026-09-06T04:00Z: -04 -> -03 (tz database, America/Santiago): the day starts at 01:00.
    const saturday = slot(Date.UTC(2026, 8, 6, 3, 30), Date.UTC(2026, 8, 6, 4)); // 23:30–00:00 -04 (ends at 01:00 -03)
    const sunday = slot(Date.UTC(2026, 8, 6, 12), Date.UTC(2026, 8, 6, 13)); // 09:00–10:00 -03
    const sun = gridIn('America/Santiago', '2026-09-06', [saturday, sunday]);
    expect(sun.start).toBe(Date.UTC(2026, 8, 6, 4));
    expect(sun.cells.filter((c) => c.slot !== null).map((c) => c.slot)).toEqual([sunday]);
    const sat = gridIn('America/Santiago', '2026-09-05', [saturday, sunday]);
    expect(sat.cells.map((c) => [c.slot, c.label])).toEqual([[saturday, '11:30 PM – 1:00 AM']]);
    expect(days('America/Santiago', '2026-09-05', '2026-09-06', [saturday, sunday])).toEqual([sat, sun]);
  });

  it('New York, the night before spring-forward: a slot running past the change reads its end in EDT', () => {
    // 2026-03-08T07:00Z: EST -> EDT. A slot from 23:00 EST on Saturday to 07:30Z (03:30 EDT).
    const overnight = slot(Date.UTC(2026, 2, 8, 4), Date.UTC(2026, 2, 8, 7, 30));
    const sat = gridIn('America/New_York', '2026-03-07', [overnight]);
    expect(sat.cells.map((c) => c.label)).toEqual(['11:00 PM – 3:30 AM']);
    expect(days('America/New_York', '2026-03-06', '2026-03-07', [overnight])).toEqual([gridIn('America/New_York', '2026-03-06', [overnight]), sat]);
    // On Sunday the day's closed time starts at the slot's end, which reads 3:30 AM.
    const sun = gridOf({ slots: [overnight], date: '2026-03-08', zone: 'America/New_York', at: 0, locale: 'en-US', cellMinutes: 60 });
    expect(sun.cells[0]?.label).toBe('3:30 AM – 4:30 AM');
  });
});
