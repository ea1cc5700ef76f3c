import fc from 'fast-check';
import type { RescheduleEvent } from '../../outbound/reschedule/events.js';
import type { ChainNumber } from '../../outbound/reschedule-request.js';
import type { RescheduleInput } from '../../outbound/reschedule/input.js';
import { machine } from '../../outbound/reschedule/machine.js';
import type { RescheduleState } from '../../outbound/reschedule/state.js';
import { entryZoneOf } from '../../outbound/reschedule/zones.js';
import { addDays, addMonths, local, minutesToTime } from '../../time/index.js';
import { trickyZone } from './time.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';

const CHAIN: readonly ChainNumber[] = [
  { recordHandle: 7, chainN: 0, phone: '+15550100', contactType: 'home-phone', from: null, until: null },
  { recordHandle: 8, chainN: 1, phone: '617 555 0101', contactType: 'mobile', from: minutesToTime(9 * 60), until: minutesToTime(20 * 60) },
  { recordHandle: 9, chainN: 2, phone: '+442071838750', contactType: 'direct-business-phone', from: minutesToTime(8 * 60), until: minutesToTime(18 * 60) },
];

function rescheduleInput(): fc.Arbitrary<RescheduleInput> {
  return fc.record({
    at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    recordHandle: fc.constant(7),
    chain: fc.integer({ min: 1, max: CHAIN.length }).map((n) => CHAIN.slice(0, n)),
    contactZone: trickyZone(),
    agentZone: trickyZone(),
    entryZone: fc.constantFrom('agent', 'contact' as const),
    personalPolicy: fc.constantFrom('agent-choice', 'always-personal', 'always-campaign' as const),
    allowNewNumber: fc.boolean(),
  });
}

function editing(state: RescheduleState, at: number, draw: Draw): RescheduleEvent[] {
  const today = local(at, entryZoneOf(state.config));
  const date = today.ok ? addDays(today.value.date, draw.int(1, 5)) : '2026-01-01';
  const events: RescheduleEvent[] = [
    { type: 'set-personal', at, checked: draw.bool() },
    { type: 'type-date', at, text: date },
    { type: 'pick-date', at, date },
    { type: 'show-month', at, ...addMonths(state.shownMonth, draw.pick([-12, -1, 1, 12])) },
    { type: 'type-time', at, text: minutesToTime(draw.int(36, 79) * 15) },
    { type: 'step-time', at, part: draw.pick(['hour', 'minute'] as const), direction: draw.pick(['up', 'down'] as const) },
    { type: 'choose-number', at, recordHandle: draw.int(0, 3) === 0 ? 'new' : draw.pick(state.config.chain).recordHandle },
    { type: 'done', at },
    { type: 'done', at },
  ];
  if (state.form === null) {
    events.push({ type: 'open-new-number', at });
  } else {
    // The form opens with an empty phone: fill that in first, then any field; confirming is likelier than cancelling.
    const field = state.form.phone === '' ? 'phone' : draw.pick(['phone', 'contactType', 'from', 'until'] as const);
    const values = { phone: draw.pick(['+15550199', '617 555 0199']), contactType: draw.pick(['mobile', 'home-phone']), from: '08:00', until: '21:00' };
    events.push(
      { type: 'edit-new-number', at, field, value: values[field] },
      { type: 'confirm-new-number', at },
      { type: 'confirm-new-number', at },
      { type: 'cancel-new-number', at },
    );
  }
  return events;
}

function candidates(state: RescheduleState, at: number, draw: Draw): RescheduleEvent[] {
  const events: RescheduleEvent[] = [{ type: 'tick', at }, { type: 'set-reschedule', at, checked: draw.int(0, 4) > 0 }];
  if (state.phase === 'editing') events.push(...editing(state, at, draw));
  // The call ends now and then (Done needs it ended).
  if (draw.int(0, 2) === 0) events.push({ type: draw.pick(['end-call', 'call-ended'] as const), at });
  const requestId = state.request?.requestId;
  if (requestId !== undefined) {
    events.push(
      draw.int(0, 3) === 0
        ? { type: 'request-failed', at, requestId, code: 'busy', message: 'Try again.' }
        : { type: 'request-acknowledged', at, requestId },
    );
  }
  return events;
}

/**
 * Inputs and accepted event sequences for the outbound reschedule machine (`outbound.reschedule`): the
 * Reschedule Callback box ticked, the personal flag under each policy, a date typed or picked (in the
 * agent's or the contact's zone), calendar months shown, a time typed or stepped, another number of the chain
 * or a new one, the call ended, Done and the server's answer, in any pair of {@link trickyZone} zones. Every
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
 *   fc.property(arbitraries.rescheduleSequence(), ({ input, events }) => {
 *     const story = testing.run(outbound.reschedule.machine, input, events);
 *     return story.refusals.length === 0;
 *   }),
 *   { numRuns: 20 },
 * );
 * ```
 */
export function rescheduleSequence(options: SequenceOptions = {}): fc.Arbitrary<EventSequence<RescheduleInput, RescheduleEvent>> {
  return acceptedEvents(machine, rescheduleInput(), candidates, sequenceOptions('rescheduleSequence', options));
}
