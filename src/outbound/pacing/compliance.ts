import { fail, ok, type Result } from '../../core/index.js';
import { countMinutes, windowMinutes, type AbandonLedger, type AbandonRule } from './ledger.js';

/**
 * The abandonment rules dialdesk knows, with their sources.
 *
 * - `fcc`: 47 CFR 64.1200(a)(7): at most 3% of calls answered by a live person, measured over a
 *   30-day period for a single calling campaign; a call not connected to a live sales representative
 *   within two seconds of the called person's completed greeting is abandoned.
 * - `ftc`: the Telemarketing Sales Rule, 16 CFR 310.4(b)(4): the same 3% over 30 days per campaign
 *   (the safe harbor for abandoned calls).
 * - `ofcom`: Ofcom's statement of policy on the persistent misuse of an electronic communications
 *   network or service: at most 3% of live calls per campaign over 24 hours.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.pacing.abandonRules.ofcom; // { abandonRate: 0.03, window: '24h' }
 * ```
 */
export const abandonRules: Readonly<Record<'fcc' | 'ftc' | 'ofcom', AbandonRule>> = Object.freeze({
  fcc: Object.freeze({ abandonRate: 0.03, window: '30d' }),
  ftc: Object.freeze({ abandonRate: 0.03, window: '30d' }),
  ofcom: Object.freeze({ abandonRate: 0.03, window: '24h' }),
});

/**
 * One evaluated window: the instant it ends at and its counts.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const w: outbound.pacing.EvaluatedWindow = { endsAt: 60_000, answers: 40, abandons: 1, rate: 0.025 };
 * ```
 */
export interface EvaluatedWindow {
  /** The instant the window ends at (inclusive), epoch milliseconds UTC. */
  readonly endsAt: number;
  /** Live answers in the window. */
  readonly answers: number;
  /** Abandons in the window. */
  readonly abandons: number;
  /** `abandons / answers`, 0 with no answers. */
  readonly rate: number;
}

/**
 * The answer of {@link checkCompliance}: whether every window complied, and the worst one.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.pacing.checkCompliance(outbound.pacing.emptyLedger(), outbound.pacing.abandonRules.fcc, { from: 0, to: 1 });
 * if (r.ok) r.value.complies; // true
 * ```
 */
export interface ComplianceReport {
  /** True when no evaluated window's rate exceeds the rule's rate. */
  readonly complies: boolean;
  /** The rule checked. */
  readonly rule: AbandonRule;
  /** The window with the highest rate (the earliest of equals). */
  readonly worst: EvaluatedWindow;
  /** How many windows were evaluated. */
  readonly windows: number;
}

/**
 * A period to check, epoch milliseconds UTC, `from` inclusive and `to` inclusive.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const p: outbound.pacing.Period = { from: 0, to: 8 * 3_600_000 };
 * ```
 */
export interface Period {
  /** Start of the period. */
  readonly from: number;
  /** End of the period. */
  readonly to: number;
}

/**
 * Whether the ledger complied with `rule` over `period`, with the worst window.
 *
 * When the period is at least as long as the rule's window, every full window that ends inside the
 * period is evaluated (one ending at each minute, the last at `to`), so each verdict rests on a whole
 * window of data as the rules measure it. A period shorter than the window (a single shift against a
 * 24-hour or 30-day rule) is one window: the period itself. Refuses (`invalid-period`) a period
 * whose bounds are not instants or that ends before it starts.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * let l = outbound.pacing.emptyLedger();
 * for (let i = 0; i < 50; i++) l = outbound.pacing.recordLive(l, 'answer', i * 60_000);
 * l = outbound.pacing.recordLive(l, 'abandon', 50 * 60_000);
 * const r = outbound.pacing.checkCompliance(l, outbound.pacing.abandonRules.ofcom, { from: 0, to: 3_600_000 });
 * if (r.ok) r.value.worst.rate; // 0.02 (1 abandon, 50 live answers)
 * ```
 */
export function checkCompliance(ledger: AbandonLedger, rule: AbandonRule, period: Period): Result<ComplianceReport> {
  const { from, to } = period;
  if (!Number.isFinite(from) || !Number.isFinite(to) || from < 0 || to < from) {
    return fail('invalid-period', 'A period needs finite, non-negative `from` <= `to` instants.', { from, to });
  }
  const w = windowMinutes[rule.window];
  const fromMinute = Math.floor(from / 60_000);
  const toMinute = Math.floor(to / 60_000);
  let worst: EvaluatedWindow | undefined;
  let windows = 0;
  const consider = (endMinute: number, lowMinute: number, endsAt: number): void => {
    const c = countMinutes(ledger, lowMinute, endMinute);
    windows++;
    if (worst === undefined || c.rate > worst.rate) worst = { endsAt, ...c };
  };
  if (toMinute - fromMinute + 1 <= w) {
    consider(toMinute, fromMinute, to);
  } else {
    for (let end = fromMinute + w - 1; end < toMinute; end++) consider(end, end - w + 1, end * 60_000 + 59_999);
    consider(toMinute, toMinute - w + 1, to);
  }
  // consider() ran at least once above, so there is a worst window.
  const found = worst as EvaluatedWindow;
  return ok(Object.freeze({ complies: found.rate <= rule.abandonRate + 1e-12, rule, worst: Object.freeze(found), windows }));
}
