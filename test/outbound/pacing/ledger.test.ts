import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';
import { buildLedger } from './ledger-fixture.js';

const { pacing } = outbound;
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.UTC(2026, 10, 24, 9, 0);

const build = buildLedger;

describe('abandonment ledger windows', () => {
  it('counts an event in the 24h window until exactly 24 hours after its minute, not at it', () => {
    const l = build([
      ['answer', T0],
      ['abandon', T0 + 30_000],
      ['answer', T0 + MIN],
    ]);
    expect(pacing.windowCounts(l, '24h', T0 + DAY - 1)).toEqual({ answers: 2, abandons: 1, rate: 0.5 });
    expect(pacing.windowCounts(l, '24h', T0 + DAY)).toEqual({ answers: 1, abandons: 0, rate: 0 });
    expect(pacing.windowCounts(l, '24h', T0 + DAY + MIN - 1).answers).toBe(1);
    expect(pacing.windowCounts(l, '24h', T0 + DAY + MIN).answers).toBe(0);
  });

  it('counts an event in the 30d window until exactly 30 days after its minute', () => {
    const l = build([
      ['answer', T0],
      ['abandon', T0],
      ['answer', T0 + 10 * DAY],
    ]);
    expect(pacing.windowCounts(l, '30d', T0 + 30 * DAY - 1)).toEqual({ answers: 2, abandons: 1, rate: 0.5 });
    expect(pacing.windowCounts(l, '30d', T0 + 30 * DAY)).toEqual({ answers: 1, abandons: 0, rate: 0 });
    expect(pacing.windowCounts(l, '24h', T0 + 30 * DAY).answers).toBe(0);
  });

  it('matches a brute-force count over many random entries, at every edge', () => {
    const entries: [outbound.pacing.LedgerEntry, number][] = [];
    let t = T0;
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 400; i++) {
      t += Math.floor(rand() * 6 * 3_600_000);
      entries.push([rand() < 0.1 ? 'abandon' : 'answer', t]);
    }
    const l = build(entries);
    for (const window of ['24h', '30d'] as const) {
      const w = pacing.windowMinutes[window];
      for (const [, at] of entries.slice(-60)) {
        for (const probe of [at, at + w * MIN - 1, at + w * MIN, Math.floor(at / MIN) * MIN + w * MIN - 1]) {
          const m = Math.floor(probe / MIN);
          const inWin = entries.filter(([, e]) => e <= Math.max(probe, l.lastAt) && Math.floor(e / MIN) > m - w && Math.floor(e / MIN) <= m);
          const c = pacing.windowCounts(l, window, probe);
          expect(c.answers).toBe(inWin.filter(([k]) => k === 'answer').length);
          expect(c.abandons).toBe(inWin.filter(([k]) => k === 'abandon').length);
        }
      }
    }
  });

  it('drops minutes older than 60 days but keeps the counts of recent windows', () => {
    const l = build([
      ['answer', T0],
      ['answer', T0 + 61 * DAY],
      ['abandon', T0 + 62 * DAY],
    ]);
    expect(l.minutes.length).toBeLessThanOrEqual(1);
    expect(pacing.windowCounts(l, '30d', T0 + 62 * DAY)).toEqual({ answers: 1, abandons: 1, rate: 1 });
  });

  it('refuses entries going back in time or invalid instants', () => {
    const l = build([['answer', T0]]);
    const back = pacing.recordChecked(l, 'answer', T0 - 1);
    expect(back.ok ? '' : back.error.code).toBe('time-went-backwards');
    const nan = pacing.recordChecked(l, 'answer', Number.NaN);
    expect(nan.ok ? '' : nan.error.code).toBe('invalid-instant');
  });
});

describe('headroom', () => {
  it('is how many more abandons keep the rate within the rule', () => {
    expect(pacing.headroomOf(100, 0, 0.03)).toBe(3);
    expect(pacing.headroomOf(100, 3, 0.03)).toBe(0);
    expect(pacing.headroomOf(0, 0, 0.03)).toBe(0);
    expect(pacing.headroomOf(1000, 20, 0.03)).toBe(10);
    // (20 + 10) / (1000 + 10) is within 3%; one more is not.
    expect(30 / 1010).toBeLessThanOrEqual(0.03);
    expect(31 / 1011).toBeGreaterThan(0.03);
  });

  it('is never negative, even far over the rate', () => {
    expect(pacing.headroomOf(10, 9, 0.03)).toBe(0);
    const l = build([
      ['answer', T0],
      ['abandon', T0],
    ]);
    expect(pacing.headroom(l, pacing.abandonRules.fcc, T0)).toBe(0);
  });
});

describe('compliance checker', () => {
  it('a period shorter than the window is one window: the period', () => {
    const entries: [outbound.pacing.LedgerEntry, number][] = [];
    for (let i = 0; i < 100; i++) entries.push(['answer', T0 + i * MIN]);
    entries.push(['abandon', T0 + 100 * MIN], ['abandon', T0 + 101 * MIN]);
    const l = build(entries);
    const r = pacing.checkCompliance(l, pacing.abandonRules.ofcom, { from: T0, to: T0 + 8 * 3_600_000 });
    expect(r.ok && r.value).toMatchObject({ complies: true, windows: 1, worst: { answers: 100, abandons: 2, rate: 0.02 } });
  });

  it('finds the worst full window of a longer period', () => {
    const entries: [outbound.pacing.LedgerEntry, number][] = [];
    for (let d = 0; d < 3; d++) for (let i = 0; i < 50; i++) entries.push(['answer', T0 + d * DAY + i * MIN]);
    // Day 1 has 4 abandons (8%), the others none.
    for (let i = 0; i < 4; i++) entries.push(['abandon', T0 + DAY + 60 * MIN + i * MIN]);
    const l = build(entries.sort((a, b) => a[1] - b[1]));
    const r = pacing.checkCompliance(l, pacing.abandonRules.ofcom, { from: T0, to: T0 + 3 * DAY - 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.complies).toBe(false);
    expect(r.value.worst.abandons).toBe(4);
    expect(r.value.worst.rate).toBeCloseTo(4 / 50, 10);
    const fcc = pacing.checkCompliance(l, pacing.abandonRules.fcc, { from: T0, to: T0 + 3 * DAY - 1 });
    expect(fcc.ok && fcc.value.worst.rate).toBeCloseTo(4 / 150, 10);
    expect(fcc.ok && fcc.value.complies).toBe(true);
  });

  it('refuses a period that ends before it starts', () => {
    const r = pacing.checkCompliance(pacing.emptyLedger(), pacing.abandonRules.fcc, { from: 10, to: 5 });
    expect(r.ok ? '' : r.error.code).toBe('invalid-period');
  });
});
