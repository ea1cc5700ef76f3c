import { fail, ok, type Result } from '../core/internal.js';
import { checkLocale, labelOf } from './format.js';
import type { TimeErrorCode } from './codes.js';

/**
 * A labeller of wall-clock ranges for one locale and clock style: `(fromMinute, untilMinute)` (minutes
 * after midnight, 0 to 1439; an `untilMinute` below `fromMinute` is on the next day) to the label a slot
 * grid shows, `10:00 AM – 10:15 AM`, the same text as {@link formatRange}. Labels come from the one
 * bounded label cache of `dialdesk/time`, so a month of cells formats each minute once. Refuses a bad
 * locale with `invalid-locale`; the labeller itself throws a `RangeError` naming a minute outside 0 to 1439.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.rangeLabeller('en-US');
 * if (r.ok) r.value(600, 615); // '10:00 AM – 10:15 AM'
 * ```
 */
export function rangeLabeller(locale: string, hour12?: boolean): Result<(fromMinute: number, untilMinute: number) => string, TimeErrorCode> {
  const l = checkLocale(locale);
  if (!l.ok) return l;
  if (hour12 !== undefined && typeof hour12 !== 'boolean') return fail('invalid-locale', '`hour12` must be true, false or absent.', { kind: typeof hour12 });
  const resolved = l.value;
  const check = (m: number): number => {
    if (!Number.isInteger(m) || m < 0 || m > 1439) throw new RangeError(`time.rangeLabeller: not a minute of the day (0 to 1439): ${typeof m === 'number' ? String(m) : typeof m}`);
    return m;
  };
  return ok((fromMinute, untilMinute) => `${labelOf(resolved, hour12, check(fromMinute))} – ${labelOf(resolved, hour12, check(untilMinute))}`);
}
