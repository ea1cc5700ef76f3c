// The offset engine (src/time/engine.ts) from its stated rules, in a few zones and at known instants (tz
// database, as read through luxon): the offset on each side of a transition, each transition at its exact
// instant (the first millisecond of the new offset, narrowed to the second), the instants of a wall time
// in a gap (none) and an overlap (two), the policy that picks one, transitions in `(start, end]`, zones
// without transitions, and the ends of the engine's range. Written against the engine's exports only, so
// it holds for any body that keeps the rules. The sweep of every zone from 1800 to 2200 is in
// offsets.property.test.ts; the change-and-reversal-within-two-days path is in engine.excursion.test.ts.
import { describe, expect, it } from 'vitest';
import { inDomain, offsetAt, pickInstant, transitionsIn, wallInstants } from '../../src/time/engine.js';
import type { ZoneName } from '../../src/time/types.js';
import { engineZone } from '../time-values.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
/** The engine's range: `Date`'s (±8.64e15 ms) less four days. */
const LIMIT = 8_640_000_000_000_000 - 4 * D;
const z = (name: string): ZoneName => engineZone(name);

/** Known transitions: [zone, first instant of the new offset, offset before, offset after] (minutes). */
const known: readonly (readonly [string, number, number, number])[] = [
  ['America/New_York', Date.UTC(2026, 2, 8, 7), -300, -240], // spring forward, 02:00 EST -> 03:00 EDT
  ['America/New_York', Date.UTC(2026, 10, 1, 6), -240, -300], // fall back, 02:00 EDT -> 01:00 EST
  ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15), 660, 630], // a 30-minute change back
  ['Australia/Lord_Howe', Date.UTC(2026, 9, 3, 15, 30), 630, 660], // and forward
  ['Antarctica/Troll', Date.UTC(2026, 2, 29, 1), 0, 120], // a 2-hour change forward
  ['Antarctica/Troll', Date.UTC(2026, 9, 25, 1), 120, 0], // and back
  ['Asia/Kathmandu', Date.UTC(1985, 11, 31, 18, 30), 330, 345], // +05:30 -> +05:45, once
  ['Africa/Monrovia', Date.UTC(1972, 0, 7, 0, 44, 30), -44.5, 0], // -00:44:30 -> UTC, on a second that is not a whole minute
];

describe('offset engine: offsets on each side of a transition, to the millisecond', () => {
  it.each(known)('%s at %d: %d before, %d from that instant on', (zone, at, before, after) => {
    expect(offsetAt(z(zone), at - 1)).toBe(before);
    expect(offsetAt(z(zone), at)).toBe(after);
    expect(offsetAt(z(zone), at - 1 * S)).toBe(before);
    expect(offsetAt(z(zone), at + 1 * S)).toBe(after);
    // A day away on each side, and in the middle of the two-day stretch around it.
    expect(offsetAt(z(zone), at - D)).toBe(before);
    expect(offsetAt(z(zone), at + D)).toBe(after);
    expect(offsetAt(z(zone), at - 13 * H)).toBe(before);
    expect(offsetAt(z(zone), at + 13 * H)).toBe(after);
  });

  it('gives the transition itself, exactly, for any range around it', () => {
    for (const [zone, at, before, after] of known) {
      const change = { at, before, after };
      expect(transitionsIn(z(zone), at - 1, at)).toEqual([change]);
      expect(transitionsIn(z(zone), at - 3 * D, at + 3 * D)).toEqual([change]);
      expect(transitionsIn(z(zone), at - 40 * H, at + 1)).toEqual([change]);
      expect(transitionsIn(z(zone), at - 1 * S, at + 1 * S)).toEqual([change]);
    }
  });

  it('reads a zone without transitions as one offset', () => {
    for (const [zone, offset] of [
      ['UTC', 0],
      ['Asia/Kolkata', 330],
      ['Asia/Kathmandu', 345],
      ['Pacific/Kiritimati', 840],
      ['Pacific/Pago_Pago', -660],
    ] as const) {
      expect(transitionsIn(z(zone), Date.UTC(2016, 0, 1), Date.UTC(2030, 0, 1))).toEqual([]);
      for (const at of [Date.UTC(2016, 0, 1), Date.UTC(2023, 6, 15, 12, 34, 56, 789), Date.UTC(2030, 0, 1)]) expect(offsetAt(z(zone), at)).toBe(offset);
    }
  });
});

