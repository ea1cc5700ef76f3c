/**
 * The error codes of `dialdesk/callback` (besides the common machine codes of `core.commonCodes`).
 *
 * Parsers (business hours, bookings, server responses):
 * - `invalid-config`: a field of the availability configuration is missing, mistyped or out of range
 *   (`details.path` is the JSON path of the bad field, for example `$.weekly.mon[0].until`).
 * - `invalid-bucket`: a bucket size other than 5, 10, 15, 20, 30, 60 or 120 minutes.
 * - `invalid-period`: an open period whose `until` is not after its `from`, or that overlaps another one of the same day.
 * - `invalid-capacity`: a capacity that is not a non-negative integer, or a capacity table key that is not a time.
 * - `invalid-booking`: a booking that is not `{ start, end, count? }` or `{ at, count? }` with valid instants.
 * - `invalid-response`: a server availability response that does not have the documented shape (`details.path`).
 * - `invalid-iso`: a date-time string that is not ISO 8601 with a `Z` or `±HH:mm` offset (or not a real date).
 * - `inconsistent-response`: a server response that contradicts itself (a `localTime` that is not the
 *   `utcTime` read in `timezone`, overlapping or duplicated slots, more remaining than total).
 *
 * - `invalid-slots`: a slot list given to the grid that is not sorted, or has a slot whose end is not after its start.
 *
 * Time and zone problems use the codes of `dialdesk/time` (`unknown-zone`, `invalid-date`, `invalid-time`,
 * `invalid-instant`, `invalid-locale`).
 *
 * Dialog and lifecycle machines:
 * - `slot-unavailable`: the chosen slot is closed or full, or is not in the loaded availability.
 * - `time-in-past`: the chosen slot has already started.
 * - `too-soon`: the chosen slot starts before the minimum notice.
 * - `beyond-horizon`: the chosen slot starts after the booking horizon.
 * - `slot-required`: a scheduled callback type needs a slot before it can be committed.
 * - `slot-not-needed`: an immediate callback type takes no slot.
 * - `availability-not-loaded`: no availability has been loaded for the date and zone shown.
 * - `stale-response`: a response whose request id is not the one pending (an earlier date or zone); ignored.
 * - `unknown-type`, `unknown-zone-option`, `unknown-number`: a choice that is not among the ones offered.
 * - `number-required`: the contact has numbers but none is chosen.
 * - `not-forward`: a lifecycle event that would move the callback backwards or nowhere.
 * - `cancel-refused`: a cancel while the callback is being processed (an agent is already on it).
 * - `reschedule-refused`: a reschedule outside the `scheduled` state.
 * - `request-pending`: another request of the same kind is waiting for its acknowledgement.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.parseAvailabilityConfig({ zone: 'America/New_York', bucketMinutes: 7, weekly: {}, capacity: 1 });
 * if (!r.ok) [r.error.code, r.error.details]; // ['invalid-bucket', { path: '$.bucketMinutes', ... }]
 * ```
 */
export type CallbackErrorCode = (typeof callbackCodes)[number];

/**
 * Every code of {@link CallbackErrorCode} as a runtime list.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.callbackCodes.includes('slot-unavailable'); // true
 * ```
 */
export const callbackCodes = Object.freeze([
  'invalid-config',
  'invalid-bucket',
  'invalid-period',
  'invalid-capacity',
  'invalid-booking',
  'invalid-response',
  'invalid-iso',
  'inconsistent-response',
  'unknown-zone',
  'invalid-date',
  'invalid-time',
  'invalid-instant',
  'invalid-locale',
  'invalid-slots',
  'slot-unavailable',
  'time-in-past',
  'too-soon',
  'beyond-horizon',
  'slot-required',
  'slot-not-needed',
  'availability-not-loaded',
  'stale-response',
  'unknown-type',
  'unknown-zone-option',
  'unknown-number',
  'number-required',
  'not-forward',
  'cancel-refused',
  'reschedule-refused',
  'request-pending',
] as const);
