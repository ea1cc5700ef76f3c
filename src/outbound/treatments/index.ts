/**
 * `outbound.treatments`: OCS treatments: what happens to a record after a call result (redial, next in
 * chain, reschedule, assign to a group, finish), parsed from a campaign's treatment list, and the next
 * attempt they give within the record's calling window.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const list = outbound.treatments.parseTreatments([]);
 * list.ok; // true
 * ```
 *
 * @module
 */
export {
  treatmentActions,
  type TreatmentAction,
  type TreatmentDate,
  type Treatment,
  type TreatmentList,
  type TreatmentCode,
  type AppliedStep,
  type NextDial,
  type FinishReason,
  type AttemptOutcome,
  type ScheduledOutcome,
  type AssignedOutcome,
  type FinishedOutcome,
  type AttemptPolicy,
  type NextAttemptOptions,
} from './types.js';
export { parseTreatments } from './parse.js';
export { recordWindow } from './window.js';
export { nextAttempt } from './next-attempt.js';
export { attemptSchedule, type ScheduleRow } from './schedule.js';
