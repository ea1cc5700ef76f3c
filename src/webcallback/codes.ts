import type { CommonCode } from '../core/internal.js';

/**
 * The web callback's own refusal codes as a runtime list (see {@link WebCallbackCode}).
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * webcallback.machine.codes.includes('time-in-past'); // true
 * ```
 */
export const webCallbackCodes = Object.freeze([
  'unknown-zone',
  'invalid-date',
  'invalid-time',
  'invalid-duration',
  'invalid-month',
  'invalid-step',
  'invalid-locale',
  'time-in-past',
  'time-too-soon',
  'time-in-gap',
  'time-ambiguous',
  'duration-out-of-bounds',
  'unknown-number',
  'not-rescheduling',
  'reschedule-not-set',
  'request-pending',
  'unknown-request',
  'nothing-to-deliver',
] as const);

/**
 * The error codes of `dialdesk/webcallback`, besides the {@link CommonCode | common codes}
 * (`invalid-event`, `unknown-event`, `invalid-instant`, `time-went-backwards`, `event-not-allowed`,
 * `invalid-input`):
 *
 * - `unknown-zone`: the agent's zone is not an IANA zone name (`start`).
 * - `invalid-date`: On is not a `YYYY-MM-DD` calendar date, or is the last supported day.
 * - `invalid-time`: From or Till is not an `HH:mm` time from `00:00` to `23:59`.
 * - `invalid-duration`: a duration that is not a whole, positive number of minutes.
 * - `invalid-month`: a calendar month outside 1 to 12 or a year outside 1 to 9999.
 * - `invalid-step`: a time step that is not an hour or 1, 5, 15 or 30 minutes, up or down.
 * - `invalid-locale`: a label locale that is not a BCP 47 tag (selectors and the clock face).
 * - `time-in-past`: the new start is not after the current instant (or On is a day that has passed).
 * - `time-too-soon`: the new start is sooner than the configured minimum lead.
 * - `time-in-gap`: From does not exist on that day (a DST gap) and the policy is `reject`.
 * - `time-ambiguous`: From happens twice on that day (a DST overlap) and the policy is `reject`.
 * - `duration-out-of-bounds`: the From–Till window is shorter than the minimum or longer than the maximum.
 * - `unknown-number`: To is not one of the contact's numbers.
 * - `not-rescheduling`: a choice (On, From, Till, To, a month, a step) while the Reschedule Callback check box
 *   is clear (the same code as `outbound.reschedule` and the callback dialog).
 * - `reschedule-not-set`: Done before the Reschedule Callback view was closed with valid values.
 * - `request-pending`: Done while an earlier reschedule request awaits the server's answer.
 * - `unknown-request`: an acknowledgement or error for a request id that is not pending.
 * - `nothing-to-deliver`: `callback-delivered` while no rescheduled notification awaits its time.
 * - `invalid-state`: `restore` was given something that is not a saved web callback state.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * function explain(code: webcallback.WebCallbackCode): string {
 *   return code === 'time-in-past' ? 'Pick a time in the future.' : code;
 * }
 * ```
 */
export type WebCallbackCode = CommonCode | (typeof webCallbackCodes)[number] | 'invalid-state';

/**
 * The web callback code for a time refusal about From: the DST codes as they are, anything else (which a
 * valid draft never meets) as `invalid-time`. @internal
 */
export function fromCode(code: string): 'time-in-gap' | 'time-ambiguous' | 'invalid-time' {
  return code === 'time-in-gap' || code === 'time-ambiguous' ? code : 'invalid-time';
}
