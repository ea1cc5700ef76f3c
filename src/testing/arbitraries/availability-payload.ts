import fc from 'fast-check';
import { MINUTE, isoUtc } from '../../time/index.js';
import { toEngagementAvailability, type EngagementAvailability } from '../../callback/server.js';
import type { Slot } from '../../callback/slot.js';
import { trickyZone } from './time.js';
import { arbitraryOption, integerOption, integerWithin, isZoneName, optionsOf } from './options.js';

/**
 * Options of {@link engagementAvailability} and {@link gmsAvailability}.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const o: arbitraries.AvailabilityPayloadOptions = { durationMin: fc.constant(15), maxSlots: 4 };
 * ```
 */
export interface AvailabilityPayloadOptions {
  /** The slot length in minutes (default 5, 10, 15, 30 or 60). */
  readonly durationMin?: fc.Arbitrary<number>;
  /** The most slots (default 12). */
  readonly maxSlots?: number;
  /** The response zones, Engagement only (default: any of {@link trickyZone}). */
  readonly zones?: fc.Arbitrary<string>;
}

/**
 * A GMS v1 availability response (a map of ISO 8601 instants to counts) with the bucket length it
 * needs, `parseGmsAvailability(body, { durationMin })`.
 *
 * @example
 * ```ts
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const p: arbitraries.GmsPayload = { body: { '2026-11-24T14:00:00.000Z': 2 }, durationMin: 15 };
 * ```
 */
export interface GmsPayload {
  /** The response body. */
  readonly body: Readonly<Record<string, number>>;
  /** The GMS time bucket in minutes (the response does not carry it). */
  readonly durationMin: number;
}

/**
 * An Engagement v3 availability response wrapped as `{ data: { ... } }`, as some gateways send it.
 *
 * @example
 * ```ts
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const w: arbitraries.WrappedEngagementAvailability = { data: { durationMin: 15, timezone: 'UTC', slots: [] } };
 * ```
 */
export interface WrappedEngagementAvailability {
  /** The response body. */
  readonly data: EngagementAvailability;
}

/**
 * The payload options checked in the name of `fn` (internal): `durationMin` an arbitrary of whole minutes
 * from 1 to 1440, `maxSlots` an integer from 0 to 1000, `zones` an arbitrary of IANA zone names.
 */
export function payloadOptions(fn: string, given: unknown): AvailabilityPayloadOptions {
  const raw = optionsOf(fn, given);
  const durationMin = arbitraryOption(fn, raw, 'durationMin', 'whole minutes from 1 to 1440', integerWithin(1, 1440));
  const maxSlots = integerOption(fn, raw, 'maxSlots', 0, 1000);
  const zones = arbitraryOption(fn, raw, 'zones', 'IANA zone names', isZoneName);
  return { ...(durationMin === undefined ? {} : { durationMin }), ...(maxSlots === undefined ? {} : { maxSlots }), ...(zones === undefined ? {} : { zones }) };
}

/** Non-overlapping slots of `durationMin` minutes on a grid of that length from a 2020–2030 instant, in any order. */
function slots(durationMin: number, maxSlots: number): fc.Arbitrary<Slot[]> {
  const size = durationMin * MINUTE;
  const slot = fc.tuple(fc.integer({ min: 0, max: 4 * 24 * 60 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }));
  return fc
    .tuple(fc.integer({ min: Date.UTC(2020, 0, 1) / MINUTE, max: Date.UTC(2030, 0, 1) / MINUTE }), fc.uniqueArray(slot, { maxLength: maxSlots, selector: ([n]) => n }))
    .map(([baseMinute, picked]) =>
      picked.map(([n, total, taken]) => {
        const start = baseMinute * MINUTE + n * size;
        return { start, end: start + size, capacity: total, remaining: Math.max(0, total - taken) };
      }),
    );
}

const durations = (): fc.Arbitrary<number> => fc.constantFrom(5, 10, 15, 30, 60);

/**
 * A Genesys Engagement API v3 availability response that `callback.parseEngagementAvailability`
 * accepts: slots (in any order, none overlapping) with `utcTime`, `localTime` read in the response's
 * `timezone`, remaining `capacity` at most `total`, and `durationMin`; sometimes wrapped as `{ data }`.
 *
 * @throws RangeError when an option is not one (`durationMin` an arbitrary of whole minutes from 1 to 1440, `maxSlots` an integer from 0 to 1000, `zones` an arbitrary of IANA zone names), naming it; a drawn value outside those throws as it is drawn.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { callback } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.engagementAvailability(), (body) => callback.parseEngagementAvailability(body).ok));
 * ```
 */
export function engagementAvailability(
  options: AvailabilityPayloadOptions = {},
): fc.Arbitrary<EngagementAvailability | WrappedEngagementAvailability> {
  return engagementOf(payloadOptions('engagementAvailability', options));
}

/** {@link engagementAvailability} on checked options (internal). */
export function engagementOf(options: AvailabilityPayloadOptions): fc.Arbitrary<EngagementAvailability | WrappedEngagementAvailability> {
  return fc
    .record({
      durationMin: options.durationMin ?? durations(),
      zone: options.zones ?? trickyZone(),
      wrapped: fc.boolean(),
    })
    .chain(({ durationMin, zone, wrapped }) =>
      slots(durationMin, options.maxSlots ?? 12).map((list) => {
        const body = toEngagementAvailability(list, zone, durationMin) ?? { slots: [], durationMin, timezone: 'UTC' };
        return wrapped ? { data: body } : body;
      }),
    );
}

/**
 * A GMS v1 availability response that `callback.parseGmsAvailability(body, { durationMin })` accepts:
 * ISO 8601 UTC instants (on a grid of the bucket length, so none overlap) mapped to counts.
 *
 * @throws RangeError when an option is not one (`durationMin` an arbitrary of whole minutes from 1 to 1440, `maxSlots` an integer from 0 to 1000, `zones` an arbitrary of IANA zone names), naming it; a drawn value outside those throws as it is drawn.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { callback } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.gmsAvailability(), ({ body, durationMin }) => callback.parseGmsAvailability(body, { durationMin }).ok),
 * );
 * ```
 */
export function gmsAvailability(options: AvailabilityPayloadOptions = {}): fc.Arbitrary<GmsPayload> {
  return gmsOf(payloadOptions('gmsAvailability', options));
}

/** {@link gmsAvailability} on checked options (internal). */
export function gmsOf(options: AvailabilityPayloadOptions): fc.Arbitrary<GmsPayload> {
  return (options.durationMin ?? durations()).chain((durationMin) =>
    slots(durationMin, options.maxSlots ?? 12).map((list) => ({
      body: Object.fromEntries(list.map((s) => [isoUtc(s.start), s.remaining])),
      durationMin,
    })),
  );
}
