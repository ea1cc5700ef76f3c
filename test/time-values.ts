// Branded time values for tests, made the only way a consumer can make them: with the public parsers.
// A literal that the parser refuses throws here, so a test cannot quietly build a malformed value.
import { time } from '../src/index.js';

function parsed<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false }, kind: string, value: string): T {
  if (!result.ok) throw new RangeError(`test fixture: not a ${kind}: ${value}`);
  return result.value;
}

/** A local date `YYYY-MM-DD`, through `time.parseDate`. */
export function ymd(value: string): time.LocalDate {
  return parsed(time.parseDate(value), 'date', value);
}

/** A local time `HH:mm`, through `time.parseTime`. */
export function hm(value: string): time.LocalTime {
  return parsed(time.parseTime(value), 'time', value);
}

/** A canonical zone name, through `time.zone` (so `Asia/Calcutta` becomes `Asia/Kolkata`). */
export function iana(value: string): time.ZoneName {
  return parsed(time.zone(value), 'zone', value);
}

/** A zone name the engine knows, unchecked and not canonicalised (tests of the engine's internals over every engine name). */
export function engineZone(value: string): time.ZoneName {
  return value as time.ZoneName;
}

/** A value as untyped JavaScript would pass it, whatever the parameter's type says (hostile-input tests). */
export function untyped(value: unknown): never {
  return value as never;
}
