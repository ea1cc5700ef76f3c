import fc from 'fast-check';
import { addDays, daysBetween, minutesToTime } from '../../time/local-values.js';
import { findTransitions } from '../../time/transitions.js';
import { localValid } from '../../time/local.js';
import { zone as parseZone } from '../../time/zone.js';
import type { LocalDate, LocalTime, ZoneName } from '../../time/types.js';
import type { WallTime } from '../../time/resolve.js';
import { trickyZones } from '../zones.js';
import { DAY, HOUR, wallDate } from '../../time/index.js';
import { parseDate } from '../../time/local-values.js';
import { isRecord, ownField, rangeError } from '../../core/internal.js';
import { checkedArbitrary, isZoneName } from './options.js';

/**
 * One of the {@link trickyZones}.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.trickyZone(), (zone) => zone.length > 0));
 * ```
 */
export function trickyZone(): fc.Arbitrary<ZoneName> {
  return fc.constantFrom(...trickyZones);
}

/**
 * Any zone the JavaScript engine knows, in its canonical dialdesk spelling (see `time.zone`).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.sample(arbitraries.anyZone(), 3);
 * ```
 */
export function anyZone(): fc.Arbitrary<ZoneName> {
  const names = ['UTC', ...Intl.supportedValuesOf('timeZone')]
    .map((name) => parseZone(name))
    .flatMap((r) => (r.ok ? [r.value] : []));
  return fc.constantFrom(...new Set(names));
}

/**
 * Bounds for {@link localDate}, inclusive.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const min = time.parseDate('2026-01-01');
 * const max = time.parseDate('2026-12-31');
 * const r: arbitraries.DateRange = min.ok && max.ok ? { min: min.value, max: max.value } : {};
 * ```
 */
export interface DateRange {
  /** The earliest date (default 2020-01-01). */
  readonly min?: LocalDate;
  /** The latest date (default 2030-12-31). */
  readonly max?: LocalDate;
}

/**
 * A local date and time at which a zone's offset changes (the wall time just before the change).
 *
 * @example
 * ```ts
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * import { time } from 'dialdesk';
 * const london = time.zone('Europe/London');
 * const t: arbitraries.TransitionWallTime | undefined = london.ok ? arbitraries.transitionWallTimes(london.value)[0] : undefined;
 * // { date: '2020-03-29', time: '01:00' }
 * ```
 */
export interface TransitionWallTime {
  /** The local date of the change. */
  readonly date: LocalDate;
  /** The wall time at which the clock changes. */
  readonly time: LocalTime;
}

/** The default range of {@link localDate}: 2020-01-01 to 2030-12-31. */
const FIRST_DATE = wallDate(Date.UTC(2020, 0, 1));
const LAST_DATE = wallDate(Date.UTC(2030, 11, 31));

/**
 * A local date between `min` and `max` inclusive (default 2020-01-01 to 2030-12-31).
 *
 * @throws RangeError when `range` is not a date range (`min` and `max` dates `YYYY-MM-DD`, `min` not after `max`), naming the part.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { time } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * const min = time.parseDate('2026-01-01');
 * const max = time.parseDate('2026-12-31');
 * if (min.ok && max.ok) fc.sample(arbitraries.localDate({ min: min.value, max: max.value }), 2);
 * ```
 */
export function localDate(range: DateRange = {}): fc.Arbitrary<LocalDate> {
  const checked = dateRangeOf('localDate', 'range', range) ?? {};
  const min = checked.min ?? FIRST_DATE;
  const max = checked.max ?? LAST_DATE;
  if (daysBetween(min, max) < 0) throw rangeError('testing.arbitraries.localDate', 'range.max not before range.min', max);
  return fc.integer({ min: 0, max: daysBetween(min, max) }).map((n) => addDays(min, n));
}

/**
 * A date range checked (internal): `undefined` when absent, else an object whose `min` and `max` (each
 * optional) are dates `YYYY-MM-DD`, `min` not after `max`; else a RangeError naming `fn` and `what`.
 */
export function dateRangeOf(fn: string, what: string, value: unknown): DateRange | undefined {
  if (value === undefined) return undefined;
  const where = `testing.arbitraries.${fn}`;
  if (!isRecord(value)) throw rangeError(where, `${what} to be a date range { min, max }`, value);
  const out: { min?: LocalDate; max?: LocalDate } = {};
  for (const key of ['min', 'max'] as const) {
    const v = ownField(value, key);
    if (v === undefined) continue;
    const date = parseDate(v);
    if (!date.ok) throw rangeError(where, `${what}.${key} to be a date YYYY-MM-DD`, v);
    out[key] = date.value;
  }
  if (out.min !== undefined && out.max !== undefined && daysBetween(out.min, out.max) < 0) throw rangeError(where, `${what}.max not before ${what}.min`, out.max);
  return out;
}

