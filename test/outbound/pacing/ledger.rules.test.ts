// The ledger's rules, from its documented contract: one-minute buckets, a window of W minutes holds the
// minute of `at` and the W − 1 before it, minutes older than 60 days are dropped (so it stays bounded)
// without changing the count of any window still inside the 60 days, the rate is 0 with no answers.
import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';
import { buildLedger, type LedgerFixtureEntry } from './ledger-fixture.js';

const { pacing } = outbound;
const MIN = 60_000;
const DAY = 1440 * MIN;

type Entry = LedgerFixtureEntry;

const build = buildLedger;

/** Brute force: the events of minutes (m − W, m]. */
function brute(entries: readonly Entry[], window: outbound.pacing.AbandonWindow, at: number): { answers: number; abandons: number } {
  const m = Math.floor(at / MIN);
  const w = pacing.windowMinutes[window];
  const inWin = entries.filter(([, t]) => Math.floor(t / MIN) > m - w && Math.floor(t / MIN) <= m);
  return { answers: inWin.filter(([k]) => k === 'answer').length, abandons: inWin.filter(([k]) => k === 'abandon').length };
}

function expectAllWindows(entries: readonly Entry[], probes: readonly number[]): void {
  const l = build(entries);
  for (const window of ['24h', '30d'] as const) {
    for (const at of probes) {
      if (at < l.lastAt) continue;
      expect({ window, at, ...pacing.windowCounts(l, window, at) }).toMatchObject({ window, at, ...brute(entries, window, at) });
    }
  }
}

describe('abandonment ledger: retention', () => {
  it('an abandon older than 60 days does not make later windows undercount', () => {
    const T = 10 * DAY;
    const entries: Entry[] = [
      ['answer', T],
      ['abandon', T],
      ['answer', T + MIN],
      ['abandon', T + 2 * MIN],
      ['answer', T + 59 * DAY],
      ['abandon', T + 60 * DAY], // the first minute is exactly 60 days old now
      ['answer', T + 60 * DAY + MIN],
      ['abandon', T + 60 * DAY + 2 * MIN],
      ['answer', T + 61 * DAY],
      ['abandon', T + 61 * DAY + 5 * MIN],
      ['answer', T + 75 * DAY],
    ];
    for (let i = 1; i <= entries.length; i++) {
      const prefix = entries.slice(0, i);
      const last = prefix[prefix.length - 1]?.[1] ?? 0;
      expectAllWindows(prefix, [last, last + MIN, last + DAY - 1, last + DAY, last + 30 * DAY - 1, last + 30 * DAY]);
    }
  });

  it('a gap longer than 60 days drops the open minute too, and later windows still count right', () => {
    const entries: Entry[] = [
      ['answer', 0],
      ['abandon', 30_000],
      ['answer', 70 * DAY],
      ['abandon', 70 * DAY + MIN],
      ['answer', 70 * DAY + 2 * MIN],
      ['answer', 140 * DAY],
    ];
    for (let i = 1; i <= entries.length; i++) {
      const prefix = entries.slice(0, i);
      const last = prefix[prefix.length - 1]?.[1] ?? 0;
      expectAllWindows(prefix, [last, last + 2 * MIN, last + 30 * DAY - 1]);
    }
    const l = build(entries);
    expect(l.minutes.length).toBe(0);
    expect(pacing.windowCounts(l, '30d', 140 * DAY)).toEqual({ answers: 1, abandons: 0, rate: 0 });
  });

  it('keeps at most 60 days of closed minutes, however long it records', () => {
    const entries: Entry[] = [];
    for (let h = 0; h < 24 * 64; h++) entries.push([h % 20 === 0 ? 'abandon' : 'answer', h * 60 * MIN]);
    const l = build(entries);
    // One non-empty minute per hour: 60 days hold 1440 of them.
    expect(l.minutes.length).toBeLessThanOrEqual(60 * 24);
    expect(l.minutes.length).toBeGreaterThanOrEqual(60 * 24 - 1);
    expect(l.cumAnswers.length).toBe(l.minutes.length);
    expect(l.cumAbandons.length).toBe(l.minutes.length);
    expect(l.minutes[0]).toBeGreaterThan(Math.floor(l.lastAt / MIN) - 60 * 1440);
    const last = l.lastAt;
    expect(pacing.windowCounts(l, '30d', last)).toMatchObject(brute(entries, '30d', last));
    expect(pacing.windowCounts(l, '24h', last)).toMatchObject(brute(entries, '24h', last));
  });

  it('keeps the minutes of the last 60 days: a minute exactly 60 days older than the open one is dropped, one less is kept', () => {
    const l = build([['answer', 0], ['answer', MIN], ['answer', 60 * DAY]]);
    // Opening minute 86400 (60 days after minute 0) drops minute 0 and keeps minute 1.
    expect(l.minutes).toEqual([1]);
    expect(l.baseAnswers).toBe(1);
    expect(pacing.windowCounts(l, '30d', 60 * DAY).answers).toBe(1);
  });
});

