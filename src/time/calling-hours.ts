import { asTime } from './brand.js';
import type { LocalDate, LocalTime, Weekday } from './types.js';

/**
 * One allowed period of a local day: from `from` (inclusive) until `until` (exclusive), with
 * `from < until`. Periods do not cross midnight; `until` may be `'24:00'`, the end of the day (the only
 * place where `24:00` is accepted), so "Saturday 22:00 to Sunday 02:00" is written as Saturday
 * `22:00`–`24:00` plus Sunday `00:00`–`02:00`, and the two join without a seam. Bounds are resolved on
 * each date with the `compatible` DST policy, like window bounds (see {@link DailyWindow}).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.parseCallingHours({ name: 'split', weekly: { sat: [{ from: '10:00', until: '13:00' }, { from: '22:00', until: '24:00' }] } });
 * const saturday: readonly time.CallingPeriod[] = r.ok ? r.value.weekly.sat : [];
 * // [{ from: '10:00', until: '13:00' }, { from: '22:00', until: '24:00' }]
 * ```
 */
export interface CallingPeriod {
  /** Local time the period starts, `HH:mm` (inclusive). */
  readonly from: LocalTime;
  /** Local time the period ends, `HH:mm` or `24:00` (exclusive); after `from`. */
  readonly until: LocalTime | '24:00';
}

/**
 * The allowed periods of each day of the week; an empty list means no calls that day.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const day = [{ from: '09:00', until: '17:00' }];
 * const r = time.parseCallingHours({ name: 'office', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day } });
 * const week: time.WeeklyPeriods | null = r.ok ? r.value.weekly : null; // sat: [], sun: []
 * ```
 */
export type WeeklyPeriods = Readonly<Record<Weekday, readonly CallingPeriod[]>>;

/**
 * A calling-hours rule: when calls are allowed, judged in the **called party's** zone (the zone is not
 * part of the rule; it is passed to {@link isAllowed}, {@link nextAllowed} and {@link allowedIntervals}).
 * Build one with {@link parseCallingHours} or take a preset from {@link callingHoursPresets}.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * // Florida: 08:00 to 20:00 since the 2021 amendment (Fla. Stat. 501.616(6)(a)).
 * const day = [{ from: '08:00', until: '20:00' }];
 * const parsed = time.parseCallingHours({
 *   name: 'Florida (Fla. Stat. 501.616(6)(a))',
 *   weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
 *   closedDates: [],
 *   closedOnHolidays: false,
 * });
 * const rule: time.CallingHoursRule | null = parsed.ok ? parsed.value : null;
 * ```
 */
export interface CallingHoursRule {
  /** A label for people (and for logs); not interpreted. */
  readonly name: string;
  /** Allowed periods per day of the week, in the called party's local time. */
  readonly weekly: WeeklyPeriods;
  /** Local dates on which no call is allowed at all, whatever `weekly` says (sorted, no duplicates). */
  readonly closedDates: readonly LocalDate[];
  /** When true, the `holidays` passed in the options close those dates too (the rule forbids calls on public holidays). */
  readonly closedOnHolidays: boolean;
}

function freezeRule(name: string, weekly: Record<Weekday, readonly CallingPeriod[]>, closedOnHolidays: boolean): CallingHoursRule {
  const frozenWeekly = Object.freeze(
    Object.fromEntries(Object.entries(weekly).map(([day, periods]) => [day, Object.freeze(periods.map((p) => Object.freeze({ ...p })))])),
  ) as WeeklyPeriods;
  return Object.freeze({ name, weekly: frozenWeekly, closedDates: Object.freeze([]), closedOnHolidays });
}

function period(from: string, until: string): CallingPeriod {
  return { from: asTime(from), until: asTime(until) };
}

const usDay: readonly CallingPeriod[] = [period('08:00', '21:00')];
const caWeekday: readonly CallingPeriod[] = [period('09:00', '21:30')];
const caWeekend: readonly CallingPeriod[] = [period('10:00', '18:00')];
const frWeekday: readonly CallingPeriod[] = [period('10:00', '13:00'), period('14:00', '20:00')];

/**
 * Calling-hours presets, keyed by ISO 3166 country code, for telemarketing calls. They are the
 * national baseline only: states and provinces may be stricter (several US states stop at 20:00 or
 * forbid Sundays), and they say nothing about consent, do-not-call lists or call frequency. Each is
 * judged at the called party's location: pass the contact's zone.
 *
 * - `us`: **United States, federal.** 08:00 to 21:00 every day. Sources: TCPA rules, 47 CFR
 *   64.1200(c)(1) ("before the hour of 8 a.m. or after 9 p.m. (local time at the called party's
 *   location)"), and the FTC Telemarketing Sales Rule, 16 CFR 310.4(c). The end is taken as exclusive:
 *   21:00 itself is refused, the conservative reading of "after 9 p.m.".
 * - `ca`: **Canada.** 09:00 to 21:30 Monday to Friday, 10:00 to 18:00 Saturday and Sunday. Source: CRTC
 *   Unsolicited Telecommunications Rules, Part III (Telemarketing Rules), in force since 2008-09-30
 *   (Telecom Decision CRTC 2007-48 and its follow-ups). The hours are confirmed on the CRTC page "Key
 *   Unsolicited Telecommunications Rules" (crtc.gc.ca/eng/phone/telemarketing/tobligations/rules-regles.htm,
 *   "calling curfews"); the Part number is NOT confirmed (the Rules' text could not be read).
 * - `fr`: **France.** Monday to Friday, 10:00 to 13:00 and 14:00 to 20:00; no calls on Saturdays,
 *   Sundays or public holidays (`closedOnHolidays: true`: pass the public holidays of code du travail
 *   art. L. 3133-1 as `options.holidays`). The consumer's express prior consent lifts these limits; the
 *   rule does not model consent. Source: Code de la consommation, art. L. 223-1, and décret n° 2022-1313
 *   du 13 octobre 2022 (creating art. D. 223-9), in force since 2023-03-01.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.isAllowed(time.callingHoursPresets.us, Date.UTC(2026, 6, 1, 23), 'America/Los_Angeles');
 * // 16:00 in Los Angeles: { ok: true, value: true }
 * ```
 */
export const callingHoursPresets: Readonly<Record<'us' | 'ca' | 'fr', CallingHoursRule>> = Object.freeze({
  us: freezeRule('United States, federal (47 CFR 64.1200(c)(1); 16 CFR 310.4(c))', { mon: usDay, tue: usDay, wed: usDay, thu: usDay, fri: usDay, sat: usDay, sun: usDay }, false),
  ca: freezeRule(
    'Canada (CRTC Unsolicited Telecommunications Rules, Part III)',
    { mon: caWeekday, tue: caWeekday, wed: caWeekday, thu: caWeekday, fri: caWeekday, sat: caWeekend, sun: caWeekend },
    false,
  ),
  fr: freezeRule(
    'France (Code de la consommation L. 223-1; décret n° 2022-1313)',
    { mon: frWeekday, tue: frWeekday, wed: frWeekday, thu: frWeekday, fri: frWeekday, sat: [], sun: [] },
    true,
  ),
});
