import { fail, ok, type Result } from '../core/internal.js';
import { MAX_RANGES, checkLocale, labelIn, labelTable } from './format.js';
import type { TimeCode } from './codes.js';
import { rangeError } from '../core/internal.js';

/**
 * A labeller of wall-clock ranges for one locale and clock style: `(fromMinute, untilMinute)` (minutes
 * after midnight, 0 to 1439; an `untilMinute` below `fromMinute` is on the next day) to the label a slot
 * grid shows, `10:00 AM – 10:15 AM`, the same text as {@link formatRange}. Labels come from the one
 * bounded label cache of `dialdesk/time`, so a month of cells formats each minute once. Refuses a bad
 * locale with `invalid-locale`; the labeller itself throws a `RangeError` naming a minute outside 0 to 1439.
 *
 * @throws RangeError from the returned labeller (not from `rangeLabeller`) when a minute is not an integer from 0 to 1439.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.rangeLabeller('en-US');
 * if (r.ok) r.value(600, 615); // '10:00 AM – 10:15 AM'
 * ```
 */
export function rangeLabeller(locale: string, hour12?: boolean): Result<(fromMinute: number, untilMinute: number) => string, TimeCode> {
  const l = checkLocale(locale);
  if (!l.ok) return l;
  if (hour12 !== undefined && typeof hour12 !== 'boolean') return fail('invalid-locale', '`hour12` must be true, false or absent.', { kind: typeof hour12 });
  const resolved = l.value;
  const check = (m: number): void => {
    if (!((m >>> 0) === m && m < 1440)) throw rangeError('time.rangeLabeller', 'a minute of the day (0 to 1439)', m);
  };
  // The labeller keeps its table: it goes on working (unshared) if the cache drops it.
  const table = labelTable(resolved, hour12);
  const ranges = table.ranges;
  return ok((fromMinute, untilMinute) => {
    check(fromMinute);
    check(untilMinute);
    const id = fromMinute * 1440 + untilMinute;
    let label = ranges.get(id);
    if (label === undefined) {
      label = `${labelIn(table, resolved, hour12, fromMinute)} – ${labelIn(table, resolved, hour12, untilMinute)}`;
      if (ranges.size >= MAX_RANGES) ranges.clear();
      ranges.set(id, label);
    }
    return label;
  });
}
