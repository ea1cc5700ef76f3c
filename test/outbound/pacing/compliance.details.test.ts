// checkCompliance's refusals name the JSON path of what they refused (issue 22: the details of several were
// never asserted): the rule, its rate, the period (each bound checked on its own), a period too long, and
// a period reaching back to minutes the ledger dropped.
import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';

const { pacing } = outbound;
const MIN = 60_000;
const DAY = 1440 * MIN;
const T0 = Date.UTC(2026, 10, 24, 9);
const ledger = pacing.recordUnchecked(pacing.emptyLedger(), 'answer', T0);
const refusal = (rule: unknown, period: unknown, l = ledger): unknown => {
  const r = pacing.checkCompliance(l, rule as outbound.pacing.AbandonRule, period as outbound.pacing.Period);
  return r.ok ? 'judged' : { code: r.error.code, path: r.error.path };
};
const period = { from: T0, to: T0 + DAY };

describe('checkCompliance: refusal details', () => {
  it('the rule and its rate', () => {
    expect(refusal(null, period)).toEqual({ code: 'invalid-rule', path: '$.rule' });
    expect(refusal({ abandonRate: 3, window: '24h' }, period)).toEqual({ code: 'invalid-rule', path: '$.rule.abandonRate' });
    expect(refusal({ abandonRate: 0.03, window: 24 }, period)).toEqual({ code: 'invalid-rule', path: '$.rule.window' });
  });

  it('each bound of the period on its own, and its length', () => {
    const bad = { code: 'invalid-period', path: '$.period' };
    expect(refusal(pacing.abandonRules.fcc, { from: 'x', to: T0 })).toEqual(bad);
    expect(refusal(pacing.abandonRules.fcc, { from: T0, to: 'x' })).toEqual(bad);
    expect(refusal(pacing.abandonRules.fcc, { from: T0, to: Number.POSITIVE_INFINITY })).toEqual(bad);
    expect(refusal(pacing.abandonRules.fcc, { from: T0 + 1, to: T0 })).toEqual(bad);
    expect(refusal(pacing.abandonRules.fcc, { from: T0, to: T0 + (pacing.maxPeriodDays + 1) * DAY })).toEqual(bad);
  });

  it('a period reaching back to dropped minutes names its start; one after them is judged', () => {
    const old = pacing.recordUnchecked(ledger, 'answer', T0 + 61 * DAY);
    // The minute of T0 was dropped when T0 + 61 days opened: minutes up to T0 + 1 day may be gone.
    expect(refusal(pacing.abandonRules.fcc, { from: T0 + DAY, to: T0 + 2 * DAY }, old)).toEqual({ code: 'period-beyond-retention', path: '$.period.from' });
    expect(refusal(pacing.abandonRules.fcc, { from: T0 + DAY + MIN, to: T0 + 2 * DAY }, old)).toBe('judged');
  });
});
