import { defaultOfferType, needsSlot } from './callback-kind.js';
import { accept, deepFreeze, describe, isInstant, isRecord, ownField, readEnvelope, refuseWith, rejection, requestId, type Rejection, type Step, type TickEvent } from '../core/internal.js';
import { addDays, local, parseDate, daysBetween, zone as parseZone, isoUtc } from '../time/index.js';
import type { DialogCode } from './codes.js';
import type { CallbackRequest, DialogEffect, DialogEvent } from './dialog-events.js';
import { chosenType, commitPlan, refusalOf, slotProblem } from './dialog-rules.js';
import { loadFor } from './dialog-start.js';
import type { DialogState } from './dialog-state.js';
import type { Slot } from './slot.js';

type Raw = Readonly<Record<string, unknown>>;
type Outcome = { state: DialogState; effects: DialogEffect[] } | Rejection<DialogCode>;

/** The choices of the form: refused in the reschedule view until its check box is ticked. */
const CHOICES = new Set(['choose-type', 'choose-zone', 'choose-date', 'choose-number', 'choose-slot', 'show-month']);
const EVENTS = new Set([...CHOICES, 'set-reschedule', 'request-acknowledged', 'request-failed', 'ok', 'cancel', 'dismissed']);

function badField(type: string, field: string, expected: string, value: unknown): Rejection<DialogCode> {
  return rejection('invalid-event', `'${type}' needs \`${field}\`: ${expected} (found ${describe(value)}).`, undefined, `$.${field}`);
}

function refused(code: DialogCode, message: string, details?: Readonly<Record<string, unknown>>, path?: string): Rejection<DialogCode> {
  return rejection(code, message, details, path);
}

function next(state: DialogState, at: number, patch: Partial<DialogState>, effects: DialogEffect[] = []): Outcome {
  return { state: deepFreeze({ ...state, ...patch, lastAt: at }), effects };
}

