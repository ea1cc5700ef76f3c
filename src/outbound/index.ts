/**
 * `dialdesk/outbound`: the dialing modes, and one namespace per part of outbound work: `records` (records
 * and chains), `campaigns` (the agent's campaigns), `interaction` (the records on the agent's desktop),
 * `reschedule`, `treatments`, `pacing` (predictive pacing), `sim` (the campaign simulator) and
 * `contactPolicy`.
 *
 * Guides: [Outbound campaigns](../../docs/guides/outbound.md), [Rescheduling an outbound call](../../docs/guides/outbound-reschedule.md), [Predictive pacing](../../docs/guides/pacing.md).
 *
 * @module outbound
 */
export { dialingModes, isDialingMode, requiresNegotiatedLogout, cfgDialModes, dialingModeOfCfg, type DialingMode } from '../core/internal.js';
export * as reschedule from './reschedule/index.js';
export * as records from './records/index.js';
export { chainNumberOf, type CallbackType, type ChainNumber, type RescheduleRequest } from './reschedule-request.js';
export * as campaigns from './campaigns/index.js';
export * as interaction from './interaction/index.js';
export * as treatments from './treatments/index.js';

export * as pacing from './pacing/index.js';
export * as sim from './sim/index.js';
export * as contactPolicy from './contact-policy/index.js';
