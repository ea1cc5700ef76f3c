import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetAt as offsetMinutes } from '../../src/time/engine.js';
import { engineZone } from '../time-values.js';
import { referenceOffset, transitions, ZONES } from './zone-sample.js';

const MINUTE = 60_000;
const allZones = Intl.supportedValuesOf('timeZone').map(engineZone);

describe('the offset cache agrees with luxon (properties)', () => {
  it('at any instant from 1800 to 2200, in any zone the engine knows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allZones), fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 0, 1) }), (zone, at) => {
        expect(offsetMinutes(zone, at)).toBe(referenceOffset(zone, at));
      }),
      { numRuns: 150 },
    );
  });

  it('to the millisecond around every transition of the test zones, 2020–2030', () => {
    const near = fc.constantFrom(...ZONES.filter((z) => transitions(z).length > 0)).chain((zone) =>
      fc.tuple(fc.constant(zone), fc.constantFrom(...transitions(zone)), fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -90 * MINUTE, max: 90 * MINUTE }))),
    );
    fc.assert(
      fc.property(near, ([zone, tr, delta]) => {
        const at = tr.at + delta;
        expect(offsetMinutes(zone, at)).toBe(referenceOffset(zone, at));
        expect(offsetMinutes(zone, tr.at)).toBe(tr.after);
        expect(offsetMinutes(zone, tr.at - 1)).toBe(tr.before);
      }),
      { numRuns: 300 },
    );
  });

  it('across whole years, every 5 hours (minus a second), in a few zones with odd history', () => {
    for (const [zone, year] of [
      ['Pacific/Apia', 2011],
      ['Pacific/Kiritimati', 1994],
      ['Africa/Casablanca', 2019],
      ['Antarctica/Troll', 2005],
      ['America/Caracas', 2016],
      ['Asia/Pyongyang', 2018],
    ] as const) {
      for (let at = Date.UTC(year, 0, 1); at < Date.UTC(year + 1, 0, 1); at += 5 * 3_600_000 - 1_000) {
        if (offsetMinutes(engineZone(zone), at) !== referenceOffset(zone, at)) expect([zone, at, offsetMinutes(engineZone(zone), at)]).toEqual([zone, at, referenceOffset(zone, at)]);
      }
    }
  });
});