describe('abandonment ledger: counts and refusals', () => {
  it('a window with no answers has rate 0, never NaN; an empty ledger counts nothing', () => {
    expect(pacing.windowCounts(pacing.emptyLedger(), '30d', 5 * DAY)).toEqual({ answers: 0, abandons: 0, rate: 0 });
    const l = build([['abandon', MIN], ['abandon', 2 * MIN]]);
    expect(pacing.windowCounts(l, '24h', 3 * MIN)).toEqual({ answers: 0, abandons: 2, rate: 0 });
    expect(pacing.countMinutes(l, 5, 4)).toEqual({ answers: 0, abandons: 0, rate: 0 });
  });

  it('counts the open minute only when it is inside the window', () => {
    const l = build([['answer', MIN], ['abandon', 10 * MIN]]);
    expect(pacing.countMinutes(l, 1, 9)).toEqual({ answers: 1, abandons: 0, rate: 0 });
    expect(pacing.countMinutes(l, 10, 10)).toEqual({ answers: 0, abandons: 1, rate: 0 });
    expect(pacing.countMinutes(l, 11, 20)).toEqual({ answers: 0, abandons: 0, rate: 0 });
    expect(pacing.countMinutes(l, 2, 10)).toEqual({ answers: 0, abandons: 1, rate: 0 });
  });

  it('refusals name the offending field by its path (and the last instant recorded)', () => {
    const l = build([['answer', 5 * MIN]]);
    const back = pacing.recordChecked(l, 'answer', 4 * MIN);
    expect(back.ok ? 'accepted' : back.error).toEqual(expect.objectContaining({ code: 'time-went-backwards', path: '$.at', details: { lastAt: 5 * MIN } }));
    const negative = pacing.recordChecked(l, 'answer', -1);
    expect(negative.ok ? 'accepted' : negative.error).toMatchObject({ code: 'invalid-instant', path: '$.at' });
    const entry = pacing.recordChecked(l, 'hang-up' as outbound.pacing.LedgerEntry, 6 * MIN);
    expect(entry.ok ? 'accepted' : entry.error).toMatchObject({ code: 'invalid-entry', path: '$.entry' });
    expect(pacing.recordChecked(l, 'answer', 5 * MIN).ok).toBe(true);
    const later = pacing.recordChecked(l, 'abandon', 5 * MIN + 1);
    expect(later.ok && later.value.lastAt).toBe(5 * MIN + 1);
  });

  it('headroom: abandons that keep the window within the rule, each one also an answer', () => {
    // 3% of 100 answers with none abandoned: 3 more abandons (3/103 <= 3%, 4/104 > 3%).
    expect(pacing.headroomOf(100, 0, 0.03)).toBe(3);
    expect(pacing.headroomOf(100, 3, 0.03)).toBe(0);
    expect(pacing.headroomOf(0, 0, 0.03)).toBe(0);
    expect(pacing.headroomOf(10, 0, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(pacing.headroomOf(10, 0, 0.5)).toBe(10);
  });
});
