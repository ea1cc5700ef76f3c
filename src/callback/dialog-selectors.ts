import { addDays, local, monthPicker, type Weekday } from '../time/index.js';
import { selectorAt, selectorState } from '../core/internal.js';
import { machine } from './dialog-machine.js';
import { commitPlan, type DialogFieldError } from './dialog-rules.js';
import type { DialogState } from './dialog-state.js';
import { grid as buildGrid, type Grid } from './grid.js';

/** The state a dialog selector reads (internal): see `selectorState`. */
function dialogState(fn: string, state: unknown): DialogState {
  return selectorState(machine, `callback.dialog.${fn}`, state);
}

/**
 * Display options of {@link grid}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const options: callback.dialog.GridOptions = { hour12: false, span: 'slots' };
 * ```
 */
export interface GridOptions {
  /** Force a 12-hour or 24-hour clock; by default the locale decides. */
  readonly hour12?: boolean;
  /** `day` (default) or `slots`, as in `callback.GridInput`. */
  readonly span?: 'day' | 'slots';
  /** Length of closed cells in minutes; default the slot length. */
  readonly cellMinutes?: number;
}

/**
 * The schedule grid of the dialog's date and zone at `at` (see `callback.grid`), with the dialog's notice
 * and horizon; `null` while the availability loads or after it failed to load.
 *
 * @throws RangeError when `state` is not a callback dialog state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * declare const state: callback.dialog.DialogState;
 * const g = callback.dialog.grid(state, Date.now(), 'en-US');
 * g?.cells.filter((c) => c.available).map((c) => c.label);
 * ```
 */
export function grid(state: DialogState, at: number, locale: string, options: GridOptions = {}): Grid | null {
  state = dialogState('grid', state);
  at = selectorAt(state.lastAt, at);
  const a = state.availability;
  if (a.status !== 'loaded') return null;
  const r = buildGrid({
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
 * Options of {@link calendar}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const o: callback.dialog.CalendarOptions = { weekStartsOn: 'sun', locale: 'en-US' };
 * ```
 */
export interface CalendarOptions {
  /** The first column; default `mon`. */
  readonly weekStartsOn?: Weekday;
  /** A BCP 47 locale for the month title; without it the title is `null`. */
  readonly locale?: string;
}

/**
 * The date picker at `at`: the month the state shows (`show-month`; choosing a date shows its month) as
 * a `time.MonthPicker`, with today in the chosen zone marked, dates from today to the horizon selectable,
 * the date shown selected, and arrows only towards months with a selectable day. A refusal only for a bad
 * option (`invalid-locale`, `invalid-month` for `weekStartsOn`). An `at` before the state's last event
 * (or not an instant) counts as that event's instant.
 *
 * @throws RangeError when `state` is not a callback dialog state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * declare const state: callback.dialog.DialogState;
 * const cal = callback.dialog.calendar(state, Date.now(), { weekStartsOn: 'sun', locale: 'en-US' });
 * if (cal.ok) cal.value.grid.weeks.flat().filter((d) => d.selectable).length;
 * ```
 */
export function calendar(state: DialogState, at: number, options: CalendarOptions = {}): ReturnType<typeof monthPicker> {
  state = dialogState('calendar', state);
  const now = local(selectorAt(state.lastAt, at), state.zone);
  if (!now.ok) return now;
  const today = now.value.date;
  return monthPicker({
    shown: state.month,
    today,
    min: today,
    max: addDays(today, state.horizonDays),
    selected: state.date,
    ...(options.weekStartsOn === undefined ? {} : { weekStartsOn: options.weekStartsOn }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
}

/**
 * The commit button at `at`: what OK (new-callback dialog) or a click outside (reschedule view) does now,
 * exactly as the machine will do it.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const b: callback.dialog.CommitButton = {
 *   enabled: false, action: 'refuse',
 *   problem: { field: 'slot', code: 'slot-required', message: 'Choose a time slot first.' },
 * };
 * ```
 */
export interface CommitButton {
  /** True when the click sends the callback request (`action` is `commit`). */
  readonly enabled: boolean;
  /**
   * `commit`: the request is sent. `close`: the reschedule view closes with no change (its check box is
   * clear, the choice is the current schedule, or it has a `problem`). `refuse`: OK is refused with the
   * `problem`'s code, or, with no problem, the dialog is committing or closed.
   */
  readonly action: 'commit' | 'close' | 'refuse';
  /** What is missing or wrong in the form (the first problem), or `null`. */
  readonly problem: DialogFieldError | null;
}

/**
 * Whether the OK button is enabled at `at` (for the reschedule view: whether a click outside would
 * commit), and if not why, field by field. It follows the same rule as the transition: an `ok` or
 * `dismissed` at `at` does what `action` says.
 *
 * @throws RangeError when `state` is not a callback dialog state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * declare const state: callback.dialog.DialogState;
 * const { enabled, problem } = callback.dialog.commitButton(state, Date.now());
 * ```
 */
export function commitButton(state: DialogState, at: number): CommitButton {
  state = dialogState('commitButton', state);
  const plan = commitPlan(state, selectorAt(state.lastAt, at));
  return Object.freeze({ enabled: plan.action === 'commit', action: plan.action, problem: plan.problem });
}
