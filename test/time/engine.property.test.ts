// The offset engine against luxon (the tz database it reads) on a small sample of zones: fast enough to run
// for every mutant of src/time/engine.ts (`npm run mutation`). The sweep over every zone from 1800 to 2200
// is offsets.property.test.ts, in the normal suite.
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { offsetAt, transitionsIn, wallInstants } from '../../src/time/engine.js';
import { engineZone } from '../time-values.js';

const M = 60_000;
const D = 86_400_000;

/** DST of an hour, 30 minutes and 2 hours, negative DST, Ramadan suspensions, midnight changes, local mean time. */
const sample = ['America/New_York', 'Australia/Lord_Howe', 'Antarctica/Troll', 'Europe/Dublin', 'Africa/Casablanca', 'America/Santiago', 'Asia/Kathmandu', 'Africa/Monrovia'] as const;
const zoneArb = fc.constantFrom(...sample.map(engineZone));
/** 1850 to 2100, with half of the draws in 2020–2030 where the rules change twice a year. */
const atArb = fc.oneof(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }));
const reference = (zone: string, at: number): number => IANAZone.create(zone).offset(at);

describe('offset engine (properties, sample of zones)', () => {
  it('gives luxon’s offset at any instant', () => {
    fc.assert(
      fc.property(zoneArb, atArb, (zone, at) => {
        expect(offsetAt(zone, at)).toBe(reference(zone, at));
      }),
      { numRuns: 300 },
    );
  });

  it('lists the changes of a range at their exact instants, chained from the offset at its start to the one at its end', () => {
    fc.assert(
      fc.property(zoneArb, atArb, fc.integer({ min: 0, max: 400 * D }), (zone, start, length) => {
        const end = start + length;
        const changes = transitionsIn(zone, start, end);
        let offset = reference(zone, start);
        let previous = start;
        for (const c of changes) {
          expect(c.at).toBeGreaterThan(previous);
          expect(c.at).toBeLessThanOrEqual(end);
          expect(Math.abs(c.at % 1000)).toBe(0); // tz data changes offsets on whole seconds
          expect(c.before).toBe(offset);
          expect(c.after).not.toBe(c.before);
          expect(reference(zone, c.at - 1)).toBe(c.before);
          expect(reference(zone, c.at)).toBe(c.after);
          offset = c.after;
          previous = c.at;
        }
        expect(reference(zone, end)).toBe(offset);
        // No change is missed: the offset halfway between two listed changes is the one in force.
        const middle = Math.floor((previous + end) / 2);
        expect(reference(zone, middle)).toBe(offset);
      }),
      { numRuns: 200 },
    );
  });

  it('finds every instant from its wall time, and only instants that read that wall time', () => {
    fc.assert(
      fc.property(zoneArb, atArb, (zone, at) => {
        const wall = at + reference(zone, at) * M;
        const { instants, before, after } = wallInstants(zone, wall);
        expect(instants).toContain(at);
        for (let i = 0; i < instants.length; i += 1) {
          const t = instants[i] as number;
          expect(t + reference(zone, t) * M).toBe(wall);
          if (i > 0) expect(t).toBeGreaterThan(instants[i - 1] as number);
        }
        expect(before).toBe(reference(zone, wall - D));
        expect(after).toBe(reference(zone, wall + D));
      }),
      { numRuns: 300 },
    );
  });
});
