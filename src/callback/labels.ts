import { formatRange } from '../time/index.js';

const MINUTE = 60_000;
const tables = new Map<string, Map<number, string>>();

/**
 * A labeller of wall-clock ranges (minutes after midnight) for one locale and clock style, through
 * `time.formatRange`, memoised: a range label depends only on the two wall times, the locale and the
 * clock style, so a grid of a month formats each distinct range once.
 */
export function rangeLabeller(locale: string, hour12: boolean | undefined): (fromMinute: number, untilMinute: number) => string {
  const key = `${locale}|${String(hour12)}`;
  let table = tables.get(key);
  if (table === undefined) {
    if (tables.size > 64) tables.clear();
    table = new Map<number, string>();
    tables.set(key, table);
  }
  const labels = table;
  const options = hour12 === undefined ? {} : { hour12 };
  return (a, b) => {
    const id = a * 1440 + b;
    let label = labels.get(id);
    if (label === undefined) {
      const r = formatRange(a * MINUTE, (b < a ? b + 1440 : b) * MINUTE, 'UTC', locale, options);
      label = r.ok ? r.value : '';
      labels.set(id, label);
    }
    return label;
  };
}
