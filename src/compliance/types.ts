import type { CallingHoursRule } from '../time/index.js';

/**
 * What became of one attempt to reach the contact, as the contact policy reads it:
 * - `no-answer`: it rang out; `busy`: a busy signal; `not-connected`: it never reached the dialled
 *   number (a network or SIT tone, an invalid number);
 * - `answering-machine`: a machine answered (or AMD said so);
 * - `conversation`: a person was reached and spoken to; `refused`: a person was reached and refused
 *   the call's purpose (a refusal is also a conversation);
 * - `abandoned`: a person answered and no agent came within the rule's seconds.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.contactPolicy.outcomes.includes('refused'); // true
 * ```
 */
export const outcomes = Object.freeze(['no-answer', 'busy', 'not-connected', 'answering-machine', 'conversation', 'refused', 'abandoned'] as const);

/**
 * One of the {@link outcomes}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const o: outbound.contactPolicy.Outcome = 'conversation';
 * ```
 */
export type Outcome = (typeof outcomes)[number];

/**
 * One past attempt to reach the contact: when it was dialled and what became of it.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const a: outbound.contactPolicy.Attempt = { at: Date.UTC(2026, 10, 24, 15), outcome: 'no-answer' };
 * ```
 */
export interface Attempt {
  /** When the call was placed, epoch milliseconds UTC. */
  readonly at: number;
  /** What became of it. */
  readonly outcome: Outcome;
}

/**
 * Where a rule comes from: the citation (regulation section, statute, decree article, statement
 * paragraph), a public address to read it, whether the figures were confirmed against that text when
 * the row was written, and a note on how dialdesk reads it.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const s: outbound.contactPolicy.Source = { citation: 'Fla. Stat. 501.616(6)(b)', url: 'https://www.flsenate.gov/Laws/Statutes/2024/501.616', confirmed: true, note: '' };
 * ```
 */
export interface Source {
  /** The citation. */
  readonly citation: string;
  /** A public address of the text. */
  readonly url: string;
  /** True when the row's figures were checked against the cited text (or an official summary of it). */
  readonly confirmed: boolean;
  /** How dialdesk reads the rule, and what could not be confirmed. */
  readonly note: string;
}

/**
 * A length of time a rule counts over: `hours` (a rolling span of exact hours) or `days` (local
 * calendar days in the contact's zone).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const span: outbound.contactPolicy.Span = { days: 30 };
 * ```
 */
export type Span =
  | {
      /** Exact hours, rolling. */
      readonly hours: number;
    }
  | {
      /** Local calendar days in the contact's zone. */
      readonly days: number;
    };

/**
 * Calls allowed only within these hours, read in the contact's zone.
 *
 * @example
 * ```ts
 * import { outbound, time } from 'dialdesk';
 * const r: outbound.contactPolicy.CallingHoursRow = {
 *   id: 'x.hours', kind: 'calling-hours', hours: time.callingHoursPresets.us,
 *   source: { citation: '47 CFR 64.1200(c)(1)', url: 'https://www.ecfr.gov/current/title-47/section-64.1200', confirmed: true, note: '' },
 * };
 * ```
 */
export interface CallingHoursRow {
  /** Row id, `<preset>.<name>`. */
  readonly id: string;
  /** Discriminant. */
  readonly kind: 'calling-hours';
  /** The hours (a `dialdesk/time` calling-hours rule). */
  readonly hours: CallingHoursRule;
  /** Where the rule comes from. */
  readonly source: Source;
}

/**
 * At most `max` attempts whose outcome is in `counts` within any `window`: the next call is refused
 * while `max` of them lie in the window that ends with it (`hours`: the last `hours` × 3600 s;
 * `days`: the call's local date and the `days − 1` dates before it).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const source: outbound.contactPolicy.Source;
 * const r: outbound.contactPolicy.MaxAttemptsRow = { id: 'x.frequency', kind: 'max-attempts', max: 3, window: { hours: 24 }, counts: ['no-answer'], source };
 * ```
 */
