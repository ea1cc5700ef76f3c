/**
 * `dialdesk/testing/arbitraries`: fast-check arbitraries for dialdesk's inputs (zones, local dates and
 * times biased toward DST transitions, business hours, server availability payloads, outbound records
 * and chains, each with an untrusted variant its parser must refuse) and for valid event sequences of
 * every machine.
 *
 * fast-check is an optional peer dependency of dialdesk, needed by this subpath only: install it
 * (`npm install -D fast-check`) before importing it. Without it, loading this subpath fails with
 * Node's "Cannot find package 'fast-check'" (ESM) or "Cannot find module 'fast-check'" (CommonJS).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { time } from 'dialdesk';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 *
 * fc.assert(fc.property(arbitraries.wallTime(), (wall) => time.resolve(wall).ok));
 * ```
 *
 * @module testing/arbitraries
 */
export {
  trickyZone,
  anyZone,
  localDate,
  localTime,
  transitionWallTimes,
  wallTime,
  instant,
  type DateRange,
  type TransitionWallTime,
} from './time.js';
export { businessHours, type BusinessHoursOptions } from './business-hours.js';
export { untrustedBusinessHours } from './untrusted-business-hours.js';
export {
  engagementAvailability,
  gmsAvailability,
  type AvailabilityPayloadOptions,
  type GmsPayload,
  type WrappedEngagementAvailability,
} from './availability-payload.js';
export { untrustedEngagementAvailability, untrustedGmsAvailability, type UntrustedGmsPayload } from './untrusted-availability-payload.js';
export { outboundRecordData, type RecordData, type RecordDataOptions } from './outbound-record.js';
export { untrustedRecordData } from './untrusted-record-data.js';
export { ocsUserEvent, untrustedOcsUserEvent } from './ocs-user-event.js';
export { outboundChain, type ChainOptions } from './outbound-chain.js';
export { acceptedEvents, type EventSequence, type TimedInput, type Draw, type Candidates, type SequenceOptions } from './sequence.js';
export { logoutSequence } from './logout-sequence.js';
export { callbackDialogSequence } from './callback-dialog-sequence.js';
export { callbackLifecycleSequence } from './callback-lifecycle-sequence.js';
export { webcallbackSequence } from './webcallback-sequence.js';
export { campaignsSequence } from './campaigns-sequence.js';
export { interactionSequence } from './interaction-sequence.js';
export { rescheduleSequence } from './reschedule-sequence.js';
export { pacingSequence } from './pacing-sequence.js';
export { ocsBridgeSequence } from './ocs-bridge-sequence.js';
export { gmsBridgeSequence } from './gms-bridge-sequence.js';
export { machines, type MachineEntry } from './machines.js';
