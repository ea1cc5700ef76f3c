import { addDays, local, minutesToTime, nextOpen, resolve, type DailyWindow } from '../../time/index.js';
import { d, isProblem, rangeError } from '../../core/internal.js';
import { recordDecoder } from '../records/check.js';
import type { OutboundRecord } from '../records/record.js';

/**
 * The record's daily calling window as a `dialdesk/time` window in its zone, rounded inwards to whole
 * minutes (`daily_from` up, `daily_till` down); `null` when the record may be called all day
 * (0..86400, or equal bounds as OCS reads them); `'never'` when rounding leaves nothing.
 *
 * @throws RangeError when `record` is not an `OutboundRecord` (as `parseRecord` makes it, or its JSON).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const record: outbound.records.OutboundRecord; // daily_from 32400, daily_till 75600, America/Chicago
 * outbound.treatments.recordWindow(record); // { from: '09:00', until: '21:00', zone: 'America/Chicago' }
 * ```
 */
export function recordWindow(record: OutboundRecord): DailyWindow | null | 'never' {
  const read = d.run(recordDecoder, record);
  if (isProblem(read)) throw rangeError('outbound.recordWindow', 'an outbound record', record);
  return windowOf(read);
}

/** {@link recordWindow} of a record already read. */
function windowOf(record: OutboundRecord): DailyWindow | null | 'never' {
  const { dailyFrom: from, dailyTill: till } = record;
  if (from === till || (from === 0 && till === 86_400)) return null;
  const fromMin = Math.ceil(from / 60) % 1440;
  const tillMin = Math.floor(till / 60) % 1440;
  if (fromMin === tillMin) return from < till ? 'never' : null;
  if (from < till && Math.ceil(from / 60) >= Math.floor(till / 60)) return 'never';
  return { from: minutesToTime(fromMin), until: minutesToTime(tillMin), zone: record.timeZone };
}

/** A candidate instant placed in a record's window. @internal */
export interface Placed {
  /** The instant, whole seconds. */
  readonly at: number;
  /** True when it moved. */
  readonly moved: boolean;
}

/**
 * The first instant at or after `candidate` (rounded up to a whole second) at which the record may be
 * called; `null` when its window never opens. @internal
 */
export function placeInWindow(record: OutboundRecord, candidate: number): Placed | null {
  const at = Math.ceil(candidate / 1000) * 1000;
  const window = windowOf(record);
  if (window === null) return { at, moved: false };
  if (window === 'never') return null;
  const soon = openingNear(window, at);
  if (soon !== null) return { at: soon, moved: soon !== at };
  const open = nextOpen(window, at);
  if (!open.ok || open.value === null) return null;
  return { at: open.value, moved: open.value !== at };
}

/**
 * The first open instant at or after `at` among the windows opened on the local dates around `at`
 * (the day before, that day, the day after), each bound resolved like `dialdesk/time` windows do
 * (`compatible` policy); `null` when none of them qualifies, and the caller falls back to `nextOpen`.
 * Six resolutions instead of the dozens a longer scan needs.
 */
function openingNear(window: DailyWindow, at: number): number | null {
  const reading = local(at, window.zone);
  if (!reading.ok) return null;
  const crosses = window.from > window.until;
  let best: number | null = null;
  for (const offset of [-1, 0, 1]) {
    const date = addDays(reading.value.date, offset);
    const open = resolve({ date, time: window.from, zone: window.zone });
    const close = resolve({ date: crosses ? addDays(date, 1) : date, time: window.until, zone: window.zone });
    if (!open.ok || !close.ok || close.value.at <= open.value.at) continue;
    if (at >= open.value.at && at < close.value.at) return at;
    if (open.value.at > at && (best === null || open.value.at < best)) best = open.value.at;
  }
  return best;
}