export interface MaxAttemptsRow {
  /** Row id. */
  readonly id: string;
  /** Discriminant. */
  readonly kind: 'max-attempts';
  /** The most attempts allowed in the window. */
  readonly max: number;
  /** The window. */
  readonly window: Span;
  /** Which outcomes count as attempts for this rule. */
  readonly counts: readonly Outcome[];
  /** Where the rule comes from. */
  readonly source: Source;
}

/**
 * No call for a while after an attempt whose outcome is in `after`: `hours` after its instant, or
 * `days` local calendar days counted from its date (`countFrom: 'same-day'`: the date of the event is
 * day 1; `'next-day'`: the day after is day 1, the event's day not being a whole day), so calls are
 * allowed again from the local midnight that ends the last day. `unless: 'live-agent-guaranteed'` lifts
 * the rule when the check's options say a live agent is guaranteed for the call.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const source: outbound.contactPolicy.Source;
 * const r: outbound.contactPolicy.QuietAfterRow = { id: 'x.after-refusal', kind: 'quiet-after', after: ['refused'], wait: { days: 60 }, countFrom: 'next-day', unless: null, source };
 * ```
 */
export interface QuietAfterRow {
  /** Row id. */
  readonly id: string;
  /** Discriminant. */
  readonly kind: 'quiet-after';
  /** The outcomes that start the quiet period. */
  readonly after: readonly Outcome[];
  /** How long. */
  readonly wait: Span;
  /** For `days`: whether the event's own date is day 1 (`same-day`) or the next date is (`next-day`). */
  readonly countFrom: 'same-day' | 'next-day';
  /** A condition that lifts the rule, or `null`. */
  readonly unless: 'live-agent-guaranteed' | null;
  /** Where the rule comes from. */
  readonly source: Source;
}

/**
 * A campaign's abandonment limit, for the pacer and the abandonment ledger (not judged per contact):
 * at most `rate` of the `base` over the rolling `window`, per campaign; a live answer not connected
 * to an agent within `abandonAfterSeconds` is abandoned; `amdFalsePositives: 'abandoned'` counts the
 * live people AMD hangs up on as abandoned calls (and as live answers); `message` says whether a
 * recorded information message is required on each abandoned call (its content is the host's duty).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.contactPolicy.presets.uk.rules.find((r) => r.kind === 'abandonment');
 * ```
 */
export interface AbandonmentRow {
  /** Row id. */
  readonly id: string;
  /** Discriminant. */
  readonly kind: 'abandonment';
  /** The highest allowed share of the base, for example 0.03. */
  readonly rate: number;
  /** The rolling window it is measured over (`outbound.pacing.AbandonWindow`): 30 days or 24 hours. */
  readonly window: '30d' | '24h';
  /** What the rate divides by: calls answered by a live person. */
  readonly base: 'live-answers';
  /** How AMD false positives count: as abandoned live answers, or not at all (the rule is silent). */
  readonly amdFalsePositives: 'abandoned' | 'not-counted';
  /** Seconds within which a live answer must reach an agent. */
  readonly abandonAfterSeconds: number;
  /** Whether a recorded message must play on an abandoned call. */
  readonly message: 'required' | 'not-required';
  /** Where the rule comes from. */
  readonly source: Source;
}

/**
 * How long an unanswered call must ring before the dialer gives up: `seconds`, or `rings` rings when
 * the rule allows either (`null` when it does not).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const source: outbound.contactPolicy.Source;
 * const r: outbound.contactPolicy.RingMinimumRow = { id: 'x.ring', kind: 'ring-minimum', seconds: 15, rings: 4, source };
 * ```
 */
export interface RingMinimumRow {
  /** Row id. */
  readonly id: string;
  /** Discriminant. */
  readonly kind: 'ring-minimum';
  /** Minimum ring time, seconds. */
  readonly seconds: number;
  /** Or this many rings, when the rule allows it; else `null`. */
  readonly rings: number | null;
  /** Where the rule comes from. */
  readonly source: Source;
}

