import fc from 'fast-check';
import { bucketSizes, type AvailabilityConfig } from '../../callback/rules.js';
import { minutesToTime, wallDate, weekdays, type Weekday } from '../../time/index.js';
import { trickyZone } from './time.js';
import { dateRangeOf, localDate, type DateRange } from './time.js';
import { arbitraryOption, integerWithin, isZoneName, optionsOf } from './options.js';
import { ownField } from '../../core/internal.js';

/**
 * Options of {@link businessHours}.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const o: arbitraries.BusinessHoursOptions = { zones: fc.constant('Asia/Kathmandu'), horizonDays: fc.constant(2) };
 * ```
 */
export interface BusinessHoursOptions {
  /** The business zones (default: any of {@link trickyZone}). */
  readonly zones?: fc.Arbitrary<string>;
  /** The horizon in days, always present when given (default: 1 to 7, or left out for the parser's 30). */
  readonly horizonDays?: fc.Arbitrary<number>;
  /** Where special days fall (default 2025 to 2027). */
  readonly specialDates?: DateRange;
}

/** Where special days fall by default: 2025 to 2027. */
const SPECIAL_DATES: DateRange = { min: wallDate(Date.UTC(2025, 0, 1)), max: wallDate(Date.UTC(2027, 11, 31)) };

const toTime = (minutes: number): string => (minutes === 1440 ? '24:00' : minutesToTime(minutes));

/**
 * One local day's open periods on a 5-minute grid: sorted, non-overlapping, `until` after `from`,
 * `24:00` possible; an empty list (closed) now and then.
 */
export function openPeriods(): fc.Arbitrary<{ from: string; until: string }[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: 288 }), { maxLength: 6 }).map((marks) => {
    const sorted = [...marks].sort((a, b) => a - b);
    const periods: { from: string; until: string }[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      periods.push({ from: toTime((sorted[i] as number) * 5), until: toTime((sorted[i + 1] as number) * 5) });
    }
    return periods;
  });
}

/** Capacity steps of one weekday, keyed `HHmm` or `HH:mm` as hosts write them. */
function capacitySteps(): fc.Arbitrary<Record<string, number>> {
  return fc
    .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 95 }), { maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }), fc.boolean())
    .map(([quarters, counts, colon]) =>
      Object.fromEntries(quarters.map((q, i) => {
        const t = minutesToTime(q * 15);
        return [colon ? t : t.replace(':', ''), counts[i] ?? 0];
      })),
    );
}

function capacity(): fc.Arbitrary<AvailabilityConfig['capacity']> {
  const table = fc
    .tuple(fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), fc.subarray([...weekdays], { maxLength: 3 }), fc.array(capacitySteps(), { minLength: 3, maxLength: 3 }))
    .map(([def, days, steps]) => ({
      ...(def === undefined ? {} : { default: def }),
      ...Object.fromEntries(days.map((d, i) => [d, steps[i] ?? {}])),
    }));
  return fc.oneof(fc.integer({ min: 0, max: 4 }), table);
}

/**
 * A business-hours availability configuration (the input of `callback.parseAvailabilityConfig` and
 * `callback.availability`) that the parser accepts: a business zone, a bucket size, open periods per
 * weekday on a 5-minute grid (closed days, several periods a day and `24:00` included), special days
 * replacing their weekday (closed ones included), a capacity (one number, or a table by weekday and
 * start time keyed `HHmm` or `HH:mm`), and a notice and horizon, each present or left to its default.
 *
 * @throws RangeError when an option is not one (`zones` an arbitrary of IANA zone names, `horizonDays` of whole days from 1 to 366, `specialDates` a date range), naming it; a drawn value outside those throws as it is drawn.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { callback } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.businessHours(), (config) => callback.parseAvailabilityConfig(config).ok));
 * ```
 */
export function businessHours(options: BusinessHoursOptions = {}): fc.Arbitrary<AvailabilityConfig> {
  return hoursOf('businessHours', options);
}

/** {@link businessHours} with its options checked in the name of `fn` (internal: `untrustedBusinessHours` too). */
export function hoursOf(fn: string, given: unknown): fc.Arbitrary<AvailabilityConfig> {
  const raw = optionsOf(fn, given);
  const options = {
    zones: arbitraryOption(fn, raw, 'zones', 'IANA zone names', isZoneName),
    horizonDays: arbitraryOption(fn, raw, 'horizonDays', 'whole days from 1 to 366', integerWithin(1, 366)),
    specialDates: dateRangeOf(fn, 'options.specialDates', ownField(raw, 'specialDates')),
  };
  const weekly = fc.record(Object.fromEntries(weekdays.map((d) => [d, openPeriods()])) as Record<Weekday, fc.Arbitrary<{ from: string; until: string }[]>>, {
    requiredKeys: [...weekdays.filter((d) => d !== 'sun')],
  });
  return fc.record(
    {
      zone: options.zones ?? trickyZone(),
      bucketMinutes: fc.constantFrom(...bucketSizes),
      weekly,
      special: fc.dictionary(localDate(options.specialDates ?? SPECIAL_DATES), openPeriods(), { maxKeys: 4 }),
      capacity: capacity(),
      noticeMinutes: fc.integer({ min: 0, max: 600 }),
      horizonDays: options.horizonDays ?? fc.integer({ min: 1, max: 7 }),
    },
    { requiredKeys: ['zone', 'bucketMinutes', 'weekly', 'capacity', ...(options.horizonDays === undefined ? [] : ['horizonDays' as const])] },
  );
}