describe('offset engine: transitions in (start, end]', () => {
  const ny = z('America/New_York');
  const spring = Date.UTC(2026, 2, 8, 7);
  const fall = Date.UTC(2026, 10, 1, 6);

  it('a change at `start` is left out, a change at `end` is taken', () => {
    expect(transitionsIn(ny, spring, spring + D)).toEqual([]);
    expect(transitionsIn(ny, spring - D, spring)).toEqual([{ at: spring, before: -300, after: -240 }]);
    expect(transitionsIn(ny, spring - D, spring - 1)).toEqual([]);
    expect(transitionsIn(ny, spring, spring)).toEqual([]);
  });

  it('lists every change of a long range in order, each one starting from the offset the one before left', () => {
    expect(transitionsIn(ny, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      { at: spring, before: -300, after: -240 },
      { at: fall, before: -240, after: -300 },
    ]);
    const decade = transitionsIn(ny, Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1));
    expect(decade).toHaveLength(20);
    for (let i = 0; i < decade.length; i += 1) {
      const c = decade[i] as (typeof decade)[number];
      expect(c.before).toBe(i % 2 === 0 ? -300 : -240);
      expect(c.after).toBe(i % 2 === 0 ? -240 : -300);
      expect(offsetAt(ny, c.at - 1)).toBe(c.before);
      expect(offsetAt(ny, c.at)).toBe(c.after);
      if (i > 0) expect(c.at).toBeGreaterThan((decade[i - 1] as (typeof decade)[number]).at + 100 * D);
    }
    expect(Object.isFrozen(decade[0])).toBe(true);
  });

  it('Lord Howe and Troll: two changes a year, of 30 minutes and of 2 hours', () => {
    expect(transitionsIn(z('Australia/Lord_Howe'), Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      { at: Date.UTC(2026, 3, 4, 15), before: 660, after: 630 },
      { at: Date.UTC(2026, 9, 3, 15, 30), before: 630, after: 660 },
    ]);
    expect(transitionsIn(z('Antarctica/Troll'), Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      { at: Date.UTC(2026, 2, 29, 1), before: 0, after: 120 },
      { at: Date.UTC(2026, 9, 25, 1), before: 120, after: 0 },
    ]);
  });
});

describe('offset engine: the instants of a wall time', () => {
  const ny = z('America/New_York');
  const wall = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo, d, h, mi);

  it('one instant on an ordinary day, with the same offset a day before and after', () => {
    expect(wallInstants(ny, wall(2026, 10, 24, 10))).toEqual({ instants: [Date.UTC(2026, 10, 24, 15)], before: -300, after: -300 });
    expect(wallInstants(z('Asia/Kathmandu'), wall(2026, 0, 1, 0))).toEqual({ instants: [Date.UTC(2025, 11, 31, 18, 15)], before: 345, after: 345 });
  });

  it('none in a gap, two in an overlap (New York: one hour)', () => {
    expect(wallInstants(ny, wall(2026, 2, 8, 2, 30))).toEqual({ instants: [], before: -300, after: -240 });
    expect(wallInstants(ny, wall(2026, 10, 1, 1, 30))).toEqual({ instants: [Date.UTC(2026, 10, 1, 5, 30), Date.UTC(2026, 10, 1, 6, 30)], before: -240, after: -300 });
    // The first wall time after the gap, and the first after the overlap, are single again.
    expect(wallInstants(ny, wall(2026, 2, 8, 3)).instants).toEqual([Date.UTC(2026, 2, 8, 7)]);
    expect(wallInstants(ny, wall(2026, 2, 8, 1, 59)).instants).toEqual([Date.UTC(2026, 2, 8, 6, 59)]);
    expect(wallInstants(ny, wall(2026, 10, 1, 2)).instants).toEqual([Date.UTC(2026, 10, 1, 7)]);
    expect(wallInstants(ny, wall(2026, 10, 1, 0, 59)).instants).toEqual([Date.UTC(2026, 10, 1, 4, 59)]);
  });

  it('the two instants of an overlap in time order, before 1970 too', () => {
    // 1969-10-26T06:00Z: EDT -> EST in New York; 01:30 happens at 05:30Z and at 06:30Z (negative epoch ms).
    expect(wallInstants(ny, wall(1969, 9, 26, 1, 30))).toEqual({ instants: [Date.UTC(1969, 9, 26, 5, 30), Date.UTC(1969, 9, 26, 6, 30)], before: -240, after: -300 });
  });

  it('Troll: a 2-hour gap and a 2-hour overlap', () => {
    const troll = z('Antarctica/Troll');
    expect(wallInstants(troll, wall(2026, 2, 29, 2)).instants).toEqual([]);
    expect(wallInstants(troll, wall(2026, 2, 29, 0, 59)).instants).toEqual([Date.UTC(2026, 2, 29, 0, 59)]);
    expect(wallInstants(troll, wall(2026, 2, 29, 3)).instants).toEqual([Date.UTC(2026, 2, 29, 1)]);
    expect(wallInstants(troll, wall(2026, 9, 25, 1))).toEqual({ instants: [Date.UTC(2026, 9, 24, 23), Date.UTC(2026, 9, 25, 1)], before: 120, after: 0 });
    expect(wallInstants(troll, wall(2026, 9, 25, 2, 59)).instants).toEqual([Date.UTC(2026, 9, 25, 0, 59), Date.UTC(2026, 9, 25, 2, 59)]);
  });

  it('Lord Howe: a 30-minute gap and overlap', () => {
    const lh = z('Australia/Lord_Howe');
    // 2026-04-05 02:00 (+11) goes back to 01:30 (+10:30): 01:30–02:00 happens twice.
    expect(wallInstants(lh, wall(2026, 3, 5, 1, 45))).toEqual({ instants: [Date.UTC(2026, 3, 4, 14, 45), Date.UTC(2026, 3, 4, 15, 15)], before: 660, after: 630 });
    expect(wallInstants(lh, wall(2026, 3, 5, 1, 29)).instants).toEqual([Date.UTC(2026, 3, 4, 14, 29)]);
    // 2026-10-04 02:00 (+10:30) jumps to 02:30 (+11): 02:00–02:30 does not exist.
    expect(wallInstants(lh, wall(2026, 9, 4, 2, 15))).toEqual({ instants: [], before: 630, after: 660 });
    expect(wallInstants(lh, wall(2026, 9, 4, 2, 30)).instants).toEqual([Date.UTC(2026, 9, 3, 15, 30)]);
  });

  it('picks one instant: in an overlap `later` takes the second, the others the first; in a gap `earlier` reads with the offset after', () => {
    const overlapWall = wall(2026, 10, 1, 1, 30);
    const overlap = wallInstants(ny, overlapWall);
    expect(pickInstant(overlap, overlapWall, 'later')).toBe(Date.UTC(2026, 10, 1, 6, 30));
    for (const policy of ['compatible', 'earlier', 'reject'] as const) expect(pickInstant(overlap, overlapWall, policy)).toBe(Date.UTC(2026, 10, 1, 5, 30));
    const gapWall = wall(2026, 2, 8, 2, 30);
    const gap = wallInstants(ny, gapWall);
    // 02:30 read with EDT (after) is 01:30 EST; with EST (before) it is 03:30 EDT.
    expect(pickInstant(gap, gapWall, 'earlier')).toBe(Date.UTC(2026, 2, 8, 6, 30));
    for (const policy of ['compatible', 'later', 'reject'] as const) expect(pickInstant(gap, gapWall, policy)).toBe(Date.UTC(2026, 2, 8, 7, 30));
    const oneWall = wall(2026, 10, 24, 10);
    for (const policy of ['compatible', 'earlier', 'later', 'reject'] as const) expect(pickInstant(wallInstants(ny, oneWall), oneWall, policy)).toBe(Date.UTC(2026, 10, 24, 15));
    // Three instants (a change and its reversal within two days): first, or last for `later`.
    const three = { instants: [1, 2, 3], before: 0, after: 0 };
    expect(pickInstant(three, 0, 'later')).toBe(3);
    expect(pickInstant(three, 0, 'earlier')).toBe(1);
  });
});

