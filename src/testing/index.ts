/**
 * `dialdesk/testing`: for test authors who drive dialdesk machines directly. A scenario runner that
 * records every step, a host-timer player that delivers the `tick`s a host would from `wake` effects,
 * JSON round-trip and deep-freeze checks, and fast-check arbitraries for dialdesk's inputs (zones,
 * local dates and times biased toward DST transitions, business hours, server availability payloads,
 * outbound records and chains, each with an untrusted variant its parser must refuse) and for valid
 * event sequences of every machine.
 *
 * fast-check is an optional peer dependency used only by this subpath: install it to use the arbitraries.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { time } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 *
 * fc.assert(fc.property(testing.wallTime(), (wall) => time.resolve(wall).ok));
 * ```
 *
 * @module testing
 */
export { run, type Runnable, type Scenario, type ScenarioStep, type Refusal } from './scenario.js';
export { advance, runUntil, pendingWake } from './clock.js';
export { checkJsonRoundTrip, assertJsonRoundTrip, isDeeplyFrozen, type RoundTripReport } from './json.js';
export { trickyZones } from './zones.js';
export { checkMachineLaws, assertMachineLaws, type LawCase, type LawOptions, type LawFailure, type LawReport } from './laws.js';
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
} from './arbitraries/time.js';
export { businessHours, type BusinessHoursOptions } from './arbitraries/business-hours.js';
export { untrustedBusinessHours } from './arbitraries/untrusted-business-hours.js';
export {
  engagementAvailability,
  gmsAvailability,
  type AvailabilityPayloadOptions,
  type GmsPayload,
  type WrappedEngagementAvailability,
} from './arbitraries/availability-payload.js';
export { untrustedEngagementAvailability, untrustedGmsAvailability, type UntrustedGmsPayload } from './arbitraries/untrusted-availability-payload.js';
export { outboundRecordData, type RecordData, type RecordDataOptions } from './arbitraries/outbound-record.js';
export { untrustedRecordData } from './arbitraries/untrusted-record-data.js';
export { outboundChain, type ChainOptions } from './arbitraries/outbound-chain.js';
export { acceptedEvents, type EventSequence, type TimedInput, type Draw, type Candidates, type SequenceOptions } from './arbitraries/sequence.js';
export { logoutSequence } from './arbitraries/logout-sequence.js';
export { callbackDialogSequence } from './arbitraries/callback-dialog-sequence.js';
export { callbackLifecycleSequence } from './arbitraries/callback-lifecycle-sequence.js';
export { webcallbackSequence } from './arbitraries/webcallback-sequence.js';
export { campaignsSequence } from './arbitraries/campaigns-sequence.js';
export { interactionSequence } from './arbitraries/interaction-sequence.js';
export { rescheduleSequence } from './arbitraries/reschedule-sequence.js';
export { pacingSequence, pacingMachine, type PacingInput } from './arbitraries/pacing-sequence.js';
