import { accept, checkEnvelope, deepFreeze, isInstant, isRecord, ownField, refuseWith, rejection, requestId, type Rejection, type Step } from '../core/internal.js';
import { local, parseDate, daysBetween, zone as parseZone } from '../time/index.js';
import type { CallbackRequest, DialogEffect } from './dialog-events.js';
import { chosenType, commitProblem, slotProblem } from './dialog-rules.js';
import { loadFor } from './dialog-start.js';
import type { DialogState } from './dialog-state.js';
import { isoUtc } from './iso.js';
import type { Slot } from './slot.js';

type Raw = Readonly<Record<string, unknown>>;
type Outcome = { state: DialogState; effects: DialogEffect[] } | Rejection;

const EVENTS = new Set([
  'choose-type', 'choose-zone', 'choose-date', 'choose-number', 'choose-slot', 'availability-loaded', 'availability-failed',
  'ok', 'cancel', 'dismissed', 'commit-succeeded', 'commit-failed',
]);

function badField(type: string, field: string, expected: string, value: unknown): Rejection {
  return rejection('invalid-event', `'${type}' needs \`${field}\`: ${expected}.`, { field, value });
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function next(state: DialogState, at: number, patch: Partial<DialogState>, effects: DialogEffect[] = []): Outcome {
  return { state: deepFreeze({ ...state, ...patch, lastAt: at }), effects };
}

/** Reads a slot list from an event (sorted, non-overlapping, sound numbers), or `null`. */
function readSlots(raw: unknown): Slot[] | null {
  if (!Array.isArray(raw)) return null;
  const out: Slot[] = [];
  for (const item of raw as readonly unknown[]) {
    if (!isRecord(item)) return null;
    const start = ownField(item, 'start');
    const end = ownField(item, 'end');
    const capacity = ownField(item, 'capacity');
    const remaining = ownField(item, 'remaining');
    if (!isInstant(start) || !isInstant(end) || end <= start) return null;
    if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0) return null;
    if (typeof remaining !== 'number' || !Number.isInteger(remaining) || remaining < 0) return null;
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
  return next(state, at, { ...patch, requestCount: count, availability: { status: 'loading', requestId: effect.requestId, zone, date, slots: [], error: null } }, [effect]);
}

function commit(state: DialogState, at: number): Outcome {
  const type = chosenType(state);
  const count = state.requestCount + 1;
  const id = requestId('callback', count);
  const desiredAt = type.immediate || state.chosen === null ? null : state.chosen.start;
  const request: CallbackRequest = {
    requestId: id,
    callbackType: type.id,
    immediate: type.immediate,
    desiredAt,
    desiredTime: desiredAt === null ? null : isoUtc(desiredAt),
    zone: state.zone,
    number: state.number,
    origin: state.origin,
  };
  const effect: DialogEffect =
    state.origin.kind === 'reschedule'
      ? { type: 'reschedule-callback', callbackId: state.origin.callbackId, ...request }
      : { type: 'schedule-callback', ...request };
  return next(state, at, { phase: 'committing', requestCount: count, pendingCommit: id, error: null }, [effect]);
}

function close(state: DialogState, at: number, outcome: 'discarded' | 'unchanged', error: Rejection | null = null): Outcome {
  // `rejection` freezes only the top level, and `deepFreeze` skips frozen branches: kept in the state as
  // it is, the reason's `details` would stay mutable. A shallow copy lets `next` freeze it all (the
  // details of commitProblem's reasons are built for it, so freezing them touches no caller data).
  return next(state, at, { phase: 'closed', outcome, error: error === null ? null : { ...error } }, [{ type: 'close', outcome }]);
}

function selecting(state: DialogState, raw: Raw, type: string, at: number): Outcome {
  const reschedule = state.origin.kind === 'reschedule';
  switch (type) {
    case 'choose-type': {
      const typeId = ownField(raw, 'typeId');
      if (typeof typeId !== 'string') return badField(type, 'typeId', 'a string', typeId);
      if (!state.types.some((t) => t.id === typeId)) return rejection('unknown-type', `Not an offered callback type: ${typeId}`, { typeId });
      return next(state, at, { typeId, error: null });
    }
    case 'choose-zone': {
      const z = parseZone(ownField(raw, 'zone'));
      if (!z.ok || !state.zones.includes(z.value)) return rejection('unknown-zone-option', 'Not one of the zones offered.', { zone: ownField(raw, 'zone') });
      if (z.value === state.zone) return next(state, at, {});
      // Keep the chosen slot in view: show its date in the new zone.
      const reading = state.chosen === null ? null : local(state.chosen.start, z.value);
      const date = reading !== null && reading.ok ? reading.value.date : state.date;
      return reload(state, at, { zone: z.value, date });
    }
    case 'choose-date': {
      const d = parseDate(ownField(raw, 'date'));
      if (!d.ok) return badField(type, 'date', 'a date written YYYY-MM-DD', ownField(raw, 'date'));
      const today = local(at, state.zone);
      const offset = today.ok ? daysBetween(today.value.date, d.value) : 0;
      if (offset < 0) return rejection('time-in-past', `${d.value} has passed in ${state.zone}.`, { date: d.value });
      if (offset > state.horizonDays) return rejection('beyond-horizon', `${d.value} is beyond the ${state.horizonDays}-day horizon.`, { date: d.value });
      return reload(state, at, { date: d.value });
    }
    case 'choose-number': {
      const number = ownField(raw, 'number');
      if (typeof number !== 'string') return badField(type, 'number', 'a string', number);
      if (!state.numbers.includes(number)) return rejection('unknown-number', 'Not one of the contact\'s numbers.', { number });
      return next(state, at, { number });
    }
    case 'choose-slot': {
      const start = ownField(raw, 'start');
      if (!isInstant(start)) return badField(type, 'start', 'epoch milliseconds', start);
      if (chosenType(state).immediate) return rejection('slot-not-needed', 'An immediate callback takes no slot.', { typeId: state.typeId });
      if (state.availability.status !== 'loaded') return rejection('availability-not-loaded', 'The availability of this date is not loaded yet.', { status: state.availability.status });
      const slot = state.availability.slots.find((s) => s.start === start);
      if (slot === undefined) return rejection('slot-unavailable', 'No slot starts then: the time is closed.', { start });
      const problem = slotProblem(state, slot, at);
      if (problem !== null) return problem;
      return next(state, at, { chosen: slot, error: null });
    }
    case 'availability-loaded':
    case 'availability-failed': {
      const id = ownField(raw, 'requestId');
      if (typeof id !== 'string') return badField(type, 'requestId', 'a string', id);
      if (state.availability.status !== 'loading' || id !== state.availability.requestId) {
        return rejection('stale-response', `No load ${id} is pending (waiting for ${state.availability.requestId}).`, { requestId: id });
      }
      if (type === 'availability-failed') {
        const reason = ownField(raw, 'reason');
        const error = isRecord(reason) && typeof ownField(reason, 'code') === 'string' ? rejection(ownField(reason, 'code') as string, textOf(ownField(reason, 'message'))) : rejection('availability-not-loaded', 'The availability could not be loaded.');
        return next(state, at, { availability: { ...state.availability, status: 'failed', error }, error });
      }
      const slots = readSlots(ownField(raw, 'slots'));
      if (slots === null) return badField(type, 'slots', 'sorted, non-overlapping { start, end, capacity, remaining } slots', ownField(raw, 'slots'));
      return next(state, at, { availability: { ...state.availability, status: 'loaded', slots } });
    }
    case 'ok': {
      if (reschedule) return rejection('event-not-allowed', 'The reschedule view has no OK: it commits when dismissed.');
      const problem = commitProblem(state, at);
      return problem ?? commit(state, at);
    }
    case 'cancel':
      return close(state, at, reschedule ? 'unchanged' : 'discarded');
    case 'dismissed': {
      if (!reschedule) return rejection('event-not-allowed', 'The new-callback dialog closes with OK or Cancel.');
      const problem = commitProblem(state, at);
      if (problem !== null) return close(state, at, 'unchanged', state.chosen === null ? null : problem);
      const type = chosenType(state);
      const same = state.origin.kind === 'reschedule' && (type.immediate ? state.origin.desiredAt === null : state.chosen?.start === state.origin.desiredAt);
      return same ? close(state, at, 'unchanged') : commit(state, at);
    }
    default:
      return rejection('event-not-allowed', `'${type}' is not expected while selecting.`, { phase: state.phase });
  }
}

function committing(state: DialogState, raw: Raw, type: string, at: number): Outcome {
  if (type !== 'commit-succeeded' && type !== 'commit-failed') {
    return rejection('event-not-allowed', `'${type}' is not allowed while the callback is being committed.`, { phase: state.phase });
  }
  const id = ownField(raw, 'requestId');
  if (typeof id !== 'string') return badField(type, 'requestId', 'a string', id);
  if (id !== state.pendingCommit) return rejection('stale-response', `No commit ${id} is pending.`, { requestId: id, pending: state.pendingCommit });
  if (type === 'commit-succeeded') return next(state, at, { phase: 'closed', outcome: 'committed', pendingCommit: null }, [{ type: 'close', outcome: 'committed' }]);
  const reason = ownField(raw, 'reason');
  if (!isRecord(reason) || typeof ownField(reason, 'code') !== 'string') return badField(type, 'reason', '{ code, message }', reason);
  const error = rejection(ownField(reason, 'code') as string, textOf(ownField(reason, 'message')));
  // Back to selection with the reason; the chosen slot is dropped and the availability reloaded (it may have filled up).
  return reload(state, at, { phase: 'selecting', pendingCommit: null, chosen: null, error });
}

/**
 * Applies one event to the callback dialog (see {@link DialogEvent}). Pure and total: a refused event
 * returns the same state with a code (`event-not-allowed`, `stale-response`, `slot-unavailable`,
 * `time-in-past`, `too-soon`, `beyond-horizon`, `slot-required`, `slot-not-needed`, `number-required`,
 * `unknown-type`, `unknown-zone-option`, `unknown-number`, `availability-not-loaded`, `invalid-event`, ...).
 *
 * Commit rules: the new-callback dialog commits on `ok` and discards on `cancel`; the reschedule view
 * commits on `dismissed` when a valid choice is made (a slot, or an immediate type) and otherwise closes
 * with no change (as it does on `cancel`, or when the choice equals the current schedule).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const at = Date.UTC(2026, 10, 24, 14);
 * let s = callback.dialog.machine.start({
 *   at, origin: { kind: 'interaction', interactionId: 'ix-7', media: 'voice' },
 *   types: [{ id: 'scheduled', label: 'Scheduled', immediate: false }], zones: ['UTC'], defaultZone: 'UTC', numbers: [],
 * }).state;
 * const slot = { start: Date.UTC(2026, 10, 24, 15), end: Date.UTC(2026, 10, 24, 15, 15), capacity: 2, remaining: 1 };
 * s = callback.dialog.machine.transition(s, { type: 'availability-loaded', at, requestId: 'availability-1', slots: [slot] }).state;
 * s = callback.dialog.machine.transition(s, { type: 'choose-slot', at, start: slot.start }).state;
 * const step = callback.dialog.machine.transition(s, { type: 'ok', at });
 * step.effects[0]?.type; // 'schedule-callback'
 * ```
 */
export function transitionDialog(state: DialogState, event: unknown): Step<DialogState, DialogEffect> {
  const envelope = checkEnvelope(event, state.lastAt);
  if (envelope !== undefined) return refuseWith(state, envelope);
  const raw = event as Raw;
  const type = ownField(raw, 'type') as string;
  const at = ownField(raw, 'at') as number;
  if (!EVENTS.has(type)) return refuseWith(state, rejection('unknown-event', `Unknown dialog event '${type}'.`, { type }));
  let out: Outcome;
  if (state.phase === 'selecting') out = selecting(state, raw, type, at);
  else if (state.phase === 'committing') out = committing(state, raw, type, at);
  else out = rejection('event-not-allowed', `The dialog is closed; '${type}' changes nothing.`, { phase: state.phase });
  return 'code' in out ? refuseWith(state, out) : accept(out.state, out.effects);
}