describe("offset engine: the ends of its range", () => {
  it('answers for numbers within Date’s range less four days, and only for them', () => {
    for (const at of [0, -LIMIT, LIMIT, 1.5, -1]) expect(inDomain(at)).toBe(true);
    for (const at of [LIMIT + 1, -LIMIT - 1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '0', null, undefined]) expect(inDomain(at)).toBe(false);
  });

  it('answers at both ends and throws a RangeError one millisecond past them', () => {
    const ny = z('America/New_York');
    expect(offsetAt(z('UTC'), LIMIT)).toBe(0);
    expect(offsetAt(z('UTC'), -LIMIT)).toBe(0);
    // New York's local mean time (-4:56:02) before 1883, and its DST rule still running at the far end.
    expect(offsetAt(ny, -LIMIT)).toBeCloseTo(-(4 * 60 + 56 + 2 / 60), 9);
    expect(typeof offsetAt(ny, LIMIT)).toBe('number');
    for (const at of [LIMIT + 1, -LIMIT - 1, Number.NaN]) {
      expect(() => offsetAt(ny, at)).toThrow(RangeError);
      expect(() => transitionsIn(ny, 0, at)).toThrow(RangeError);
      expect(() => transitionsIn(ny, at, 0)).toThrow(RangeError);
    }
    expect(() => wallInstants(ny, LIMIT)).toThrow(RangeError);
    expect(() => wallInstants(ny, -LIMIT)).toThrow(RangeError);
    expect(wallInstants(z('UTC'), LIMIT - D)).toEqual({ instants: [LIMIT - D], before: 0, after: 0 });
    expect(wallInstants(z('UTC'), -LIMIT + D)).toEqual({ instants: [-LIMIT + D], before: 0, after: 0 });
  });

  it('throws a RangeError for a zone the tz database does not know, quoting at most 64 characters of it', () => {
    expect(() => offsetAt(z('Nowhere/Special'), 0)).toThrow(RangeError);
    expect(() => transitionsIn(z('Nowhere/Special'), 0, D)).toThrow(RangeError);
    const long = z(`Nowhere/${'x'.repeat(1000)}`);
    let message = '';
    try {
      offsetAt(long, 0);
    } catch (e) {
      expect(e).toBeInstanceOf(RangeError);
      message = (e as RangeError).message;
    }
    expect(message).toContain('Nowhere/xxx');
    expect(message.length).toBeLessThan(200);
  });
});
