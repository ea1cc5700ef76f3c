// The abandonment-compliance rules (47 CFR 64.1200(a)(7), 16 CFR 310.4(b)(4), Ofcom: at most 3% over the
// rule's window), written from checkCompliance's documented contract: every full window ending inside a
// long period, the period itself when it is shorter than the window, the earliest of equally bad windows.
import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';

const { pacing } = outbound;
const MIN = 60_000;
const W = pacing.windowMinutes['24h'];
const rule = pacing.abandonRules.ofcom;

function ledgerOf(entries: readonly [outbound.pacing.LedgerEntry, number, number?][]): outbound.pacing.AbandonLedger {
  let l = pacing.emptyLedger();
  for (const [kind, at, times = 1] of entries) {
    for (let i = 0; i < times; i++) {
      const r = pacing.recordChecked(l, kind, at);
      if (!r.ok) throw new Error(r.error.message);
      l = r.value;
    }
  }
  return l;
}

function check(l: outbound.pacing.AbandonLedger, from: number, to: number, r: outbound.pacing.AbandonRule = rule): outbound.pacing.ComplianceReport {
  const res = pacing.checkCompliance(l, r, { from, to });
  if (!res.ok) throw new Error(res.error.message);
  return res.value;
}

describe('checkCompliance: the 3% limit', () => {
  it('a campaign at exactly 3% complies; one abandon more does not', () => {
    const at = 100 * MIN;
    const exactly = ledgerOf([['answer', at, 97], ['abandon', at, 3]]);
    const r = check(exactly, 0, at + MIN);
    expect(r.worst).toMatchObject({ answers: 97, abandons: 3 });
    // 3 abandons of 100 live calls when each abandon is also counted as answered: 3/100.
    const exact100 = ledgerOf([['answer', at, 100], ['abandon', at, 3]]);
    expect(check(exact100, 0, at + MIN)).toMatchObject({ complies: true, worst: { rate: 0.03 } });
    const over = ledgerOf([['answer', at, 100], ['abandon', at, 4]]);
    expect(check(over, 0, at + MIN).complies).toBe(false);
    expect(check(exactly, 0, at + MIN).complies).toBe(false); // 3/97 is over 3%
  });

  it('an empty ledger complies, with a zero rate, never NaN', () => {
    const r = check(pacing.emptyLedger(), 0, 3 * W * MIN);
    expect(r.complies).toBe(true);
    expect(r.worst.rate).toBe(0);
    expect(r.worst.answers).toBe(0);
    expect(r.rule).toEqual(rule);
  });

  it('a window with abandons but no answers has rate 0 (the documented rate of no answers), not NaN', () => {
    const l = ledgerOf([['abandon', 5 * MIN]]);
    expect(pacing.windowCounts(l, '24h', 6 * MIN)).toEqual({ answers: 0, abandons: 1, rate: 0 });
    expect(check(l, 0, 6 * MIN).worst.rate).toBe(0);
  });

  it('refuses a period that is not a pair of finite non-negative instants in order, naming the period', () => {
    for (const [from, to] of [[10, 5], [Number.NaN, 5], [0, Number.POSITIVE_INFINITY], [-1, 5]] as const) {
      const r = pacing.checkCompliance(pacing.emptyLedger(), rule, { from, to });
      expect(r.ok ? 'accepted' : r.error).toMatchObject({ code: 'invalid-period', path: '$.period' });
    }
    expect(check(pacing.emptyLedger(), 7, 7).windows).toBe(1);
  });
});

