import { fail, isRecord, ok, ownField, type Result } from '../core/internal.js';
import { zone as timeZone, type ZoneName } from '../time/index.js';
import { genesysZones } from './zones.js';

/**
 * Code of {@link zone}: the name is neither a row of {@link genesysZones} nor an override, or an
 * override does not name an IANA zone. `details.name` holds the name when it is a short string.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const code: genesys.ZoneCode = 'unknown-genesys-zone';
 * ```
 */
export type ZoneCode = 'unknown-genesys-zone';

/**
 * A tenant's own Time Zone objects (or corrections to the default ones): object name to IANA zone.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const o: genesys.ZoneOverrides = { GMT: 'Europe/London', 'Eastern (no DST)': 'America/Panama' };
 * ```
 */
export type ZoneOverrides = Readonly<Record<string, string>>;

const TABLE: ReadonlyMap<string, string> = new Map(genesysZones.map((r) => [r.name, r.iana]));

function describe(value: unknown): string {
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * The IANA zone of a Genesys Time Zone object, by the object's name as a record's `tz_dbid` or a user
 * event's `GSW_TZ_NAME` carries it (Outbound Contact Deployment Guide, "Time Zones"). The name is
 * looked up in `overrides` first, then in the default objects ({@link genesysZones}); the match is
 * exact (Genesys object names are case-sensitive). Anything else is refused with
 * `unknown-genesys-zone`: a record is never judged in a guessed zone (`EST` is US Eastern time with
 * DST, not the fixed -05:00 the JavaScript engine would pick). Never throws.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.zone('EST'); // { ok: true, value: 'America/New_York' }
 * genesys.zone('GMT').ok; // false: configure it, e.g. genesys.zone('GMT', { GMT: 'Europe/London' })
 * ```
 */
export function zone(name: unknown, overrides?: ZoneOverrides): Result<ZoneName, ZoneCode> {
  if (typeof name !== 'string' || name === '' || name.length > 64) {
    return fail('unknown-genesys-zone', `A Genesys time-zone name must be a non-empty string of at most 64 characters, not ${describe(name)}.`);
  }
  const override = isRecord(overrides) ? ownField(overrides, name) : undefined;
  const target = override !== undefined ? override : TABLE.get(name);
  if (target === undefined) {
    return fail('unknown-genesys-zone', 'Not a default Genesys Time Zone object, and not in the overrides.', { name });
  }
  const resolved = timeZone(target);
  if (!resolved.ok) return fail('unknown-genesys-zone', 'The override for this Genesys time zone is not an IANA zone.', { name });
  return ok(resolved.value);
}
