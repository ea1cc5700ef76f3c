/**
 * `dialdesk/outbound`: outbound campaigns, records and chains, the dialing modes, reschedule,
 * treatments, predictive pacing and the campaign simulator.
 *
 * @module outbound
 */
export { dialingModes, isDialingMode, requiresNegotiatedLogout, type DialingMode } from './dialing-mode.js';
export * as pacing from './pacing/index.js';
export * as sim from './sim/index.js';
