import { fail, isRecord, ok, ownField, type Fail, type Result } from '../core/internal.js';
import { parseDate, parseTime, timeToMinutes } from './local-values.js';
import { callingHoursPresets, type CallingHoursRule, type CallingPeriod, type WeeklyPeriods } from './calling-hours.js';
import { weekdays, type LocalDate, type LocalTime, type Weekday } from './types.js';
import type { TimeCode } from './codes.js';

/** Rules already validated (frozen, so they cannot have changed since): checked once, not at every call. */
const validated = new WeakSet<object>([callingHoursPresets.us, callingHoursPresets.ca, callingHoursPresets.fr]);

const MAX_PERIODS_PER_DAY = 48;
const MAX_CLOSED_DATES = 10_000;

/** A field path (`weekly.sat[1].until`) as a JSON path (`$.weekly.sat[1].until`). */
function jsonPath(path: string): string {
  return path === '' ? '$' : path.startsWith('[') ? `$${path}` : `$.${path}`;
}

function refuse(path: string, message: string, cause?: unknown): Fail<TimeCode> {
  return fail('invalid-calling-hours', `Calling hours \`${path}\`: ${message}`, cause === undefined ? undefined : { cause }, jsonPath(path));
}

/** Minutes after midnight of a period bound: a local time, or `24:00` for an `until`. */
export function boundMinutes(value: LocalTime | '24:00'): number {
  return value === '24:00' ? 1440 : timeToMinutes(value);
}

function parsePeriod(value: unknown, path: string): Result<CallingPeriod, TimeCode> {
  if (!isRecord(value)) return refuse(path, 'a period must be an object { from, until }.');
  const from = parseTime(ownField(value, 'from'));
  if (!from.ok) return refuse(`${path}.from`, from.error.message, from.error);
  const rawUntil = ownField(value, 'until');
  const until = rawUntil === '24:00' ? ok('24:00' as const) : parseTime(rawUntil);
  if (!until.ok) return refuse(`${path}.until`, 'must be HH:mm from 00:01 to 23:59, or 24:00 for the end of the day.', until.error);
  if (boundMinutes(until.value) <= timeToMinutes(from.value)) {
    return refuse(`${path}.until`, 'a period must end after it starts (periods do not cross midnight: split them at 24:00).');
  }
  return ok(Object.freeze({ from: from.value, until: until.value }));
}

function parseWeekly(value: unknown): Result<WeeklyPeriods, TimeCode> {
  if (!isRecord(value)) return refuse('weekly', 'must be an object with a list of periods per weekday (mon to sun).');
  for (const key of Object.keys(value)) {
    if (!(weekdays as readonly string[]).includes(key)) return refuse(`weekly.${key}`, 'not a weekday (mon, tue, wed, thu, fri, sat, sun).');
  }
  const out: Partial<Record<Weekday, readonly CallingPeriod[]>> = {};
  for (const day of weekdays) {
    const list = ownField(value, day);
    if (list === undefined) {
      out[day] = Object.freeze([]);
      continue;
    }
    if (!Array.isArray(list) || list.length > MAX_PERIODS_PER_DAY) return refuse(`weekly.${day}`, `must be a list of at most ${MAX_PERIODS_PER_DAY} periods.`);
    const periods: CallingPeriod[] = [];
    for (const [i, item] of (list as readonly unknown[]).entries()) {
      const p = parsePeriod(item, `weekly.${day}[${i}]`);
      if (!p.ok) return p;
      periods.push(p.value);
    }
    out[day] = Object.freeze(periods);
  }
  return ok(Object.freeze(out as Record<Weekday, readonly CallingPeriod[]>));
}

/** Parses a list of local dates into a sorted, duplicate-free frozen list; `path` names the field. */
export function parseDateList(value: unknown, path: string, code: TimeCode): Result<readonly LocalDate[], TimeCode> {
  if (!Array.isArray(value) || value.length > MAX_CLOSED_DATES) return fail(code, `\`${path}\` must be a list of at most ${MAX_CLOSED_DATES} dates YYYY-MM-DD.`, undefined, jsonPath(path));
  const dates = new Set<LocalDate>();
  for (const [i, item] of (value as readonly unknown[]).entries()) {
    const d = parseDate(item);
    if (!d.ok) return fail(code, `\`${path}[${i}]\`: ${d.error.message}`, { cause: d.error }, jsonPath(`${path}[${i}]`));
    dates.add(d.value);
  }
  return ok(Object.freeze([...dates].sort()));
}

/**
 * Validates a calling-hours rule from untrusted data (a configuration file, a server message). The
 * shape is {@link CallingHoursRule}; `name` (default `''`), `closedDates` (default none) and
 * `closedOnHolidays` (default `false`) may be left out, and so may weekdays in `weekly` (no calls that
 * day). Periods need `from < until`, `until` may be `24:00`; unknown weekday keys are refused.
 * Anything wrong is refused with `invalid-calling-hours`, whose `path` points at the culprit
 * (e.g. `$.weekly.sat[1].until`). The result is deeply frozen. Never throws.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.parseCallingHours({
 *   name: 'Weekdays 9 to 5',
 *   weekly: { mon: [{ from: '09:00', until: '17:00' }], fri: [{ from: '09:00', until: '17:00' }] },
 *   closedDates: ['2026-12-25'],
 * });
 * if (r.ok) r.value.weekly.tue; // []
 * time.parseCallingHours({ weekly: { mon: [{ from: '18:00', until: '09:00' }] } }).ok; // false
 * ```
 */
export function parseCallingHours(value: unknown): Result<CallingHoursRule, TimeCode> {
  if (typeof value === 'object' && value !== null && validated.has(value)) return ok(value as CallingHoursRule);
  if (!isRecord(value)) return refuse('', 'a rule must be an object { name, weekly, closedDates, closedOnHolidays }.');
  const name = ownField(value, 'name') ?? '';
  if (typeof name !== 'string') return refuse('name', 'must be a string.');
  const weekly = parseWeekly(ownField(value, 'weekly'));
  if (!weekly.ok) return weekly;
  const rawClosed = ownField(value, 'closedDates');
  const closedDates = rawClosed === undefined ? ok(Object.freeze([]) as readonly LocalDate[]) : parseDateList(rawClosed, 'closedDates', 'invalid-calling-hours');
  if (!closedDates.ok) return closedDates;
  const closedOnHolidays = ownField(value, 'closedOnHolidays') ?? false;
  if (typeof closedOnHolidays !== 'boolean') return refuse('closedOnHolidays', 'must be true or false.');
  const rule: CallingHoursRule = Object.freeze({ name, weekly: weekly.value, closedDates: closedDates.value, closedOnHolidays });
  validated.add(rule);
  return ok(rule);
}
