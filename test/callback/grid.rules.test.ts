// callback.grid / gridDays from their documented rules: the input checks (each refusal with its code and
// details), closed time cut from midnight or from the end of the slot before (across midnight too), the
// reasons in their order with their boundaries (`past`: start < at; `time-too-soon`: start < at + notice;
// `beyond-horizon`: start >= at + horizon), and the default cell length.
import { describe, expect, it } from 'vitest';
import { callback } from '../../src/index.js';

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
