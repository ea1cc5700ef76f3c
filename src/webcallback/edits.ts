import { fromCode, type WebCallbackCode } from './codes.js';
import { accept, deepFreeze as freeze, refuse, type Step } from '../core/internal.js';
import { MINUTE, local, parseDate, parseTime, resolve, stepTime, type LocalTime, type MinuteStep, type YearMonth } from '../time/index.js';
import type { WebCallbackEffect } from './effects.js';
import { draftOf, monthOfDate } from './start.js';
import type { Draft, ViewState, WebCallbackState } from './state.js';
import { looseStart, minutesUntilTill } from './window.js';
import { validateDraft } from './validate.js';

type Out = Step<WebCallbackState, WebCallbackEffect, WebCallbackCode>;

function withView(state: WebCallbackState, at: number, view: Partial<ViewState>, effects: readonly WebCallbackEffect[] = []): Out {
  return accept(freeze({ ...state, lastAt: at, view: { ...state.view, ...view } }), effects);
}

/** An edit of a field: the view must be open with the check box ticked; any change unsets the view. */
function edit(state: WebCallbackState, at: number, draft: Draft, month: YearMonth = state.view.month): Out {
  return withView(state, at, { draft, month, set: false, errors: [] });
}

function editable(state: WebCallbackState): Out | null {
  if (!state.view.open) return refuse(state, 'event-not-allowed', 'The Reschedule Callback view is closed.');
  if (!state.view.ticked) return refuse(state, 'not-rescheduling', 'Tick the Reschedule Callback check box first.');
  return null;
}

/** The latest schedule asked for: the pending request's, or the one the server holds. */
function latest(state: WebCallbackState) {
  return state.pending ?? state.scheduled;
}

/** `open`: shows the view (refused when it is already open). @internal */
export function open(state: WebCallbackState, at: number): Out {
  if (state.view.open) return refuse(state, 'event-not-allowed', 'The Reschedule Callback view is already open.');
  return withView(state, at, { open: true });
}

/** `close` (X): sets the reschedule when ticked and valid, else keeps the values and lists the errors. @internal */
export function close(state: WebCallbackState, at: number): Out {
  if (!state.view.open) return refuse(state, 'event-not-allowed', 'The Reschedule Callback view is not open.');
  if (!state.view.ticked) return withView(state, at, { open: false, set: false, errors: [] });
  const errors = validateDraft(state.view.draft, state, at);
  if (errors.length === 0) return withView(state, at, { open: false, set: true, errors: [] });
  return withView(state, at, { open: false, set: false, errors }, [{ type: 'show-errors', errors }]);
}

/** `set-reschedule`: ticks the check box; unticking abandons the new values. @internal */
export function setReschedule(state: WebCallbackState, at: number, checked: unknown): Out {
  if (typeof checked !== 'boolean') return refuse(state, 'invalid-event', '`checked` must be a boolean.', undefined, '$.checked');
  if (!state.view.open) return refuse(state, 'event-not-allowed', 'The Reschedule Callback view is closed.');
  if (checked) return withView(state, at, { ticked: true });
  // Unticking abandons the new values: the view shows the latest schedule again.
  const draft = draftOf(latest(state), state.zone);
  return withView(state, at, { ticked: false, set: false, errors: [], draft, month: monthOfDate(draft.on) });
}

/** `set-on`: a `YYYY-MM-DD` date not before today in the agent zone; the calendar follows. @internal */
export function setOn(state: WebCallbackState, at: number, value: unknown): Out {
  const date = parseDate(value);
  if (!date.ok) return refuse(state, date.error.code, date.error.message, date.error.details, '$.date');
  if (date.value === '9999-12-31') return refuse(state, 'invalid-date', 'The last supported day is 9999-12-30.', undefined, '$.date');
  const blocked = editable(state);
  if (blocked) return blocked;
  const today = local(at, state.zone);
  if (today.ok && date.value < today.value.date) {
    return refuse(state, 'time-in-past', `${date.value} has passed (today is ${today.value.date} in ${state.zone}).`, { field: 'on', today: today.value.date }, '$.date');
  }
  return edit(state, at, { ...state.view.draft, on: date.value }, monthOfDate(date.value));
}

/** `show-month`: the calendar arrows. @internal */
export function showMonth(state: WebCallbackState, at: number, year: unknown, month: unknown): Out {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) {
    return refuse(state, 'invalid-month', 'A month needs a year from 1 to 9999.', undefined, '$.year');
  }
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) {
    return refuse(state, 'invalid-month', 'A month needs a month from 1 to 12.', undefined, '$.month');
  }
  if (!state.view.open) return refuse(state, 'event-not-allowed', 'The Reschedule Callback view is closed.');
  return withView(state, at, { month: { year, month } });
}

