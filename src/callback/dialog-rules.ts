import { needsSlot } from './callback-kind.js';
import { judge, LAST_CHECKABLE } from '../compliance/index.js';
import { rejection, type FieldError, type Rejection } from '../core/internal.js';
import { isoUtc, MINUTE, DAY } from '../time/index.js';
import type { DialogCode } from './codes.js';
import type { CallbackTypeOffer, DialogState } from './dialog-state.js';
import type { Slot } from './slot.js';

/**
 * A field of the callback dialog: the Reschedule Callback check box, the callback type, the zone, the
 * date, the slot of the grid, the number.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const f: callback.dialog.DialogField = 'slot';
 * ```
 */
export type DialogField = 'reschedule' | 'type' | 'zone' | 'date' | 'slot' | 'number';

/**
 * A problem with one field of the dialog (the core `FieldError`), as `commitButton` shows it and as a
 * refused OK carries it in `details`.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const e: callback.dialog.DialogFieldError = { field: 'slot', code: 'slot-required', message: 'Choose a time slot first.' };
 * ```
 */
export type DialogFieldError = FieldError<DialogField, DialogCode>;

function fieldError(field: DialogField, code: DialogCode, message: string, details?: Readonly<Record<string, unknown>>): DialogFieldError {
  return details === undefined ? { field, code, message } : { field, code, message, details };
}

/** The refusal carrying a field error: its code and message, and the field error itself as `details`. */
export function refusalOf(problem: DialogFieldError): Rejection<DialogCode> {
  return rejection(problem.code, problem.message, problem);
}

/** The chosen callback type of a state. */
export function chosenType(state: DialogState): CallbackTypeOffer {
  return (state.types.find((t) => t.id === state.typeId) ?? state.types[0]) as CallbackTypeOffer;
}

/** Why the contact policy forbids a callback at `start`, or `null` (no policy, or allowed). */
function policyProblem(state: DialogState, start: number): DialogFieldError | null {
  const policy = state.contactPolicy;
  if (policy === null) return null;
  // Beyond LAST_CHECKABLE the year-ahead search would leave the supported range; a dialog horizon is at
  // most 366 days, so only a dialog opened in the year 9998 meets it, and then judges nothing.
  if (start > LAST_CHECKABLE) return null;
  const v = judge(policy.history, { rules: policy.rules, zone: policy.zone, at: start, holidays: policy.holidays, liveAgentGuaranteed: policy.liveAgentGuaranteed });
  if (v.allowed) return null;
  const named = v.blocking.map((b) => `${b.rule} (${b.source})`).join('; ');
  return fieldError('slot', 'forbidden-by-contact-policy', `The contact may not be called then: ${named}.`, {
    start,
    rules: v.blocking.map((b) => ({ rule: b.rule, source: b.source, until: b.until })),
    earliest: v.earliest === null ? null : isoUtc(v.earliest),
  });
}

/** Why a slot cannot be chosen at `at` (time rules, capacity, the contact policy), or `null`. */
export function slotProblem(state: DialogState, slot: Slot, at: number): DialogFieldError | null {
  if (slot.start < at) return fieldError('slot', 'time-in-past', 'That slot has already started.', { start: slot.start, at });
  if (slot.start < at + state.noticeMinutes * MINUTE) {
    return fieldError('slot', 'time-too-soon', `A callback needs ${state.noticeMinutes} minutes' notice.`, { start: slot.start, noticeMinutes: state.noticeMinutes });
  }
  if (slot.start >= at + state.horizonDays * DAY) {
    return fieldError('slot', 'beyond-horizon', `Callbacks can be scheduled up to ${state.horizonDays} days ahead.`, { start: slot.start, horizonDays: state.horizonDays });
  }
  const loaded = state.availability.status === 'loaded' ? state.availability.slots.find((s) => s.start === slot.start) : undefined;
  if ((loaded ?? slot).remaining <= 0) return fieldError('slot', 'slot-unavailable', 'That slot is full.', { start: slot.start });
  return policyProblem(state, slot.start);
}

/** What is missing or wrong in the choices for a commit at `at` (selecting phase), or `null`. */
export function choiceProblem(state: DialogState, at: number): DialogFieldError | null {
  if (needsSlot(chosenType(state).kind)) {
    if (state.chosen === null) return fieldError('slot', 'slot-required', 'Choose a time slot first.', { typeId: state.typeId });
    const problem = slotProblem(state, state.chosen, at);
    if (problem !== null) return problem;
  }
  if (state.numbers.length > 0 && state.number === null) return fieldError('number', 'number-required', 'Choose a number to call.');
  return null;
}

/** True when the reschedule view's choice is the callback's current schedule (a commit would change nothing). */
export function unchanged(state: DialogState): boolean {
  if (state.origin.kind !== 'reschedule') return false;
  const desiredAt = needsSlot(chosenType(state).kind) ? (state.chosen?.start ?? null) : null;
  return desiredAt === state.origin.desiredAt;
}

/**
 * What OK (new-callback dialog) or a click outside (reschedule view) does now, the one rule that both
 * the transition and `commitButton` follow:
 * - `commit`: the request is sent;
 * - `close`: the reschedule view closes with no change (its check box is clear, the choice is the current
 *   schedule, or the choice has a `problem`);
 * - `refuse`: the event is refused (OK with a `problem`; anything while committing or closed).
 */
export interface CommitPlan {
  readonly action: 'commit' | 'close' | 'refuse';
  readonly problem: DialogFieldError | null;
}

/** The {@link CommitPlan} of a state at `at`. */
export function commitPlan(state: DialogState, at: number): CommitPlan {
  if (state.phase !== 'selecting') return { action: 'refuse', problem: null };
  const reschedule = state.origin.kind === 'reschedule';
  if (reschedule && !state.rescheduling) return { action: 'close', problem: null };
  const problem = choiceProblem(state, at);
  if (problem !== null) return { action: reschedule ? 'close' : 'refuse', problem };
  return { action: unchanged(state) ? 'close' : 'commit', problem: null };
}
