import { commonCodes } from '../core/codes.js';

/**
 * Every code the callback dialog machine (`callback.dialog.machine`) refuses with: exactly its
 * `machine.codes`. Besides the common codes (`invalid-event`, `unknown-event`, `invalid-instant`,
 * `time-went-backwards`, `event-not-allowed`, `invalid-input`) and `invalid-state`:
 *
 * - `unknown-zone`: `start` was given a zone that is not an IANA zone.
 * - `slot-unavailable`: the chosen slot is closed or full, or is not in the loaded availability.
 * - `time-in-past`: the chosen slot (or date) has already started (passed).
 * - `time-too-soon`: the chosen slot starts before the minimum notice.
 * - `beyond-horizon`: the chosen slot (or date) is after the booking horizon.
 * - `forbidden-by-contact-policy`: a rule of the dialog's contact policy forbids a call then (the details
 *   name each rule with its citation, and the earliest allowed instant).
 * - `slot-required`: a scheduled callback type needs a slot before it can be committed.
 * - `slot-not-needed`: an immediate callback type takes no slot.
 * - `availability-not-loaded`: no availability has been loaded for the date and zone shown.
 * - `unknown-request`: an answer whose `requestId` is not a pending request (an earlier date or zone).
 * - `unknown-type`, `unknown-zone-option`, `unknown-number`: a choice that is not among the ones offered.
 * - `number-required`: the contact has numbers but none is chosen.
 * - `not-rescheduling`: a choice in the reschedule view while its Reschedule Callback check box is clear.
 * - `invalid-month`: `show-month` with a year outside 1 to 9999 or a month outside 1 to 12.
 * - `month-unavailable`: `show-month` with a valid month that has no selectable day (before today or after the horizon).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.dialog.dialogCodes.includes('time-too-soon'); // true
 * ```
 */
export const dialogCodes = Object.freeze([
  ...commonCodes,
  'invalid-state',
  'unknown-zone',
  'slot-unavailable',
  'time-in-past',
  'time-too-soon',
  'beyond-horizon',
  'forbidden-by-contact-policy',
  'slot-required',
  'slot-not-needed',
  'availability-not-loaded',
  'unknown-request',
  'unknown-type',
  'unknown-zone-option',
  'unknown-number',
  'number-required',
  'not-rescheduling',
  'invalid-month',
  'month-unavailable',
] as const);

/**
 * A code the callback dialog machine refuses with (one of {@link dialogCodes}).
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const code: callback.dialog.DialogCode = 'not-rescheduling';
 * ```
 */
export type DialogCode = (typeof dialogCodes)[number];

/**
 * Every code the callback lifecycle machine (`callback.lifecycle.machine`) refuses with: exactly its
 * `machine.codes`. Besides the common codes and `invalid-state`: `not-forward` (a status that would move
 * the callback backwards or nowhere), `cancel-refused` (a cancel while an agent processes it),
 * `reschedule-refused` (a reschedule outside `scheduled`), `time-in-past` (a new desired time not after
 * now), `request-pending` (another request awaits its answer), `unknown-request` (an answer to no pending request).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.lifecycle.lifecycleCodes.includes('cancel-refused'); // true
 * ```
 */
export const lifecycleCodes = Object.freeze([
  ...commonCodes,
  'invalid-state',
  'not-forward',
  'cancel-refused',
  'reschedule-refused',
  'time-in-past',
  'request-pending',
  'unknown-request',
] as const);

/**
 * A code the callback lifecycle machine refuses with (one of {@link lifecycleCodes}).
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const code: callback.lifecycle.LifecycleCode = 'cancel-refused';
 * ```
 */
export type LifecycleCode = (typeof lifecycleCodes)[number];

/**
 * Every code of `dialdesk/callback` as a runtime list: the parsers', the grid's and both machines'
 * ({@link dialogCodes}, {@link lifecycleCodes}).
 *
 * Parsers (business hours, bookings, server responses) and the grid:
 * - `invalid-config`: a field of the availability configuration or grid input is missing, mistyped or out
 *   of range (`path` is its JSON path, for example `$.weekly.mon[0].until`).
 * - `invalid-bucket`: a bucket size other than 5, 10, 15, 20, 30, 60 or 120 minutes.
 * - `invalid-period`: an open period whose `until` is not after its `from`, or that overlaps another one of the same day.
 * - `invalid-capacity`: a capacity that is not a non-negative integer, or a capacity table key that is not a time.
 * - `invalid-booking`: a booking that is not `{ start, end, count? }` or `{ at, count? }` with valid instants.
 * - `invalid-response`: a server availability response that does not have the documented shape (`path`).
 * - `invalid-iso`: a date-time string that is not ISO 8601 with a `Z` or `±HH:mm` offset (or not a real date).
 * - `inconsistent-response`: a server response that contradicts itself (a `localTime` that is not the
 *   `utcTime` read in `timezone`, overlapping or duplicated slots, more remaining than total).
 * - `invalid-slots`: a slot list given to the grid that is not sorted, or has a slot whose end is not
 *   after its start, or a capacity that is not a whole number from 0.
 * - `unknown-zone`, `invalid-date`, `invalid-time`, `invalid-instant`, `invalid-locale`: the time and zone
 *   problems of `dialdesk/time`.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.callbackCodes.includes('invalid-event'); // true
 * ```
 */
export const callbackCodes = Object.freeze([
  ...new Set([
    'invalid-config',
    'invalid-bucket',
    'invalid-period',
    'invalid-capacity',
    'invalid-booking',
    'invalid-response',
    'invalid-iso',
    'inconsistent-response',
    'invalid-slots',
    'unknown-zone',
    'invalid-date',
    'invalid-time',
    'invalid-instant',
    'invalid-locale',
    ...dialogCodes,
    ...lifecycleCodes,
  ] as const),
]);

/**
 * A code of `dialdesk/callback`: one of {@link callbackCodes}.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.parseAvailabilityConfig({ zone: 'America/New_York', bucketMinutes: 7, weekly: {}, capacity: 1 });
 * if (!r.ok) {
 *   const code: callback.CallbackCode = r.error.code; // 'invalid-bucket'
 * }
 * ```
 */
export type CallbackCode = (typeof callbackCodes)[number];