/** The Till label of a draft (using `compatible` where the policy would refuse From). */
function tillOf(state: WebCallbackState, draft: Draft): LocalTime | null {
  const s = looseStart(draft.on, draft.from, state.zone, state.config.policy);
  if (s === null) return null;
  const end = local(s + draft.durationMinutes * MINUTE, state.zone);
  return end.ok ? end.value.time : null;
}

function inBounds(state: WebCallbackState, minutes: number): boolean {
  return minutes >= state.config.minDurationMinutes && minutes <= state.config.maxDurationMinutes;
}

/** `set-from`: keeps Till when the window stays in bounds, else keeps the duration. @internal */
export function setFrom(state: WebCallbackState, at: number, value: unknown): Out {
  const time = parseTime(value);
  if (!time.ok) return refuse(state, time.error.code, time.error.message, time.error.details, '$.time');
  const blocked = editable(state);
  if (blocked) return blocked;
  const { draft } = state.view;
  if (state.config.policy === 'reject') {
    const strict = resolve({ date: draft.on, time: time.value, zone: state.zone }, 'reject');
    if (!strict.ok) return refuse(state, fromCode(strict.error.code), strict.error.message, { field: 'from', ...(strict.error.details as object) }, '$.time');
  }
  // Till keeps its time when the window it leaves is within bounds; otherwise the duration is kept.
  const till = tillOf(state, draft);
  const newStart = looseStart(draft.on, time.value, state.zone, state.config.policy);
  const kept = till === null || newStart === null ? null : minutesUntilTill(newStart, till, state.zone);
  const durationMinutes = kept !== null && inBounds(state, kept) ? kept : draft.durationMinutes;
  return edit(state, at, { ...draft, from: time.value, durationMinutes });
}

function refuseDuration(state: WebCallbackState, minutes: number, path: string): Out {
  const { minDurationMinutes: min, maxDurationMinutes: max } = state.config;
  return refuse(state, 'duration-out-of-bounds', `The window must last from ${min} to ${max} minutes, not ${minutes}.`, { field: 'till', minutes, min, max }, path);
}

/** `set-till`: the next time the clock shows Till after From; the duration must be in bounds. @internal */
export function setTill(state: WebCallbackState, at: number, value: unknown): Out {
  const time = parseTime(value);
  if (!time.ok) return refuse(state, time.error.code, time.error.message, time.error.details, '$.time');
  const blocked = editable(state);
  if (blocked) return blocked;
  const { draft } = state.view;
  const s = looseStart(draft.on, draft.from, state.zone, state.config.policy);
  const minutes = s === null ? null : minutesUntilTill(s, time.value, state.zone);
  if (minutes === null) return refuse(state, 'invalid-time', `Cannot place Till ${time.value} after From.`, { field: 'till' }, '$.time');
  if (!inBounds(state, minutes)) return refuseDuration(state, minutes, '$.time');
  return edit(state, at, { ...draft, durationMinutes: minutes });
}

/** `set-duration`: whole minutes within the bounds. @internal */
export function setDuration(state: WebCallbackState, at: number, value: unknown): Out {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    return refuse(state, 'invalid-duration', 'A duration must be a whole, positive number of minutes.', undefined, '$.minutes');
  }
  const blocked = editable(state);
  if (blocked) return blocked;
  if (!inBounds(state, value)) return refuseDuration(state, value, '$.minutes');
  return edit(state, at, { ...state.view.draft, durationMinutes: value });
}

/** `set-to`: one of the contact numbers. @internal */
export function setTo(state: WebCallbackState, at: number, value: unknown): Out {
  const number = typeof value === 'string' ? value.trim() : value;
  if (typeof number !== 'string' || !state.numbers.includes(number)) {
    return refuse(state, 'unknown-number', 'To must be one of the contact numbers.', { field: 'to', numbers: state.numbers }, '$.number');
  }
  const blocked = editable(state);
  if (blocked) return blocked;
  return edit(state, at, { ...state.view.draft, to: number });
}

/** `step-time`: a From or Till stepper through `time.stepTime`, applied as `set-from` / `set-till`. @internal */
export function stepField(state: WebCallbackState, at: number, field: unknown, unit: unknown, direction: unknown, step: unknown): Out {
  if (field !== 'from' && field !== 'till') return refuse(state, 'invalid-step', 'The stepper field must be from or till.', undefined, '$.field');
  const blocked = editable(state);
  if (blocked) return blocked;
  const current = field === 'from' ? state.view.draft.from : tillOf(state, state.view.draft);
  if (current === null) return refuse(state, 'invalid-time', 'Till cannot be placed after From.', { field });
  const next = stepTime(current, unit as 'hour' | 'minute', direction as 'up' | 'down', (step ?? 1) as MinuteStep);
  if (!next.ok) return refuse(state, 'invalid-step', next.error.message, next.error.details, '$');
  return field === 'from' ? setFrom(state, at, next.value) : setTill(state, at, next.value);
}
