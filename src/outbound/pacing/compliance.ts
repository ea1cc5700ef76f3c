import { DAY, MINUTE } from '../../time/index.js';
import { d, fail, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import { countIn, isWindow, ledgerOf, RETAIN_MINUTES, windowMinutes, type AbandonLedger, type AbandonRule } from './ledger.js';

/**
 * The longest period {@link checkCompliance} judges, in days: the ledger keeps 60 days of minutes.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.pacing.maxPeriodDays; // 60
 * ```
 */
export const maxPeriodDays = (RETAIN_MINUTES * MINUTE) / DAY;

/**
 * Refusal codes of {@link checkCompliance}: `invalid-ledger` (not a ledger made by `emptyLedger` and the
 * record functions, or saved and read back), `invalid-rule` (a rate that is not above 0 and below 1, a
 * window the ledger does not measure), `invalid-period` (bounds that are not instants, an end before the
 * start, more than {@link maxPeriodDays} days), `period-beyond-retention` (a window reaching back to
 * minutes the ledger has already dropped, so its counts would be short).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.pacing.complianceCodes.includes('invalid-rule'); // true
 * ```
 */
export const complianceCodes = Object.freeze(['invalid-ledger', 'invalid-rule', 'invalid-period', 'period-beyond-retention'] as const);

/**
 * One of the {@link complianceCodes}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.pacing.ComplianceCode = 'invalid-period';
 * ```
 */
export type ComplianceCode = (typeof complianceCodes)[number];

function parseRule(value: unknown): Result<AbandonRule, ComplianceCode> {
  if (!isRecord(value)) return fail('invalid-rule', 'A rule must be an object { abandonRate, window }.', undefined, '$.rule');
  const rate = ownField(value, 'abandonRate');
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0 || rate >= 1) {
    return fail('invalid-rule', '`rule.abandonRate` must be a number above 0 and below 1 (0.03 is 3%).', undefined, '$.rule.abandonRate');
  }
  const window = ownField(value, 'window');
  if (!isWindow(window)) {
    return fail('invalid-rule', `\`rule.window\` must be one of ${Object.keys(windowMinutes).join(', ')}.`, undefined, '$.rule.window');
  }
  return ok(Object.freeze({ abandonRate: rate, window }));
}

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
 * import { time } from 'dialdesk';
 * const p: outbound.pacing.Period = { from: 0, to: 8 * time.HOUR };
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
 * 24-hour or 30-day rule) is one window: the period itself. Refuses, with a code from
 * {@link complianceCodes}, a value that is not a ledger (`invalid-ledger`, with the path of what is
 * wrong), a rule it cannot judge (`invalid-rule`: a rate outside (0, 1) such as `3`
 * for 3%, a window such as `'7d'` the ledger does not measure), a period whose bounds are not instants,
 * that ends before it starts or spans more than {@link maxPeriodDays} days (`invalid-period`), and a
 * period reaching minutes the ledger has dropped (`period-beyond-retention`).
 *
 * @example
 * ```ts
 * import { outbound, time } from 'dialdesk';
 * let l = outbound.pacing.emptyLedger();
 * for (let i = 0; i < 50; i++) l = outbound.pacing.recordUnchecked(l, 'answer', i * time.MINUTE);
 * l = outbound.pacing.recordUnchecked(l, 'abandon', 50 * time.MINUTE);
 * const r = outbound.pacing.checkCompliance(l, outbound.pacing.abandonRules.ofcom, { from: 0, to: time.HOUR });
 * if (r.ok) r.value.worst.rate; // 0.02 (1 abandon, 50 live answers)
 * ```
 */
export function checkCompliance(given: AbandonLedger, rule: AbandonRule, period: Period): Result<ComplianceReport, ComplianceCode> {
  const ledger = ledgerOf(given);
  if (ledger instanceof d.Problem) return fail('invalid-ledger', `Not an abandonment ledger: ${ledger.message}`, undefined, ledger.path.replace(/^\$/, '$.ledger'));
  const parsed = parseRule(rule);
  if (!parsed.ok) return parsed;
  const judged = parsed.value;
  const from: unknown = isRecord(period) ? ownField(period, 'from') : undefined;
  const to: unknown = isRecord(period) ? ownField(period, 'to') : undefined;
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isFinite(from) || !Number.isFinite(to) || from < 0 || to < from) {
    return fail('invalid-period', 'A period needs finite, non-negative `from` <= `to` instants.', undefined, '$.period');
  }
  if (to - from > maxPeriodDays * DAY) {
    return fail('invalid-period', `A period may span at most ${maxPeriodDays} days (what the ledger keeps).`, undefined, '$.period');
  }
  const w = windowMinutes[judged.window];
  const fromMinute = Math.floor(from / MINUTE);
  const toMinute = Math.floor(to / MINUTE);
  // Minutes at or before this one may have been dropped from the ledger (when anything was dropped).
  const dropped = ledger.baseAnswers + ledger.baseAbandons > 0 ? ledger.openMinute - RETAIN_MINUTES : Number.NEGATIVE_INFINITY;
  // Every evaluated window starts at or after `fromMinute` (the first one exactly there).
  if (fromMinute <= dropped) {
    return fail('period-beyond-retention', 'The period reaches back to minutes the ledger has already dropped (it keeps 60 days).', undefined, '$.period.from');
  }
  let worst: EvaluatedWindow | undefined;
  let windows = 0;
  // Returns the worst window so far (ties keep the earliest); the last window, ending at `to`, is always
  // evaluated, so its result is the worst of the period.
  const consider = (endMinute: number, lowMinute: number, endsAt: number): EvaluatedWindow => {
    const c = countIn(ledger, lowMinute, endMinute);
    windows++;
    if (worst === undefined || c.rate > worst.rate) worst = { endsAt, ...c };
    return worst;
  };
  let found: EvaluatedWindow;
  if (toMinute - fromMinute + 1 <= w) {
    found = consider(toMinute, fromMinute, to);
  } else {
    for (let end = fromMinute + w - 1; end < toMinute; end++) consider(end, end - w + 1, end * MINUTE + (MINUTE - 1));
    found = consider(toMinute, toMinute - w + 1, to);
  }
  return ok(Object.freeze({ complies: found.rate <= judged.abandonRate + 1e-12, rule: judged, worst: Object.freeze(found), windows }));
}
