import { isRecord, ownField, rangeError } from '../../core/internal.js';
import type { RescheduleRecordEvent as InteractionRescheduleEvent } from '../interaction/events.js';
import type { RescheduleHandoff } from '../interaction/effects.js';
import type { RescheduleRequest } from '../reschedule-request.js';
import type { RescheduleInput } from './input.js';

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

/**
 * Builds the reschedule machine's input from the `reschedule-handoff` effect of the outbound
 * interaction machine (`outbound.interaction.machine`): the record, the contact's zone and its chain (the
 * interaction already gives each number as an `outbound.ChainNumber`, its window as From/Until). Each
 * field of the handoff is read once; `machine.start` checks them.
 *
 * @throws RangeError when `handoff` or `options` is not an object (untyped input).
 * @example
 * ```ts
 * import { outbound, time } from 'dialdesk';
 * declare const chicago: time.ZoneName; // 'America/Chicago', from time.zone or a state
 * declare const eight: time.LocalTime; // '08:00', from time.parseTime or a state
 * declare const evening: time.LocalTime; // '20:00', from time.parseTime or a state
 * const handoff: outbound.interaction.RescheduleHandoff = {
 *   handle: 101, campaignName: 'Renewals', timeZone: chicago, currentChainN: 0, at: Date.UTC(2026, 10, 24, 15, 7),
 *   numbers: [{ recordHandle: 101, chainN: 0, phone: '5550100', contactType: 'home-phone', from: eight, until: evening }],
 * };
 * const step = outbound.reschedule.machine.start(outbound.reschedule.inputFromHandoff(handoff, { agentZone: 'America/Chicago' }));
 * if (step.ok) step.state.config.chain[0]; // { recordHandle: 101, chainN: 0, ..., from: '08:00', until: '20:00' }
 * ```
 */
export function inputFromHandoff(handoff: RescheduleHandoff, options: HandoffOptions): RescheduleInput {
  if (!isRecord(handoff)) throw rangeError('outbound.reschedule.inputFromHandoff', 'a reschedule-handoff effect of outbound.interaction', handoff);
  if (!isRecord(options)) throw rangeError('outbound.reschedule.inputFromHandoff', 'an options object ({ agentZone, ... })', options);
  const fields = { at: ownField(handoff, 'at'), recordHandle: ownField(handoff, 'handle'), chain: ownField(handoff, 'numbers'), contactZone: ownField(handoff, 'timeZone') };
  return { ...options, ...fields } as RescheduleInput;
}

/**
 * The `reschedule` event for the outbound interaction machine, from the request this machine sent (its
 * `send-request` effect): for a host that lets the interaction machine send the request to the server
 * (it then owns the server round trip; deliver its acknowledgement or error back here as
 * `request-acknowledged` / `request-failed` with this request's id as `requestId`). Each field of the
 * request is read once; the interaction machine checks them.
 *
 * @throws RangeError when `request` is not an object (untyped input).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * function forward(request: outbound.RescheduleRequest, at: number): outbound.interaction.RescheduleRecordEvent {
 *   return outbound.reschedule.interactionEvent(request, at);
 * }
 * ```
 */
export function interactionEvent(request: RescheduleRequest, at: number): InteractionRescheduleEvent {
  if (!isRecord(request)) throw rangeError('outbound.reschedule.interactionEvent', 'a reschedule request (the send-request effect of outbound.reschedule.machine)', request);
  const field = (key: string): unknown => ownField(request, key);
  return {
    type: 'reschedule',
    at,
    handle: field('handle'),
    callbackType: field('callbackType'),
    dialSchedTime: field('dialSchedTime'),
    phone: field('phone'),
    chainN: field('chainN'),
  } as InteractionRescheduleEvent;
}
