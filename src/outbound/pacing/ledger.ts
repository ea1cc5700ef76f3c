import { d, deeplyFrozen, deepFreeze, fail, isInstant, isRecord, ok, ownField, rangeError, type Result } from '../../core/internal.js';
import { DAY, MINUTE } from '../../time/index.js';

/** Milliseconds per ledger bucket: one UTC minute. */
const BUCKET_MS = MINUTE;
/** Minutes of history kept: 60 days, so that every 30-day window of the last 30 days can be checked. @internal */
export const RETAIN_MINUTES = (60 * DAY) / MINUTE;

/**
 * The rolling window an abandonment rate is measured over: `30d` (US: FCC 47 CFR 64.1200(a)(7) and
 * FTC TSR 16 CFR 310.4(b)(4), "measured over a 30-day period for a single calling campaign") or `24h`
 * (UK practice under Ofcom's persistent misuse policy).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const w: outbound.pacing.AbandonWindow = '24h';
 * ```
 */
export type AbandonWindow = '30d' | '24h';

/**
 * The number of one-minute buckets in each {@link AbandonWindow}.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.pacing.windowMinutes['24h']; // 1440
 * ```
 */
export const windowMinutes: Readonly<Record<AbandonWindow, number>> = Object.freeze({ '30d': (30 * DAY) / MINUTE, '24h': DAY / MINUTE });

/**
 * The abandonment ledger of one campaign: live answers and abandons counted per UTC minute.
 *
 * Bucket semantics: an event at instant `t` falls in minute `floor(t / 60000)`. The window of length
 * W (1440 or 43 200 minutes) *at* instant `at` holds the buckets of the minute containing `at` and of
 * the W − 1 minutes before it. So an event at a whole minute `T` counts from `T` up to `T + W − 1 ms`
 * and is out of the window at `T + W`; an event later inside its minute leaves at the same instant as
 * the rest of its minute (up to 59.999 s before exactly `t + W`). Only non-empty minutes are stored:
 * closed minutes as cumulative counts (so any window is two binary searches), the current minute open.
 * Minutes older than 60 days are dropped.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * let ledger = outbound.pacing.emptyLedger();
 * ledger = outbound.pacing.recordUnchecked(ledger, 'answer', 0);
 * outbound.pacing.windowCounts(ledger, '24h', 1_000).answers; // 1
 * ```
 */
export interface AbandonLedger {
  /** Format version. */
  readonly version: 1;
  /** Closed minutes (`floor(at / 60000)`), ascending, non-empty only. */
  readonly minutes: readonly number[];
  /** Running total of live answers up to and including each closed minute. */
  readonly cumAnswers: readonly number[];
  /** Running total of abandons up to and including each closed minute. */
  readonly cumAbandons: readonly number[];
  /** Live answers in minutes that were dropped from the front (the running totals start here). */
  readonly baseAnswers: number;
  /** Abandons in minutes that were dropped from the front. */
  readonly baseAbandons: number;
  /** The open (latest) minute, or -1 when nothing was recorded yet. */
  readonly openMinute: number;
  /** Live answers in the open minute. */
  readonly openAnswers: number;
  /** Abandons in the open minute. */
  readonly openAbandons: number;
  /** The latest instant recorded, epoch milliseconds UTC (0 when empty). */
  readonly lastAt: number;
}

/**
 * What a ledger records: a live answer, or the abandon of a call that was answered live.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const kind: outbound.pacing.LedgerEntry = 'abandon';
 * ```
 */
export type LedgerEntry = 'answer' | 'abandon';

/**
 * Live answers and abandons in one window, and the rate `abandons / answers` (0 with no answers).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const c = outbound.pacing.windowCounts(outbound.pacing.emptyLedger(), '30d', 0);
 * c.rate; // 0
 * ```
 */
export interface WindowCounts {
  /** Live answers in the window. */
  readonly answers: number;
  /** Abandons in the window. */
  readonly abandons: number;
  /** `abandons / answers`, or 0 when there were no answers. */
  readonly rate: number;
}

const EMPTY: AbandonLedger = Object.freeze({
  version: 1,
  minutes: Object.freeze([]),
  cumAnswers: Object.freeze([]),
  cumAbandons: Object.freeze([]),
  baseAnswers: 0,
  baseAbandons: 0,
  openMinute: -1,
  openAnswers: 0,
  openAbandons: 0,
  lastAt: 0,
});

