/**
 * The error codes of `dialdesk/time`:
 *
 * - `unknown-zone`: not an IANA zone name (or `UTC`).
 * - `invalid-date`: not a `YYYY-MM-DD` calendar date (e.g. `2026-02-30`, `26-1-1`, a number).
 * - `invalid-time`: not an `HH:mm` time from `00:00` to `23:59` (e.g. `24:00`, `9:5`).
 * - `invalid-instant`: not a finite, non-negative number of epoch milliseconds.
 * - `invalid-policy`: not one of the {@link DstPolicy} names.
 * - `time-in-gap`: the local time does not exist in that zone on that date (policy `reject`).
 * - `time-ambiguous`: the local time happens twice in that zone on that date (policy `reject`).
 * - `invalid-window`: a daily window whose `from` equals its `until`, or with bad parts (`details.field`
 *   names the part, `details.cause` carries its own rejection).
 * - `invalid-calling-hours`: a calling-hours rule (or its options) that is malformed; the refusal's
 *   `path` points at the culprit, e.g. `$.weekly.sat[1].until`.
 * - `invalid-range`: an interval or date range whose end is not after its start.
 * - `invalid-step`: a time-entry step that is not 1, 5, 15 or 30 minutes.
 * - `invalid-month`: a month outside 1 to 12, a year outside 1 to 9999, or a bad first weekday.
 * - `invalid-locale`: not a BCP 47 language tag.
 * - `invalid-input`: not an object where one is expected (e.g. `resolve(null)`).
 *
 * A refusal about one part of an object input carries its JSON `path` (`$.zone`, `$.weekly.sat[1].until`).
 * - `invalid-iso`: not an ISO 8601 date-time (or, for an instant, one without offset or out of range).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.parseTime('24:00');
 * if (!r.ok) r.error.code; // 'invalid-time'
 * ```
 */
export type TimeCode =
  | 'unknown-zone'
  | 'invalid-date'
  | 'invalid-time'
  | 'invalid-instant'
  | 'invalid-policy'
  | 'time-in-gap'
  | 'time-ambiguous'
  | 'invalid-window'
  | 'invalid-calling-hours'
  | 'invalid-range'
  | 'invalid-step'
  | 'invalid-month'
  | 'invalid-locale'
  | 'invalid-input'
  | 'invalid-iso';
