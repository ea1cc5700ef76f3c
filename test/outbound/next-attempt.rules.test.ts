// nextAttempt from its documented sequencing rules: next-in-chain dials only a record of the same chain,
// not the record itself, with attempts left under maxAttempts, the nearest next chain number; steps
// run by sequence whatever order the list gives them in; a step repeats for its cycleAttempts.
import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import { rec, step } from './treatments-fixtures.js';

// 2026-11-24 is a Tuesday; Chicago is UTC-6 then. 15:00Z = 09:00 local.
const T = Date.UTC(2026, 10, 24, 15, 0);
const list = (maxAttempts: number, ...treatments: outbound.treatments.Treatment[]): outbound.treatments.TreatmentList => ({ maxAttempts, treatments });

function outcome(r: ReturnType<typeof outbound.treatments.nextAttempt>): outbound.treatments.AttemptOutcome {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const chainStep = list(3, step('no-answer', 1, 'next-in-chain'));

describe('nextAttempt: next-in-chain picks the right record', () => {
  const home = rec({ handle: 1, chainId: 9, chainN: 0 });

  it('never picks a record of another chain, even with a nearer chain number', () => {
    const stranger = rec({ handle: 50, chainId: 10, chainN: 1, phone: '5550999' });
    const mobile = rec({ handle: 2, chainId: 9, chainN: 2, phone: '5550101' });
    const r = outcome(outbound.treatments.nextAttempt(home, 'no-answer', chainStep, T, [stranger, mobile]));
    expect(r).toMatchObject({ kind: 'scheduled', next: { handle: 2, chainN: 2 }, nextRecord: { handle: 2 } });
    expect(outcome(outbound.treatments.nextAttempt(home, 'no-answer', chainStep, T, [stranger]))).toMatchObject({ kind: 'finished', reason: 'chain-exhausted' });
  });

  it('never picks a record that has used all its attempts', () => {
    const spent = rec({ handle: 2, chainId: 9, chainN: 1, attempts: 3 });
    const fresh = rec({ handle: 3, chainId: 9, chainN: 2, attempts: 2 });
    expect(outcome(outbound.treatments.nextAttempt(home, 'no-answer', chainStep, T, [spent, fresh]))).toMatchObject({ kind: 'scheduled', next: { handle: 3 } });
    expect(outcome(outbound.treatments.nextAttempt(home, 'no-answer', chainStep, T, [spent]))).toMatchObject({ kind: 'finished', reason: 'chain-exhausted' });
  });

  it('never picks the record itself, nor an earlier chain number; picks the nearest later one', () => {
    const self = { ...home, chainN: 5 };
    const earlier = rec({ handle: 4, chainId: 9, chainN: 3 });
    const far = rec({ handle: 7, chainId: 9, chainN: 8 });
    const near = rec({ handle: 6, chainId: 9, chainN: 6 });
    expect(outcome(outbound.treatments.nextAttempt(self, 'no-answer', chainStep, T, [self, earlier, far, near]))).toMatchObject({ kind: 'scheduled', next: { handle: 6, chainN: 6 } });
    expect(outcome(outbound.treatments.nextAttempt(self, 'no-answer', chainStep, T, [self, earlier]))).toMatchObject({ kind: 'finished', reason: 'chain-exhausted', record: { recordStatus: 'updated', attempts: 1 } });
  });
});

describe('nextAttempt: sequencing', () => {
  it('runs steps by sequence whatever order the list gives them in', () => {
    const treatments = list(9, step('busy', 3, 'cancel'), step('busy', 1, 'retry-in', { intervalMinutes: 5 }), step('busy', 2, 'retry-in', { intervalMinutes: 30 }));
    const first = outcome(outbound.treatments.nextAttempt(rec(), 'busy', treatments, T));
    expect(first).toMatchObject({ kind: 'scheduled', step: { sequence: 1, cycle: 1, action: 'retry-in' }, next: { at: T + 5 * 60_000 } });
    const second = outcome(outbound.treatments.nextAttempt(first.record, 'busy', treatments, T));
    expect(second).toMatchObject({ kind: 'scheduled', step: { sequence: 2, cycle: 1 }, next: { at: T + 30 * 60_000 } });
    const third = outcome(outbound.treatments.nextAttempt(second.record, 'busy', treatments, T));
    expect(third).toMatchObject({ kind: 'finished', reason: 'cancelled', step: { sequence: 3, action: 'cancel' }, record: { recordStatus: 'cancelled', dialSchedTime: null } });
  });

  it('repeats a step for its cycleAttempts, adding the increment each cycle, then moves on', () => {
    const treatments = list(9, step('busy', 1, 'retry-in', { intervalMinutes: 10, incrementMinutes: 5, cycleAttempts: 2 }), step('busy', 2, 'cancel'));
    const a = outcome(outbound.treatments.nextAttempt(rec(), 'busy', treatments, T));
    expect(a).toMatchObject({ step: { sequence: 1, cycle: 1 }, next: { at: T + 10 * 60_000 }, record: { treatment: { result: 'busy', step: 1, cycle: 1 } } });
    const b = outcome(outbound.treatments.nextAttempt(a.record, 'busy', treatments, T));
    expect(b).toMatchObject({ step: { sequence: 1, cycle: 2 }, next: { at: T + 15 * 60_000 } });
    expect(outcome(outbound.treatments.nextAttempt(b.record, 'busy', treatments, T))).toMatchObject({ kind: 'finished', reason: 'cancelled' });
  });

  it('a different result starts again at step 1; steps run out as treatments-exhausted', () => {
    const treatments = list(9, step('busy', 1, 'retry-in', { intervalMinutes: 5 }), step('no-answer', 1, 'retry-in', { intervalMinutes: 7 }));
    const a = outcome(outbound.treatments.nextAttempt(rec(), 'busy', treatments, T));
    const b = outcome(outbound.treatments.nextAttempt(a.record, 'no-answer', treatments, T));
    expect(b).toMatchObject({ kind: 'scheduled', step: { sequence: 1 }, next: { at: T + 7 * 60_000 } });
    const c = outcome(outbound.treatments.nextAttempt(b.record, 'no-answer', treatments, T));
    expect(c).toMatchObject({ kind: 'finished', reason: 'treatments-exhausted', step: null, record: { recordStatus: 'updated', attempts: 3 } });
  });

  it('a retry that would reach maxAttempts finishes the record instead', () => {
    const treatments = list(2, step('busy', 1, 'retry-in', { intervalMinutes: 5, cycleAttempts: 5 }));
    expect(outcome(outbound.treatments.nextAttempt(rec({ attempts: 0 }), 'busy', treatments, T)).kind).toBe('scheduled');
    expect(outcome(outbound.treatments.nextAttempt(rec({ attempts: 1 }), 'busy', treatments, T))).toMatchObject({ kind: 'finished', reason: 'max-attempts', record: { attempts: 2 } });
  });

  it('refusals name the bad value', () => {
    const bad = outbound.treatments.nextAttempt(rec(), 'busy', list(3), Number.NaN);
    expect(bad.ok ? 'accepted' : bad.error).toMatchObject({ code: 'invalid-instant', details: { at: Number.NaN } });
    const result = outbound.treatments.nextAttempt(rec(), 'nope' as never, list(3), T);
    expect(result.ok ? 'accepted' : result.error).toMatchObject({ code: 'invalid-call-result', details: { result: 'nope' } });
  });
});
