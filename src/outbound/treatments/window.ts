import { minutesToTime, nextOpen, type DailyWindow } from '../../time/index.js';
import type { OutboundRecord } from '../records/record.js';

/**
 * The record's daily calling window as a `dialdesk/time` window in its zone, rounded inwards to whole
 * minutes (`daily_from` up, `daily_till` down); `null` when the record may be called all day
 * (0..86400, or equal bounds as OCS reads them); `'never'` when rounding leaves nothing.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const record: outbound.OutboundRecord; // daily_from 32400, daily_till 75600, America/Chicago
 * outbound.recordWindow(record); // { from: '09:00', until: '21:00', zone: 'America/Chicago' }
 * ```
 */
export function recordWindow(record: OutboundRecord): DailyWindow | null | 'never' {
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
  const window = recordWindow(record);
  if (window === null) return { at, moved: false };
  if (window === 'never') return null;
  const open = nextOpen(window, at);
  if (!open.ok || open.value === null) return null;
  return { at: open.value, moved: open.value !== at };
}