/**
 * One row of a preset.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const kinds = outbound.contactPolicy.presets['us-fl'].rules.map((r: outbound.contactPolicy.PolicyRule) => r.kind);
 * ```
 */
export type PolicyRule = CallingHoursRow | MaxAttemptsRow | QuietAfterRow | AbandonmentRow | RingMinimumRow;

/**
 * A jurisdiction's rules: its own rows and the presets it adds to (`includes`: a US state adds to
 * federal). Presets compose by union: every row of every included preset applies.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.contactPolicy.presets['us-fl'].includes; // ['us']
 * ```
 */
export interface Preset {
  /** Preset id. */
  readonly id: string;
  /** A label for people. */
  readonly name: string;
  /** Ids of the presets whose rows also apply. */
  readonly includes: readonly string[];
  /** The preset's own rows. */
  readonly rules: readonly PolicyRule[];
}

/**
 * The ids of the built-in presets.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const id: outbound.contactPolicy.PresetId = 'us-debt';
 * ```
 */
export type PresetId = 'us' | 'us-debt' | 'us-fl' | 'ca' | 'fr' | 'uk';

/**
 * Options of {@link check}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const o: outbound.contactPolicy.CheckOptions = { presets: ['us-fl'], zone: 'America/New_York', at: Date.UTC(2026, 10, 24, 15) };
 * ```
 */
export interface CheckOptions {
  /** Preset ids (or preset objects); their rows and those of the presets they include all apply. */
  readonly presets: readonly (PresetId | Preset)[];
  /** The contact's IANA zone (calling hours and calendar days are read there). */
  readonly zone: string;
  /** The instant of the intended call, epoch milliseconds UTC; no attempt in the history may be later. */
  readonly at: number;
  /** Public holidays at the contact's location (they close the day for rules that say so, such as France). */
  readonly holidays?: readonly string[];
  /** True when a live agent is guaranteed for this call (lifts Ofcom's 72-hour rule). Default false. */
  readonly liveAgentGuaranteed?: boolean;
}

/**
 * A rule that forbids the call at the checked instant, with its source and the first instant from
 * which that rule alone would allow it (`null`: not within a year).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const b: outbound.contactPolicy.Blocking = { rule: 'us-fl.frequency', source: 'Fla. Stat. 501.616(6)(b)', until: Date.UTC(2026, 10, 25, 15) };
 * ```
 */
export interface Blocking {
  /** The row id. */
  readonly rule: string;
  /** The row's citation. */
  readonly source: string;
  /** When that rule stops blocking, or `null`. */
  readonly until: number | null;
}

/**
 * The answer of {@link check}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const v: outbound.contactPolicy.Verdict = { allowed: true, earliest: 0, blocking: [] };
 * ```
 */
export interface Verdict {
  /** Whether a call at `at` is allowed by every rule. */
  readonly allowed: boolean;
  /** The first instant at or after `at` allowed by every rule, or `null` when none is within a year. */
  readonly earliest: number | null;
  /** Every rule that forbids the call at `at` (empty when allowed). */
  readonly blocking: readonly Blocking[];
}

/**
 * Refusal codes of the contact policy: `invalid-history` (not a list of attempts, a bad instant or
 * outcome, an attempt after `at`, more than 10 000 attempts), `invalid-preset` (an unknown id or a
 * malformed preset object), `invalid-options`, `unknown-zone`, `invalid-instant`, `invalid-date` (a
 * holiday), `several-abandonment-rules` (the pacer takes one abandonment rule).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.contactPolicy.codes.includes('invalid-history'); // true
 * ```
 */
export const codes = Object.freeze([
  'invalid-history',
  'invalid-preset',
  'invalid-options',
  'unknown-zone',
  'invalid-instant',
  'invalid-date',
  'several-abandonment-rules',
] as const);

/**
 * One of the {@link codes}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.contactPolicy.ContactPolicyCode = 'invalid-preset';
 * ```
 */
export type ContactPolicyCode = (typeof codes)[number];
