import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';

const { pacing } = outbound;
const MIN = 60_000;
const DAY = 1440 * MIN;
const T0 = Date.UTC(2026, 10, 24, 9);

// Issue 14: rules and periods checkCompliance cannot judge are refused, never judged as complied with.
function tenAndFive(): outbound.pacing.AbandonLedger {
  let l = pacing.emptyLedger();
  for (let i = 0; i < 10; i++) l = pacing.recordUnchecked(l, 'answer', T0 + i * MIN);
  for (let i = 0; i < 5; i++) l = pacing.recordUnchecked(l, 'abandon', T0 + (10 + i) * MIN);
  return l;
}
const code = (r: { ok: boolean; error?: { code: string } }): string => (r.ok ? 'ok' : (r.error?.code ?? ''));

describe('checkCompliance refuses what it cannot judge', () => {
  const period = { from: T0, to: T0 + DAY };
  it('a window it does not measure', () => {
    const r = pacing.checkCompliance(tenAndFive(), { abandonRate: 0.03, window: '7d' } as unknown as outbound.pacing.AbandonRule, period);
    expect(code(r)).toBe('invalid-rule');
    expect(!r.ok && r.error.path).toBe('$.rule.window');
  });
  it('a rate given in percent, zero, negative, NaN or not a number', () => {
    for (const abandonRate of [3, 0, -0.03, 1, Number.NaN, '0.03', null]) {
      const r = pacing.checkCompliance(tenAndFive(), { abandonRate, window: '24h' } as unknown as outbound.pacing.AbandonRule, period);
      expect(code(r)).toBe('invalid-rule');
    }
    expect(code(pacing.checkCompliance(tenAndFive(), null as unknown as outbound.pacing.AbandonRule, period))).toBe('invalid-rule');
  });
  it('an inherited window name is not a window', () => {
    const r = pacing.checkCompliance(tenAndFive(), { abandonRate: 0.03, window: 'toString' } as unknown as outbound.pacing.AbandonRule, period);
    expect(code(r)).toBe('invalid-rule');
  });
  it('a period of years, or longer than the ledger keeps', () => {
    expect(code(pacing.checkCompliance(tenAndFive(), pacing.abandonRules.fcc, { from: 0, to: T0 }))).toBe('invalid-period');
    expect(code(pacing.checkCompliance(tenAndFive(), pacing.abandonRules.fcc, { from: T0, to: T0 + (pacing.maxPeriodDays + 1) * DAY }))).toBe('invalid-period');
    expect(code(pacing.checkCompliance(tenAndFive(), pacing.abandonRules.fcc, { from: T0, to: T0 + pacing.maxPeriodDays * DAY }))).toBe('ok');
    expect(code(pacing.checkCompliance(tenAndFive(), pacing.abandonRules.fcc, null as unknown as outbound.pacing.Period))).toBe('invalid-period');
  });
  it('a period reaching minutes the ledger dropped', () => {
    let l = tenAndFive();
    l = pacing.recordUnchecked(l, 'answer', T0 + 61 * DAY); // the first minutes fall out of the 60 days kept
    expect(l.baseAnswers).toBe(10);
    expect(code(pacing.checkCompliance(l, pacing.abandonRules.ofcom, { from: T0, to: T0 + DAY }))).toBe('period-beyond-retention');
    expect(code(pacing.checkCompliance(l, pacing.abandonRules.ofcom, { from: T0 + 60 * DAY, to: T0 + 61 * DAY }))).toBe('ok');
  });
  it('the same ledger over a known rule does not comply', () => {
    const r = pacing.checkCompliance(tenAndFive(), pacing.abandonRules.ofcom, { from: T0, to: T0 + 12 * 60 * MIN });
    expect(r.ok && r.value.complies).toBe(false);
    expect(r.ok && r.value.worst).toMatchObject({ answers: 10, abandons: 5 });
  });
  it('every code it gives is listed', () => {
    expect([...pacing.complianceCodes].sort()).toEqual(['invalid-ledger', 'invalid-period', 'invalid-rule', 'period-beyond-retention']);
  });
});
