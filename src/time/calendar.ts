import { fail, ok, type Result } from '../core/internal.js';
import { asDate } from './brand.js';
import { shiftDays, daysInMonth, parseDate, weekdayOf } from './local-values.js';
import { weekdays, type LocalDate, type Weekday } from './types.js';
import type { TimeCode } from './codes.js';
import { rangeError } from '../core/internal.js';

/**
 * A calendar month: `year` 1 to 9999, `month` 1 (January) to 12.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const november: time.YearMonth = { year: 2026, month: 11 };
 * ```
 */
export interface YearMonth {
  /** The year, 1 to 9999. */
  readonly year: number;
  /** The month, 1 (January) to 12 (December). */
  readonly month: number;
}

/**
 * What a date picker needs to draw one month: {@link monthGrid}'s input.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const input: time.MonthGridInput = { year: 2026, month: 11, weekStartsOn: 'mon', today: '2026-11-24', min: '2026-11-24' };
 * ```
 */
export interface MonthGridInput extends YearMonth {
  /** The first column of the grid (`mon` in most of Europe, `sun` in the US). */
  readonly weekStartsOn: Weekday;
  /** Today's local date in the zone the picker works in (see `time.local`), to flag it. */
  readonly today?: string;
  /** The first selectable date (inclusive); earlier dates are shown but not selectable. */
  readonly min?: string;
  /** The last selectable date (inclusive). */
  readonly max?: string;
}

/**
 * One cell of a {@link MonthGrid}.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * declare const date: time.LocalDate; // '2026-11-24', from time.parseDate or a state
 * const cell: time.CalendarDay = { date, day: 24, weekday: 'tue', inMonth: true, isToday: true, selectable: true };
 * ```
 */
export interface CalendarDay {
  /** The local date of the cell. */
  readonly date: LocalDate;
  /** The day of the month, 1 to 31, as printed in the cell. */
  readonly day: number;
  /** The day of the week. */
  readonly weekday: Weekday;
  /** False for the leading and trailing days of the neighbouring months. */
  readonly inMonth: boolean;
  /** True for the cell whose date equals the input's `today`. */
  readonly isToday: boolean;
  /** True when the date lies within `[min, max]` (days of neighbouring months may be selectable too). */
  readonly selectable: boolean;
}

/**
 * A month as a date picker shows it: always six weeks of seven days, so the picker does not jump in height.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.monthGrid({ year: 2026, month: 11, weekStartsOn: 'mon' });
 * if (r.ok) r.value.weeks[0]?.[0]?.date; // '2026-10-26'
 * ```
 */
export interface MonthGrid extends YearMonth {
  /** The first column's weekday. */
  readonly weekStartsOn: Weekday;
  /** The seven weekdays in column order, for the header row. */
  readonly columns: readonly Weekday[];
  /** Six rows of seven days. */
  readonly weeks: readonly (readonly CalendarDay[])[];
  /** Whether the month before has a selectable day (enables the "previous month" arrow). */
  readonly hasPrevious: boolean;
  /** Whether the month after has a selectable day (enables the "next month" arrow). */
  readonly hasNext: boolean;
}

