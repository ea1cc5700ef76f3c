import { addDays, dateToUtcMidnight } from './local-values.js';
import { candidates } from './resolve.js';
import type { LocalDate, ZoneName } from './types.js';

const MINUTE = 60_000;

/**
 * The instant of a wall-clock bound: `minutes` after local midnight of `date` in `zone` (1440 means the
 * next day's 00:00), resolved with the `compatible` policy exactly as {@link resolve} does: a bound in a
 * gap moves forward by the gap, a bound in an overlap takes the earlier instant. Internal: the zone is
 * canonical and the date valid.
 */
export function boundInstant(zone: ZoneName, date: LocalDate, minutes: number): number {
  const day = minutes >= 1440 ? addDays(date, 1) : date;
  const wallMs = dateToUtcMidnight(day) + (minutes % 1440) * MINUTE;
  const { instants, before } = candidates(zone, wallMs);
  // One instant normally, the earlier of two in an overlap; none in a gap: the offset in force before
  // the transition moves the wall time forward by the gap.
  return instants.length > 0 ? (instants[0] as number) : wallMs - before * MINUTE;
}
