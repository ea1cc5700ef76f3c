import type { LocalDate, LocalTime, ZoneName } from './types.js';

// Internal, never exported from `dialdesk/time`: the only unchecked casts to the three branded types.
// Callers are the time area's own code after it has validated or computed a well-formed value (the
// parsers, calendar arithmetic on a checked date, the canonical name of a checked zone). Every other
// area makes its values with the public parsers or takes them from a state already validated.

/** A string the caller has checked (or computed) to be a date `YYYY-MM-DD` from 0001-01-01 to 9999-12-31. */
export function asDate(value: string): LocalDate {
  return value as LocalDate;
}

/** A string the caller has checked (or computed) to be a time `HH:mm` from 00:00 to 23:59. */
export function asTime(value: string): LocalTime {
  return value as LocalTime;
}

/** A string the caller has checked to be a canonical IANA zone name (the answer of `zone`). */
export function asZone(value: string): ZoneName {
  return value as ZoneName;
}

/** `00:00`, the first minute of a day. */
export const MIDNIGHT: LocalTime = asTime('00:00');

/** `UTC`, the canonical name of Coordinated Universal Time. */
export const UTC: ZoneName = asZone('UTC');
