import { d, isRecord, ok, ownField, type Result } from '../core/internal.js';
import { MINUTE, local, zone as parseZone, type ZoneName } from '../time/index.js';
import { bucketSizes } from './rules.js';
import type { CallbackCode } from './codes.js';
import { isoUtc, parseInstant, parseIsoParts } from '../time/index.js';
import { child, refusedAt } from './path.js';
import type { Slot } from './slot.js';

/**
 * Availability as a server reported it: the slots, their length and the zone the server reads local
 * times in (`null` when the response names none).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.parseEngagementAvailability({ durationMin: 15, timezone: 'UTC', slots: [] });
 * if (r.ok) r.value; // { slots: [], durationMin: 15, zone: 'UTC' }
 * ```
 */
export interface ServerAvailability {
  /** Slots sorted by start, non-overlapping. */
  readonly slots: readonly Slot[];
  /** The slot length in minutes. */
  readonly durationMin: number;
  /** The canonical zone of the response's local times, or `null`. */
  readonly zone: ZoneName | null;
}

type Parsed<T> = Result<T, CallbackCode>;

function bad(code: CallbackCode, path: string, message: string, value: unknown): Parsed<never> {
  return refusedAt(code, path, message, value);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function parseDuration(raw: unknown, path: string): Parsed<number> {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > 1440) {
    return bad('invalid-response', path, 'expected whole minutes from 1 to 1440.', raw);
  }
  return ok(raw);
}

/** Sorts, then refuses duplicates and overlaps (`paths[i]` is the path of the i-th input slot). */
function ordered(slots: readonly Slot[], paths: readonly string[]): Parsed<readonly Slot[]> {
  const order = slots.map((_, i) => i).sort((a, b) => (slots[a] as Slot).start - (slots[b] as Slot).start);
  for (let k = 1; k < order.length; k += 1) {
    const prev = slots[order[k - 1] as number] as Slot;
    const cur = slots[order[k] as number] as Slot;
    if (cur.start < prev.end) {
      const path = paths[order[k] as number] as string;
      return bad('inconsistent-response', path, 'overlaps or repeats another slot.', isoUtc(cur.start));
    }
  }
  return ok(Object.freeze(order.map((i) => slots[i] as Slot)));
}

/**
 * Parses a Genesys Engagement API v3 callback availability response,
 * `{ slots: [{ utcTime, localTime, capacity, total }], durationMin, timezone }` (also wrapped as
 * `{ data: { ... } }`; `GET /engagement/v3/callbacks/availability/{service-name}`, operation
 * `queryAvailabilityV2` of the Engagement API). `capacity` is read as the callbacks the slot still takes and
 * `total` as its overall capacity, so a slot becomes
 * `{ start: utcTime, end: utcTime + durationMin, capacity: total, remaining: capacity }`.
 *
 * Source check: the Engagement API reference (GenesysPureEngage engagement-client, `Slot` model) lists
 * `utcTime`, `localTime`, `capacity` and `total` without describing them, so this reading is NOT confirmed
 * word for word. It is the reading the same reference supports: the operation "retrieves a map of slots in
 * which the office capacity is not full", and with `reportBusy` it adds "the slots ... booked to full
 * capacity", which only a remaining count can express per slot (`capacity: 0`); Genesys's availability
 * tutorial prints the two side by side as "Capacity" and "Total". A response with `capacity` above `total`
 * contradicts this reading and is refused (`inconsistent-response`).
 *
 * Total: a value or a rejection naming the JSON path of the first bad field (`invalid-response`,
 * `invalid-iso`, `unknown-zone`, or `inconsistent-response` for a `localTime` that is not `utcTime` read in
 * `timezone`, overlapping or repeated slots, or `capacity` above `total`). Never throws, never returns a
 * half-parsed list; `__proto__` keys are inert.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.parseEngagementAvailability({
 *   durationMin: 15,
 *   timezone: 'America/New_York',
 *   slots: [{ utcTime: '2026-11-24T14:00:00.000Z', localTime: '2026-11-24T09:00:00.000', capacity: 3, total: 4 }],
 * });
 * if (r.ok) r.value.slots[0]; // { start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 14, 15), capacity: 4, remaining: 3 }
 * ```
 */