/**
 * A ledger with nothing recorded.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.pacing.emptyLedger().openMinute; // -1
 * ```
 */
export function emptyLedger(): AbandonLedger {
  return EMPTY;
}

function closeOpen(ledger: AbandonLedger, newMinute: number): AbandonLedger {
  if (ledger.openMinute < 0) return { ...ledger, openMinute: newMinute, openAnswers: 0, openAbandons: 0 };
  const n = ledger.minutes.length;
  const lastA = n > 0 ? (ledger.cumAnswers[n - 1] ?? 0) : ledger.baseAnswers;
  const lastB = n > 0 ? (ledger.cumAbandons[n - 1] ?? 0) : ledger.baseAbandons;
  // Drop minutes that fell out of the retention horizon.
  const oldest = newMinute - RETAIN_MINUTES;
  let drop = 0;
  while (drop < n && (ledger.minutes[drop] ?? 0) <= oldest) drop++;
  const baseAnswers = drop > 0 ? (ledger.cumAnswers[drop - 1] ?? 0) : ledger.baseAnswers;
  const baseAbandons = drop > 0 ? (ledger.cumAbandons[drop - 1] ?? 0) : ledger.baseAbandons;
  const keep = ledger.openMinute > oldest;
  const minutes = ledger.minutes.slice(drop);
  const cumAnswers = ledger.cumAnswers.slice(drop);
  const cumAbandons = ledger.cumAbandons.slice(drop);
  if (keep) {
    minutes.push(ledger.openMinute);
    cumAnswers.push(lastA + ledger.openAnswers);
    cumAbandons.push(lastB + ledger.openAbandons);
  }
  return {
    version: 1,
    minutes: Object.freeze(minutes),
    cumAnswers: Object.freeze(cumAnswers),
    cumAbandons: Object.freeze(cumAbandons),
    baseAnswers: keep ? baseAnswers : lastA + ledger.openAnswers,
    baseAbandons: keep ? baseAbandons : lastB + ledger.openAbandons,
    openMinute: newMinute,
    openAnswers: 0,
    openAbandons: 0,
    lastAt: ledger.lastAt,
  };
}

/**
 * Adds one entry at `at` (internal, the pacer's hot path): the caller guarantees a ledger, an entry and
 * a supported instant not before `ledger.lastAt`.
 */
export function addEntry(ledger: AbandonLedger, entry: LedgerEntry, at: number): AbandonLedger {
  const minute = Math.floor(at / BUCKET_MS);
  const base = minute === ledger.openMinute ? ledger : closeOpen(ledger, minute);
  // Every field named (a spread with overrides is V8's slow path, and this runs on every live answer).
  return Object.freeze({
    version: 1,
    minutes: base.minutes,
    cumAnswers: base.cumAnswers,
    cumAbandons: base.cumAbandons,
    baseAnswers: base.baseAnswers,
    baseAbandons: base.baseAbandons,
    openMinute: base.openMinute,
    openAnswers: base.openAnswers + (entry === 'answer' ? 1 : 0),
    openAbandons: base.openAbandons + (entry === 'abandon' ? 1 : 0),
    lastAt: base.lastAt > at ? base.lastAt : at,
  });
}

/**
 * Records a live answer or an abandon at `at` **without checking the order**: the caller guarantees that
 * `at` is not before `ledger.lastAt` (as the pacer's own envelope check does, and as a loop over
 * instants it generated itself can). Returns a new frozen ledger. For instants from outside, use
 * {@link recordChecked}, which refuses an earlier instant instead.
 *
 * @throws RangeError when `ledger` is not a ledger (made by {@link emptyLedger} and these functions, or
 * saved and read back), `entry` is not `'answer'` or `'abandon'`, or `at` is not a supported instant.
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const l = outbound.pacing.recordUnchecked(outbound.pacing.emptyLedger(), 'abandon', 120_000);
 * l.openAbandons; // 1
 * ```
 */
