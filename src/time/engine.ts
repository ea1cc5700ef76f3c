import { IANAZone } from 'luxon';
import { DAY, MINUTE, SECOND } from './durations.js';
import type { ZoneName } from './types.js';

/*
 * The offset engine: the one place in dialdesk that knows how a zone's UTC offset changes. Every
 * question about offsets goes through it: the offset at an instant (`offsetAt`), the transitions in a
 * range with their exact instants (`transitionsIn`), the instants of a wall time (`wallInstants`) and
 * the policy that picks one of them (`pickInstant`). `time/timeline.ts` packs the same answers into
 * segments for callers that convert many wall times of one range.
 *
 * The rule, written once: the offset is read from luxon (which asks `Intl`, the engine's tz database)
 * once a day and at the end of each 2-day block, and every change found between two readings is
 * narrowed by bisection to the exact second (tz data changes offsets on whole seconds, and luxon reads
 * whole seconds, so the second is the exact instant). This assumes that no zone changes its offset and
 * changes it back within one day; no such pair is known in the tz database. The properties in
 * `test/time/offsets.property.test.ts` compare the engine with luxon in every zone from 1800 to 2200.
 */

/** Cached blocks of time: 2 days each (a cold block costs 3 offset readings, plus about 17 per change). */
const BLOCK = 2 * DAY;
/** Blocks kept per zone before the zone's cache is dropped and rebuilt (about 22 years' worth). */
const MAX_BLOCKS = 4096;
/** Zones kept before the whole cache is dropped (there are about 600 IANA names). */
const MAX_ZONES = 1024;
/** Offset changes looked for between two readings a day apart (the tz database has at most 2). */
const MAX_CHANGES_PER_READING = 8;
/**
 * The engine's domain: instants a whole block away from the ends of `Date`'s range (±8.64e15 ms), where
 * luxon answers `NaN`. Public functions check the narrower supported range (`core.maxInstant`) first;
 * the engine checks its own so that no loop can ever run on a `NaN`.
 */
const LIMIT = 8_640_000_000_000_000 - 2 * BLOCK;

/**
 * A block's offsets (minutes): `offsets[0]` from the block's start, `offsets[k]` from `changes[k - 1]`
 * on. Most blocks hold one offset and no change.
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

/** Whether the engine answers for an instant: a number within `Date`'s range less four days. */
export function inDomain(at: unknown): at is number {
  return typeof at === 'number' && at >= -LIMIT && at <= LIMIT;
}

/** Throws a `RangeError` naming the instant unless the engine can answer for it. */
function checkDomain(at: number): void {
  if (!(at >= -LIMIT && at <= LIMIT)) throw new RangeError(`dialdesk/time: the instant ${String(at)} is outside the offset engine's range`);
}

function reading(zone: IANAZone, at: number): number {
  const offset = zone.offset(at);
  if (!Number.isFinite(offset)) throw new RangeError(`dialdesk/time: no offset for ${zone.name} at ${String(at)}`);
  return offset;
}

function buildBlock(zone: IANAZone, index: number): Block {
  const start = index * BLOCK;
  const last = start + BLOCK - 1;
  let previousAt = start;
  let previous = reading(zone, start);
  const offsets = [previous];
  const changes: number[] = [];
  for (let t = start + DAY; previousAt < last; t += DAY) {
    const at = Math.min(t, last);
    const offset = reading(zone, at);
    // Narrow each change to the second: `lo` has offset `current`, `at` has `offset`. Bounded: the
    // offsets are finite (see `reading`), and a day holds at most a few changes.
    let lo = Math.floor(previousAt / SECOND);
    let current = previous;
    for (let n = 0; current !== offset && n < MAX_CHANGES_PER_READING; n += 1) {
      let hi = Math.floor(at / SECOND);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (reading(zone, mid * SECOND) === current) lo = mid;
        else hi = mid;
      }
      current = reading(zone, hi * SECOND);
      changes.push(hi * SECOND);
      offsets.push(current);
      lo = hi;
    }
    previous = offset;
    previousAt = at;
  }
  return { offsets, changes };
}

function cacheOf(name: ZoneName): ZoneCache {
  let cache = zones.get(name);
  if (cache === undefined) {
    const zone = IANAZone.create(name);
    if (!zone.isValid) throw new RangeError(`dialdesk/time: unknown zone ${name.slice(0, 64)}`);
    if (zones.size >= MAX_ZONES) zones.clear();
    cache = { zone, blocks: new Map() };
    zones.set(name, cache);
  }
  return cache;
}

function blockOf(cache: ZoneCache, index: number): Block {
  let block = cache.blocks.get(index);
  if (block === undefined) {
    if (cache.blocks.size >= MAX_BLOCKS) cache.blocks.clear();
    block = buildBlock(cache.zone, index);
    cache.blocks.set(index, block);
  }
  return block;
}

