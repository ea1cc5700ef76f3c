import { fail, isRecord, ok, ownField, type Result } from '../core/internal.js';
import { BoundedCache } from './cache.js';
import { DAY, MINUTE } from './durations.js';
import { offsetAt } from './engine.js';
import { isSupportedInstant, maxInstant } from './range.js';
import { zone as parseZone } from './zone.js';
import type { TimeCode } from './codes.js';
import type { ZoneName } from './types.js';
import type { YearMonth } from './calendar.js';

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

/**
 * The locale used for a well-formed language tag that the JavaScript engine has no data for (`xx`,
 * `und`, `zz-ZZ`): always this one, never the host's own language, so that every machine gives the
 * same label.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * time.fallbackLocale; // 'en-US'
 * ```
 */
export const fallbackLocale = 'en-US';

/** The labels of one locale and clock style: by minute of the day, and range labels by `from * 1440 + until`. */
export interface LabelTable {
  readonly minutes: (string | undefined)[];
  readonly ranges: Map<number, string>;
}

/** Label tables per locale and clock style (at most 32): the one label cache of dialdesk. */
const labels = new BoundedCache<string, LabelTable>(32);
/** Range labels kept per table before its range map is cleared. */
export const MAX_RANGES = 4096;
/** Resolved locales per tag asked for (at most 256). */
const locales = new BoundedCache<string, string | null>(256);
/** Month-title formatters per resolved locale (at most 16). */
const monthFormats = new BoundedCache<string, Intl.DateTimeFormat>(16);

/** How many label tables are kept (for the test that the cache is bounded). */
export function labelCacheSize(): number {
  return labels.size;
}

/** The label table (by minute of the day) of a resolved locale and clock style, from the bounded cache. */
export function labelTable(locale: string, hour12: boolean | undefined): LabelTable {
  return labels.get(`${locale}|${String(hour12)}`, () => ({ minutes: new Array<string | undefined>(1440), ranges: new Map() }));
}

/** The label of a minute of the day in a table made by {@link labelTable}, formatted on first use. */
export function labelIn(table: LabelTable, locale: string, hour12: boolean | undefined, minuteOfDay: number): string {
  let label = table.minutes[minuteOfDay];
  if (label === undefined) {
    const format = new Intl.DateTimeFormat(locale, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
      ...(hour12 === undefined ? {} : { hour12 }),
    });
    // ICU puts narrow no-break spaces before AM/PM in some versions and not others: normalise to a space.
    label = format.format(minuteOfDay * MINUTE).replace(/[\u202f\u00a0]/g, ' ');
    table.minutes[minuteOfDay] = label;
  }
  return label;
}

/** The label of a minute of the day in a resolved locale and clock style. */
export function labelOf(locale: string, hour12: boolean | undefined, minuteOfDay: number): string {
  return labelIn(labelTable(locale, hour12), locale, hour12, minuteOfDay);
}

function resolveTag(tag: string): string | null {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return null;
  }
  return Intl.DateTimeFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : fallbackLocale;
}

/**
 * Checks a locale argument: a BCP 47 tag (refused with `invalid-locale` otherwise), resolved to itself
 * when the engine has data for it and to {@link fallbackLocale} when not. Never the host's language.
 */
export function checkLocale(locale: unknown): Result<string, TimeCode> {
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > 64) {
    return fail('invalid-locale', 'A locale must be a BCP 47 language tag such as en-US.', { kind: typeof locale });
  }
  const resolved = locales.get(locale, () => resolveTag(locale));
  return resolved === null ? fail('invalid-locale', 'Not a BCP 47 language tag.', { length: locale.length }) : ok(resolved);
}

function minuteOfDayAt(at: number, zone: ZoneName): number {
  const wall = at + offsetAt(zone, at) * MINUTE;
  return Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
}

function badInstant(at: unknown): Result<never, TimeCode> {
  return fail('invalid-instant', `An instant must be an epoch-millisecond number from 0 to ${maxInstant}.`, { kind: typeof at, ...(typeof at === 'number' ? { at } : {}) });
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
export function formatTime(at: number, zone: string, locale: string, options: FormatOptions = {}): Result<string, TimeCode> {
  if (!isSupportedInstant(at)) return badInstant(at);
  const z = parseZone(zone);
  if (!z.ok) return z;
  const l = checkLocale(locale);
  if (!l.ok) return l;
  const hour12 = isRecord(options) ? ownField(options, 'hour12') : undefined;
  return ok(labelOf(l.value, typeof hour12 === 'boolean' ? hour12 : undefined, minuteOfDayAt(at, z.value)));
}

/**
 * Formats a time range in a zone and locale, as a slot grid labels its cells: `10:00 AM – 10:15 AM`
 * (an en dash between spaces). Refuses an end before the start with `invalid-range`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const start = Date.UTC(2026, 0, 5, 15);
 * time.formatRange(start, start + 15 * time.MINUTE, 'America/New_York', 'en-US'); // { ok: true, value: '10:00 AM – 10:15 AM' }
 * ```
 */
export function formatRange(start: number, end: number, zone: string, locale: string, options: FormatOptions = {}): Result<string, TimeCode> {
  if (!isSupportedInstant(start)) return badInstant(start);
  if (!isSupportedInstant(end)) return badInstant(end);
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
export function monthTitle(month: YearMonth, locale: string): Result<string, TimeCode> {
  const l = checkLocale(locale);
  if (!l.ok) return l;
  const year = isRecord(month) ? ownField(month, 'year') : undefined;
  const m = isRecord(month) ? ownField(month, 'month') : undefined;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999 || typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 12) {
    return fail('invalid-month', 'Expected { year: 1..9999, month: 1..12 }.', { kind: month === null ? 'null' : typeof month });
  }
  const at = new Date(0).setUTCFullYear(year, m - 1, 15);
  const locale_ = l.value;
  return ok(monthFormats.get(locale_, () => new Intl.DateTimeFormat(locale_, { year: 'numeric', month: 'long', timeZone: 'UTC' })).format(at));
}
