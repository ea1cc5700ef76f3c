import fc from 'fast-check';
import { callbackStatuses, completionReasons, type LifecycleEvent, type LifecycleInput, type LifecycleState } from '../../callback/lifecycle-types.js';
import { machine as lifecycle } from '../../callback/lifecycle-machine.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';
import { HOUR } from '../../time/index.js';

function lifecycleInput(): fc.Arbitrary<LifecycleInput> {
  return fc
    .record({
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      callbackId: fc.constantFrom('cb-1', 'cb-42', 'callback:7'),
      ahead: fc.option(fc.integer({ min: 1, max: 72 * HOUR }), { nil: null }),
      status: fc.constantFrom('scheduled', 'scheduled', 'queued', 'routing' as const),
    })
    .map(({ at, callbackId, ahead, status }) => ({ at, callbackId, desiredAt: ahead === null ? null : at + ahead, status }));
}

function candidates(state: LifecycleState, at: number, draw: Draw): LifecycleEvent[] {
  // The statuses after the current one (never `scheduled`, the first).
  const later = callbackStatuses.slice(callbackStatuses.indexOf(state.status) + 1).filter((s) => s !== 'scheduled');
  const events: LifecycleEvent[] = [
    ...(draw.int(0, 2) === 0 ? [{ type: 'cancel' as const, at }] : []),
    { type: 'reschedule', at, desiredAt: at + draw.int(1, 72) * HOUR },
  ];
  // Mostly the next status, sometimes a skip ahead; completion (the end) is rarer.
  const status = later.length > 0 ? (draw.int(0, 3) === 0 ? draw.pick(later) : later[0]) : undefined;
  if (status === 'completed') {
    if (draw.int(0, 2) === 0) events.push({ type: 'completed', at, reason: draw.pick(completionReasons) });
  } else if (status !== undefined) {
    events.push({ type: status, at });
  }
  const pending = state.pending?.requestId;
  if (pending !== undefined) {
    events.push(
      draw.int(0, 3) === 0
        ? { type: 'request-failed', at, requestId: pending, reason: { code: 'refused', message: 'The server refused.' } }
        : { type: 'request-acknowledged', at, requestId: pending },
    );
  }
  return events;
}

/**
 * Inputs and accepted event sequences for the callback lifecycle machine (`callback.lifecycle`): status
 * changes forward (queued, routing, processing, completed with a reason), cancel and reschedule requests
 * and their acknowledgements or failures. Every event is accepted from the state reached.
 *
 * @throws RangeError when an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary of whole milliseconds from 1 to 2^31), naming it.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { callback } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.callbackLifecycleSequence(), ({ input, events }) => {
 *     const story = testing.run(callback.lifecycle.machine, input, events);
 *     return story.refusals.length === 0;
 *   }),
 * );
 * ```
 */
export function callbackLifecycleSequence(options: SequenceOptions = {}): fc.Arbitrary<EventSequence<LifecycleInput, LifecycleEvent>> {
  return acceptedEvents(lifecycle, lifecycleInput(), candidates, sequenceOptions('callbackLifecycleSequence', options));
}
