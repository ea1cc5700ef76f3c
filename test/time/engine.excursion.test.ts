// The offset engine on a short excursion: an offset that changes and changes back within two days
// (issue 22: this path of `wallInstants` never ran). No zone of the tz database has such a pair (the closest,
// Africa/Freetown in 1939, is four days apart; scanned with zdump from 1850 to 2040), so the zone here is
// synthetic: luxon's IANAZone.create answers for one extra name with a hand-written offset function.
// Rule (src/time/engine.ts, and the time guide): the offset is read every day and each change narrowed to
// the second; a wall time is read with the offset of every stretch of one offset from a day before it to a
// day after it, so the short-lived offset is tried too.
import type { IANAZone as LuxonZone } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import type { ZoneName } from '../../src/time/types.js';
import { hm, ymd } from '../time-values.js';

vi.mock('luxon', async (importOriginal) => {
  const actual = await importOriginal<{ IANAZone: typeof LuxonZone }>();
  // UTC, except UTC+2 from 2030-06-01 20:00:00Z (inclusive) to 2030-06-02 04:00:00Z (exclusive).
  const start = Date.UTC(2030, 5, 1, 20);
  const end = Date.UTC(2030, 5, 2, 4);
  const fake = { name: 'Test/Excursion', isValid: true, offset: (at: number): number => (at >= start && at < end ? 120 : 0) };
  class IANAZone extends actual.IANAZone {
    static override create(name: string): LuxonZone {
      return name === 'Test/Excursion' ? (fake as unknown as LuxonZone) : super.create(name);
    }
  }
  return { ...actual, IANAZone };
});

const { offsetAt, transitionsIn, wallInstants, pickInstant } = await import('../../src/time/engine.js');
const { resolveValid } = await import('../../src/time/resolve.js');

const ZONE = 'Test/Excursion' as ZoneName;
const START = Date.UTC(2030, 5, 1, 20);
const END = Date.UTC(2030, 5, 2, 4);
const H = 3_600_000;
const wall = (d: number, h: number, m = 0): number => Date.UTC(2030, 5, d, h, m);

describe('offset engine: a change and its reversal within two days', () => {
  it('finds both changes at their exact instants', () => {
    expect(offsetAt(ZONE, START - 1)).toBe(0);
    expect(offsetAt(ZONE, START)).toBe(120);
    expect(offsetAt(ZONE, END - 1)).toBe(120);
    expect(offsetAt(ZONE, END)).toBe(0);
    expect(transitionsIn(ZONE, START - 3 * 24 * H, END + 3 * 24 * H)).toEqual([
      { at: START, before: 0, after: 120 },
      { at: END, before: 120, after: 0 },
    ]);
  });

  it('a wall time that exists only under the short-lived offset has its one instant', () => {
    // 23:00 on June 1st: a day before and a day after the offset is 0, but 23:00Z is inside the excursion;
    // the wall time is 21:00Z read at UTC+2.
    const found = wallInstants(ZONE, wall(1, 23));
    expect(found).toEqual({ instants: [wall(1, 21)], before: 0, after: 0 });
    expect(pickInstant(found, wall(1, 23), 'later')).toBe(wall(1, 21));
    const r = resolveValid(ZONE, ymd('2030-06-01'), hm('23:00'), 'reject');
    expect(r.ok && r.value).toMatchObject({ at: wall(1, 21), kind: 'normal', shifted: false, offsetMinutes: 120, date: '2030-06-01', time: '23:00' });
  });

  it('a wall time repeated by the reversal has both instants', () => {
    // The clock goes back from 06:00 to 04:00 on June 2nd: 05:30 happens at 03:30Z (UTC+2) and 05:30Z.
    const found = wallInstants(ZONE, wall(2, 5, 30));
    expect(found.instants).toEqual([wall(2, 3, 30), wall(2, 5, 30)]);
    expect(pickInstant(found, wall(2, 5, 30), 'earlier')).toBe(wall(2, 3, 30));
    expect(pickInstant(found, wall(2, 5, 30), 'later')).toBe(wall(2, 5, 30));
    const r = resolveValid(ZONE, ymd('2030-06-02'), hm('05:30'), 'reject');
    expect(r.ok ? 'resolved' : r.error).toMatchObject({ code: 'time-ambiguous', details: { instants: [wall(2, 3, 30), wall(2, 5, 30)] } });
  });

  it('a wall time skipped by the change has no instant', () => {
    // 20:00 to 22:00 on June 1st do not exist: the clock jumps from 20:00 to 22:00.
    expect(wallInstants(ZONE, wall(1, 21)).instants).toEqual([]);
    const r = resolveValid(ZONE, ymd('2030-06-01'), hm('21:00'), 'reject');
    expect(r.ok ? 'resolved' : r.error.code).toBe('time-in-gap');
  });

  it('wall times outside the excursion read as UTC', () => {
    expect(wallInstants(ZONE, wall(1, 19, 59)).instants).toEqual([wall(1, 19, 59)]);
    expect(wallInstants(ZONE, wall(2, 6, 1)).instants).toEqual([wall(2, 6, 1)]);
  });
});