export function recordUnchecked(ledger: AbandonLedger, entry: LedgerEntry, at: number): AbandonLedger {
  const checked = checkedLedger('recordUnchecked', ledger);
  if (entry !== 'answer' && entry !== 'abandon') throw rangeError('outbound.pacing.recordUnchecked', "an entry 'answer' or 'abandon'", entry);
  if (!isInstant(at)) throw rangeError('outbound.pacing.recordUnchecked', 'an epoch-millisecond instant from 0 to core.maxInstant', at);
  return trust(addEntry(checked, entry, at));
}

/**
 * Records a live answer or an abandon **after checking** the ledger, the entry and the instant: `ledger`
 * must be a ledger (`invalid-ledger`, with the path of what is wrong), `entry` `'answer'` or `'abandon'`
 * (`invalid-entry`), `at` a supported instant (`invalid-instant`) not before the last one recorded
 * (`time-went-backwards`). Returns the new frozen ledger, or the refusal.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.pacing.recordChecked(outbound.pacing.emptyLedger(), 'answer', 5_000);
 * r.ok; // true
 * ```
 */
export function recordChecked(
  ledger: AbandonLedger,
  entry: LedgerEntry,
  at: number,
): Result<AbandonLedger, 'invalid-ledger' | 'invalid-entry' | 'invalid-instant' | 'time-went-backwards'> {
  const checked = ledgerOf(ledger);
  if (checked instanceof d.Problem) return fail('invalid-ledger', `Not an abandonment ledger: ${checked.message}`, undefined, checked.path.replace(/^\$/, '$.ledger'));
  if (entry !== 'answer' && entry !== 'abandon') return fail('invalid-entry', "`entry` must be 'answer' or 'abandon'.", undefined, '$.entry');
  if (!isInstant(at)) return fail('invalid-instant', '`at` must be an epoch-millisecond instant from 0 to core.maxInstant.', undefined, '$.at');
  if (at < checked.lastAt) return fail('time-went-backwards', `The entry is earlier than the last one recorded (${checked.lastAt}).`, { lastAt: checked.lastAt }, '$.at');
  return ok(trust(addEntry(checked, entry, at)));
}

