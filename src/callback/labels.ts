import { formatRange } from '../time/index.js';

const MINUTE = 60_000;
const labels = new Map<string, string>();

/**
 * The label of a wall-clock range (minutes after midnight) in a locale, through `time.formatRange`,
 * memoised: a range label depends only on the two wall times, the locale and the clock style.
 * Returns `null` for a locale `time.formatRange` refuses.
 */
export function rangeLabel(locale: string, hour12: boolean | undefined, fromMinute: number, untilMinute: number): string | null {
  const key = `${locale}|${String(hour12)}|${fromMinute}|${untilMinute}`;
  const cached = labels.get(key);
  if (cached !== undefined) return cached;
  const r = formatRange(fromMinute * MINUTE, (untilMinute < fromMinute ? untilMinute + 1440 : untilMinute) * MINUTE, 'UTC', locale, hour12 === undefined ? {} : { hour12 });
  if (!r.ok) return null;
  if (labels.size > 20_000) labels.clear();
  labels.set(key, r.value);
  return r.value;
}
