import { rangeError } from '../core/internal.js';
import { fail, ok, type Result } from '../core/internal.js';
import { MINUTE } from './durations.js';
import { local } from './local.js';
import { dateToUtcMidnight, parseDate } from './local-values.js';
import { isSupportedInstant, maxInstant } from './range.js';
import type { LocalDate, ZoneName } from './types.js';

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The parts of an ISO 8601 date-time, with `offsetMinutes` `null` when the string has no offset (a local
 * date-time such as Genesys' `localTime`). `wall` is the wall-clock reading written as UTC milliseconds.
 */
export interface IsoParts {
  /** The calendar date, `YYYY-MM-DD`. */
  readonly date: LocalDate;
  /** Wall-clock milliseconds after midnight. */
  readonly msOfDay: number;
  /** The wall time as if it were UTC: `Date.UTC` of the date and time. */
  readonly wall: number;
  /** The offset in minutes (`Z` is 0), or `null` for a local date-time. */
  readonly offsetMinutes: number | null;
}

/**
 * Parses an ISO 8601 date-time (`YYYY-MM-DDTHH:mm[:ss[.fff]]` and optionally `Z` or `±HH:mm`) into its
 * parts, refusing impossible dates and times with `invalid-iso`. Fractions beyond milliseconds are cut.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.parseIsoParts('2026-03-08T03:00:00.000-04:00');
 * if (r.ok) r.value.offsetMinutes; // -240
 * ```
 */
export function parseIsoParts(value: unknown): Result<IsoParts, 'invalid-iso'> {
  const bad = () => fail('invalid-iso', 'Expected an ISO 8601 date-time such as 2026-11-24T15:00:00.000Z.', typeof value === 'string' ? { length: value.length } : { kind: value === null ? 'null' : typeof value });
  if (typeof value !== 'string' || value.length > 40) return bad();
  const m = ISO.exec(value);
  if (!m) return bad();
  const date = parseDate(m[1]);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = m[4] === undefined ? 0 : Number(m[4]);
  const ms = m[5] === undefined ? 0 : Number(m[5].slice(0, 3).padEnd(3, '0'));
  if (!date.ok || hour > 23 || minute > 59 || second > 59) return bad();
  let offset: number | null = null;
  const z = m[6];
  if (z !== undefined) {
    if (z === 'Z') offset = 0;
    else {
      const digits = z.replace(':', '');
      const oh = Number(digits.slice(1, 3));
      const om = Number(digits.slice(3, 5));
      if (oh > 18 || om > 59) return bad();
      offset = (z.startsWith('-') ? -1 : 1) * (oh * 60 + om);
    }
  }
  const msOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  return ok({ date: date.value, msOfDay, wall: dateToUtcMidnight(date.value) + msOfDay, offsetMinutes: offset });
}

/**
 * Parses an ISO 8601 date-time that names an instant (it must carry `Z` or an offset) into epoch
 * milliseconds. A local date-time without offset, an impossible date or an instant outside the supported
 * range (`0` to `core.maxInstant`: 1970 to 9999-12-30) is refused with `invalid-iso`. Never throws.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.parseInstant('2026-11-24T10:00:00-05:00'); // { ok: true, value: Date.UTC(2026, 10, 24, 15) }
 * time.parseInstant('2026-11-24T10:00:00').ok; // false: no offset, so not an instant
 * ```
 */
export function parseInstant(value: unknown): Result<number, 'invalid-iso'> {
  const parts = parseIsoParts(value);
  if (!parts.ok) return parts;
  const { wall, offsetMinutes } = parts.value;
  if (offsetMinutes === null) return fail('invalid-iso', 'An instant needs a Z or ±HH:mm offset.', {});
  const at = wall - offsetMinutes * MINUTE;
  if (!isSupportedInstant(at)) return fail('invalid-iso', `The instant is outside 0 to ${maxInstant} (1970 to 9999-12-30).`, {});
  return ok(at);
}

/**
 * Formats an instant as ISO 8601 UTC with milliseconds (`2026-11-24T15:00:00.000Z`), the form Genesys
 * expects for `desiredTime`. `parseInstant(isoUtc(x))` is `x` for every supported instant. Throws a
 * `RangeError` naming the value for anything but a supported instant (0 to `core.maxInstant`).
 *
 * @throws RangeError when `at` is not an instant from 0 to `core.maxInstant`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.isoUtc(Date.UTC(2026, 10, 24, 15)); // '2026-11-24T15:00:00.000Z'
 * ```
 */
export function isoUtc(at: number): string {
  if (!isSupportedInstant(at)) throw rangeError('time.isoUtc', `an instant from 0 to ${maxInstant}`, at);
  return new Date(at).toISOString();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Formats an instant as ISO 8601 in a zone, with the zone's offset at that instant
 * (`2026-11-01T01:30:00.000-05:00`): unambiguous even in a DST overlap. Returns `null` for an invalid
 * instant or zone.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const kathmandu = time.zone('Asia/Kathmandu');
 * if (kathmandu.ok) time.isoInZone(Date.UTC(2026, 10, 24, 3, 15), kathmandu.value); // '2026-11-24T09:00:00.000+05:45'
 * ```
 */
export function isoInZone(at: number, zone: ZoneName): string | null {
  const r = local(at, zone);
  if (!r.ok) return null;
  const { date, time, second, offsetMinutes } = r.value;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const millis = (((at % 1000) + 1000) % 1000);
  return `${date}T${time}:${pad(second)}.${pad(millis, 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
