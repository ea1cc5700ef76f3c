import { describe, expect, it } from 'vitest';
import { outbound } from '../../src/index.js';
import { rec, step } from './treatments-fixtures.js';
import { hm, untyped, ymd } from '../time-values.js';

// 2026-11-24 is a Tuesday; Chicago is UTC-6 then. 15:00Z = 09:00 local.
const T = Date.UTC(2026, 10, 24, 15, 0);
const H = 3_600_000;
const list = (maxAttempts: number, ...treatments: outbound.treatments.Treatment[]): outbound.treatments.TreatmentList => ({ maxAttempts, treatments });

function outcome(r: ReturnType<typeof outbound.treatments.nextAttempt>): outbound.treatments.AttemptOutcome {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('parseTreatments', () => {
  it('accepts a consecutive sequence ending with next in chain', () => {
    expect(outbound.treatments.parseTreatments(list(5, step('busy', 2, 'next-in-chain'), step('busy', 1, 'retry-in', { intervalMinutes: 5 }))).ok).toBe(true);
  });
  it.each([
    [list(5, step('busy', 2, 'redial')), 'treatments(busy)'],
    [list(5, step('busy', 1, 'redial'), step('busy', 1, 'cancel')), 'treatments(busy)'],
    [list(5, step('busy', 1, 'next-in-chain'), step('busy', 2, 'redial')), 'treatments(busy)[1]'],
    [list(5, step('busy', 1, 'retry-at')), 'treatments[0].date'],
    [list(5, step('busy', 1, 'assign-to-group')), 'treatments[0].group'],
    [list(5, step('busy', 1, 'redial', { cycleAttempts: 0 })), 'treatments[0].cycleAttempts'],
    [list(0), 'maxAttempts'],
    [list(5, step('busy', 1, 'retry-at', { date: { date: untyped('2026-02-30'), time: hm('10:00') } })), 'treatments[0].date.date'],
    [{ maxAttempts: 3, treatments: [{ ...step('busy', 1, 'redial'), action: 'explode' }] }, 'treatments[0].action'],
  ])('refuses %#, naming %s', (value, path) => {
    const r = outbound.treatments.parseTreatments(value);
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-treatments', details: { path } });
  });
});

describe('nextAttempt', () => {
  const busy = list(10, step('busy', 1, 'retry-in', { cycleAttempts: 3, intervalMinutes: 10, incrementMinutes: 5 }), step('busy', 2, 'retry-in', { intervalMinutes: 120 }));

  it('cycles a step with its increment, then moves to the next step, then is exhausted', () => {
    let r = rec();
    const delays: number[] = [];
    const seqs: string[] = [];
    let at = T;
    for (;;) {
      const o = outcome(outbound.treatments.nextAttempt(r, 'busy', busy, at));
      if (o.kind !== 'scheduled') {
        expect(o).toMatchObject({ kind: 'finished', reason: 'treatments-exhausted' });
        expect(o.record.recordStatus).toBe('updated');
        break;
      }
      delays.push((o.next.at - at) / 60_000);
      seqs.push(`${o.step.sequence}.${o.step.cycle}`);
      expect(o.record).toMatchObject({ recordStatus: 'ready', callResult: 'busy', dialSchedTime: o.next.at / 1000 });
      at = o.next.at;
      r = o.record;
    }
    expect(delays).toEqual([10, 15, 20, 120]);
    expect(seqs).toEqual(['1.1', '1.2', '1.3', '2.1']);
    expect(r.attempts).toBe(4);
  });

  it('restarts at step 1 on a different result', () => {
    const both = list(10, ...busy.treatments, step('no-answer', 1, 'retry-in', { intervalMinutes: 30 }), step('no-answer', 2, 'cancel'));
    const a = outcome(outbound.treatments.nextAttempt(rec(), 'busy', both, T));
    const b = a.kind === 'scheduled' ? outcome(outbound.treatments.nextAttempt(a.record, 'no-answer', both, a.next.at)) : a;
    expect(b.step).toEqual({ sequence: 1, cycle: 1, action: 'retry-in' });
    const c = b.kind === 'scheduled' ? outcome(outbound.treatments.nextAttempt(b.record, 'busy', both, b.next.at)) : b;
    expect(c.step).toEqual({ sequence: 1, cycle: 1, action: 'retry-in' });
    const d = c.kind === 'scheduled' ? outcome(outbound.treatments.nextAttempt(c.record, 'no-answer', both, c.next.at)) : c;
    expect(d.step?.sequence).toBe(1);
    const e = d.kind === 'scheduled' ? outcome(outbound.treatments.nextAttempt(d.record, 'no-answer', both, d.next.at)) : d;
    expect(e).toMatchObject({ kind: 'finished', reason: 'cancelled', record: { recordStatus: 'cancelled' } });
  });

  it('leaves a record without treatment for its result updated', () => {
    const o = outcome(outbound.treatments.nextAttempt(rec(), 'answer', busy, T));
    expect(o).toMatchObject({ kind: 'finished', reason: 'no-treatment', step: null, record: { recordStatus: 'updated', attempts: 1, callResult: 'answer', treatment: null } });
  });

  it('never goes past the maximum attempts', () => {
    const o = outcome(outbound.treatments.nextAttempt(rec({ attempts: 2 }), 'busy', list(3, step('busy', 1, 'redial', { cycleAttempts: 9 })), T));
    expect(o).toMatchObject({ kind: 'finished', reason: 'max-attempts', record: { attempts: 3 } });
  });

  it('moves a retry into the daily window in the record zone', () => {
    // 20:50 local + 30 min = 21:20, past 21:00: next day 09:00 local (15:00Z).
    const at = Date.UTC(2026, 10, 25, 2, 50);
    const o = outcome(outbound.treatments.nextAttempt(rec(), 'busy', list(5, step('busy', 1, 'retry-in', { intervalMinutes: 30 })), at));
    expect(o.kind === 'scheduled' && o.next).toMatchObject({ at: Date.UTC(2026, 10, 25, 15, 0), movedIntoWindow: true });
  });

  it('retries at a local date in the record zone, skipping a date that has passed', () => {
    const at = list(5, step('busy', 1, 'retry-at', { date: { date: ymd('2026-11-20'), time: hm('10:00') } }), step('busy', 2, 'retry-at', { date: { date: ymd('2026-11-30'), time: hm('10:00') } }));
    const o = outcome(outbound.treatments.nextAttempt(rec(), 'busy', at, T));
    expect(o.kind === 'scheduled' && [o.next.at, o.step.sequence]).toEqual([Date.UTC(2026, 10, 30, 16, 0), 2]);
  });

  it('dials the next number of the chain, in that number\'s window and zone', () => {
    const home = rec();
    const mobile = rec({ handle: 2, chainN: 1, phone: '5550101' }, { GSW_TZ_NAME: 'America/New_York', GSW_FROM: '36000', GSW_UNTIL: '72000' });
    const treatments = list(5, step('no-answer', 1, 'redial'), step('no-answer', 2, 'next-in-chain-after', { intervalMinutes: 5 }));
    const first = outcome(outbound.treatments.nextAttempt(home, 'no-answer', treatments, T, [mobile, home]));
    expect(first.kind === 'scheduled' && first.next.handle).toBe(1);
    const second = outcome(outbound.treatments.nextAttempt(first.record, 'no-answer', treatments, T + 60_000, [mobile, home]));
    // 09:06 Chicago = 10:06 New York: before 10:00? no, 10:06 is open.
    expect(second).toMatchObject({ kind: 'scheduled', record: { recordStatus: 'updated' }, next: { handle: 2, chainN: 1, phone: '5550101', at: T + 6 * 60_000 }, nextRecord: { handle: 2, recordStatus: 'ready' } });
    const end = outcome(outbound.treatments.nextAttempt(second.kind === 'scheduled' && second.nextRecord ? second.nextRecord : mobile, 'no-answer', list(5, step('no-answer', 1, 'next-in-chain')), T, [mobile, home]));
    expect(end).toMatchObject({ kind: 'finished', reason: 'chain-exhausted' });
  });

  it('assigns to a group and marks agent error', () => {
    expect(outcome(outbound.treatments.nextAttempt(rec(), 'wrong-party', list(5, step('wrong-party', 1, 'assign-to-group', { group: 'Team B' })), T))).toMatchObject({ kind: 'assigned', group: 'Team B' });
    expect(outcome(outbound.treatments.nextAttempt(rec(), 'agent-callback-error', list(5, step('agent-callback-error', 1, 'mark-agent-error')), T))).toMatchObject({ kind: 'finished', reason: 'agent-error', record: { recordStatus: 'agent-error' } });
  });

  it('refuses bad input instead of throwing', () => {
    expect(outbound.treatments.nextAttempt(rec(), 'nope' as outbound.records.CallResult, busy, T).ok).toBe(false);
    expect(outbound.treatments.nextAttempt(rec(), 'busy', busy, Number.NaN).ok).toBe(false);
    expect(outbound.treatments.nextAttempt(rec(), 'busy', { maxAttempts: 1, treatments: 'x' } as unknown as outbound.treatments.TreatmentList, T).ok).toBe(false);
  });

  it('handles windows crossing midnight and the DST change in the record zone', () => {
    const night = rec({}, { GSW_FROM: String(22 * 3600), GSW_UNTIL: String(2 * 3600) });
    expect(outbound.treatments.recordWindow(night)).toEqual({ from: '22:00', until: '02:00', zone: 'America/Chicago' });
    // 1 Nov 2026, Chicago falls back at 02:00 CDT. Retry from 09:00 CST lands at 22:00 CST (04:00Z next day).
    const o = outcome(outbound.treatments.nextAttempt(night, 'busy', list(5, step('busy', 1, 'redial')), Date.UTC(2026, 10, 1, 15)));
    expect(o.kind === 'scheduled' && o.next.at).toBe(Date.UTC(2026, 10, 2, 4, 0));
    expect(outbound.treatments.recordWindow(rec({}, { GSW_FROM: '0', GSW_UNTIL: '86400' }))).toBeNull();
    expect(outbound.treatments.recordWindow(rec({}, { GSW_FROM: '61', GSW_UNTIL: '100' }))).toBe('never');
  });
});

describe('attemptSchedule', () => {
  it('previews the attempts for a run of results, through the chain', () => {
    const home = rec();
    const mobile = rec({ handle: 2, chainN: 1, phone: '5550101' });
    const treatments = list(4, step('busy', 1, 'retry-in', { intervalMinutes: 60, cycleAttempts: 2 }), step('busy', 2, 'next-in-chain'), step('no-answer', 1, 'cancel'));
    const r = outbound.treatments.attemptSchedule(home, ['busy', 'busy', 'busy', 'busy', 'no-answer', 'busy'], treatments, T, [mobile]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((x) => [x.attempt, x.phone, x.result, x.outcome.kind, (x.dialledAt - T) / H])).toEqual([
      [1, '5550100', 'busy', 'scheduled', 0],
      [2, '5550100', 'busy', 'scheduled', 1],
      [3, '5550100', 'busy', 'scheduled', 2],
      [4, '5550101', 'busy', 'scheduled', 2],
      [5, '5550101', 'no-answer', 'finished', 3],
    ]);
  });
});
