import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import { rec, step } from './treatments-fixtures.js';

// 2026-11-24 is a Tuesday; Chicago is UTC-6 then. 15:00Z = 09:00 local; the record's window is 09:00-21:00.
const T = Date.UTC(2026, 10, 24, 15, 0);
const H = 3_600_000;
const MIN = 60_000;
const list = (maxAttempts: number, ...treatments: outbound.treatments.Treatment[]): outbound.treatments.TreatmentList => ({ maxAttempts, treatments });
const busyEvery10 = list(20, step('busy', 1, 'retry-in', { cycleAttempts: 10, intervalMinutes: 10 }));

function outcome(r: ReturnType<typeof outbound.treatments.nextAttempt>): outbound.treatments.AttemptOutcome {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('treatments under a contact policy', () => {
  it('without a policy nothing moves for it', () => {
    const o = outcome(outbound.treatments.nextAttempt(rec(), 'busy', busyEvery10, T));
    expect(o.kind === 'scheduled' && o.next).toMatchObject({ at: T + 10 * MIN, movedByPolicy: [] });
  });

  it('the schedule preview moves the 4th Florida call of a day to the 24th hour after the first', () => {
    const r = outbound.treatments.attemptSchedule(rec(), ['busy', 'busy', 'busy', 'busy'], busyEvery10, T, [], { policy: { presets: ['us-fl'], history: [] } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((row) => row.dialledAt)).toEqual([T, T + 10 * MIN, T + 20 * MIN, T + 24 * H]);
    const third = r.value[2]?.outcome;
    expect(third?.kind === 'scheduled' && third.next).toMatchObject({ at: T + 24 * H, movedByPolicy: ['us-fl.frequency'] });
    // The same preview without the policy keeps the 10-minute rhythm.
    const free = outbound.treatments.attemptSchedule(rec(), ['busy', 'busy', 'busy', 'busy'], busyEvery10, T);
    expect(free.ok && free.value.map((row) => row.dialledAt)).toEqual([T, T + 10 * MIN, T + 20 * MIN, T + 30 * MIN]);
  });

  it('nextAttempt counts the history it is given plus the attempt just made', () => {
    const history = [{ at: T - 2 * H, outcome: 'no-answer' as const }, { at: T - H, outcome: 'busy' as const }];
    const o = outcome(outbound.treatments.nextAttempt(rec(), 'busy', busyEvery10, T, [], { policy: { presets: ['us-fl'], history } }));
    // Florida would allow 07:00 the next day (24 hours after the first); the record's window opens at 09:00.
    expect(o.kind === 'scheduled' && o.next).toMatchObject({ at: T + 24 * H, movedByPolicy: ['us-fl.frequency'], movedIntoWindow: true });
  });

  it('a refusal in France waits 60 full days, then the French hours', () => {
    const paris = rec({}, { GSW_TZ_NAME: 'Europe/Paris', GSW_FROM: '0', GSW_UNTIL: '86400' });
    const at = Date.UTC(2026, 10, 2, 10); // Monday 11:00 in Paris
    const retry = list(5, step('do-not-call', 1, 'retry-in', { intervalMinutes: 60 }));
    const o = outcome(outbound.treatments.nextAttempt(paris, 'do-not-call', retry, at, [], { policy: { presets: ['fr'], history: [] } }));
    // 60 full days from 2026-11-03 end on 2027-01-01; 2027-01-02 is a Saturday, so Monday 2027-01-04 10:00.
    expect(o.kind === 'scheduled' && o.next.at).toBe(Date.UTC(2027, 0, 4, 9));
    expect(o.kind === 'scheduled' && o.next.movedByPolicy).toContain('fr.after-refusal');
  });

  it('finishes with policy-forbids when nothing is allowed within a year', () => {
    const closed = { id: 'closed', name: '', includes: [], rules: [{ id: 'closed.hours', kind: 'calling-hours' as const, hours: { name: '', weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, closedDates: [], closedOnHolidays: false }, source: { citation: 'test', url: '', confirmed: false, note: '' } }] };
    const o = outcome(outbound.treatments.nextAttempt(rec(), 'busy', busyEvery10, T, [], { policy: { presets: [closed], history: [] } }));
    expect(o).toMatchObject({ kind: 'finished', reason: 'policy-forbids' });
  });

  it('refuses a bad policy with the contact policy codes', () => {
    const code = (policy: unknown): string => {
      const r = outbound.treatments.nextAttempt(rec(), 'busy', busyEvery10, T, [], { policy } as outbound.treatments.NextAttemptOptions);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ presets: ['nowhere'], history: [] })).toBe('invalid-preset');
    expect(code({ presets: ['us'], history: [{ at: T + 1, outcome: 'busy' }] })).toBe('invalid-history');
    expect(code({ presets: ['us'], history: [], liveAgentGuaranteed: 1 })).toBe('invalid-options');
    expect(code({ presets: ['fr'], history: [], holidays: ['2026-13-01'] })).toBe('invalid-date');
    expect(code('us')).toBe('invalid-options');
  });
});
