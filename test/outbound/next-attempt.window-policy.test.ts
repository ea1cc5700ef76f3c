// nextAttempt's reason when a dial cannot be placed (issue 22): `no-window` when the dialled record's own
// daily window never opens, whatever the policy; `policy-forbids` only when the window opens but the
// contact policy allows nothing within a year. Both for a retry of the record and for next-in-chain.
// Options that are null are no options (the function is total).
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import { rec, step } from './treatments-fixtures.js';

// 2026-11-24 is a Tuesday; Chicago is UTC-6 then. 15:00Z = 09:00 local.
const T = Date.UTC(2026, 10, 24, 15, 0);
const list = (maxAttempts: number, ...treatments: outbound.treatments.Treatment[]): outbound.treatments.TreatmentList => ({ maxAttempts, treatments });
const retry = list(10, step('busy', 1, 'retry-in', { intervalMinutes: 10 }));
const chainStep = list(10, step('busy', 1, 'next-in-chain'));

// A window of 00:00:30-00:00:50: rounded inwards to whole minutes it is empty, so it never opens.
const shut = { GSW_FROM: '30', GSW_UNTIL: '50' };
// A policy whose calling hours are closed every day: nothing is ever allowed.
const closed = {
  id: 'closed',
  name: '',
  includes: [],
  rules: [
    {
      id: 'closed.hours',
      kind: 'calling-hours' as const,
      hours: { name: '', weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, closedDates: [], closedOnHolidays: false },
      source: { citation: 'test', url: '', confirmed: false, note: '' },
    },
  ],
};
// A policy that allows the record's usual hours (the federal calling hours, 08:00-21:00 local).
const open = { presets: ['us' as const], history: [] };

function reason(r: ReturnType<typeof outbound.treatments.nextAttempt>): unknown {
  if (!r.ok) return r.error.code;
  return r.value.kind === 'finished' ? r.value.reason : r.value.kind;
}

describe('nextAttempt: no-window or policy-forbids', () => {
  it('a retry of a record whose window never opens finishes with no-window, with or without a policy', () => {
    const never = rec({}, shut);
    expect(outbound.treatments.recordWindow(never)).toBe('never');
    expect(reason(outbound.treatments.nextAttempt(never, 'busy', retry, T))).toBe('no-window');
    expect(reason(outbound.treatments.nextAttempt(never, 'busy', retry, T, [], { policy: open }))).toBe('no-window');
    // Even a policy that forbids everything: the window is the reason, not the policy.
    expect(reason(outbound.treatments.nextAttempt(never, 'busy', retry, T, [], { policy: { presets: [closed], history: [] } }))).toBe('no-window');
  });

  it('a retry of a record whose window opens finishes with policy-forbids only when the policy allows nothing', () => {
    expect(reason(outbound.treatments.nextAttempt(rec(), 'busy', retry, T, [], { policy: open }))).toBe('scheduled');
    expect(reason(outbound.treatments.nextAttempt(rec(), 'busy', retry, T, [], { policy: { presets: [closed], history: [] } }))).toBe('policy-forbids');
  });

  it('next-in-chain to a record whose window never opens finishes with no-window, with or without a policy', () => {
    const home = rec({ handle: 1, chainId: 9, chainN: 0 });
    const other = rec({ handle: 2, chainId: 9, chainN: 1, phone: '5550101' }, shut);
    expect(reason(outbound.treatments.nextAttempt(home, 'busy', chainStep, T, [other]))).toBe('no-window');
    expect(reason(outbound.treatments.nextAttempt(home, 'busy', chainStep, T, [other], { policy: open }))).toBe('no-window');
    expect(reason(outbound.treatments.nextAttempt(home, 'busy', chainStep, T, [other], { policy: { presets: [closed], history: [] } }))).toBe('no-window');
  });

  it('next-in-chain to a record whose window opens finishes with policy-forbids only when the policy allows nothing', () => {
    const home = rec({ handle: 1, chainId: 9, chainN: 0 }, shut);
    const other = rec({ handle: 2, chainId: 9, chainN: 1, phone: '5550101' });
    // The dialled record's window is the one that counts, not the record the result came from.
    const next = outbound.treatments.nextAttempt(home, 'busy', chainStep, T, [other], { policy: open });
    expect(next.ok && next.value.kind === 'scheduled' && next.value.next.handle).toBe(2);
    expect(reason(outbound.treatments.nextAttempt(home, 'busy', chainStep, T, [other], { policy: { presets: [closed], history: [] } }))).toBe('policy-forbids');
  });

  it('null options are no options', () => {
    const none = outbound.treatments.nextAttempt(rec(), 'busy', retry, T);
    const nul = outbound.treatments.nextAttempt(rec(), 'busy', retry, T, [], null as unknown as outbound.treatments.NextAttemptOptions);
    expect(nul).toEqual(none);
    expect(nul.ok && nul.value.kind).toBe('scheduled');
  });
});
