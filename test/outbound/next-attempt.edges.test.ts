// nextAttempt's edges from its documented rules (issue 22): a dated step whose instant is not after the
// result is skipped; a dated next-in-chain step whose date has passed ends the treatments (it is the last
// step); a record whose saved step no longer exists in the list (the list was shortened) moves past it;
// the increment is added once per cycle after the first; a call result that is not one is refused with
// its kind described, never printed.
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import { rec, step } from './treatments-fixtures.js';
import { hm, ymd } from '../time-values.js';

// 2026-11-24 is a Tuesday; Chicago is UTC-6 then. 15:00Z = 09:00 local.
const T = Date.UTC(2026, 10, 24, 15, 0);
const list = (maxAttempts: number, ...treatments: outbound.treatments.Treatment[]): outbound.treatments.TreatmentList => ({ maxAttempts, treatments });

function outcome(r: ReturnType<typeof outbound.treatments.nextAttempt>): outbound.treatments.AttemptOutcome {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('nextAttempt: dated steps', () => {
  it('a retry-at at the very instant of the result has passed: the next step applies', () => {
    const treatments = list(5, step('busy', 1, 'retry-at', { date: { date: ymd('2026-11-24'), time: hm('09:00') } }), step('busy', 2, 'retry-in', { intervalMinutes: 20 }));
    expect(outcome(outbound.treatments.nextAttempt(rec(), 'busy', treatments, T))).toMatchObject({ kind: 'scheduled', step: { sequence: 2, cycle: 1 }, next: { at: T + 20 * 60_000 } });
    expect(outcome(outbound.treatments.nextAttempt(rec(), 'busy', treatments, T - 60_000))).toMatchObject({ kind: 'scheduled', step: { sequence: 1 }, next: { at: T } });
  });

  it('a next-in-chain-at whose date has passed ends the treatments; a later one dials the chain then', () => {
    const home = rec({ handle: 1, chainId: 9, chainN: 0 });
    const mobile = rec({ handle: 2, chainId: 9, chainN: 1, phone: '5550101' });
    const passed = list(5, step('no-answer', 1, 'next-in-chain-at', { date: { date: ymd('2026-11-23'), time: hm('10:00') } }));
    expect(outcome(outbound.treatments.nextAttempt(home, 'no-answer', passed, T, [mobile]))).toMatchObject({ kind: 'finished', reason: 'treatments-exhausted', step: { sequence: 1, action: 'next-in-chain-at' }, record: { recordStatus: 'updated', dialSchedTime: null } });
    const later = list(5, step('no-answer', 1, 'next-in-chain-at', { date: { date: ymd('2026-11-25'), time: hm('10:00') } }));
    expect(outcome(outbound.treatments.nextAttempt(home, 'no-answer', later, T, [mobile]))).toMatchObject({ kind: 'scheduled', next: { handle: 2, at: Date.UTC(2026, 10, 25, 16) }, nextRecord: { handle: 2, recordStatus: 'ready', dialSchedTime: Date.UTC(2026, 10, 25, 16) / 1000 } });
  });
});

describe('nextAttempt: the saved step', () => {
  it('a saved step beyond a shortened list is past: the treatments are exhausted', () => {
    const treatments = list(9, step('busy', 1, 'retry-in', { intervalMinutes: 5 }), step('busy', 2, 'retry-in', { intervalMinutes: 7 }));
    const r = rec({ treatment: { result: 'busy', step: 4, cycle: 1 } });
    expect(outcome(outbound.treatments.nextAttempt(r, 'busy', treatments, T))).toMatchObject({ kind: 'finished', reason: 'treatments-exhausted', step: null });
  });

  it('the increment grows once per cycle after the first', () => {
    const treatments = list(9, step('busy', 1, 'retry-in', { intervalMinutes: 10, incrementMinutes: 4, cycleAttempts: 3 }));
    const r = rec({ treatment: { result: 'busy', step: 1, cycle: 2 } });
    expect(outcome(outbound.treatments.nextAttempt(r, 'busy', treatments, T))).toMatchObject({ kind: 'scheduled', step: { sequence: 1, cycle: 3 }, next: { at: T + 18 * 60_000 } });
  });
});

describe('nextAttempt: options', () => {
  it('null options are no options (total on any data)', () => {
    const treatments = list(5, step('busy', 1, 'retry-in', { intervalMinutes: 5 }));
    const r = outbound.treatments.nextAttempt(rec(), 'busy', treatments, T, [], null as unknown as outbound.treatments.NextAttemptOptions);
    expect(r.ok && r.value).toMatchObject({ kind: 'scheduled', next: { at: T + 5 * 60_000, movedByPolicy: [] } });
  });
});

describe('nextAttempt: a call result that is not one', () => {
  it('is refused with its kind in the message, even when printing it would throw', () => {
    const hostile = { toString(): string { throw new Error('printed'); } };
    const r = outbound.treatments.nextAttempt(rec(), hostile as unknown as outbound.records.CallResult, list(3, step('busy', 1, 'redial')), T);
    expect(r.ok ? 'accepted' : r.error.code).toBe('invalid-call-result');
    expect(r.ok ? '' : r.error.message).toBe('Not a call result: an object.');
  });
});
