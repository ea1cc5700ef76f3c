// checkCompliance and the ledger's retention (issue 22): a period is refused as `period-beyond-retention`
// only when the ledger has dropped recorded answers or abandons in minutes the period reaches. A ledger
// that never dropped anything answers for any period (its counts there are exact zeros), however long
// before its first entry; a ledger that dropped some refuses, whatever the mix of answers and abandons.
import { describe, expect, it } from 'vitest';
import { outbound } from '../../../src/index.js';

const { pacing } = outbound;
const MIN = 60_000;
const DAY = 1440 * MIN;
const T0 = Date.UTC(2026, 10, 24, 9);

const code = (r: { ok: boolean; error?: { code: string } }): string => (r.ok ? 'ok' : (r.error?.code ?? ''));

describe('checkCompliance: what the ledger dropped', () => {
  it('a ledger that dropped nothing answers for a period long before its first entry', () => {
    let l = pacing.emptyLedger();
    l = pacing.recordUnchecked(l, 'answer', T0 + 100 * DAY);
    l = pacing.recordUnchecked(l, 'answer', T0 + 100 * DAY + MIN); // closes the first minute: still kept
    expect([l.baseAnswers, l.baseAbandons]).toEqual([0, 0]);
    const r = pacing.checkCompliance(l, pacing.abandonRules.ofcom, { from: T0, to: T0 + DAY });
    expect(r.ok && r.value).toMatchObject({ complies: true, worst: { answers: 0, abandons: 0, rate: 0 } });
  });

  it('a ledger that dropped as many answers as abandons still refuses the minutes it dropped', () => {
    let l = pacing.emptyLedger();
    l = pacing.recordUnchecked(l, 'answer', T0);
    l = pacing.recordUnchecked(l, 'abandon', T0);
    l = pacing.recordUnchecked(l, 'answer', T0 + 61 * DAY); // minute T0 falls out of the 60 days kept
    expect([l.baseAnswers, l.baseAbandons]).toEqual([1, 1]);
    expect(code(pacing.checkCompliance(l, pacing.abandonRules.ofcom, { from: T0, to: T0 + DAY }))).toBe('period-beyond-retention');
    // The minutes still kept are answered for.
    expect(code(pacing.checkCompliance(l, pacing.abandonRules.ofcom, { from: T0 + 60 * DAY, to: T0 + 61 * DAY }))).toBe('ok');
  });

  it('a ledger that dropped only abandons refuses too', () => {
    let l = pacing.emptyLedger();
    l = pacing.recordUnchecked(l, 'abandon', T0);
    l = pacing.recordUnchecked(l, 'answer', T0 + 61 * DAY);
    expect([l.baseAnswers, l.baseAbandons]).toEqual([0, 1]);
    expect(code(pacing.checkCompliance(l, pacing.abandonRules.ofcom, { from: T0, to: T0 + DAY }))).toBe('period-beyond-retention');
  });
});