/** First index whose minute is >= m. */
function lowerBound(minutes: readonly number[], m: number): number {
  let lo = 0;
  let hi = minutes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((minutes[mid] ?? 0) < m) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Live answers and abandons in the minutes `[fromMinute, toMinute]` (internal: the ledger is trusted). */
export function countIn(ledger: AbandonLedger, fromMinute: number, toMinute: number): WindowCounts {
  let answers = 0;
  let abandons = 0;
  // An empty range (toMinute < fromMinute) needs no guard: then j < i and the open minute cannot be in it.
  const i = lowerBound(ledger.minutes, fromMinute);
  const j = lowerBound(ledger.minutes, toMinute + 1) - 1;
  if (j >= i) {
    answers = (ledger.cumAnswers[j] ?? 0) - (i > 0 ? (ledger.cumAnswers[i - 1] ?? 0) : ledger.baseAnswers);
    abandons = (ledger.cumAbandons[j] ?? 0) - (i > 0 ? (ledger.cumAbandons[i - 1] ?? 0) : ledger.baseAbandons);
  }
  if (ledger.openMinute >= fromMinute && ledger.openMinute <= toMinute) {
    answers += ledger.openAnswers;
    abandons += ledger.openAbandons;
  }
  return { answers, abandons, rate: answers > 0 ? abandons / answers : 0 };
}

/**
 * Live answers and abandons in the minutes `[fromMinute, toMinute]` (inclusive).
 *
 * @throws RangeError when `ledger` is not a ledger (made by {@link emptyLedger} and the record
 * functions, or saved and read back) or a minute is not a number.
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const l = outbound.pacing.recordUnchecked(outbound.pacing.emptyLedger(), 'answer', 60_000);
 * outbound.pacing.countMinutes(l, 0, 1).answers; // 1
 * ```
 */
export function countMinutes(ledger: AbandonLedger, fromMinute: number, toMinute: number): WindowCounts {
  const checked = checkedLedger('countMinutes', ledger);
  if (typeof fromMinute !== 'number' || Number.isNaN(fromMinute)) throw rangeError('outbound.pacing.countMinutes', 'a minute number `fromMinute`', fromMinute);
  if (typeof toMinute !== 'number' || Number.isNaN(toMinute)) throw rangeError('outbound.pacing.countMinutes', 'a minute number `toMinute`', toMinute);
  return countIn(checked, fromMinute, toMinute);
}

/** Counts in the rolling `window` at instant `at` (internal: the arguments are trusted). */
export function countWindow(ledger: AbandonLedger, window: AbandonWindow, at: number): WindowCounts {
  const minute = Math.floor(at / BUCKET_MS);
  return countIn(ledger, minute - windowMinutes[window] + 1, minute);
}

/**
 * Counts in the rolling `window` at instant `at` (see {@link AbandonLedger} for the bucket semantics).
 *
 * @throws RangeError when `ledger` is not a ledger, `window` not an {@link AbandonWindow}, or `at` not a
 * supported instant.
 * @example
 * ```ts
 * import { outbound, time } from 'dialdesk';
 * let l = outbound.pacing.recordUnchecked(outbound.pacing.emptyLedger(), 'answer', 0);
 * l = outbound.pacing.recordUnchecked(l, 'abandon', time.SECOND);
 * outbound.pacing.windowCounts(l, '24h', time.DAY - 1).rate; // 1
 * outbound.pacing.windowCounts(l, '24h', time.DAY).answers; // 0
 * ```
 */
export function windowCounts(ledger: AbandonLedger, window: AbandonWindow, at: number): WindowCounts {
  const checked = checkedLedger('windowCounts', ledger);
  if (!isWindow(window)) throw rangeError('outbound.pacing.windowCounts', `a window ${WINDOWS}`, window);
  if (!isInstant(at)) throw rangeError('outbound.pacing.windowCounts', 'an epoch-millisecond instant from 0 to core.maxInstant', at);
  return countWindow(checked, window, at);
}

/**
 * A compliance rule: the highest abandonment rate allowed over a rolling window.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const rule: outbound.pacing.AbandonRule = { abandonRate: 0.03, window: '30d' };
 * ```
 */
export interface AbandonRule {
  /** The largest allowed `abandons / live answers`, for example 0.03. */
  readonly abandonRate: number;
  /** The window the rate is measured over. */
  readonly window: AbandonWindow;
}

/**
 * How many more abandons the window at `at` can take and stay within `rule`. Each future abandon is
 * also a live answer, so the headroom is `floor((rate × answers − abandons) / (1 − rate))`, never
 * negative.
 *
 * @throws RangeError when `ledger` is not a ledger, `rule` not a rule `{ abandonRate, window }` (a rate
 * from 0, a known window), or `at` not a supported instant.
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * let l = outbound.pacing.emptyLedger();
 * for (let i = 0; i < 100; i++) l = outbound.pacing.recordUnchecked(l, 'answer', i * 1_000);
 * outbound.pacing.headroom(l, { abandonRate: 0.03, window: '30d' }, 100_000); // 3
 * ```
 */
export function headroom(ledger: AbandonLedger, rule: AbandonRule, at: number): number {
  const checked = checkedLedger('headroom', ledger);
  const rate: unknown = isRecord(rule) ? ownField(rule, 'abandonRate') : undefined;
  const window: unknown = isRecord(rule) ? ownField(rule, 'window') : undefined;
  if (typeof rate !== 'number' || !(rate >= 0) || !isWindow(window)) throw rangeError('outbound.pacing.headroom', `a rule { abandonRate, window } with a rate from 0 and a window ${WINDOWS}`, rule);
  if (!isInstant(at)) throw rangeError('outbound.pacing.headroom', 'an epoch-millisecond instant from 0 to core.maxInstant', at);
  const c = countWindow(checked, window, at);
  return headroomFor(c.answers, c.abandons, rate);
}

/** The headroom formula on trusted counts (internal). */
export function headroomFor(answers: number, abandons: number, rate: number): number {
  if (rate >= 1) return Number.POSITIVE_INFINITY;
  const h = Math.floor((rate * answers - abandons) / (1 - rate) + 1e-9);
  return h > 0 ? h : 0;
}

/**
 * The headroom formula of {@link headroom} on raw counts.
 *
 * @throws RangeError when a count is not a number from 0, or `rate` not a number from 0.
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.pacing.headroomOf(100, 5, 0.03); // 0
 * ```
 */
export function headroomOf(answers: number, abandons: number, rate: number): number {
  if (typeof answers !== 'number' || !(answers >= 0)) throw rangeError('outbound.pacing.headroomOf', 'a number of live answers from 0', answers);
  if (typeof abandons !== 'number' || !(abandons >= 0)) throw rangeError('outbound.pacing.headroomOf', 'a number of abandons from 0', abandons);
  if (typeof rate !== 'number' || !(rate >= 0)) throw rangeError('outbound.pacing.headroomOf', 'a rate from 0 (0.03 is 3%)', rate);
  return headroomFor(answers, abandons, rate);
}

// ------------------------------------------------------------------------------------ checking a ledger

const WINDOWS = "'30d' or '24h'";
/** Whether `value` names an {@link AbandonWindow} (internal: the compliance rule checks its window with it). */
export function isWindow(value: unknown): value is AbandonWindow {
  return typeof value === 'string' && Object.hasOwn(windowMinutes, value);
}

const count = d.integer();

/** A saved ledger (untrusted JSON): the shape, and the order every count relies on (internal). */
export const ledgerDecoder: d.Decoder<AbandonLedger> = d.refine(
  d.object({
    version: d.literal(1),
    minutes: d.array(d.integer(), { max: RETAIN_MINUTES + 1 }),
    cumAnswers: d.array(count, { max: RETAIN_MINUTES + 1 }),
    cumAbandons: d.array(count, { max: RETAIN_MINUTES + 1 }),
    baseAnswers: count,
    baseAbandons: count,
    openMinute: d.integer(-1),
    openAnswers: count,
    openAbandons: count,
    lastAt: d.instant,
  }),
  (l) => {
    const n = l.minutes.length;
    if (l.cumAnswers.length !== n || l.cumAbandons.length !== n) return 'a ledger with one running total per closed minute';
    if (!ascending(l.minutes, true) || !ascending(l.cumAnswers, false) || !ascending(l.cumAbandons, false)) return 'a ledger in ascending order';
    if (n > 0 && ((l.cumAnswers[0] ?? 0) < l.baseAnswers || (l.cumAbandons[0] ?? 0) < l.baseAbandons)) return 'a ledger whose running totals start at its base';
    if (l.openMinute < 0) return n === 0 && l.openAnswers === 0 && l.openAbandons === 0 && l.lastAt === 0 ? undefined : 'an empty ledger when nothing is open';
    if (l.openMinute !== Math.floor(l.lastAt / MINUTE)) return "a ledger whose open minute is its last entry's";
    return n > 0 && (l.minutes[n - 1] ?? 0) >= l.openMinute ? 'a ledger whose closed minutes come before the open one' : undefined;
  },
);
/** Whether `values` ascend (strictly when `strict`), internal: the pacer's `restore` checks its tables with it. */
export function ascending(values: readonly number[], strict: boolean): boolean {
  for (let i = 1; i < values.length; i += 1) {
    const a = values[i - 1] ?? 0;
    const b = values[i] ?? 0;
    if (strict ? b <= a : b < a) return false;
  }
  return true;
}

/**
 * Ledgers known to be sound: made by the public functions here, or checked once and deeply frozen (so
 * they cannot change). The pacer's own hot path does not add to it (an insertion per event costs).
 */
const trusted = new WeakSet<object>();
trusted.add(EMPTY);

function trust(ledger: AbandonLedger): AbandonLedger {
  trusted.add(ledger);
  return ledger;
}

/** `value` when it is a trusted ledger, else a checked, frozen copy of it, or the problem found (internal). */
export function ledgerOf(value: unknown): AbandonLedger | d.Problem {
  if (typeof value === 'object' && value !== null && trusted.has(value)) return value as AbandonLedger;
  const read = d.run(ledgerDecoder, value);
  if (read instanceof d.Problem) return read;
  if (typeof value === 'object' && value !== null && deeplyFrozen(value)) {
    trusted.add(value);
    return value as AbandonLedger;
  }
  return deepFreeze(read);
}

/** The ledger a public function works on, or its RangeError naming `fn` and the value's kind. */
function checkedLedger(fn: string, value: unknown): AbandonLedger {
  const read = ledgerOf(value);
  if (read instanceof d.Problem) throw rangeError(`outbound.pacing.${fn}`, 'an abandonment ledger (made by emptyLedger and the record functions, or saved and read back)', value);
  return read;
}
