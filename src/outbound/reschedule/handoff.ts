import { minutesToTime, type LocalTime } from '../../time/index.js';
import type { RescheduleEvent as InteractionRescheduleEvent } from '../interaction/events.js';
import type { ChainNumber as InteractionChainNumber, RescheduleHandoff } from '../interaction/effects.js';
import type { RescheduleRequest } from './effects.js';
import type { ChainNumber, RescheduleInput } from './input.js';

/**
 * What {@link inputFromHandoff} needs besides the interaction's handoff: the agent's zone and any
 * option of {@link RescheduleInput} (policy, permission, formats, limits, calling hours...).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const options: outbound.reschedule.HandoffOptions = { agentZone: 'Europe/London', personalPolicy: 'always-personal', callingHours: 'us' };
 * ```
 */
export type HandoffOptions = Omit<RescheduleInput, 'at' | 'recordHandle' | 'chain' | 'contactZone'>;

const DAY_SECONDS = 86_400;

function windowTime(seconds: number): LocalTime {
  return minutesToTime(Math.floor(seconds / 60));
}

/** An OCS daily window (seconds after local midnight) as From/Until; `null` when it spans the whole day. */
function windowOf(n: InteractionChainNumber): { readonly from: LocalTime | null; readonly until: LocalTime | null } {
  const from = Number.isFinite(n.dailyFrom) ? Math.max(0, Math.min(n.dailyFrom, DAY_SECONDS)) : 0;
  const till = Number.isFinite(n.dailyTill) ? Math.max(0, Math.min(n.dailyTill, DAY_SECONDS)) : DAY_SECONDS;
  const f = windowTime(from);
  const u = till >= DAY_SECONDS ? '00:00' : windowTime(till);
  if (f === u) return { from: null, until: null }; // 00:00 to 24:00, or an empty OCS window: no restriction
  return { from: f, until: u };
}

/**
 * Builds the reschedule machine's input from the `reschedule-handoff` effect of the outbound
 * interaction machine (`outbound.interaction.machine`): the record, the contact's zone and its chain, with
 * each OCS `daily_from` / `daily_till` turned into From/Until (`daily_till` 86400 is midnight, a
 * window that spans the whole day is no window).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const handoff: outbound.interaction.RescheduleHandoff = {
 *   handle: 101, campaignName: 'Renewals', timeZone: 'America/Chicago', currentChainN: 0, at: Date.UTC(2026, 10, 24, 15, 7),
 *   numbers: [{ handle: 101, chainN: 0, phone: '5550100', contactInfoType: 'home-phone', dailyFrom: 28_800, dailyTill: 72_000, timeZone: 'America/Chicago' }],
 * };
 * const step = outbound.reschedule.start(outbound.reschedule.inputFromHandoff(handoff, { agentZone: 'America/Chicago' }));
 * if (step.ok) step.state.config.chain[0]; // { recordHandle: 101, chainN: 0, ..., from: '08:00', until: '20:00' }
 * ```
 */
export function inputFromHandoff(handoff: RescheduleHandoff, options: HandoffOptions): RescheduleInput {
  const chain: ChainNumber[] = handoff.numbers.map((n) => ({
    recordHandle: n.handle,
    chainN: n.chainN,
    phone: n.phone,
    contactType: n.contactInfoType,
    ...windowOf(n),
  }));
  return { ...options, at: handoff.at, recordHandle: handoff.handle, chain, contactZone: handoff.timeZone };
}

/**
 * The `reschedule` event for the outbound interaction machine, from this machine's request: for a
 * host that lets the interaction machine send the protocol request (it then owns the server round
 * trip; deliver its acknowledgement or error back here with this request's `requestId`).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * function forward(request: outbound.reschedule.RescheduleRequest, at: number): outbound.interaction.RescheduleEvent {
 *   return outbound.reschedule.interactionEvent(request, at);
 * }
 * ```
 */
export function interactionEvent(request: RescheduleRequest, at: number): InteractionRescheduleEvent {
  return {
    type: 'reschedule',
    at,
    handle: request.recordHandle,
    callbackType: request.callbackType,
    dialSchedTime: request.dial_sched_time,
    phone: request.number.phone,
    chainN: request.number.chainN,
  };
}