function monthOf(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

/** A server's reason (untrusted) as a rejection to show: its code and message when they are strings, else `fallback`. */
function reasonOf(raw: unknown, fallback: Rejection): Rejection {
  if (!isRecord(raw)) return fallback;
  const code = ownField(raw, 'code');
  const message = ownField(raw, 'message');
  if (typeof code !== 'string' || code.length === 0 || code.length > 200) return fallback;
  return rejection(code, typeof message === 'string' && message.length <= 10_000 ? message : '');
}

/** Reads a slot list from an event (sorted, non-overlapping, sound numbers), or `null`. */
function readSlots(raw: unknown): Slot[] | null {
  if (!Array.isArray(raw) || raw.length > 10_000) return null;
  const out: Slot[] = [];
  for (const item of raw as readonly unknown[]) {
    if (!isRecord(item)) return null;
    const start = ownField(item, 'start');
    const end = ownField(item, 'end');
    const capacity = ownField(item, 'capacity');
    const remaining = ownField(item, 'remaining');
    if (!isInstant(start) || !isInstant(end) || end <= start) return null;
    if (typeof capacity !== 'number' || !Number.isSafeInteger(capacity) || capacity < 0) return null;
    if (typeof remaining !== 'number' || !Number.isSafeInteger(remaining) || remaining < 0 || remaining > capacity) return null;
    const prev = out[out.length - 1];
    if (prev !== undefined && start < prev.end) return null;
    out.push({ start, end, capacity, remaining });
  }
  return out;
}

/** Loads the availability of `date` in `zone`, replacing any load in flight. */
function reload(state: DialogState, at: number, patch: Partial<DialogState>): Outcome {
  const zone = patch.zone ?? state.zone;
  const date = patch.date ?? state.date;
  const { effect, count } = loadFor(state, zone, date);
  return next(state, at, { ...patch, requestCount: count, availability: { status: 'loading', requestId: effect.request.requestId, zone, date, slots: [], error: null } }, [effect]);
}

function commit(state: DialogState, at: number): Outcome {
  const type = chosenType(state);
  const count = state.requestCount + 1;
  const id = requestId('callback', count);
  const desiredAt = !needsSlot(type.kind) || state.chosen === null ? null : state.chosen.start;
  const request: CallbackRequest = {
    kind: state.origin.kind === 'reschedule' ? 'reschedule' : 'schedule',
    requestId: id,
    callbackId: state.origin.kind === 'reschedule' ? state.origin.callbackId : null,
    callbackType: type.id,
    callbackKind: type.kind,
    offerType: type.offerType ?? defaultOfferType(type.kind),
    desiredAt,
    desiredTime: desiredAt === null ? null : isoUtc(desiredAt),
    zone: state.zone,
    number: state.number,
    origin: state.origin,
  };
  return next(state, at, { phase: 'committing', requestCount: count, pendingCommit: id, error: null }, [{ type: 'send-request', request }]);
}

function close(state: DialogState, at: number, outcome: 'discarded' | 'unchanged', error: Rejection | null = null): Outcome {
  // `rejection` freezes only the top level, and `deepFreeze` skips frozen branches: kept in the state as
  // it is, the reason's `details` would stay mutable. A shallow copy lets `next` freeze it all (the
  // details of the dialog's field errors are built for it, so freezing them touches no caller data).
  return next(state, at, { phase: 'closed', outcome, error: error === null ? null : { ...error } }, [{ type: 'close', outcome }]);
}

/** `set-reschedule`: ticking enables the choices; clearing abandons them (back to the schedule as it opened). */
function setReschedule(state: DialogState, raw: Raw, at: number): Outcome {
  const checked = ownField(raw, 'checked');
  if (typeof checked !== 'boolean') return badField('set-reschedule', 'checked', 'a boolean', checked);
  if (state.origin.kind !== 'reschedule') return refused('event-not-allowed', 'The new-callback dialog has no Reschedule Callback check box.');
  if (checked) return next(state, at, { rescheduling: true });
  const back = state.initial;
  const patch: Partial<DialogState> = { rescheduling: false, typeId: back.typeId, number: back.number, chosen: null, error: null, month: monthOf(back.date) };
  if (back.zone === state.zone && back.date === state.date) return next(state, at, patch);
  return reload(state, at, { ...patch, zone: back.zone, date: back.date });
}

/** `show-month`: the date picker's arrows; the month must hold a selectable day (today to the horizon). */
function showMonth(state: DialogState, raw: Raw, at: number): Outcome {
  const year = ownField(raw, 'year');
  const month = ownField(raw, 'month');
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) return refused('invalid-month', 'A year is a whole number from 1 to 9999.', undefined, '$.year');
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) return refused('invalid-month', 'A month is a whole number from 1 to 12.', undefined, '$.month');
  const today = local(at, state.zone);
  if (!today.ok) return refused('invalid-instant', 'The instant cannot be read in the chosen zone.', undefined, '$.at');
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const last = `${first.slice(0, 8)}31`; // compares as the month's last day against real dates
  const max = addDays(today.value.date, state.horizonDays);
  if (first > max || last < today.value.date) {
    return refused('month-unavailable', `No day of ${first.slice(0, 7)} can be chosen (${today.value.date} to ${max}).`, { min: today.value.date, max });
  }
  return next(state, at, { month: { year, month } });
}

