import { IANAZone } from 'luxon';
import type { ZoneName } from './types.js';

const DAY = 86_400_000;
const SECOND = 1000;
/** Cached blocks of time: 2 days each (a cold block costs 3 offset samples, plus about 17 per change). */
const BLOCK = 2 * DAY;
/** Blocks kept per zone before the zone's cache is dropped and rebuilt (about 22 years' worth). */
const MAX_BLOCKS = 4096;

/**
 * A block's offsets: `offsets[0]` from the block's start, `offsets[k]` from `changes[k - 1]` on.
 * Most blocks hold one offset and no change.
 */
interface Block {
  readonly offsets: readonly number[];
  readonly changes: readonly number[];
}

interface ZoneCache {
  readonly zone: IANAZone;
  readonly blocks: Map<number, Block>;
}

const zones = new Map<string, ZoneCache>();

/**
 * Finds the offsets of one block from luxon (which asks `Intl`, the engine's tz database): the offset
 * is sampled once a day (and at the block's last millisecond), and each change found is narrowed by
 * bisection to the exact second. This assumes that no zone changes its offset and changes it back
 * within one day (the assumption `transitions()` makes too; no such pair is known in the tz database);
 * several changes between two samples are all found when they do not cancel out. The properties in
 * `test/time/offsets.property.test.ts` compare this cache with luxon across every zone and centuries.
 */
function buildBlock(zone: IANAZone, index: number): Block {
  const start = index * BLOCK;
  const last = start + BLOCK - 1;
  let previousAt = start;
  let previous = zone.offset(start);
  const offsets = [previous];
  const changes: number[] = [];
  for (let t = start + DAY; previousAt < last; t += DAY) {
    const at = Math.min(t, last);
    const offset = zone.offset(at);
    // Narrow each change to the second (tz data changes offsets on whole seconds, and luxon reads a
    // whole second): `lo` has offset `current`, `at` has `offset`.
    let lo = Math.floor(previousAt / SECOND);
    let current = previous;
    while (current !== offset) {
      let hi = Math.floor(at / SECOND);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zone.offset(mid * SECOND) === current) lo = mid;
        else hi = mid;
      }
      current = zone.offset(hi * SECOND);
      changes.push(hi * SECOND);
      offsets.push(current);
      lo = hi;
    }
    previous = offset;
    previousAt = at;
  }
  return { offsets, changes };
}

/**
 * The UTC offset in minutes of a (validated, canonical) zone at an instant. Internal: callers validate
 * the zone with `zone()` first. Offsets are cached per zone in 2-day blocks (see `buildBlock`), so a
 * repeated or nearby question does not go through `Intl` again; non-finite instants go to luxon as is.
 */
export function offsetMinutes(name: ZoneName, at: number): number {
  let cache = zones.get(name);
  if (cache === undefined) {
    cache = { zone: IANAZone.create(name), blocks: new Map() };
    zones.set(name, cache);
  }
  if (!Number.isFinite(at)) return cache.zone.offset(at);
  const index = Math.floor(at / BLOCK);
  let block = cache.blocks.get(index);
  if (block === undefined) {
    if (cache.blocks.size >= MAX_BLOCKS) cache.blocks.clear();
    block = buildBlock(cache.zone, index);
    cache.blocks.set(index, block);
  }
  const { changes, offsets } = block;
  let k = 0;
  while (k < changes.length && at >= (changes[k] as number)) k++;
  return offsets[k] as number;
}
