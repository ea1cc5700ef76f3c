import { fail, isInstant, ok, type Result } from '../core/internal.js';
import { offsetMinutes } from './offsets.js';
import { zone as parseZone } from './zone.js';
import type { TimeErrorCode } from './codes.js';
import type { YearMonth } from './calendar.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * Options for {@link formatTime} and {@link formatRange}.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const o: time.FormatOptions = { hour12: false };
 * ```
 */
export interface FormatOptions {
  /** Force a 12-hour (`true`) or 24-hour (`false`) clock; by default the locale decides. */
  readonly hour12?: boolean;
}

/** Labels per locale and clock style, indexed by minute of the day: a time label depends only on the wall clock. */
const labels = new Map<string, (string | undefined)[]>();

function labelOf(locale: string, hour12: boolean | undefined, minuteOfDay: number): string {
  const key = `${locale}|${String(hour12)}`;
  let table = labels.get(key);
  if (table === undefined) {
    table = new Array<string | undefined>(1440);
    labels.set(key, table);
  }
  let label = table[minuteOfDay];
  if (label === undefined) {
    const format = new Intl.DateTimeFormat(locale, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
      ...(hour12 === undefined ? {} : { hour12 }),
    });
    // ICU puts narrow no-break spaces before AM/PM in some versions and not others: normalise to a space.
    label = format.format(minuteOfDay * MINUTE).replace(/[\u202f\u00a0]/g, ' ');
    table[minuteOfDay] = label;
  }
  return label;
}

function checkLocale(locale: unknown): Result<string, TimeErrorCode> {
  if (typeof locale !== 'string' || locale.length === 0) return fail('invalid-locale', 'A locale must be a BCP 47 language tag such as en-US.', { locale });
  try {
    return ok(Intl.getCanonicalLocales(locale)[0] ?? locale);
  } catch {
    return fail('invalid-locale', `Not a BCP 47 language tag: ${locale}`, { locale });
  }
}

function minuteOfDayAt(at: number, zone: string): number {
  const wall = at + offsetMinutes(zone, at) * MINUTE;
  return Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
}

/**
 * Formats the wall-clock time of an instant in a zone, in a locale that the caller passes (never the
 * environment's): `10:00 AM` in `en-US`, `10:00` in `de-DE`. Labels are cached per locale and minute.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.formatTime(Date.UTC(2026, 0, 5, 15), 'America/New_York', 'en-US'); // { ok: true, value: '10:00 AM' }
 * ```
 */
export function formatTime(at: number, zone: string, locale: string, options: FormatOptions = {}): Result<string, TimeErrorCode> {
  if (!isInstant(at)) return fail('invalid-instant', 'An instant must be a finite, non-negative epoch-millisecond number.', { at });
  const z = parseZone(zone);
  if (!z.ok) return z;
  const l = checkLocale(locale);
  if (!l.ok) return l;
  return ok(labelOf(l.value, options.hour12, minuteOfDayAt(at, z.value)));
}

/**
 * Formats a time range in a zone and locale, as a slot grid labels its cells: `10:00 AM – 10:15 AM`
 * (an en dash between spaces). Refuses an end before the start with `invalid-range`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const start = Date.UTC(2026, 0, 5, 15);
 * time.formatRange(start, start + 15 * 60_000, 'America/New_York', 'en-US'); // { ok: true, value: '10:00 AM – 10:15 AM' }
 * ```
 */
export function formatRange(start: number, end: number, zone: string, locale: string, options: FormatOptions = {}): Result<string, TimeErrorCode> {
  const from = formatTime(start, zone, locale, options);
  if (!from.ok) return from;
  const until = formatTime(end, zone, locale, options);
  if (!until.ok) return until;
  if (end < start) return fail('invalid-range', 'A range must not end before it starts.', { start, end });
  return ok(`${from.value} – ${until.value}`);
}

/**
 * The title of a month in a locale, for the header of a date picker: `November 2026` in `en-US`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.monthTitle({ year: 2026, month: 11 }, 'fr-FR'); // { ok: true, value: 'novembre 2026' }
 * ```
 */
export function monthTitle(month: YearMonth, locale: string): Result<string, TimeErrorCode> {
  const l = checkLocale(locale);
  if (!l.ok) return l;
  if (!Number.isInteger(month.year) || month.year < 1 || month.year > 9999 || !Number.isInteger(month.month) || month.month < 1 || month.month > 12) {
    return fail('invalid-month', 'Expected { year: 1..9999, month: 1..12 }.', { month });
  }
  const at = new Date(0).setUTCFullYear(month.year, month.month - 1, 15);
  return ok(new Intl.DateTimeFormat(l.value, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(at));
}