function isMonth(value: YearMonth): boolean {
  return Number.isInteger(value.year) && value.year >= 1 && value.year <= 9999 && Number.isInteger(value.month) && value.month >= 1 && value.month <= 12;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/**
 * The first day of a month as a local date.
 *
 * @throws RangeError when `value` is not a month `{ year: 1..9999, month: 1..12 }`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.firstOfMonth({ year: 2026, month: 2 }); // '2026-02-01'
 * ```
 */
export function firstOfMonth(value: YearMonth): LocalDate {
  const m = checkedMonth('firstOfMonth', value);
  return asDate(`${pad(m.year, 4)}-${pad(m.month, 2)}-01`);
}

const MONTH = 'a month { year: 1..9999, month: 1..12 }';

/** Reads a month's own fields once into plain numbers, or throws the helper's RangeError. */
function checkedMonth(fn: string, value: unknown): YearMonth {
  if (typeof value !== 'object' || value === null) throw rangeError(`time.${fn}`, MONTH, value);
  const year: unknown = Object.prototype.hasOwnProperty.call(value, 'year') ? (value as { year: unknown }).year : undefined;
  const month: unknown = Object.prototype.hasOwnProperty.call(value, 'month') ? (value as { month: unknown }).month : undefined;
  const m = { year: year as number, month: month as number };
  if (!isMonth(m)) throw rangeError(`time.${fn}`, MONTH, value);
  return m;
}

/**
 * The month a local date belongs to.
 *
 * @throws RangeError when `date` is not a valid date.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const d = time.parseDate('2026-11-24');
 * if (d.ok) time.monthOf(d.value); // { year: 2026, month: 11 }
 * ```
 */
export function monthOf(date: LocalDate): YearMonth {
  const d = parseDate(date);
  if (!d.ok) throw rangeError('time.monthOf', 'a date YYYY-MM-DD from 0001-01-01 to 9999-12-31', date);
  return { year: Number(d.value.slice(0, 4)), month: Number(d.value.slice(5, 7)) };
}

/**
 * Moves a month forward or back by whole months (the date picker's arrows).
 *
 * @throws RangeError when `value` is not a month, `months` not a safe integer, or the result outside years 1 to 9999.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.addMonths({ year: 2026, month: 11 }, 3); // { year: 2027, month: 2 }
 * ```
 */
export function addMonths(value: YearMonth, months: number): YearMonth {
  return shiftMonths('addMonths', value, months, 1);
}

function shiftMonths(fn: string, value: YearMonth, count: number, unit: number): YearMonth {
  const m = checkedMonth(fn, value);
  if (typeof count !== 'number' || !Number.isSafeInteger(count)) throw rangeError(`time.${fn}`, `a whole number of ${unit === 1 ? 'months' : 'years'}`, count);
  const index = m.year * 12 + (m.month - 1) + count * unit;
  const out = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  if (!isMonth(out)) throw rangeError(`time.${fn}`, `a number of ${unit === 1 ? 'months' : 'years'} that keeps the month within years 1 to 9999`, count);
  return out;
}

/**
 * Moves a month forward or back by whole years (the date picker's year arrows).
 *
 * @throws RangeError when `value` is not a month, `years` not a safe integer, or the result outside years 1 to 9999.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.addYears({ year: 2026, month: 11 }, -1); // { year: 2025, month: 11 }
 * ```
 */
export function addYears(value: YearMonth, years: number): YearMonth {
  return shiftMonths('addYears', value, years, 12);
}

function optionalDate(value: unknown): Result<LocalDate | undefined, 'invalid-date'> {
  return value === undefined ? ok(undefined) : parseDate(value);
}

/**
 * Builds the six-week grid of a month for a date picker, with in-month, today and selectable flags.
 * All values are local dates: pass `today` (and `min`/`max`) as read in the zone the picker works in.
 * Refuses a bad month (`invalid-month`), weekday (`invalid-month`) or date (`invalid-date`).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.monthGrid({ year: 2026, month: 11, weekStartsOn: 'sun', today: '2026-11-24', min: '2026-11-24', max: '2026-12-24' });
 * if (r.ok) {
 *   const cells = r.value.weeks.flat();
 *   cells.find((c) => c.isToday)?.selectable; // true
 *   r.value.hasPrevious; // false: nothing before the 24th is selectable
 * }
 * ```
 */
export function monthGrid(input: MonthGridInput): Result<MonthGrid, TimeCode> {
  if (typeof input !== 'object' || input === null || !isMonth(input) || !weekdays.includes(input.weekStartsOn)) {
    return fail('invalid-month', 'Expected { year: 1..9999, month: 1..12, weekStartsOn: mon..sun }.', { input });
  }
  const today = optionalDate(input.today);
  if (!today.ok) return today;
  const min = optionalDate(input.min);
  if (!min.ok) return min;
  const max = optionalDate(input.max);
  if (!max.ok) return max;
  const first = firstOfMonth(input);
  const startColumn = weekdays.indexOf(input.weekStartsOn);
  const lead = (weekdays.indexOf(weekdayOf(first)) - startColumn + 7) % 7;
  let date = shiftDays(first, -lead);
  const inRange = (d: LocalDate): boolean => (min.value === undefined || d >= min.value) && (max.value === undefined || d <= max.value);
  const weeks: CalendarDay[][] = [];
  for (let w = 0; w < 6; w += 1) {
    const week: CalendarDay[] = [];
    for (let c = 0; c < 7; c += 1) {
      week.push(
        Object.freeze({
          date,
          day: Number(date.slice(8, 10)),
          weekday: weekdays[(startColumn + c) % 7] as Weekday,
          inMonth: date.slice(0, 7) === first.slice(0, 7),
          isToday: date === today.value,
          selectable: inRange(date),
        }),
      );
      date = shiftDays(date, 1);
    }
    weeks.push(Object.freeze(week) as CalendarDay[]);
  }
  const lastOfPrevious = shiftDays(first, -1);
  const firstOfNext = shiftDays(first, daysInMonth(input.year, input.month));
  const columns = Object.freeze(Array.from({ length: 7 }, (_, c) => weekdays[(startColumn + c) % 7] as Weekday));
  return ok(
    Object.freeze({
      year: input.year,
      month: input.month,
      weekStartsOn: input.weekStartsOn,
      columns,
      weeks: Object.freeze(weeks),
      hasPrevious: min.value === undefined || lastOfPrevious >= min.value,
      hasNext: max.value === undefined || firstOfNext <= max.value,
    }),
  );
}
