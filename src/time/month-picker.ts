import { fail, isRecord, ok, ownField, type Result } from '../core/internal.js';
import { addMonths, monthGrid, type MonthGrid, type YearMonth } from './calendar.js';
import { monthTitle } from './format.js';
import { parseDate } from './local-values.js';
import { weekdays, type LocalDate, type Weekday } from './types.js';
import type { TimeCode } from './codes.js';

/**
 * The input of {@link monthPicker}: the month shown, the selectable dates, and how to draw it.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const input: time.MonthPickerInput = { shown: { year: 2026, month: 11 }, today: '2026-11-24', min: '2026-11-24', max: '2027-02-21', selected: '2026-11-30' };
 * ```
 */
export interface MonthPickerInput {
  /** The month the picker shows. */
  readonly shown: YearMonth;
  /** Today in the zone the picker works in (see `time.local`); flagged in the grid. */
  readonly today?: string;
  /** The first selectable date (inclusive). */
  readonly min?: string;
  /** The last selectable date (inclusive). */
  readonly max?: string;
  /** The date currently chosen, if any. */
  readonly selected?: string | null;
  /** The first column (default `mon`). */
  readonly weekStartsOn?: Weekday;
  /** A BCP 47 locale for the title (`November 2026`); without it `title` is `null`. */
  readonly locale?: string;
}

/**
 * One month of a date picker, ready to draw: the grid, the title, the chosen date, and where the arrows
 * go. The one month-picker model of dialdesk: the machines that show a calendar build it here.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.monthPicker({ shown: { year: 2026, month: 11 }, min: '2026-11-24', max: '2027-01-10' });
 * if (r.ok) [r.value.previous, r.value.next]; // [null, { year: 2026, month: 12 }]
 * ```
 */
export interface MonthPicker {
  /** Six weeks of seven days (`time.monthGrid`). */
  readonly grid: MonthGrid;
  /** The localized month title, or `null` without a locale. */
  readonly title: string | null;
  /** The chosen date, or `null`. */
  readonly selected: LocalDate | null;
  /** The month the "previous" arrow shows, or `null` when it has no selectable day (or is before year 1). */
  readonly previous: YearMonth | null;
  /** The month the "next" arrow shows, or `null` when it has no selectable day (or is after year 9999). */
  readonly next: YearMonth | null;
}

function optionalDate(input: Readonly<Record<string, unknown>>, key: string): Result<LocalDate | undefined, 'invalid-date'> {
  const value = ownField(input, key);
  if (value === undefined || value === null) return ok(undefined);
  const date = parseDate(value);
  return date.ok ? date : fail('invalid-date', date.error.message, date.error.details, `$.${key}`);
}

/**
 * Builds the {@link MonthPicker} of a month: total on untrusted input, it refuses a bad month
 * (`invalid-month`), date (`invalid-date`), first weekday (`invalid-month`), locale (`invalid-locale`)
 * or a non-object (`invalid-input`), and never throws.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.monthPicker({ shown: { year: 2026, month: 11 }, today: '2026-11-24', min: '2026-11-24', locale: 'en-US' });
 * if (r.ok) r.value.title; // 'November 2026'
 * ```
 */
export function monthPicker(input: MonthPickerInput): Result<MonthPicker, TimeCode> {
  if (!isRecord(input)) return fail('invalid-input', 'Expected { shown, today?, min?, max?, selected?, weekStartsOn?, locale? }.', { kind: input === null ? 'null' : typeof input });
  const shown = ownField(input, 'shown');
  const year = isRecord(shown) ? ownField(shown, 'year') : undefined;
  const month = isRecord(shown) ? ownField(shown, 'month') : undefined;
  if (typeof year !== 'number' || typeof month !== 'number') return fail('invalid-month', 'Expected `shown` as { year: 1..9999, month: 1..12 }.', undefined, '$.shown');
  const weekStartsOn = ownField(input, 'weekStartsOn') ?? 'mon';
  if (typeof weekStartsOn !== 'string' || !(weekdays as readonly string[]).includes(weekStartsOn)) return fail('invalid-month', '`weekStartsOn` must be mon ... sun.', undefined, '$.weekStartsOn');
  const today = optionalDate(input, 'today');
  if (!today.ok) return today;
  const min = optionalDate(input, 'min');
  if (!min.ok) return min;
  const max = optionalDate(input, 'max');
  if (!max.ok) return max;
  const selected = optionalDate(input, 'selected');
  if (!selected.ok) return selected;
  const grid = monthGrid({
    year,
    month,
    weekStartsOn: weekStartsOn as Weekday,
    ...(today.value === undefined ? {} : { today: today.value }),
    ...(min.value === undefined ? {} : { min: min.value }),
    ...(max.value === undefined ? {} : { max: max.value }),
  });
  if (!grid.ok) return grid;
  const locale = ownField(input, 'locale');
  let title: string | null = null;
  if (locale !== undefined) {
    const t = monthTitle({ year, month }, locale as string);
    if (!t.ok) return t;
    title = t.value;
  }
  const before = year === 1 && month === 1 ? { year: 0, month: 12 } : addMonths({ year, month }, -1);
  const after = year === 9999 && month === 12 ? { year: 10000, month: 1 } : addMonths({ year, month }, 1);
  return ok(
    Object.freeze({
      grid: grid.value,
      title,
      selected: selected.value ?? null,
      previous: grid.value.hasPrevious && before.year >= 1 ? Object.freeze(before) : null,
      next: grid.value.hasNext && after.year <= 9999 ? Object.freeze(after) : null,
    }),
  );
}
