import fc from 'fast-check';
import { outboundPermissions, type InteractionConfig, type InteractionInput } from '../../outbound/interaction/config.js';
import type { InteractionEvent } from '../../outbound/interaction/events.js';
import { machine } from '../../outbound/interaction/machine.js';
import type { InteractionState } from '../../outbound/interaction/state.js';
import { writeRecordData, type RecordData } from './outbound-record.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';

const CHAIN_ID = 55;
const HANDLES = [101, 102, 103, 104];
const MODES = ['preview', 'progressive', 'predictive', 'progressive-with-seizing', 'predictive-with-seizing'] as const;

function interactionInput(): fc.Arbitrary<InteractionInput> {
  return fc
    .record({
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      permissions: fc.oneof(fc.constant([...outboundPermissions]), fc.subarray([...outboundPermissions])),
      maxPreviewRecords: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constant(-1)),
      timedPreviewAutoDial: fc.option(fc.constantFrom(0, 5, 30), { nil: undefined }),
    })
    .map(({ at, permissions, maxPreviewRecords, timedPreviewAutoDial }) => {
      const config: InteractionConfig = {
        permissions,
        callResults: ['answer', 'busy', 'no-answer', 'answering-machine', 'wrong-party', 'fax'],
        defaultCallResult: 'answer',
        dispositions: [
          { code: 'SALE', label: 'Sale' },
          { code: 'NOSALE', label: 'No sale' },
        ],
        defaultDisposition: null,
        fields: [{ key: 'note', type: 'string' }],
        maxPreviewRecords,
        ...(timedPreviewAutoDial === undefined ? {} : { timedPreviewAutoDial }),
      };
      return { at, config };
    });
}

/** One record of the chain the machine is fed, as the server writes it. */
function data(handle: number, chainN = 0): RecordData {
  return writeRecordData({ handle, chainId: CHAIN_ID, chainN, zone: 'America/Chicago', window: [28_800, 72_000], campaignName: 'Renewals' });
}

function answers(state: InteractionState, at: number, draw: Draw): InteractionEvent[] {
  if (state.pending.length === 0) return [];
  const { request } = draw.pick(state.pending);
  const requestId = request.requestId;
  const events: InteractionEvent[] = [{ type: 'request-failed', at, requestId, reason: 'server refused' }];
  if (request.kind === 'preview-record') {
    events.push({ type: 'preview-record', at, requestId, data: data(draw.pick(HANDLES)) }, { type: 'no-records', at, requestId });
  } else if (request.kind === 'chained-records') {
    events.push({ type: 'chained-records', at, requestId, records: [data(200 + draw.int(0, 9), 1), data(300 + draw.int(0, 9), 2)] });
  } else {
    // Listed twice: an acknowledgement is likelier than a failure.
    events.push({ type: 'request-acknowledged', at, requestId }, { type: 'request-acknowledged', at, requestId });
  }
  return events;
}

function agentActions(state: InteractionState, at: number, draw: Draw): InteractionEvent[] {
  const held = state.slots.flatMap((s) => (s.record === null ? [] : [s.record.handle]));
  if (held.length === 0) return [];
  const handle = draw.pick(held);
  const n = draw.int(0, 3);
  return [
    { type: 'accept', at, handle },
    { type: 'decline', at, handle },
    { type: 'reject', at, handle },
    { type: 'cancel', at, handle },
    { type: 'request-chain', at, handle },
    { type: 'schedule-callback', at, handle },
    { type: 'mark-processed', at, handle },
    n === 0 ? { type: 'dial', at, handle } : { type: 'dial', at, handle, chainN: n },
    { type: 'update-fields', at, handle, changes: { note: `call after ${n + 5}` } },
    { type: 'set-call-result', at, handle, value: draw.pick(['answer', 'busy', 'no-answer', 'fax']) },
    { type: 'set-disposition', at, handle, value: draw.pick(['SALE', 'NOSALE', null]) },
    { type: 'do-not-call', at, handle, scope: draw.pick(['record', 'chain'] as const) },
    { type: 'reschedule', at, handle, callbackType: draw.pick(['personal', 'campaign'] as const), dialSchedTime: Math.floor(at / 1000) + 3600 * (n + 1), phone: '+15550100', chainN: n === 3 ? null : 0 },
    { type: 'call-established', at, handle },
    { type: 'call-ended', at, handle, result: draw.pick(['answer', 'busy', 'no-answer'] as const) },
    { type: 'callback-unavailable', at, handle },
    { type: 'record-removed', at, handle, cause: draw.pick(['cancelled', 'removed'] as const), ...(draw.bool() ? { reason: 'Cancelled by the supervisor' } : {}) },
  ];
}

function candidates(state: InteractionState, at: number, draw: Draw): InteractionEvent[] {
  const handle = draw.pick(HANDLES);
  const callId = `call-${handle}`;
  const mode = draw.pick(MODES);
  return [
    { type: 'request-preview', at },
    { type: 'record-pushed', at, data: data(handle) },
    draw.bool() ? { type: 'call-seized', at, mode, callId } : { type: 'call-connected', at, mode, callId, data: data(handle) },
    { type: 'record-filled', at, callId, data: data(handle) },
    {
      type: 'scheduled-call',
      at,
      mode: draw.pick(['preview', 'push-preview', 'progressive', 'predictive'] as const),
      callbackType: draw.pick(['personal', 'campaign'] as const),
      dialSchedTime: Math.floor(at / 1000) - 60,
      data: data(handle),
    },
    { type: 'tick', at },
    ...answers(state, at, draw),
    ...agentActions(state, at, draw),
  ];
}

/**
 * Inputs and accepted event sequences for the outbound interaction machine (`outbound.interaction.machine`):
 * preview requests and their answers, pushed records, automatic calls connected or seized and filled,
 * the agent's record actions (accept, decline, dial, reject, cancel, update fields, call result,
 * disposition, do-not-call, reschedule, mark processed, chain requests), call progress, the server's
 * replies to every request, the flows the server starts (callbacks coming due, records withdrawn) and
 * ticks, under all permissions or a subset, with or without timed preview and a preview limit. Every
 * event is accepted from the state reached.
 *
 * @throws RangeError when an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary of whole milliseconds from 1 to 2^31), naming it.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { outbound } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.interactionSequence(), ({ input, events }) => {
 *     const story = testing.run(outbound.interaction.machine, input, events);
 *     return story.refusals.length === 0 && story.state.slots.every((s) => !story.state.processed.includes(s.record?.handle ?? -1));
 *   }),
 *   { numRuns: 20 },
 * );
 * ```
 */
export function interactionSequence(options: SequenceOptions = {}): fc.Arbitrary<EventSequence<InteractionInput, InteractionEvent>> {
  return acceptedEvents(machine, interactionInput(), candidates, sequenceOptions('interactionSequence', options));
}
