/**
 * `dialdesk/testing`: for test authors who drive dialdesk machines directly. A scenario runner that
 * records every step, a host-timer player that delivers the `tick`s a host would from `wake` effects,
 * JSON round-trip and deep-freeze checks, and fast-check arbitraries for dialdesk's inputs (zones,
 * local dates and times biased toward DST transitions, ...).
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
export { run, type Scenario, type ScenarioStep, type Refusal } from './scenario.js';
export { advance, runUntil, pendingWake } from './clock.js';
export { checkJsonRoundTrip, assertJsonRoundTrip, isDeeplyFrozen, type RoundTripReport } from './json.js';
export { trickyZones } from './zones.js';
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