/**
 * A local time `HH:mm`, any minute of the day.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.sample(arbitraries.localTime(), 3); // e.g. ['00:00', '13:37', '23:59']
 * ```
 */
export function localTime(): fc.Arbitrary<LocalTime> {
  return fc.integer({ min: 0, max: 1439 }).map(minutesToTime);
}

const transitionCache = new Map<string, readonly TransitionWallTime[]>();

/**
 * The local dates and wall times (in the zone, just before the change) of a zone's offset transitions
 * between 2020 and 2030. Empty for zones without transitions in that span. Throws a `RangeError` naming
 * the zone when it is not an IANA zone (see `time.zone`).
 *
 * @throws RangeError when `zone` is not an IANA time zone (the message gives its kind, not its text).
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * const london = time.zone('Europe/London');
 * if (london.ok) arbitraries.transitionWallTimes(london.value)[0]; // { date: '2020-03-29', time: '01:00' }
 * ```
 */
export function transitionWallTimes(zone: ZoneName): readonly TransitionWallTime[] {
  const canonical = parseZone(zone);
  if (!canonical.ok) throw rangeError('testing.transitionWallTimes', 'an IANA time zone', zone);
  let found = transitionCache.get(canonical.value);
  if (found === undefined) {
    const z = canonical.value;
    found = findTransitions(z, Date.UTC(2020, 0, 1), Date.UTC(2031, 0, 1)).map((t) => {
      const reading = localValid(t.at - 1, z);
      const minute = reading.minuteOfDay + 1;
      return minute >= 1440 ? { date: addDays(reading.date, 1), time: minutesToTime(0) } : { date: reading.date, time: minutesToTime(minute) };
    });
    if (transitionCache.size >= 1024) transitionCache.clear();
    transitionCache.set(z, found);
  }
  return found;
}

/**
 * A `{ date, time, zone }` wall time, biased toward DST transitions: about half the values fall within
 * three hours of a transition of their zone (in gaps and overlaps included), the rest anywhere in
 * 2020–2030. `zones` defaults to the {@link trickyZones}.
 *
 * @throws RangeError when `zones` is not a fast-check arbitrary; a drawn value that is not an IANA zone name throws as it is drawn.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { time } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.wallTime(), (wall) => time.resolve(wall).ok));
 * ```
 */
export function wallTime(zones: fc.Arbitrary<ZoneName> = trickyZone()): fc.Arbitrary<WallTime> {
  const checked = checkedArbitrary('wallTime', 'zones', zones, 'IANA zone names', isZoneName) as fc.Arbitrary<ZoneName>;
  return checked.chain((zone) => {
    const near = transitionWallTimes(zone);
    const anywhere = fc.record({ date: localDate(), time: localTime(), zone: fc.constant(zone) });
    if (near.length === 0) return anywhere;
    const nearTransition = fc
      .tuple(fc.constantFrom(...near), fc.integer({ min: -180, max: 180 }))
      .map(([t, shift]) => {
        const minutes = Number(t.time.slice(0, 2)) * 60 + Number(t.time.slice(3, 5)) + shift;
        const dayShift = Math.floor(minutes / 1440);
        return { date: addDays(t.date, dayShift), time: minutesToTime(minutes), zone };
      });
    return fc.oneof(nearTransition, anywhere);
  });
}

/** The transitions of the tricky zones, computed on first use and kept for later calls. */
let trickyTransitions: readonly number[] | undefined;

/**
 * An instant (epoch ms UTC) between 2020 and 2030, biased toward the transitions of the
 * {@link trickyZones}.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.sample(arbitraries.instant(), 2);
 * ```
 */
export function instant(): fc.Arbitrary<number> {
  trickyTransitions ??= trickyZones.flatMap((z) => findTransitions(z, Date.UTC(2020, 0, 1), Date.UTC(2031, 0, 1)).map((t) => t.at));
  const all = trickyTransitions;
  const near = fc.tuple(fc.constantFrom(...all), fc.integer({ min: -3 * HOUR, max: 3 * HOUR })).map(([at, d]) => at + d);
  const anywhere = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2031, 0, 1) - DAY });
  return fc.oneof(near, anywhere);
}