export function parseEngagementAvailability(raw: unknown): Result<ServerAvailability, CallbackCode> {
  let root = '$';
  let body = raw;
  if (isRecord(raw) && ownField(raw, 'slots') === undefined && isRecord(ownField(raw, 'data'))) {
    root = '$.data';
    body = ownField(raw, 'data');
  }
  if (!isRecord(body)) return bad('invalid-response', root, 'expected { slots, durationMin, timezone }.', body);
  const duration = parseDuration(ownField(body, 'durationMin'), child(root, 'durationMin'));
  if (!duration.ok) return duration;
  const zoneRaw = ownField(body, 'timezone');
  let zone: ZoneName | null = null;
  if (zoneRaw !== undefined && zoneRaw !== null) {
    const z = parseZone(zoneRaw);
    if (!z.ok) return bad('unknown-zone', child(root, 'timezone'), 'not an IANA time zone.', zoneRaw);
    zone = z.value;
  }
  const listPath = child(root, 'slots');
  const list = ownField(body, 'slots');
  if (!Array.isArray(list)) return bad('invalid-response', listPath, 'expected a list of slots.', list);
  const slots: Slot[] = [];
  const paths: string[] = [];
  const items = list as readonly unknown[];
  for (let i = 0; i < items.length; i += 1) {
    const p = child(listPath, i);
    const item = items[i];
    if (!isRecord(item)) return bad('invalid-response', p, 'expected { utcTime, localTime, capacity, total }.', item);
    const utcRaw = ownField(item, 'utcTime');
    const start = parseInstant(utcRaw);
    if (!start.ok) return bad('invalid-iso', child(p, 'utcTime'), 'expected an ISO 8601 instant.', utcRaw);
    const localRaw = ownField(item, 'localTime');
    if (localRaw !== undefined && localRaw !== null) {
      const parts = parseIsoParts(localRaw);
      if (!parts.ok) return bad('invalid-iso', child(p, 'localTime'), 'expected an ISO 8601 local date-time.', localRaw);
      if (zone !== null && parts.value.offsetMinutes === null) {
        const reading = local(start.value, zone);
        const wall = reading.ok ? start.value + reading.value.offsetMinutes * MINUTE : Number.NaN;
        if (wall !== parts.value.wall) return bad('inconsistent-response', child(p, 'localTime'), `is not utcTime read in ${zone}.`, localRaw);
      }
    }
    const remaining = ownField(item, 'capacity');
    if (!isCount(remaining)) return bad('invalid-response', child(p, 'capacity'), 'expected a non-negative integer.', remaining);
    const total = ownField(item, 'total');
    if (!isCount(total)) return bad('invalid-response', child(p, 'total'), 'expected a non-negative integer.', total);
    if (remaining > total) return bad('inconsistent-response', child(p, 'capacity'), 'the remaining capacity exceeds the total.', remaining);
    slots.push(Object.freeze({ start: start.value, end: start.value + duration.value * MINUTE, capacity: total, remaining }));
    paths.push(child(p, 'utcTime'));
  }
  const sorted = ordered(slots, paths);
  if (!sorted.ok) return sorted;
  return ok(Object.freeze({ slots: sorted.value, durationMin: duration.value, zone }));
}

/**
 * Options of {@link parseGmsAvailability}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const options: callback.GmsOptions = { durationMin: 30 };
 * ```
 */
export interface GmsOptions {
  /**
   * The service's `_request_time_bucket` in minutes (the response does not carry it): 5, 10, 15, 20, 30, 60
   * or 120; default 5, GMS's own default (GMS Callback Services API reference, option `_request_time_bucket`,
   * section Scheduled Call: "Default Value: 5, Valid Values: 5,10,15,20,30,60,120", modified in 8.5.202.03).
   */
  readonly durationMin?: number;
}

/**
 * GMS's default `_request_time_bucket` in minutes (GMS Callback Services API reference, option
 * `_request_time_bucket`: default 5).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.gmsDefaultBucketMinutes; // 5
 * ```
 */
export const gmsDefaultBucketMinutes = 5;

/**
 * Parses the GMS v1 availability response (`GET /genesys/1/service/callback/{service}/availability`): a map
 * of ISO 8601 date-time to the number of callbacks still available in that bucket
 * (`{ "2026-11-24T14:00:00.000Z": 5 }`; the shape Genesys's own GMS mobile sample reads, keys parsed as
 * ISO 8601 date-times and values as counts). Each slot lasts the service's `_request_time_bucket`
 * (`options.durationMin`, default {@link gmsDefaultBucketMinutes} = 5; other values than 5, 10, 15, 20, 30,
 * 60, 120 are `invalid-bucket`). The map carries no total, so each slot's `capacity` is its remaining count. Total like {@link parseEngagementAvailability}: a bad key is
 * `invalid-iso` with its path, a bad count `invalid-response`, overlapping buckets `inconsistent-response`.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.parseGmsAvailability({ '2026-11-24T14:00:00.000Z': 2, '2026-11-24T14:15:00.000Z': 0 });
 * if (r.ok) r.value.slots.map((s) => s.remaining); // [2, 0]
 * ```
 */
