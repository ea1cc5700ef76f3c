// The offset engine on two synthetic zones (luxon's IANAZone.create answers for these names with
// hand-written offset functions), for rules no zone of the tz database exercises:
// - the offset is read at least once a day, so a change and its reversal 16 hours apart, both inside one
//   2-day stretch of readings, are both found at their exact instants;
// - an offset the database cannot give (NaN) is a RangeError, never a loop on NaN.
import type { IANAZone as LuxonZone } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import type { ZoneName } from '../../src/time/types.js';

const D = 86_400_000;
const H = 3_600_000;
/** An even epoch day, so that the engine's 2-day stretches start on it: 2029-06-02 (day 21702). */
const DAY0 = 21_702 * D;

vi.mock('luxon', async (importOriginal) => {
  const actual = await importOriginal<{ IANAZone: typeof LuxonZone }>();
  const day0 = 21_702 * 86_400_000;
  const h = 3_600_000;
  // UTC, except UTC+1 from DAY0 10:00Z (inclusive) to DAY0 + 1 day 02:00Z (exclusive).
  const inside = { name: 'Test/Inside', isValid: true, offset: (at: number): number => (at >= day0 + 10 * h && at < day0 + 26 * h ? 60 : 0) };
  // No offset (NaN) from DAY0 on.
  const none = { name: 'Test/NoOffset', isValid: true, offset: (at: number): number => (at >= day0 ? Number.NaN : 0) };
  // UTC+1 from 18:00Z on DAY0 + 1 day to 06:00Z on DAY0 + 2 days: the change and its reversal in two stretches.
  const straddle = { name: 'Test/Straddle', isValid: true, offset: (at: number): number => (at >= day0 + 42 * h && at < day0 + 54 * h ? 60 : 0) };
  // UTC+1 from DAY0 + 4 days on: a change at the first instant of a stretch.
  const atStart = { name: 'Test/AtStart', isValid: true, offset: (at: number): number => (at >= day0 + 96 * h ? 60 : 0) };
  class IANAZone extends actual.IANAZone {
    static override create(name: string): LuxonZone {
      if (name === 'Test/Inside') return inside as unknown as LuxonZone;
      if (name === 'Test/NoOffset') return none as unknown as LuxonZone;
      if (name === 'Test/Straddle') return straddle as unknown as LuxonZone;
      if (name === 'Test/AtStart') return atStart as unknown as LuxonZone;
      return super.create(name);
    }
  }
  return { ...actual, IANAZone };
});

const { offsetAt, transitionsIn, wallInstants } = await import('../../src/time/engine.js');
const INSIDE = 'Test/Inside' as ZoneName;
const NONE = 'Test/NoOffset' as ZoneName;
const STRADDLE = 'Test/Straddle' as ZoneName;
const AT_START = 'Test/AtStart' as ZoneName;

describe('offset engine: synthetic zones', () => {
  it('finds a change and its reversal 16 hours apart inside one stretch of readings', () => {
    const start = DAY0 + 10 * H;
    const end = DAY0 + 26 * H;
    expect(offsetAt(INSIDE, start - 1)).toBe(0);
    expect(offsetAt(INSIDE, start)).toBe(60);
    expect(offsetAt(INSIDE, end - 1)).toBe(60);
    expect(offsetAt(INSIDE, end)).toBe(0);
    expect(transitionsIn(INSIDE, DAY0 - D, DAY0 + 3 * D)).toEqual([
      { at: start, before: 0, after: 60 },
      { at: end, before: 60, after: 0 },
    ]);
    // 12:00 exists only under UTC+1 (at 11:00Z).
    expect(wallInstants(INSIDE, DAY0 + 12 * H).instants).toEqual([DAY0 + 11 * H]);
  });

  it('a change and its reversal 12 hours apart across two stretches: a wall time of the short offset has its one instant', () => {
    expect(transitionsIn(STRADDLE, DAY0, DAY0 + 4 * D)).toEqual([
      { at: DAY0 + 42 * H, before: 0, after: 60 },
      { at: DAY0 + 54 * H, before: 60, after: 0 },
    ]);
    // Midnight of DAY0 + 2 days exists only under UTC+1 (at 23:00Z the day before); 19:30 once, under UTC+1.
    expect(wallInstants(STRADDLE, DAY0 + 2 * D)).toEqual({ instants: [DAY0 + 47 * H], before: 0, after: 0 });
    expect(wallInstants(STRADDLE, DAY0 + 43 * H).instants).toEqual([DAY0 + 42 * H]);
    // 06:30 happens twice: at 05:30Z under UTC+1 and at 06:30Z after the reversal.
    expect(wallInstants(STRADDLE, DAY0 + 54 * H + 30 * 60_000).instants).toEqual([DAY0 + 53 * H + 30 * 60_000, DAY0 + 54 * H + 30 * 60_000]);
  });

  it('a change at the first instant of a stretch of readings is listed and read', () => {
    expect(transitionsIn(AT_START, DAY0, DAY0 + 6 * D)).toEqual([{ at: DAY0 + 4 * D, before: 0, after: 60 }]);
    expect(transitionsIn(AT_START, DAY0 + 4 * D - 1, DAY0 + 4 * D)).toEqual([{ at: DAY0 + 4 * D, before: 0, after: 60 }]);
    expect(offsetAt(AT_START, DAY0 + 4 * D - 1)).toBe(0);
    expect(offsetAt(AT_START, DAY0 + 4 * D)).toBe(60);
  });

  it('throws a RangeError where the zone gives no offset', () => {
    expect(offsetAt(NONE, DAY0 - 3 * D)).toBe(0);
    expect(() => offsetAt(NONE, DAY0 + H)).toThrow(RangeError);
    expect(() => transitionsIn(NONE, DAY0 - 3 * D, DAY0 + D)).toThrow(RangeError);
  });
});
