/**
 * `dialdesk/callback`: Genesys-style callbacks. Availability (computed from business hours in the
 * business zone, or parsed from Genesys Engagement v3 and GMS v1 responses), the time-slot grid of one
 * local day in any display zone, the schedule/reschedule dialog machine and the callback lifecycle machine.
 *
 * Guide: [Genesys callbacks](../../docs/guides/callback.md).
 *
 * @module callback
 */
export { callbackCodes, type CallbackCode } from './codes.js';
export { callbackKinds, offerTypes, needsSlot, defaultOfferType, type CallbackKind, type OfferType } from './callback-kind.js';
export type { Slot, Booking, IntervalBooking, InstantBooking } from './slot.js';
export {
  bucketSizes,
  type BucketMinutes,
  type OpenPeriod,
  type CapacityStep,
  type CapacityTable,
  type AvailabilityRules,
  type AvailabilityConfig,
} from './rules.js';
export { parseAvailabilityConfig } from './config-parse.js';
export { computeSlots, availability, type AvailabilityQuery } from './availability.js';
export {
  parseEngagementAvailability,
  parseGmsAvailability,
  gmsDefaultBucketMinutes,
  toEngagementAvailability,
  type ServerAvailability,
  type GmsOptions,
  type EngagementSlot,
  type EngagementAvailability,
} from './server.js';
export { grid, gridDays, type Grid, type GridCell, type GridInput, type GridDaysInput, type CellReason } from './grid.js';
export * as dialog from './dialog.js';
export * as lifecycle from './lifecycle-namespace.js';
