import { commonCodes, type FieldError as CoreFieldError } from '../../core/internal.js';

/**
 * Every code the reschedule machine can refuse with, as a runtime list (`outbound.reschedule.machine.codes`):
 * the common codes (`invalid-event`, `unknown-event`, `invalid-instant`, `time-went-backwards`,
 * `event-not-allowed`, `invalid-input`), `invalid-state` (from `restore`) and its own codes:
 *
 * Personal or campaign callback
 * - `personal-callback-locked`: the policy is `always-personal`; the check box cannot be cleared.
 * - `personal-callback-hidden`: the policy is `always-campaign`; there is no check box to tick.
 *
 * Date and time
 * - `invalid-date`: the typed date is not a real date in `YYYY-MM-DD` or the configured short format.
 * - `invalid-time`: the typed time (or a new number's From/Until) is not a time of day.
 * - `invalid-month`: a `show-month` month that is not a month (year 1 to 9999, month 1 to 12).
 * - `date-not-selectable`: a calendar day before today or past the horizon was clicked.
 * - `month-unavailable`: a real month with no selectable day (before today's month or past the horizon's).
 * - `time-in-past`: the callback is not at least the minimum lead (default 1 minute) after now.
 * - `beyond-horizon`: the callback is more than the horizon (default 30 days) after now.
 * - `time-in-gap`: the local time does not exist (DST gap) and the DST policy is `reject`.
 * - `time-ambiguous`: the local time happens twice (DST overlap) and the DST policy is `reject`.
 * - `outside-number-window`: the time is outside the chosen number's From/Until, in the contact's zone.
 * - `outside-calling-hours`: the time is outside the calling hours of the contact's zone.
 * - `forbidden-by-contact-policy`: a rule of the input's contact policy forbids a call then (the
 *   details name each rule with its citation, and the earliest allowed instant).
 *
 * Numbers
 * - `no-number`: no number is chosen (the chain has no number to call).
 * - `unknown-number`: the chosen record handle is not a number of the contact's chain.
 * - `new-number-not-permitted`: the environment does not allow adding a new number.
 * - `new-number-open`: the Add New Number form is open (confirm or cancel it first).
 * - `phone-empty`: the new number's phone is blank.
 * - `phone-malformed`: the new number's phone is not a dialable number (see `details.reason`).
 * - `phone-in-chain`: the new number is already a number of the chain (choose it instead).
 * - `invalid-contact-type`: not one of the OCS contact info types (`home-phone` ... `instant-messaging`, or codes 1 to 11).
 * - `window-not-ordered`: the new number's From is not before its Until.
 *
 * Steps
 * - `not-rescheduling`: the Reschedule Callback check box is clear, so there is nothing to edit or commit.
 * - `call-not-ended`: Done before the call has ended (click End Call first).
 * - `request-pending`: the reschedule request is waiting for the server.
 * - `unknown-request`: an acknowledgement or error for a request id that is not pending.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.reschedule.rescheduleCodes.includes('outside-calling-hours'); // true
 * ```
 */
export const rescheduleCodes = Object.freeze([
  ...commonCodes,
  'invalid-state',
  'personal-callback-locked',
  'personal-callback-hidden',
  'invalid-date',
  'invalid-time',
  'invalid-month',
  'date-not-selectable',
  'month-unavailable',
  'time-in-past',
  'beyond-horizon',
  'time-in-gap',
  'time-ambiguous',
  'outside-number-window',
  'outside-calling-hours',
  'forbidden-by-contact-policy',
  'no-number',
  'unknown-number',
  'new-number-not-permitted',
  'new-number-open',
  'phone-empty',
  'phone-malformed',
  'phone-in-chain',
  'invalid-contact-type',
  'window-not-ordered',
  'not-rescheduling',
  'call-not-ended',
  'request-pending',
  'unknown-request',
] as const);

/**
 * One of the {@link rescheduleCodes}: every code the reschedule machine refuses with (the common codes
 * included), and the code of every field error (core `FieldError<RescheduleField, RescheduleCode>`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.reschedule.RescheduleCode = 'outside-calling-hours';
 * ```
 */
export type RescheduleCode = (typeof rescheduleCodes)[number];

/**
 * The field a refusal or a field error is about, as the view names it: `date`, `time`, `personal`
 * (the Personal Callback check box), `number` (the Phone drop-down), the Add New Number form's
 * `phone`, `contactType`, `from` and `until`, `reschedule` (the Reschedule Callback check box), `call`
 * (End Call) and `request` (the server round trip).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const field: outbound.reschedule.RescheduleField = 'until';
 * ```
 */
export type RescheduleField =
  | 'date'
  | 'time'
  | 'personal'
  | 'number'
  | 'phone'
  | 'contactType'
  | 'from'
  | 'until'
  | 'reschedule'
  | 'call'
  | 'request';

/**
 * (Internal shorthand.) A problem with one field of the reschedule view: the core `FieldError` narrowed to the view's fields
 * and the machine's codes. What a field shows under it, and what Done refuses with.
 *
 * @example
 * ```ts
 * import type { FieldError, outbound } from 'dialdesk';
 * const e: FieldError<outbound.reschedule.RescheduleField, outbound.reschedule.RescheduleCode> = { field: 'phone', code: 'phone-empty', message: 'Enter a phone number.' };
 * ```
 */
export type RescheduleFieldError = CoreFieldError<RescheduleField, RescheduleCode>;