describe('checkCompliance: windows of a long period', () => {
  const A = 3 * W; // a minute well inside the data
  it('evaluates one full window ending at each minute of the period, the last at `to`', () => {
    const from = A * MIN;
    const to = (A + W + 5) * MIN + 30_000;
    const r = check(pacing.emptyLedger(), from, to);
    // Windows end at minutes A+W-1 .. A+W+5: seven of them.
    expect(r.windows).toBe(7);
    expect(check(pacing.emptyLedger(), from, from + W * MIN - 1).windows).toBe(1);
    expect(check(pacing.emptyLedger(), from, from + W * MIN).windows).toBe(2);
  });

  it('a window is exactly the rule`s length: it starts at the period start, never before it', () => {
    // An abandon at minute A; fresh answers one minute before and one window after: only the window
    // [A, A+W-1] holds the abandon without them.
    const l = ledgerOf([['answer', (A - 1) * MIN, 50], ['answer', A * MIN], ['abandon', A * MIN], ['answer', (A + W) * MIN, 50]]);
    const r = check(l, A * MIN, (A + W + 5) * MIN);
    expect(r.worst).toEqual({ endsAt: (A + W - 1) * MIN + 59_999, answers: 1, abandons: 1, rate: 1 });
    expect(r.complies).toBe(false);
  });

  it('data before the period never counts', () => {
    const l = ledgerOf([['answer', (A - 1) * MIN], ['abandon', (A - 1) * MIN], ['answer', A * MIN, 40]]);
    const r = check(l, A * MIN, (A + 2 * W) * MIN);
    expect(r.worst.abandons).toBe(0);
    expect(r.complies).toBe(true);
  });

  it('the last window ends at `to` and holds the data of its last minute', () => {
    const to = (A + 2 * W) * MIN + 45_000;
    const l = ledgerOf([['answer', A * MIN, 100], ['answer', to - 10_000], ['abandon', to - 5_000]]);
    const r = check(l, A * MIN, to);
    expect(r.worst).toEqual({ endsAt: to, answers: 1, abandons: 1, rate: 1 });
  });

  it('of equally bad windows, reports the earliest', () => {
    const l = ledgerOf([['answer', A * MIN], ['abandon', A * MIN], ['answer', (A + 2 * W) * MIN], ['abandon', (A + 2 * W) * MIN]]);
    const r = check(l, A * MIN, (A + 4 * W) * MIN);
    expect(r.worst.rate).toBe(1);
    expect(r.worst.endsAt).toBe((A + W - 1) * MIN + 59_999);
  });

  it('a 30-day rule over a long period uses 30-day windows', () => {
    const D = pacing.windowMinutes['30d'];
    const l = ledgerOf([['answer', 0, 10], ['abandon', 0], ['answer', D * MIN, 10]]);
    const r = check(l, 0, (D + 10) * MIN, pacing.abandonRules.fcc);
    expect(r.windows).toBe(12);
    expect(r.worst).toEqual({ endsAt: (D - 1) * MIN + 59_999, answers: 10, abandons: 1, rate: 0.1 });
  });
});

describe('checkCompliance: the rules and their sources', () => {
  it('FCC and FTC: 3% over 30 days; Ofcom: 3% over 24 hours', () => {
    expect(pacing.abandonRules).toEqual({
      fcc: { abandonRate: 0.03, window: '30d' },
      ftc: { abandonRate: 0.03, window: '30d' },
      ofcom: { abandonRate: 0.03, window: '24h' },
    });
  });
});

describe('checkCompliance: the last window of a long period', () => {
  it('is one rule window long: data one window before `to` is out of it', () => {
    const A = 10 * W;
    const toMinute = A + 3 * W;
    const l = ledgerOf([['answer', (toMinute - W - 1) * MIN, 100], ['answer', toMinute * MIN], ['abandon', toMinute * MIN]]);
    expect(check(l, A * MIN, toMinute * MIN).worst).toEqual({ endsAt: toMinute * MIN, answers: 1, abandons: 1, rate: 1 });
  });
});

describe('checkCompliance: a period shorter than the window', () => {
  it('late in time is still measured only within the period', () => {
    const from = 40 * W * MIN;
    const l = ledgerOf([['answer', from - 5 * MIN], ['abandon', from - 5 * MIN], ['answer', from + MIN, 10]]);
    expect(check(l, from, from + 60 * MIN)).toMatchObject({ complies: true, windows: 1, worst: { answers: 10, abandons: 0 } });
  });

  it('is measured only within the period, as one window ending at `to`', () => {
    const H = 60 * MIN;
    const l = ledgerOf([['answer', 9 * H], ['abandon', 9 * H], ['answer', 11 * H, 100]]);
    const r = check(l, 10 * H, 12 * H + 1);
    expect(r).toMatchObject({ complies: true, windows: 1, worst: { endsAt: 12 * H + 1, answers: 100, abandons: 0, rate: 0 } });
    // From the same minute the abandon is in, it counts.
    expect(check(l, 9 * H + 30_000, 12 * H).worst).toMatchObject({ answers: 101, abandons: 1 });
  });
});
