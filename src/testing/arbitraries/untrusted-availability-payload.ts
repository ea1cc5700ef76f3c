import fc from 'fast-check';
import type { EngagementAvailability, EngagementSlot } from '../../callback/server.js';
import {
  engagementOf,
  gmsOf,
  payloadOptions,
  type AvailabilityPayloadOptions,
  type GmsPayload,
  type WrappedEngagementAvailability,
} from './availability-payload.js';

const unwrap = (v: EngagementAvailability | WrappedEngagementAvailability): EngagementAvailability => ('data' in v ? v.data : v);

type SlotPatch = Readonly<Partial<Record<keyof EngagementSlot, unknown>>>;

const SLOT_PATCHES: readonly SlotPatch[] = [
  { utcTime: '2026-11-24 14:00' },
  { utcTime: '2026-11-24T14:00:00' },
  { utcTime: 1_764_000_000_000 },
  { localTime: 'yesterday' },
  { capacity: -1 },
  { capacity: 1.5 },
  { total: '4' },
  { capacity: 6, total: 5 },
];

/** Breaks one slot, the body or a field of the body of a valid response. */
function brokenEngagement(body: EngagementAvailability, patch: SlotPatch, which: number, kind: number): unknown {
  const list = body.slots;
  if (list.length > 0 && kind < 4) {
    const i = which % list.length;
    // A slot repeated (overlap), or one field of it broken.
    if (kind === 0) return { ...body, slots: [...list, list[i]] };
    return { ...body, slots: list.map((s, k) => (k === i ? { ...s, ...patch } : s)) };
  }
  const fields: readonly unknown[] = [
    { ...body, durationMin: 0 },
    { ...body, durationMin: 1441 },
    { ...body, durationMin: '15' },
    { ...body, timezone: 'Mars/Olympus_Mons' },
    { ...body, slots: {} },
    { ...body, slots: [null] },
    { durationMin: body.durationMin, timezone: body.timezone },
  ];
  return fields[which % fields.length];
}

/**
 * Engagement v3 availability responses `callback.parseEngagementAvailability` must refuse, without
 * throwing: a valid `engagementAvailability` with a slot repeated, a bad `utcTime` (no offset, not
 * ISO, a number), a bad `localTime`, a capacity that is negative, fractional or above `total`, or a bad
 * `durationMin`, `timezone` or slot list; or something that is not an object.
 *
 * @throws RangeError when an option is not one (`durationMin` an arbitrary of whole minutes from 1 to 1440, `maxSlots` an integer from 0 to 1000, `zones` an arbitrary of IANA zone names), naming it; a drawn value outside those throws as it is drawn.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { callback } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(fc.property(arbitraries.untrustedEngagementAvailability(), (body) => !callback.parseEngagementAvailability(body).ok));
 * ```
 */
export function untrustedEngagementAvailability(options: AvailabilityPayloadOptions = {}): fc.Arbitrary<unknown> {
  const broken = fc
    .tuple(engagementOf(payloadOptions('untrustedEngagementAvailability', options)), fc.constantFrom(...SLOT_PATCHES), fc.nat(), fc.integer({ min: 0, max: 5 }))
    .map(([body, patch, which, kind]) => brokenEngagement(unwrap(body), patch, which, kind));
  return fc.oneof({ weight: 6, arbitrary: broken }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 'slots', 7, []) });
}

/**
 * A GMS v1 response body that may be anything, with the bucket length to parse it with.
 *
 * @example
 * ```ts
 * import type * as arbitraries from 'dialdesk/testing/arbitraries';
 * const p: arbitraries.UntrustedGmsPayload = { body: { 'next tuesday': 1 }, durationMin: 15 };
 * ```
 */
export interface UntrustedGmsPayload {
  /** The response body (untrusted). */
  readonly body: unknown;
  /** The GMS time bucket in minutes. */
  readonly durationMin: number;
}

/**
 * GMS v1 availability responses `callback.parseGmsAvailability(body, { durationMin })` must refuse,
 * without throwing: a valid `gmsAvailability` with a key that is not an ISO 8601 instant, a count
 * that is negative, fractional or not a number, or two buckets that overlap; or a body that is not an
 * object.
 *
 * @throws RangeError when an option is not one (`durationMin` an arbitrary of whole minutes from 1 to 1440, `maxSlots` an integer from 0 to 1000, `zones` an arbitrary of IANA zone names), naming it; a drawn value outside those throws as it is drawn.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { callback } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.untrustedGmsAvailability(), ({ body, durationMin }) => !callback.parseGmsAvailability(body, { durationMin }).ok),
 * );
 * ```
 */
export function untrustedGmsAvailability(options: AvailabilityPayloadOptions = {}): fc.Arbitrary<UntrustedGmsPayload> {
  const extra: readonly ((p: GmsPayload) => unknown)[] = [
    (p) => ({ ...p.body, 'next tuesday': 1 }),
    (p) => ({ ...p.body, '2026-11-24T14:00:00': 1 }),
    (p) => ({ ...p.body, '2026-11-24T14:00:00.000Z': -1 }),
    (p) => ({ ...p.body, '2026-11-24T14:00:00.000Z': 0.5 }),
    (p) => ({ ...p.body, '2026-11-24T14:00:00.000Z': '3' }),
    // Two keys for overlapping buckets: the same instant written with and without an offset.
    (p) => ({ ...p.body, '2026-11-24T14:00:00.000Z': 1, '2026-11-24T09:00:00.000-05:00': 1 }),
    () => null,
    () => [['2026-11-24T14:00:00.000Z', 1]],
  ];
  return fc
    .tuple(gmsOf(payloadOptions('untrustedGmsAvailability', options)), fc.constantFrom(...extra))
    .map(([payload, corrupt]) => ({ body: corrupt(payload), durationMin: payload.durationMin }));
}
