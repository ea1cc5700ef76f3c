import { fail, ok, type Result } from '../core/internal.js';
import { isSupportedInstant, maxInstant } from './range.js';
import { minutesToTime, utcMidnightToDate, weekdayAt } from './local-values.js';
import { DAY, MINUTE, SECOND } from './durations.js';
import { offsetAt } from './engine.js';
import { zone as parseZone } from './zone.js';
import type { LocalDate, LocalTime, Weekday, ZoneName } from './types.js';
import type { TimeCode } from './codes.js';

/**
 * The local reading of an instant in a zone: what a wall clock and calendar there show.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.local(Date.UTC(2026, 10, 24, 3, 15), 'Asia/Kathmandu');
 * if (r.ok) r.value; // { date: '2026-11-24', time: '09:00', weekday: 'tue', offsetMinutes: 345, ... }
 * ```
 */
export interface LocalReading {
  /** The instant that was read, epoch ms UTC. */
  readonly at: number;
  /** The canonical zone name. */
  readonly zone: ZoneName;
  /** The local date. */
  readonly date: LocalDate;
  /** The local time, to the minute (seconds are cut, not rounded). */
  readonly time: LocalTime;
  /** Seconds within the minute, 0 to 59. */
  readonly second: number;
  /** The day of the week. */
  readonly weekday: Weekday;
  /** Minutes after local midnight, 0 to 1439 (the wall clock, not elapsed time). */
  readonly minuteOfDay: number;
  /** The UTC offset in force, in minutes (e.g. 345 for Nepal, -240 for EDT). */
  readonly offsetMinutes: number;
}

/** {@link local} for a validated instant and canonical zone. */
export function localValid(at: number, zone: ZoneName): LocalReading {
  const offset = offsetAt(zone, at);
  const wall = at + offset * MINUTE;
  const intoDay = ((wall % DAY) + DAY) % DAY;
  const date = utcMidnightToDate(wall - intoDay);
  const minuteOfDay = Math.floor(intoDay / MINUTE);
  return {
    at,
    zone,
    date,
    time: minutesToTime(minuteOfDay),
    second: Math.floor((intoDay % MINUTE) / SECOND),
    weekday: weekdayAt(wall - intoDay),
    minuteOfDay,
    offsetMinutes: offset,
  };
}

/**
 * Reads an instant in a zone: local date, time, weekday and UTC offset. Refuses a bad instant
 * (`invalid-instant`: not a number, `NaN`, negative, or past `core.maxInstant`, where local dates would
 * leave the supported years) or zone (`unknown-zone`); never throws and never returns `NaN`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.local(Date.UTC(2026, 6, 1, 12, 0), 'America/New_York');
 * if (r.ok) [r.value.date, r.value.time, r.value.offsetMinutes]; // ['2026-07-01', '08:00', -240]
 * ```
 */
export function local(at: unknown, zone: unknown): Result<LocalReading, TimeCode> {
  if (!isSupportedInstant(at)) return fail('invalid-instant', `An instant must be an epoch-millisecond number from 0 to ${maxInstant}.`, { at });
  const z = parseZone(zone);
  if (!z.ok) return z;
  return ok(Object.freeze(localValid(at, z.value)));
}