function choose(state: DialogState, raw: Raw, type: string, at: number): Outcome {
  switch (type) {
    case 'choose-type': {
      const typeId = ownField(raw, 'typeId');
      if (typeof typeId !== 'string') return badField(type, 'typeId', 'a string', typeId);
      if (!state.types.some((t) => t.id === typeId)) return refused('unknown-type', 'Not an offered callback type.', undefined, '$.typeId');
      return next(state, at, { typeId, error: null });
    }
    case 'choose-zone': {
      const z = parseZone(ownField(raw, 'zone'));
      if (!z.ok || !state.zones.includes(z.value)) return refused('unknown-zone-option', 'Not one of the zones offered.', undefined, '$.zone');
      if (z.value === state.zone) return next(state, at, {});
      // Keep the chosen slot in view: show its date in the new zone.
      const reading = state.chosen === null ? null : local(state.chosen.start, z.value);
      const date = reading !== null && reading.ok ? reading.value.date : state.date;
      return reload(state, at, { zone: z.value, date, month: monthOf(date) });
    }
    case 'choose-date': {
      const d = parseDate(ownField(raw, 'date'));
      if (!d.ok) return badField(type, 'date', 'a date written YYYY-MM-DD', ownField(raw, 'date'));
      const today = local(at, state.zone);
      const offset = today.ok ? daysBetween(today.value.date, d.value) : 0;
      if (offset < 0) return refused('time-in-past', `${d.value} has passed in ${state.zone}.`, { date: d.value }, '$.date');
      if (offset > state.horizonDays) return refused('beyond-horizon', `${d.value} is beyond the ${state.horizonDays}-day horizon.`, { date: d.value }, '$.date');
      return reload(state, at, { date: d.value, month: monthOf(d.value) });
    }
    case 'choose-number': {
      const number = ownField(raw, 'number');
      if (typeof number !== 'string') return badField(type, 'number', 'a string', number);
      if (!state.numbers.includes(number)) return refused('unknown-number', "Not one of the contact's numbers.", undefined, '$.number');
      return next(state, at, { number });
    }
    case 'choose-slot': {
      const start = ownField(raw, 'start');
      if (!isInstant(start)) return badField(type, 'start', 'epoch milliseconds', start);
      if (!needsSlot(chosenType(state).kind)) return refused('slot-not-needed', 'An immediate callback takes no slot.', { typeId: state.typeId });
      if (state.availability.status !== 'loaded') return refused('availability-not-loaded', 'The availability of this date is not loaded yet.', { status: state.availability.status });
      const slot = state.availability.slots.find((s) => s.start === start);
      if (slot === undefined) return refused('slot-unavailable', 'No slot starts then: the time is closed.', { start }, '$.start');
      const problem = slotProblem(state, slot, at);
      if (problem !== null) return refusalOf(problem);
      return next(state, at, { chosen: slot, error: null });
    }
    default:
      return showMonth(state, raw, at);
  }
}

/** The server's answer to a request, matched by id: the availability load, or the commit. */
function answer(state: DialogState, raw: Raw, type: string, at: number): Outcome {
  const id = ownField(raw, 'requestId');
  if (typeof id !== 'string') return badField(type, 'requestId', 'a string', id);
  const failed = type === 'request-failed';
  if (state.phase === 'committing' && id === state.pendingCommit) {
    if (!failed) return next(state, at, { phase: 'closed', outcome: 'committed', pendingCommit: null }, [{ type: 'close', outcome: 'committed' }]);
    const error = reasonOf(ownField(raw, 'reason'), rejection('request-failed', 'The server refused the callback.'));
    // Back to selection with the reason; the chosen slot is dropped and the availability reloaded (it may have filled up).
    return reload(state, at, { phase: 'selecting', pendingCommit: null, chosen: null, error });
  }
  if (state.phase !== 'closed' && state.availability.status === 'loading' && id === state.availability.requestId) {
    if (failed) {
      const error = reasonOf(ownField(raw, 'reason'), rejection('availability-not-loaded', 'The availability could not be loaded.'));
      return next(state, at, { availability: { ...state.availability, status: 'failed', error }, error });
    }
    const slots = readSlots(ownField(raw, 'slots'));
    if (slots === null) return badField(type, 'slots', 'sorted, non-overlapping { start, end, capacity, remaining } slots (at most 10 000)', ownField(raw, 'slots'));
    return next(state, at, { availability: { ...state.availability, status: 'loaded', slots } });
  }
  if (state.phase === 'closed') return refused('event-not-allowed', `The dialog is closed; '${type}' changes nothing.`, { phase: state.phase });
  return refused('unknown-request', 'No pending request has that id (an answer for an earlier date or zone, or answered already).', undefined, '$.requestId');
}

