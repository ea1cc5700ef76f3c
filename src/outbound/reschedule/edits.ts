import { ownField } from '../../core/internal.js';
import { monthOf, parseDate, type YearMonth, writeDate } from '../../time/index.js';
import { personalChange } from './policy.js';
import { propose } from './proposal.js';
import type { RescheduleState } from './state.js';
import { stepField } from './time-entry.js';
import { refuseField, update, type RescheduleStep } from './update.js';
import { selectableRange } from './zones.js';

type Fields = Readonly<Record<string, unknown>>;

const MAX_TEXT = 64;

/** A month as one number, for comparing months. */
export function monthIndex(m: YearMonth): number {
  return m.year * 12 + m.month;
}

/** The months the calendar may show at `now`: from today's month to the horizon's last day's month. */
export function monthRange(state: RescheduleState, now: number): { readonly first: YearMonth; readonly last: YearMonth } {
  const { first, last } = selectableRange(state.config, now);
  return { first: monthOf(first), last: monthOf(last) };
}

/** Personal Callback check box. */
export function setPersonal(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  const checked = ownField(event, 'checked');
  if (typeof checked !== 'boolean') return refuseField(state, 'invalid-event', 'personal', '`checked` must be a boolean.');
  const refusal = personalChange(state.config.personalPolicy, checked);
  if (refusal === 'personal-callback-locked') {
    return refuseField(state, refusal, 'personal', 'Every rescheduled call is a personal callback here; the check box is locked.');
  }
  if (refusal === 'personal-callback-hidden') {
    return refuseField(state, refusal, 'personal', 'Every rescheduled call is a campaign callback here; there is no Personal Callback option.');
  }
  return update(state, at, { personal: checked });
}

/** Typing in the date field: the text is kept; it is checked by the selectors and at Done. */
export function typeDate(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  const text = ownField(event, 'text');
  if (typeof text !== 'string' || text.length > MAX_TEXT) return refuseField(state, 'invalid-event', 'date', `\`text\` must be a string of at most ${MAX_TEXT} characters.`);
  return update(state, at, { dateText: text });
}

/** A click on a calendar day. */
export function pickDate(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  const date = parseDate(ownField(event, 'date'));
  if (!date.ok) return refuseField(state, 'invalid-event', 'date', '`date` must be a YYYY-MM-DD date.');
  const { first, last } = selectableRange(state.config, at);
  if (date.value < first || date.value > last) {
    const reason = date.value < first ? 'before-today' : 'beyond-horizon';
    return refuseField(state, 'date-not-selectable', 'date', `${date.value} cannot be chosen (${reason}).`, { date: date.value, reason, first, last });
  }
  return update(state, at, { dateText: writeDate(date.value, state.config.dateFormat), shownMonth: monthOf(date.value) });
}

/**
 * `show-month`: the calendar's month and year arrows. A real month (year 1 to 9999, month 1 to 12) with
 * a selectable day is shown; one without is `month-unavailable`; anything else `invalid-month`.
 */
export function showMonth(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  const year = ownField(event, 'year');
  const month = ownField(event, 'month');
  if (!Number.isInteger(year) || !Number.isInteger(month) || (year as number) < 1 || (year as number) > 9999 || (month as number) < 1 || (month as number) > 12) {
    return refuseField(state, 'invalid-month', 'date', '`year` must be an integer from 1 to 9999 and `month` one from 1 to 12.');
  }
  const shown: YearMonth = { year: year as number, month: month as number };
  const { first, last } = monthRange(state, at);
  if (monthIndex(shown) < monthIndex(first) || monthIndex(shown) > monthIndex(last)) {
    return refuseField(state, 'month-unavailable', 'date', 'No day of that month can be chosen.', { month: shown, first, last });
  }
  return update(state, at, { shownMonth: shown });
}

/** Typing in the time field. */
export function typeTime(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  const text = ownField(event, 'text');
  if (typeof text !== 'string' || text.length > MAX_TEXT) return refuseField(state, 'invalid-event', 'time', `\`text\` must be a string of at most ${MAX_TEXT} characters.`);
  return update(state, at, { timeText: text });
}

/** An hour or minute arrow of the time field. */
export function stepTimeField(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  const part = ownField(event, 'part');
  const direction = ownField(event, 'direction');
  if (part !== 'hour' && part !== 'minute') return refuseField(state, 'invalid-event', 'time', '`part` must be hour or minute.');
  if (direction !== 'up' && direction !== 'down') return refuseField(state, 'invalid-event', 'time', '`direction` must be up or down.');
  const fallback = propose(state.config, at).time;
  return update(state, at, { timeText: stepField(state.timeText, fallback, part, direction, state.config.stepMinutes) });
}
