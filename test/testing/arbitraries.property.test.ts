import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { time } from '../../src/index.js';
import * as arbitraries from '../../src/testing/arbitraries/index.js';
import { iana } from '../time-values.js';

describe('testing arbitraries', () => {
  it('produce valid zones, dates and times', () => {
    fc.assert(
      fc.property(arbitraries.anyZone(), arbitraries.localDate(), arbitraries.localTime(), (zone, date, t) => {
        expect(time.zone(zone)).toEqual({ ok: true, value: zone });
        expect(time.parseDate(date).ok).toBe(true);
        expect(time.parseTime(t).ok).toBe(true);
      }),
    );
  });

  it('bias wall times toward transitions: gaps and overlaps both show up', () => {
    const kinds = new Set(fc.sample(arbitraries.wallTime(), { numRuns: 300, seed: 7 }).map((w) => {
      const r = time.resolve(w);
      return r.ok ? r.value.kind : 'refused';
    }));
    expect(kinds).toEqual(new Set(['normal', 'gap', 'overlap']));
  }, 30_000);

  it('finds the transition wall times of a zone', () => {
    const london = arbitraries.transitionWallTimes(iana('Europe/London'));
    expect(london).toContainEqual({ date: '2026-03-29', time: '01:00' });
    expect(london).toContainEqual({ date: '2026-10-25', time: '02:00' });
    expect(arbitraries.transitionWallTimes(iana('Asia/Kolkata'))).toEqual([]);
  });
});
