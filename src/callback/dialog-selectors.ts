import { addDays, local, monthGrid, type MonthGrid, type Weekday, type YearMonth } from '../time/index.js';
import { commitProblem } from './dialog-rules.js';
import type { DialogState } from './dialog-state.js';
import { grid, type Grid } from './grid.js';

/**
 * Display options of {@link dialogGrid}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const options: callback.dialog.DialogGridOptions = { hour12: false, span: 'slots' };
 * ```
 */
export interface DialogGridOptions {
  /** Force a 12-hour or 24-hour clock; by default the locale decides. */
  readonly hour12?: boolean;
  /** `day` (default) or `slots`, as in {@link GridInput}. */
  readonly span?: 'day' | 'slots';
  /** Length of closed cells in minutes; default the slot length. */
  readonly cellMinutes?: number;
}

/**
 * The schedule grid of the dialog's date and zone at `at` (see {@link grid}), with the dialog's notice and
 * horizon; `null` while the availability loads or after it failed to load.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * declare const state: callback.dialog.DialogState;
 * const g = callback.dialog.dialogGrid(state, Date.now(), 'en-US');
 * g?.cells.filter((c) => c.available).map((c) => c.label);
 * ```
 */
export function dialogGrid(state: DialogState, at: number, locale: string, options: DialogGridOptions = {}): Grid | null {
  const a = state.availability;
  if (a.status !== 'loaded') return null;
  const r = grid({
    slots: a.slots,
    date: a.date,
    zone: a.zone,
    at,
    locale,
    noticeMinutes: state.noticeMinutes,
    horizonDays: state.horizonDays,
    ...options,
  });
  return r.ok ? r.value : null;
}

/**
 * The month calendar of the dialog's date picker (`time.monthGrid`): today in the chosen zone is marked,
 * and only dates from today to the horizon are selectable. Shows the month of the date chosen unless
 * `month` is given (the picker's arrows). `null` for an impossible month.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * declare const state: callback.dialog.DialogState;
 * const cal = callback.dialog.dialogCalendar(state, Date.now(), 'sun');
 * cal?.weeks.flat().filter((d) => d.selectable).length;
 * ```
 */
export function dialogCalendar(state: DialogState, at: number, weekStartsOn: Weekday = 'mon', month?: YearMonth): MonthGrid | null {
  const now = local(at, state.zone);
  if (!now.ok) return null;
  const today = now.value.date;
  const shown = month ?? { year: Number(state.date.slice(0, 4)), month: Number(state.date.slice(5, 7)) };
  const r = monthGrid({ year: shown.year, month: shown.month, weekStartsOn, today, min: today, max: addDays(today, state.horizonDays) });
  return r.ok ? r.value : null;
}

/**
 * Whether the dialog can commit at `at`, and if not why.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const s: callback.dialog.CommitReadiness = { enabled: false, reason: 'slot-required' };
 * ```
 */
export interface CommitReadiness {
  /** True when OK (or, in the reschedule view, a click outside) would commit. */
  readonly enabled: boolean;
  /** The code of what is missing or wrong (`slot-required`, `time-in-past`, `number-required`, ...), or `null`. */
  readonly reason: string | null;
}

/**
 * Whether the OK button is enabled at `at` and, if not, why (for the reschedule view: whether a click
 * outside would commit).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * declare const state: callback.dialog.DialogState;
 * const { enabled, reason } = callback.dialog.commitReadiness(state, Date.now());
 * ```
 */
export function commitReadiness(state: DialogState, at: number): CommitReadiness {
  const problem = commitProblem(state, at);
  return problem === null ? { enabled: true, reason: null } : { enabled: false, reason: problem.code };
}
