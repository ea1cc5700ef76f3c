import { ok, type Result } from '../core/internal.js';
import { addMonths, local, monthGrid, monthOf, monthTitle, type LocalDate, type MonthGrid, type TimeErrorCode, type Weekday, type YearMonth } from '../time/index.js';
import type { WebCallbackState } from './state.js';

/**
 * How the On calendar is laid out.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const options: webcallback.CalendarOptions = { weekStartsOn: 'sun', locale: 'en-US' };
 * ```
 */
export interface CalendarOptions {
  /** The first column (default `mon`). */
  readonly weekStartsOn?: Weekday;
  /** A BCP 47 locale for the month title (`November 2026`); without it `title` is `null`. */
  readonly locale?: string;
}

/**
 * The On calendar picker: the month shown, its grid (days before today in the agent's zone are not
 * selectable), the selected date and the months the arrows lead to.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * const view = webcallback.calendar(state, Date.now(), { weekStartsOn: 'sun', locale: 'en-US' });
 * if (view.ok) view.value.grid.weeks.flat().filter((d) => d.date === view.value.selected);
 * ```
 */
export interface CalendarView {
  /** The month grid (six rows of seven days) from `time.monthGrid`. */
  readonly grid: MonthGrid;
  /** The localized month title, or `null` without a locale. */
  readonly title: string | null;
  /** The On date. */
  readonly selected: LocalDate;
  /** Today in the agent's zone. */
  readonly today: LocalDate;
  /** The month the "previous" arrow shows (send it as a `show-month` event); `null` before year 1. */
  readonly previous: YearMonth | null;
  /** The month the "next" arrow shows; `null` after year 9999. */
  readonly next: YearMonth | null;
}

/**
 * The On calendar at the instant `at`, built with `time.monthGrid` for the month the view shows.
 * Refuses a bad `weekStartsOn` (`invalid-month`) or locale (`invalid-locale`); never throws.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * const view = webcallback.calendar(state, Date.now());
 * if (view.ok) [view.value.grid.year, view.value.grid.month, view.value.grid.hasPrevious];
 * ```
 */
export function calendar(state: WebCallbackState, at: number, options: CalendarOptions = {}): Result<CalendarView, TimeErrorCode> {
  const today = local(at, state.zone);
  if (!today.ok) return today;
  const shown = monthOf(`${state.view.month}-01`);
  const grid = monthGrid({ ...shown, weekStartsOn: options.weekStartsOn ?? 'mon', today: today.value.date, min: today.value.date, max: '9999-12-30' });
  if (!grid.ok) return grid;
  let title: string | null = null;
  if (options.locale !== undefined) {
    const t = monthTitle(shown, options.locale);
    if (!t.ok) return t;
    title = t.value;
  }
  const previous = shown.year === 1 && shown.month === 1 ? null : addMonths(shown, -1);
  const next = shown.year === 9999 && shown.month === 12 ? null : addMonths(shown, 1);
  return ok(Object.freeze({ grid: grid.value, title, selected: state.view.draft.on, today: today.value.date, previous, next }));
}
