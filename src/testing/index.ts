/**
 * `dialdesk/testing`: for test authors who drive dialdesk machines directly. A scenario runner that
 * records every step, a host-timer player that delivers the `tick`s a host would from `wake` effects,
 * JSON round-trip and deep-freeze checks, and the zones that break naive time code. It needs nothing
 * but dialdesk: the fast-check arbitraries live in `dialdesk/testing/arbitraries`.
 *
 * Guide: [Testing with dialdesk](../../docs/guides/testing.md).
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 *
 * const story = testing.run(logout.machine, { at: 0, campaign: { mode: 'predictive', running: true } }, [
 *   { type: 'logout-requested', at: 1_000, source: 'main-window' },
 * ]);
 * testing.assertJsonRoundTrip(story.state);
 * ```
 *
 * @module testing
 */
export { run, type Runnable, type Run, type RunStep, type Refusal } from './scenario.js';
export { advance, runUntil, pendingWake } from './clock.js';
export { checkJsonRoundTrip, assertJsonRoundTrip, isDeeplyFrozen, type RoundTripReport } from './json.js';
export { trickyZones } from './zones.js';
export { checkMachineLaws, assertMachineLaws, type LawCase, type LawOptions, type LawFailure, type LawReport } from './laws.js';
