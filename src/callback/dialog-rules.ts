import { needsSlot } from './callback-kind.js';
import { rejection, type Rejection } from '../core/internal.js';
import type { CallbackTypeOffer, DialogState } from './dialog-state.js';
import type { Slot } from './slot.js';
import { MINUTE, DAY } from '../time/index.js';

/** The chosen callback type of a state. */
export function chosenType(state: DialogState): CallbackTypeOffer {
  return (state.types.find((t) => t.id === state.typeId) ?? state.types[0]) as CallbackTypeOffer;
}

/** Why a slot cannot be chosen at `at` (time rules and capacity), or `null`. */
export function slotProblem(state: DialogState, slot: Slot, at: number): Rejection | null {
  if (slot.start < at) return rejection('time-in-past', 'That slot has already started.', { start: slot.start, at });
  if (slot.start < at + state.noticeMinutes * MINUTE) {
    return rejection('too-soon', `A callback needs ${state.noticeMinutes} minutes' notice.`, { start: slot.start, noticeMinutes: state.noticeMinutes });
  }
  if (slot.start >= at + state.horizonDays * DAY) {
    return rejection('beyond-horizon', `Callbacks can be scheduled up to ${state.horizonDays} days ahead.`, { start: slot.start, horizonDays: state.horizonDays });
  }
  const loaded = state.availability.status === 'loaded' ? state.availability.slots.find((s) => s.start === slot.start) : undefined;
  if ((loaded ?? slot).remaining <= 0) return rejection('slot-unavailable', 'That slot is full.', { start: slot.start });
  return null;
}

/** Why the dialog cannot commit now (OK, or a dismissal of the reschedule view), or `null`. */
export function commitProblem(state: DialogState, at: number): Rejection | null {
  if (state.phase !== 'selecting') return rejection('event-not-allowed', `The dialog is ${state.phase}.`, { phase: state.phase });
  if (needsSlot(chosenType(state).kind)) {
    if (state.chosen === null) return rejection('slot-required', 'Choose a time slot first.', { typeId: state.typeId });
    const problem = slotProblem(state, state.chosen, at);
    if (problem !== null) return problem;
  }
  if (state.numbers.length > 0 && state.number === null) return rejection('number-required', 'Choose a number to call.');
  return null;
}
