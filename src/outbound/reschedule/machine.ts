import { accept, checkEnvelope, defineMachine, isRecord, ownField, refuse, refuseWith, type Machine, type Started, type TickEvent } from '../../core/internal.js';
import { rescheduleCodes, type RescheduleCode } from './codes.js';
import { restore } from './restore.js';
import type { RescheduleEffect } from './effects.js';
import type { RescheduleEvent } from './events.js';
import { acknowledged, callEnded, done, endCall, failed } from './commit.js';
import { freshDraft, initialState } from './draft.js';
import { pickDate, showMonth, setPersonal, stepTimeField, typeDate, typeTime } from './edits.js';
import { readInput, type RescheduleInput } from './input.js';
import { cancelNewNumber, chooseNumber, confirmNewNumber, editNewNumber, openNewNumber } from './new-number.js';
import type { RescheduleState } from './state.js';
import { refuseField, update, type RescheduleStep } from './update.js';
import { LATEST_INSTANT } from './zones.js';

const EDITS = new Set([
  'set-personal',
  'type-date',
  'pick-date',
  'show-month',
  'type-time',
  'step-time',
  'choose-number',
  'open-new-number',
  'edit-new-number',
  'confirm-new-number',
  'cancel-new-number',
]);
const OTHERS = new Set(['set-reschedule', 'end-call', 'call-ended', 'done', 'request-acknowledged', 'request-failed', 'tick']);

function start(input: RescheduleInput): RescheduleStep | Started<RescheduleState, RescheduleEffect, RescheduleCode> {
  const read = readInput(input);
  if (!read.ok) return read;
  return accept<RescheduleState, RescheduleEffect>(initialState(read.value.config, read.value.at, read.value.call));
}

function setReschedule(state: RescheduleState, at: number, checked: unknown): RescheduleStep {
  if (typeof checked !== 'boolean') return refuseField(state, 'invalid-event', 'reschedule', '`checked` must be a boolean.');
  if (state.phase === 'idle') return checked ? update(state, at, { phase: 'editing', ...freshDraft(state.config, at) }) : update(state, at, {});
  if (state.phase === 'editing') return checked ? update(state, at, {}) : update(state, at, { phase: 'idle', ...freshDraft(state.config, at) });
  return state.phase === 'pending'
    ? refuseField(state, 'request-pending', 'reschedule', 'The reschedule request is waiting for the server.')
    : refuseField(state, 'event-not-allowed', 'reschedule', 'The call has been rescheduled.');
}

function edit(state: RescheduleState, at: number, type: string, event: Readonly<Record<string, unknown>>): RescheduleStep {
  switch (type) {
    case 'set-personal':
      return setPersonal(state, at, event);
    case 'type-date':
      return typeDate(state, at, event);
    case 'pick-date':
      return pickDate(state, at, event);
    case 'show-month':
      return showMonth(state, at, event);
    case 'type-time':
      return typeTime(state, at, event);
    case 'step-time':
      return stepTimeField(state, at, event);
    case 'choose-number':
      return chooseNumber(state, at, event);
    case 'open-new-number':
      return openNewNumber(state, at);
    case 'edit-new-number':
      return editNewNumber(state, at, event);
    case 'confirm-new-number':
      return confirmNewNumber(state, at);
    default:
      return cancelNewNumber(state, at);
  }
}

function notNow(state: RescheduleState): RescheduleStep {
  if (state.phase === 'idle') return refuseField(state, 'not-rescheduling', 'reschedule', 'Tick Reschedule Callback first.');
  if (state.phase === 'pending') return refuseField(state, 'request-pending', 'request', 'The reschedule request is waiting for the server.');
  return refuseField(state, 'event-not-allowed', null, 'The call has been rescheduled.');
}

function transition(state: RescheduleState, event: RescheduleEvent | TickEvent): RescheduleStep {
  const envelope = checkEnvelope(event, state.lastAt);
  if (envelope !== undefined) return refuseWith(state, envelope);
  const fields = event as unknown as Readonly<Record<string, unknown>>;
  if (!isRecord(fields)) return refuse(state, 'invalid-event', 'An event must be an object.');
  const type = ownField(fields, 'type') as string;
  const at = ownField(fields, 'at') as number;
  // A tick is accepted at any supported instant; every other event must leave room for the horizon.
  if (at > LATEST_INSTANT && type !== 'tick') return refuse(state, 'invalid-instant', '`at` is after the last instant the reschedule view accepts (core.maxInstant less the longest horizon).', { at });
  if (EDITS.has(type)) return state.phase === 'editing' ? edit(state, at, type, fields) : notNow(state);
  if (!OTHERS.has(type)) return refuse(state, 'unknown-event', `Unknown event type: ${type.slice(0, 64)}`, { type: type.slice(0, 64) });
  switch (type) {
    case 'tick':
      return update(state, at, {});
    case 'set-reschedule':
      return setReschedule(state, at, ownField(fields, 'checked'));
    case 'end-call':
      return endCall(state, at);
    case 'call-ended':
      return callEnded(state, at);
    case 'done':
      return state.phase === 'editing' ? done(state, at) : notNow(state);
    case 'request-acknowledged':
      return acknowledged(state, at, fields);
    default:
      return failed(state, at, fields);
  }
}

/**
 * The outbound reschedule view (Genesys Workspace's Reschedule Callback for a campaign call) as a
 * {@link Machine}. `start` opens the view for the record being called: the check box starts clear
 * (phase `idle`) and the draft already holds the proposal (the next time step after `at`, the record's
 * own number); bad input is refused with `invalid-input` and the JSON path of the offending value, and
 * no state. `transition` applies one event, pure and total: a refused event returns the very same state
 * with a {@link RescheduleCode} and the offending field in `details.field`. Edits need the check box
 * ticked (phase `editing`); Done needs the call ended; while the request is pending only the server's
 * answer (`request-acknowledged` / `request-failed`) and ticks are accepted; `tick` is accepted at any
 * time. `restore` checks a saved state.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const m = outbound.reschedule.machine;
 * const opened = m.start({
 *   at: Date.UTC(2026, 10, 24, 15, 7), recordHandle: 101,
 *   chain: [{ recordHandle: 101, chainN: 0, phone: '+16175550100', contactType: 'home-phone', from: null, until: null }],
 *   contactZone: 'America/New_York', agentZone: 'America/New_York',
 * });
 * if (opened.ok) {
 *   const t0 = Date.UTC(2026, 10, 24, 15, 8);
 *   let s = m.transition(opened.state, { type: 'set-reschedule', at: t0, checked: true }).state;
 *   s = m.transition(s, { type: 'type-time', at: t0, text: '16:00' }).state;
 *   m.transition(s, { type: 'done', at: t0 }).ok; // false: 'call-not-ended'
 * }
 * ```
 */
export const machine: Machine<RescheduleInput, RescheduleState, RescheduleEvent, RescheduleEffect, RescheduleCode> = defineMachine<
  RescheduleInput,
  RescheduleState,
  RescheduleEvent,
  RescheduleEffect,
  RescheduleCode
>({
  id: 'outbound.reschedule',
  codes: rescheduleCodes,
  start,
  transition,
  restore,
});
