// issue 16: the grid reads a slot list that callback.computeSlots returned without copying its slots. The
// grid must answer for such a list exactly as for a plain copy of it (same cells, same refusals), and a
// list it did not make is still read field by field.
import { describe, expect, it } from 'vitest';
import { callback } from '../../src/index.js';

const zone = 'America/New_York';
const open = [{ from: '08:00', until: '20:00' }];
const config = { zone, bucketMinutes: 15, capacity: 4, horizonDays: 60, weekly: { mon: open, sun: open, tue: open, wed: open, thu: open, fri: open, sat: open } };
const at = Date.UTC(2026, 1, 22, 12);
const bookings = [{ at: Date.UTC(2026, 2, 9, 13, 5) }, { start: Date.UTC(2026, 2, 10, 14), end: Date.UTC(2026, 2, 10, 15), count: 4 }];

function slots(): readonly callback.Slot[] {
  const r = callback.availability(config, { at, from: Date.UTC(2026, 2, 5), until: Date.UTC(2026, 2, 12), bookings });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('grid of a list computeSlots made', () => {
  it('gives the same days as a plain copy of that list, across the spring-forward change', () => {
    const made = slots();
    expect(Object.isFrozen(made) && made.every((s) => Object.isFrozen(s))).toBe(true);
    expect(made.some((s) => s.remaining === 0)).toBe(true);
    const input = { from: '2026-03-05', until: '2026-03-11', zone, at, locale: 'en-US', span: 'slots' as const };
    const fromMade = callback.gridDays({ ...input, slots: made });
    const fromCopy = callback.gridDays({ ...input, slots: JSON.parse(JSON.stringify(made)) as callback.Slot[] });
    expect(fromMade.ok).toBe(true);
    expect(fromMade).toEqual(fromCopy);
  });

  it('reads a list it did not make field by field: a getter is read once', () => {
    const [first] = slots();
    if (first === undefined) throw new Error('no slot');
    let reads = 0;
    const tricky = { end: first.end, capacity: first.capacity, remaining: first.remaining } as Record<string, number>;
    Object.defineProperty(tricky, 'start', { enumerable: true, get: () => { reads += 1; return first.start; } });
    const r = callback.grid({ slots: [tricky as unknown as callback.Slot], date: '2026-03-05', zone, at, locale: 'en-US', span: 'slots' });
    expect(r.ok).toBe(true);
    expect(reads).toBe(1);
    if (r.ok) expect(r.value.cells[0]?.slot).not.toBe(tricky);
  });
});
