import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';

describe('time.monthPicker', () => {
  it('gives the grid, the title and where the arrows go', () => {
    const r = time.monthPicker({ shown: { year: 2026, month: 11 }, today: '2026-11-24', min: '2026-11-24', max: '2027-01-10', selected: '2026-11-30', locale: 'en-US' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.title).toBe('November 2026');
    expect(r.value.selected).toBe('2026-11-30');
    expect(r.value.previous).toBeNull();
    expect(r.value.next).toEqual({ year: 2026, month: 12 });
    expect(r.value.grid.weeks.flat().find((d) => d.isToday)?.date).toBe('2026-11-24');
    const last = time.monthPicker({ shown: { year: 2027, month: 1 }, min: '2026-11-24', max: '2027-01-10' });
    expect(last.ok && [last.value.previous, last.value.next, last.value.title]).toEqual([{ year: 2026, month: 12 }, null, null]);
  });

  it('stops at the ends of the supported years', () => {
    const first = time.monthPicker({ shown: { year: 1, month: 1 } });
    const end = time.monthPicker({ shown: { year: 9999, month: 12 } });
    expect(first.ok && first.value.previous).toBeNull();
    expect(end.ok && end.value.next).toBeNull();
  });

  it('is total: refusals for hostile input, never a throw', () => {
    const hostile = { toString: () => { throw new Error('called'); } };
    const cases: [unknown, string][] = [
      [null, 'invalid-input'],
      [7, 'invalid-input'],
      [{ shown: null }, 'invalid-month'],
      [{ shown: { year: 2026, month: 13 } }, 'invalid-month'],
      [{ shown: { year: 2026, month: 1 }, weekStartsOn: hostile }, 'invalid-month'],
      [{ shown: { year: 2026, month: 1 }, min: '2026-02-30' }, 'invalid-date'],
      [{ shown: { year: 2026, month: 1 }, selected: hostile }, 'invalid-date'],
      [{ shown: { year: 2026, month: 1 }, locale: hostile }, 'invalid-locale'],
    ];
    for (const [input, code] of cases) expect(time.monthPicker(input as never)).toMatchObject({ ok: false, error: { code } });
  });
});