export function parseGmsAvailability(raw: unknown, options: GmsOptions = {}): Result<ServerAvailability, CallbackCode> {
  const bucket = isRecord(options) ? (ownField(options, 'durationMin') ?? gmsDefaultBucketMinutes) : gmsDefaultBucketMinutes;
  if (typeof bucket !== 'number' || !(bucketSizes as readonly number[]).includes(bucket)) {
    return bad('invalid-bucket', '$options.durationMin', 'expected 5, 10, 15, 20, 30, 60 or 120 minutes (the values `_request_time_bucket` takes).', bucket);
  }
  const duration = ok(bucket);
  if (!isRecord(raw)) return bad('invalid-response', '$', 'expected { "<ISO date-time>": count, ... }.', raw);
  const slots: Slot[] = [];
  const paths: string[] = [];
  for (const key of Object.keys(raw)) {
    const p = child('$', key);
    const start = parseInstant(key);
    if (!start.ok) return bad('invalid-iso', p, 'keys must be ISO 8601 instants.', key);
    const count = ownField(raw, key);
    if (!isCount(count)) return bad('invalid-response', p, 'expected a non-negative integer.', count);
    slots.push(Object.freeze({ start: start.value, end: start.value + duration.value * MINUTE, capacity: count, remaining: count }));
    paths.push(p);
  }
  const sorted = ordered(slots, paths);
  if (!sorted.ok) return sorted;
  return ok(Object.freeze({ slots: sorted.value, durationMin: duration.value, zone: null }));
}

/**
 * One slot of an Engagement v3 availability response, as {@link toEngagementAvailability} writes it.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const s: callback.EngagementSlot = { utcTime: '2026-11-24T14:00:00.000Z', localTime: '2026-11-24T09:00:00.000', capacity: 3, total: 4 };
 * ```
 */
export interface EngagementSlot {
  /** The start, ISO 8601 UTC. */
  readonly utcTime: string;
  /** The start read in the response's zone, ISO 8601 without offset. */
  readonly localTime: string;
  /** Callbacks the slot still takes. */
  readonly capacity: number;
  /** The slot's overall capacity. */
  readonly total: number;
}

/**
 * An Engagement v3 availability response body, as {@link toEngagementAvailability} writes it.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const body: callback.EngagementAvailability = { durationMin: 15, timezone: 'UTC', slots: [] };
 * ```
 */
export interface EngagementAvailability {
  /** The slots. */
  readonly slots: readonly EngagementSlot[];
  /** Slot length in minutes. */
  readonly durationMin: number;
  /** The zone of `localTime`, an IANA name (wire data: checked by {@link parseEngagementAvailability}). */
  readonly timezone: string;
}

const count = d.integer();
const slotList = d.array(d.object({ start: d.instant, end: d.instant, capacity: count, remaining: count }), { max: 100_000 });

/**
 * Writes slots as an Engagement v3 availability response (for test servers and fixtures);
 * `parseEngagementAvailability(toEngagementAvailability(slots, zone, d))` gives the same slots back when
 * each slot lasts `d` minutes. Returns `null` for an unknown zone, or for slots or a duration it cannot
 * write (not an array of slots, a hole in the array, a negative or non-finite duration).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const body = callback.toEngagementAvailability(
 *   [{ start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 14, 15), capacity: 4, remaining: 3 }],
 *   'America/New_York', 15,
 * );
 * body?.slots[0]?.localTime; // '2026-11-24T09:00:00.000'
 * ```
 */
export function toEngagementAvailability(slots: readonly Slot[], zone: string, durationMin: number): EngagementAvailability | null {
  const z = parseZone(zone);
  if (!z.ok) return null;
  // The slots are read once with the core decoder: a hole, a non-slot or a non-array gives `null`, never a TypeError.
  const read = d.run(slotList, slots);
  const minutes = d.run(d.number({ min: 0 }), durationMin);
  if (read instanceof d.Problem || minutes instanceof d.Problem) return null;
  const out: EngagementSlot[] = [];
  for (const s of read) {
    const reading = local(s.start, z.value);
    if (!reading.ok) return null;
    const wall = s.start + reading.value.offsetMinutes * MINUTE;
    const iso = isoUtc(wall);
    out.push({ utcTime: isoUtc(s.start), localTime: iso.slice(0, 23), capacity: s.remaining, total: s.capacity });
  }
  return { slots: out, durationMin: minutes, timezone: z.value };
}