/**
 * The UTC offset in minutes of a canonical zone at an instant (fractional for the local mean times of
 * the 19th century). Internal: callers validate the zone with `zone()` and the instant against their
 * range first; outside the engine's domain, or for an unknown zone, it throws a `RangeError`.
 */
export function offsetAt(zone: ZoneName, at: number): number {
  checkDomain(at);
  return offsetIn(cacheOf(zone), at);
}

/** The offset at an instant of the engine's domain, from a zone's cache. */
function offsetIn(cache: ZoneCache, at: number): number {
  const { changes, offsets } = blockOf(cache, Math.floor(at / BLOCK));
  let k = 0;
  while (k < changes.length && at >= (changes[k] as number)) k++;
  return offsets[k] as number;
}

/** A change of offset found by the engine: its exact instant, and the offsets (minutes) around it. */
export interface OffsetChange {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/**
 * Every change of a canonical zone's offset at an instant in `(start, end]`, in order, each at its exact
 * instant (the first millisecond of the new offset). Internal; any length of range.
 */
export function transitionsIn(zone: ZoneName, start: number, end: number): OffsetChange[] {
  checkDomain(start);
  checkDomain(end);
  const cache = cacheOf(zone);
  const found: OffsetChange[] = [];
  let previous = offsetAt(zone, start);
  const last = Math.floor(end / BLOCK);
  for (let index = Math.floor(start / BLOCK); index <= last; index += 1) {
    const block = blockOf(cache, index);
    for (let k = 0; k < block.offsets.length; k += 1) {
      const at = k === 0 ? index * BLOCK : (block.changes[k - 1] as number);
      if (at > end) return found;
      const offset = block.offsets[k] as number;
      if (at > start && offset !== previous) found.push(Object.freeze({ at, before: previous, after: offset }));
      if (at > start) previous = offset;
    }
  }
  return found;
}

/**
 * The instants whose wall time in a canonical zone is exactly `wallMs` (a local date-time written as if
 * it were UTC): none in a gap, one normally, two in an overlap, sorted; with the offsets (minutes) in
 * force a day before and a day after, the two offsets a transition near that wall time moves between.
 */
export interface WallCandidates {
  readonly instants: readonly number[];
  readonly before: number;
  readonly after: number;
}

/**
 * The {@link WallCandidates} of a wall time in a canonical zone. Every instant with that wall time lies
 * within a day of it (offsets stay within ±24 hours), so the engine walks the stretches of one offset
 * in the 2 or 3 cached blocks that hold `[wallMs - DAY, wallMs + DAY]` and keeps, for each stretch, the
 * instant the wall time gives under the stretch's offset when it falls inside that stretch. No other
 * lookup is needed, and no assumption: a change and its reversal within two days (no zone of the tz
 * database has one) gives every instant, and so does a change at a block's first millisecond.
 */
export function wallInstants(zone: ZoneName, wallMs: number): WallCandidates {
  const dayBefore = wallMs - DAY;
  const dayAfter = wallMs + DAY;
  checkDomain(dayBefore);
  checkDomain(dayAfter);
  const cache = cacheOf(zone);
  const last = Math.floor(dayAfter / BLOCK);
  const instants: number[] = [];
  let before = 0;
  let after = 0;
  for (let index = Math.floor(dayBefore / BLOCK); index <= last; index += 1) {
    const { changes, offsets } = blockOf(cache, index);
    for (let k = 0; k < offsets.length; k += 1) {
      // The stretch [start, end) has the offset `offset`; stretches come in order, so instants do too.
      const start = k === 0 ? index * BLOCK : (changes[k - 1] as number);
      const end = k < changes.length ? (changes[k] as number) : (index + 1) * BLOCK;
      const offset = offsets[k] as number;
      const at = wallMs - offset * MINUTE;
      if (at >= start && at < end) instants.push(at);
      if (dayBefore >= start && dayBefore < end) before = offset;
      if (dayAfter >= start && dayAfter < end) after = offset;
    }
  }
  return { instants, before, after };
}

/**
 * THE DST rule, written once (Temporal's `disambiguation`): one instant is the answer; in an overlap
 * `later` takes the second instant and the other policies the first; in a gap `earlier` reads the wall
 * time with the offset after the transition (moved back by the gap) and the other policies with the
 * offset before it (moved forward by the gap). `reject` is the caller's business (it refuses before
 * picking); here it picks as `compatible`.
 */
export function pickInstant(candidates: WallCandidates, wallMs: number, policy: 'compatible' | 'earlier' | 'later' | 'reject'): number {
  const { instants, before, after } = candidates;
  if (instants.length === 1) return instants[0] as number;
  if (instants.length >= 2) return policy === 'later' ? (instants[instants.length - 1] as number) : (instants[0] as number);
  return policy === 'earlier' ? wallMs - after * MINUTE : wallMs - before * MINUTE;
}
