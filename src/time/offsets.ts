import { IANAZone } from 'luxon';
import type { ZoneName } from './types.js';

const zones = new Map<string, IANAZone>();

/**
 * The UTC offset in minutes of a (validated, canonical) zone at an instant. Internal: callers validate
 * the zone with `zone()` first.
 */
export function offsetMinutes(name: ZoneName, at: number): number {
  let z = zones.get(name);
  if (z === undefined) {
    z = IANAZone.create(name);
    zones.set(name, z);
  }
  return z.offset(at);
}
