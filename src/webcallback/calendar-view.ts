import { maxInstant, selectorAt } from '../core/internal.js';
import { webCallbackState } from './selectors.js';
import { local, monthPicker, wallDate, weekdays, type MonthPicker, type Weekday } from '../time/index.js';
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
  /** The first column (default `mon`; anything else than `mon` ... `sun` reads as `mon`). */
  readonly weekStartsOn?: Weekday;
  /** A BCP 47 locale for the month title (`November 2026`); without it, or if it is not a valid tag, `title` is `null`. */
  readonly locale?: string;
}

/** The last day a web callback can be moved to (the day of `core.maxInstant`). */
const LAST_DAY = wallDate(maxInstant);

/**
 * The On calendar at the instant `at`: `time.monthPicker` for the month the view shows
 * (`state.view.month`, moved by `show-month`), days before today in the agent's zone not selectable,
 * the On date selected, and the months the arrows lead to (send them as `show-month`). An `at` earlier
 * than the state's last event (or not an instant) counts as that instant. A bad option falls back to its
 * default.
 *
 * @throws RangeError when `state` is not a web callback state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare const state: webcallback.WebCallbackState;
 * const picker = webcallback.calendar(state, Date.now(), { weekStartsOn: 'sun', locale: 'en-US' });
 * [picker.grid.year, picker.grid.month, picker.title, picker.next];
 * ```
 */
export function calendar(state: WebCallbackState, at: number, options: CalendarOptions = {}): MonthPicker {
  state = webCallbackState('calendar', state);
  const now = selectorAt(state.lastAt, at);
  const today = local(now, state.zone);
  const first = options.weekStartsOn;
  const weekStartsOn: Weekday = typeof first === 'string' && (weekdays as readonly string[]).includes(first) ? first : 'mon';
  const base = {
    shown: state.view.month,
    weekStartsOn,
    selected: state.view.draft.on,
    max: LAST_DAY,
    ...(today.ok ? { today: today.value.date, min: today.value.date } : {}),
  };
  const titled = typeof options.locale === 'string' ? monthPicker({ ...base, locale: options.locale }) : null;
  if (titled !== null && titled.ok) return titled.value;
  const plain = monthPicker(base);
  if (plain.ok) return plain.value;
  return empty(weekStartsOn);
}

/** The picker of a state no machine step produces: no weeks, no arrows. */
function empty(weekStartsOn: Weekday): MonthPicker {
  const start = weekdays.indexOf(weekStartsOn);
  const columns = [...weekdays.slice(start), ...weekdays.slice(0, start)];
  return Object.freeze({
    grid: Object.freeze({ year: 1970, month: 1, weekStartsOn, columns: Object.freeze(columns), weeks: Object.freeze([]), hasPrevious: false, hasNext: false }),
    title: null,
    selected: null,
    previous: null,
    next: null,
  });
}
