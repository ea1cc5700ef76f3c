import fc from 'fast-check';
import type { AvailabilityConfig } from '../../callback/rules.js';
import { hoursOf, type BusinessHoursOptions } from './business-hours.js';

type Corrupt = (config: AvailabilityConfig) => unknown;

const withWeekly = (config: AvailabilityConfig, weekly: unknown): unknown => ({ ...config, weekly });

const CORRUPTIONS: readonly Corrupt[] = [
  (c) => ({ ...c, zone: 'Mars/Olympus_Mons' }),
  (c) => ({ ...c, zone: 42 }),
  (c) => ({ ...c, bucketMinutes: 7 }),
  (c) => ({ ...c, bucketMinutes: '15' }),
  (c) => withWeekly(c, null),
  (c) => withWeekly(c, [c.weekly.mon]),
  (c) => withWeekly(c, { ...c.weekly, funday: [] }),
  // As JSON.parse would build it: an own `__proto__` key, which must be refused rather than ignored.
  (c) => withWeekly(c, { ...c.weekly, ['__proto__']: [{ from: '09:00', until: '17:00' }] }),
  (c) => withWeekly(c, { ...c.weekly, mon: [{ from: '10:00', until: '09:00' }] }),
  (c) => withWeekly(c, { ...c.weekly, tue: [{ from: '09:00', until: '12:00' }, { from: '11:00', until: '13:00' }] }),
  (c) => withWeekly(c, { ...c.weekly, wed: [{ from: '24:00', until: '24:00' }] }),
  (c) => withWeekly(c, { ...c.weekly, thu: [{ from: '09:00', until: '24:30' }] }),
  (c) => withWeekly(c, { ...c.weekly, fri: [{ from: 900, until: 1700 }] }),
  (c) => withWeekly(c, { ...c.weekly, sat: '09:00-17:00' }),
  (c) => ({ ...c, special: { ...c.special, '2026-02-30': [] } }),
  (c) => ({ ...c, special: { ...c.special, '26-12-25': [] } }),
  (c) => ({ ...c, special: [] }),
  (c) => ({ ...c, capacity: -1 }),
  (c) => ({ ...c, capacity: 1.5 }),
  (c) => ({ ...c, capacity: { default: -2 } }),
  (c) => ({ ...c, capacity: { tue: { '9am': 1 } } }),
  (c) => ({ ...c, capacity: { mon: { '0900': 1, '09:00': 2 } } }),
  (c) => ({ ...c, capacity: { holiday: { '0900': 1 } } }),
  (c) => ({ ...c, horizonDays: 0 }),
  (c) => ({ ...c, horizonDays: 367 }),
  (c) => ({ ...c, noticeMinutes: -1 }),
  (c) => ({ ...c, noticeMinutes: 2.5 }),
];

/**
 * Business-hours configurations `callback.parseAvailabilityConfig` must refuse, without throwing:
 * valid `businessHours` with one field broken (an unknown zone, a bucket size not offered, a
 * period that ends before it starts or overlaps another, `24:30`, an unknown or `__proto__` weekday key,
 * an impossible special date, a negative or fractional capacity, a repeated capacity step, a horizon
 * out of range, ...), or something that is not an object at all.
 *
 * @throws RangeError as `businessHours` does, naming `untrustedBusinessHours`.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { callback } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.untrustedBusinessHours(), (config) => !callback.parseAvailabilityConfig(config).ok));
 * ```
 */
export function untrustedBusinessHours(options: BusinessHoursOptions = {}): fc.Arbitrary<unknown> {
  const corrupted = fc.tuple(hoursOf('untrustedBusinessHours', options), fc.constantFrom(...CORRUPTIONS)).map(([config, corrupt]) => corrupt(config));
  const notAnObject = fc.constantFrom<unknown>(null, undefined, 'mon-fri 9-17', 15, [], true);
  return fc.oneof({ weight: 6, arbitrary: corrupted }, { weight: 1, arbitrary: notAnObject });
}
