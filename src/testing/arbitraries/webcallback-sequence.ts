import fc from 'fast-check';
import { MINUTE, addDays, local, minutesToTime } from '../../time/index.js';
import type * as webcallback from '../../webcallback/index.js';
import { machine } from '../../webcallback/machine.js';
import { trickyZone } from './time.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';

const NUMBERS = ['+15550100', '+15550101', '+15550102'];

function webcallbackInput(): fc.Arbitrary<webcallback.WebCallbackInput> {
  return fc
    .record({
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      zone: trickyZone(),
      numbers: fc.integer({ min: 1, max: NUMBERS.length }),
      startsIn: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      minutes: fc.constantFrom(15, 30, 60, 120),
      queue: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('WebCallback Reschedule') }),
    })
    .map(({ at, zone, numbers, startsIn, minutes, queue }) => {
      const start = at + startsIn * MINUTE;
      return {
        at,
        zone,
        callback: { interactionId: 'wc-1', numbers: NUMBERS.slice(0, numbers), start, end: start + minutes * MINUTE },
        config: { rescheduleQueue: queue },
      };
    });
}

function candidates(state: webcallback.WebCallbackState, at: number, draw: Draw): webcallback.WebCallbackEvent[] {
  const events: webcallback.WebCallbackEvent[] = [
    { type: 'open', at },
    { type: 'set-reschedule', at, checked: draw.int(0, 3) > 0 },
    { type: 'set-from', at, time: minutesToTime(draw.int(0, 95) * 15) },
    { type: 'set-till', at, time: minutesToTime(draw.int(0, 95) * 15) },
    { type: 'set-duration', at, minutes: draw.pick([15, 30, 45, 60, 90, 120]) },
    { type: 'set-to', at, number: draw.pick(state.numbers) },
    {
      type: 'step-time',
      at,
      field: draw.pick(['from', 'till'] as const),
      unit: draw.pick(['hour', 'minute'] as const),
      direction: draw.pick(['up', 'down'] as const),
    },
    { type: 'done', at },
    { type: 'tick', at },
  ];
  const today = local(at, state.zone);
  if (today.ok) {
    const date = addDays(today.value.date, draw.int(0, 3) === 0 ? 0 : draw.int(1, 10));
    events.push({ type: 'set-on', at, date, via: draw.pick(['typed', 'picked'] as const) });
    events.push({ type: 'show-month', at, year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) });
    if (draw.int(0, 5) === 0) events.push({ type: 'show-month', at, year: draw.int(1, 9999), month: draw.int(1, 12) });
  }
  // Closing with X sets the reschedule (when the values are valid), which Done needs.
  if (state.view.open) events.push({ type: 'close', at });
  if (state.view.set) events.push({ type: 'done', at });
  const pending = state.pending?.requestId;
  if (pending !== undefined) {
    events.push(
      draw.int(0, 3) === 0
        ? { type: 'request-failed', at, requestId: pending, code: 'server-error', reason: 'Try again.' }
        : { type: 'request-acknowledged', at, requestId: pending },
    );
  }
  if (state.notification?.status === 'armed') events.push({ type: 'callback-delivered', at });
  return events;
}

/**
 * Inputs and accepted event sequences for the web callback reschedule machine (`dialdesk/webcallback`):
 * the view opened and ticked, On (typed or picked), From, Till, duration and To set, time steppers,
 * Done, the server's answer, closing with X, ticks that bring the local notification due and the
 * server's re-delivery (with and without a reschedule queue), in any {@link trickyZone}. Every event is accepted from the state reached.
 *
 * @throws RangeError when an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary of whole milliseconds from 1 to 2^31), naming it.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { webcallback } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.webcallbackSequence(), ({ input, events }) => {
 *     const story = testing.run(webcallback.machine, input, events);
 *     return story.refusals.length === 0;
 *   }),
 *   { numRuns: 20 },
 * );
 * ```
 */
export function webcallbackSequence(
  options: SequenceOptions = {},
): fc.Arbitrary<EventSequence<webcallback.WebCallbackInput, webcallback.WebCallbackEvent>> {
  return acceptedEvents(machine, webcallbackInput(), candidates, sequenceOptions('webcallbackSequence', options));
}
