import { fail, ok, type Result } from '../core/index.js';
import { maxInstant } from '../core/internal.js';
import {
  DAY,
  HOUR,
  addDays,
  allowedIntervals,
  intersectIntervals,
  local,
  minutesToTime,
  resolve,
  type CallingHoursRule,
  type Interval,
  type LocalDate,
  type ZoneName,
} from '../time/index.js';
import { parseHistory, parseOptions, type Parsed } from './parse.js';
import type { Attempt, Blocking, CallingHoursRow, CheckOptions, ContactPolicyCode, MaxAttemptsRow, QuietAfterRow, Span, Verdict } from './types.js';

/** How far ahead `earliest` is searched: a year (366 days, for leap years). */
export const SEARCH_DAYS = 366;
/** The last instant a check accepts: the search a year ahead must stay within `dialdesk/time`'s range. */
export const LAST_CHECKABLE = maxInstant - (SEARCH_DAYS + 2) * DAY;
const CHUNK_DAYS = 14;
const MIDNIGHT = minutesToTime(0);

function dateOf(at: number, zone: ZoneName): LocalDate | null {
  const r = local(at, zone);
  return r.ok ? r.value.date : null;
}

/** The first instant of a local date in `zone` (a midnight in a DST gap moves forward, as `compatible` does). */
function startOf(date: LocalDate, zone: ZoneName): number | null {
  const r = resolve({ date, time: MIDNIGHT, zone });
  return r.ok ? r.value.at : null;
}

/** When `span` after the event at `at` ends: exact hours, or the local midnight that starts the date `days` after its date. */
function spanEnd(at: number, span: Span, extraDays: number, zone: ZoneName): number {
  if ('hours' in span) return at + span.hours * HOUR;
  const date = dateOf(at, zone);
  const start = date === null ? null : startOf(addDays(date, span.days + extraDays), zone);
  // Unreachable: a checked instant plus at most 367 days stays within `dialdesk/time`'s range (see
  // LAST_CHECKABLE). Blocking for ever keeps the function total and errs on the side of the contact.
  return start ?? Number.POSITIVE_INFINITY;
}

/** A max-attempts row blocks every instant before the returned one (nothing: `-Infinity`). */
function maxAttemptsUntil(row: MaxAttemptsRow, history: readonly Attempt[], zone: ZoneName): number {
  let seen = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const a = history[i] as Attempt;
    if (!row.counts.includes(a.outcome)) continue;
    seen++;
    // The row's `max`-th newest counted attempt: the window holds `max` of them until it leaves.
    if (seen === row.max) return spanEnd(a.at, row.window, 0, zone);
  }
  return Number.NEGATIVE_INFINITY;
}

/** A quiet-after row blocks every instant before the returned one (nothing: `-Infinity`). */
function quietUntil(row: QuietAfterRow, history: readonly Attempt[], p: Parsed): number {
  if (row.unless === 'live-agent-guaranteed' && p.liveAgentGuaranteed) return Number.NEGATIVE_INFINITY;
  for (let i = history.length - 1; i >= 0; i--) {
    const a = history[i] as Attempt;
    // The latest trigger lifts last: spans are monotone in the trigger's instant.
    if (row.after.includes(a.outcome)) return spanEnd(a.at, row.wait, row.countFrom === 'next-day' ? 1 : 0, p.zone);
  }
  return Number.NEGATIVE_INFINITY;
}

/** The allowed intervals of every calling-hours row, intersected, within `[start, end)`. */
function hoursIntervals(rows: readonly CallingHoursRule[], start: number, end: number, p: Parsed): readonly Interval[] {
  let acc: readonly Interval[] = [{ start, end }];
  for (const hours of rows) {
    const r = allowedIntervals(hours, { start, end }, p.zone, { holidays: p.holidays });
    acc = intersectIntervals(acc, r.ok ? r.value : []);
  }
  return acc;
}

/** The first instant at or after `from`, before `horizon`, that every calling-hours row allows; `null` when none. */
function firstAllowed(rows: readonly CallingHoursRule[], from: number, horizon: number, p: Parsed): number | null {
  // With no rows, the first chunk is the whole of [from, ...): `from` itself (when before `horizon`).
  for (let start = from; start < horizon; start += CHUNK_DAYS * DAY) {
    const first = hoursIntervals(rows, start, Math.min(start + CHUNK_DAYS * DAY, horizon), p)[0];
    if (first !== undefined) return first.start;
  }
  return null;
}

