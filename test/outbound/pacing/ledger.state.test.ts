// The ledger's stored state, from the field documentation of AbandonLedger: only non-empty closed minutes
// are stored, the open minute gathers every entry of its minute, `baseAnswers`/`baseAbandons` hold what was
// dropped from the front, `lastAt` is the latest instant recorded, and a minute 60 days older than the new
// one is dropped (the open one as well). Plus the headroom at a 100% limit (issue 22).
import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';
import { buildLedger } from './ledger-fixture.js';

const { pacing } = outbound;
const MIN = 60_000;
const DAY = 1440 * MIN;

const build = buildLedger;

describe('abandonment ledger: stored state', () => {
  it('stores only non-empty closed minutes, also for the first minutes after the epoch', () => {
    const l = build([['answer', 0], ['abandon', 2 * MIN]]);
    expect(l.minutes).toEqual([0]);
    expect(l.cumAnswers).toEqual([1]);
    expect(l.cumAbandons).toEqual([0]);
    expect(l).toMatchObject({ openMinute: 2, openAnswers: 0, openAbandons: 1, baseAnswers: 0, baseAbandons: 0 });
  });

  it('gathers every entry of one minute in the open minute, closing nothing', () => {
    const l = build([['answer', 10 * MIN], ['answer', 10 * MIN + 1_000], ['abandon', 10 * MIN + 59_999]]);
    expect(l.minutes).toEqual([]);
    expect(l).toMatchObject({ openMinute: 10, openAnswers: 2, openAbandons: 1, lastAt: 10 * MIN + 59_999 });
    const next = build([['answer', 10 * MIN], ['answer', 10 * MIN + 1_000], ['abandon', 11 * MIN]]);
    expect(next.minutes).toEqual([10]);
    expect(next.cumAnswers).toEqual([2]);
    expect(next).toMatchObject({ openMinute: 11, openAnswers: 0, openAbandons: 1 });
  });

  it('drops an open minute exactly 60 days older than the next entry, counting it in the base', () => {
    const dropped = build([['answer', 0], ['abandon', 0], ['answer', 60 * DAY]]);
    expect(dropped.minutes).toEqual([]);
    expect(dropped).toMatchObject({ baseAnswers: 1, baseAbandons: 1, openMinute: 60 * 1440, openAnswers: 1 });
    const kept = build([['answer', 0], ['abandon', 0], ['answer', 60 * DAY - MIN]]);
    expect(kept.minutes).toEqual([0]);
    expect(kept).toMatchObject({ baseAnswers: 0, baseAbandons: 0 });
  });

  it('a gap beyond the 60 days moves every earlier count into the base', () => {
    const l = build([
      ['answer', DAY],
      ['abandon', DAY + MIN],
      ['answer', DAY + 2 * MIN],
      ['answer', DAY + 2 * MIN],
      ['abandon', DAY + 2 * MIN],
      ['answer', 100 * DAY],
    ]);
    expect(l.minutes).toEqual([]);
    expect(l).toMatchObject({ baseAnswers: 3, baseAbandons: 2, openAnswers: 1, openAbandons: 0 });
    const later = pacing.recordUnchecked(l, 'abandon', 100 * DAY + MIN);
    expect(later.cumAnswers).toEqual([4]);
    expect(later.cumAbandons).toEqual([2]);
    expect(pacing.windowCounts(later, '24h', 100 * DAY + MIN)).toEqual({ answers: 1, abandons: 1, rate: 1 });
  });

  it('lastAt is the latest instant recorded, even when recordLive gets an earlier instant of the open minute', () => {
    const l = pacing.recordUnchecked(pacing.recordUnchecked(pacing.emptyLedger(), 'answer', 50_000), 'answer', 10_000);
    expect(l.lastAt).toBe(50_000);
    expect(l.openAnswers).toBe(2);
  });
});

describe('abandonment ledger: headroom at a 100% limit', () => {
  it('never limits: every call may be abandoned', () => {
    expect(pacing.headroomOf(10, 10, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(pacing.headroomOf(0, 0, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(pacing.headroomOf(5, 5, 1.5)).toBe(Number.POSITIVE_INFINITY);
  });
});