/** OK, Cancel and a click outside: what `commitPlan` says, so that `commitButton` always agrees. */
function button(state: DialogState, type: 'ok' | 'cancel' | 'dismissed', at: number): Outcome {
  const reschedule = state.origin.kind === 'reschedule';
  if (type === 'cancel') return close(state, at, reschedule ? 'unchanged' : 'discarded');
  if (type === 'ok' && reschedule) return refused('event-not-allowed', 'The reschedule view has no OK: it commits when dismissed.');
  if (type === 'dismissed' && !reschedule) return refused('event-not-allowed', 'The new-callback dialog closes with OK or Cancel.');
  const plan = commitPlan(state, at);
  if (plan.action === 'commit') return commit(state, at);
  if (plan.action === 'close') return close(state, at, 'unchanged', plan.problem === null ? null : refusalOf(plan.problem));
  return plan.problem === null ? refused('event-not-allowed', `The dialog is ${state.phase}.`, { phase: state.phase }) : refusalOf(plan.problem);
}

function selecting(state: DialogState, raw: Raw, type: string, at: number): Outcome {
  if (CHOICES.has(type)) {
    if (!state.rescheduling) return refusalOf({ field: 'reschedule', code: 'not-rescheduling', message: 'Tick Reschedule Callback first.' });
    return choose(state, raw, type, at);
  }
  switch (type) {
    case 'set-reschedule':
      return setReschedule(state, raw, at);
    case 'ok':
    case 'cancel':
    case 'dismissed':
      return button(state, type, at);
    default:
      return answer(state, raw, type, at);
  }
}

/**
 * Applies one event to the callback dialog (see {@link DialogEvent}). Pure and total: a refused event
 * returns the same state with a code from `dialogCodes` (`event-not-allowed`, `unknown-request`,
 * `not-rescheduling`, `slot-unavailable`, `time-in-past`, `time-too-soon`, `beyond-horizon`,
 * `forbidden-by-contact-policy`, `slot-required`, `slot-not-needed`, `number-required`, `unknown-type`,
 * `unknown-zone-option`, `unknown-number`, `availability-not-loaded`, `invalid-month`,
 * `month-unavailable`, `invalid-event`, ...), and a field problem carries the `FieldError` in `details`.
 *
 * Commit rules (the same as `commitButton`): the new-callback dialog commits on `ok` and discards on
 * `cancel`; the reschedule view commits on `dismissed` when its check box is ticked and a valid choice is
 * made (a slot, or an immediate type) that differs from the current schedule, and otherwise closes with
 * no change (as it does on `cancel`).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const at = Date.UTC(2026, 10, 24, 14);
 * const sStarted = callback.dialog.machine.start({
 *   at, origin: { kind: 'interaction', interactionId: 'ix-7', media: 'voice' },
 *   types: [{ id: 'scheduled', label: 'Scheduled', kind: 'scheduled' }], zones: ['UTC'], defaultZone: 'UTC', numbers: [],
 * });
 * if (!sStarted.ok) throw new Error(sStarted.error.code);
 * let s = sStarted.state;
 * const slot = { start: Date.UTC(2026, 10, 24, 15), end: Date.UTC(2026, 10, 24, 15, 15), capacity: 2, remaining: 1 };
 * s = callback.dialog.machine.transition(s, { type: 'request-acknowledged', at, requestId: 'availability-1', slots: [slot] }).state;
 * s = callback.dialog.machine.transition(s, { type: 'choose-slot', at, start: slot.start }).state;
 * const step = callback.dialog.machine.transition(s, { type: 'ok', at });
 * step.effects[0]?.type; // 'send-request'
 * ```
 */
export function transitionDialog(state: DialogState, event: DialogEvent | TickEvent): Step<DialogState, DialogEffect, DialogCode> {
  const envelope = readEnvelope(event, state.lastAt);
  if ('code' in envelope) return refuseWith(state, envelope);
  const raw = event as unknown as Raw;
  const { type, at } = envelope;
  if (!EVENTS.has(type)) return refuseWith(state, refused('unknown-event', 'Not a callback dialog event.', undefined, '$.type'));
  let out: Outcome;
  if (state.phase === 'selecting') out = selecting(state, raw, type, at);
  else if (type === 'request-acknowledged' || type === 'request-failed') out = answer(state, raw, type, at);
  else out = refused('event-not-allowed', `'${type}' is not allowed while the dialog is ${state.phase}.`, { phase: state.phase });
  return 'code' in out ? refuseWith(state, out) : accept(out.state, out.effects);
}