/**
 * Whether the contact may be called at `options.at` under the presets' rules, the earliest instant at
 * or after it when every rule allows a call, and every rule that forbids it now.
 *
 * `history` is the contact's past attempts (`{ at, outcome }`, none after `options.at`; for Regulation F
 * the attempts about one debt, for Florida about one subject); `presets` are preset ids or preset
 * objects, whose rows and included presets' rows all apply (a state adds to federal). Calling hours and
 * calendar days are read in the contact's `zone` through `dialdesk/time`. Rows of kind `abandonment` and
 * `ring-minimum` concern the pacer, not the contact, and are not judged here. `earliest` is searched a
 * year ahead and is `null` beyond; each blocking rule's `until` is when that rule alone stops blocking.
 *
 * Refuses bad input with a code from {@link codes} and a JSON path (`$.history[3].outcome`,
 * `$.options.presets[0]`): a malformed history or an attempt after `at`, an unknown preset or a malformed
 * preset object, an unknown zone, an instant outside the supported range, a bad holiday. Never throws.
 *
 * @example
 * ```ts
 * import { outbound, time } from 'dialdesk';
 * const at = Date.UTC(2026, 10, 24, 15); // Tuesday 10:00 in New York
 * const history = [
 *   { at: at - 3 * time.HOUR, outcome: 'no-answer' as const },
 *   { at: at - 2 * time.HOUR, outcome: 'busy' as const },
 *   { at: at - 1 * time.HOUR, outcome: 'answering-machine' as const },
 * ];
 * const r = outbound.contactPolicy.check(history, { presets: ['us-fl'], zone: 'America/New_York', at });
 * if (r.ok) {
 *   r.value.allowed; // false: a 4th call within 24 hours (Fla. Stat. 501.616(6)(b))
 *   r.value.blocking[0]?.rule; // 'us-fl.frequency'
 *   r.value.earliest; // at + 21 hours: 24 hours after the first of the three
 * }
 * ```
 */
export function check(history: readonly Attempt[], options: CheckOptions): Result<Verdict, ContactPolicyCode> {
  const p = parseOptions(options);
  if (!p.ok) return p;
  const at = p.value.at;
  if (at > LAST_CHECKABLE) return fail('invalid-instant', `\`$.options.at\` must be at most ${LAST_CHECKABLE} (a year before the end of the supported range).`, { path: '$.options.at' });
  const h = parseHistory(history, at);
  if (!h.ok) return h;
  return ok(judge(h.value, p.value));
}

/** The verdict for validated input. @internal */
export function judge(history: readonly Attempt[], p: Parsed): Verdict {
  const at = p.at;
  const horizon = at + SEARCH_DAYS * DAY;
  const blocking: Blocking[] = [];
  let lifted = at;
  const hoursRows: CallingHoursRow[] = [];
  for (const row of p.rules) {
    let until = Number.NEGATIVE_INFINITY;
    if (row.kind === 'max-attempts') until = maxAttemptsUntil(row, history, p.zone);
    else if (row.kind === 'quiet-after') until = quietUntil(row, history, p);
    else if (row.kind === 'calling-hours') hoursRows.push(row);
    if (until > at) {
      blocking.push(Object.freeze({ rule: row.id, source: row.source.citation, until: until <= horizon ? until : null }));
      lifted = Math.max(lifted, until);
    }
  }
  for (const row of hoursRows) {
    const next = firstAllowed([row.hours], at, horizon, p);
    if (next !== at) blocking.push(Object.freeze({ rule: row.id, source: row.source.citation, until: next }));
  }
  // Searched up to and including `horizon`: an instant exactly a year (SEARCH_DAYS) ahead still counts.
  const earliest = firstAllowed(
    hoursRows.map((r) => r.hours),
    lifted,
    horizon + 1,
    p,
  );
  return Object.freeze({ allowed: blocking.length === 0, earliest, blocking: Object.freeze(blocking) });
}
