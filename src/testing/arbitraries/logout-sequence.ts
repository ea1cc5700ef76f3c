import fc from 'fast-check';
import type * as logout from '../../logout/index.js';
import { MINUTE } from '../../time/index.js';
import { machine } from '../../logout/machine.js';
import { dialingModes } from '../../core/internal.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';

const NEGOTIATING = ['progressive', 'predictive', 'progressive-with-seizing', 'predictive-with-seizing'] as const;

function logoutInput(): fc.Arbitrary<logout.LogoutInput> {
  return fc.record({
    at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    campaign: fc.record({
      mode: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NEGOTIATING) }, { weight: 1, arbitrary: fc.constantFrom(...dialingModes) }),
      running: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    }),
    maxDelayMs: fc.integer({ min: 1_000, max: MINUTE }),
    authorizeAtDeadline: fc.boolean(),
    exitOnError: fc.boolean(),
    interactions: fc.integer({ min: 0, max: 2 }),
  });
}

function candidates(state: logout.LogoutState, at: number, draw: Draw): logout.LogoutEvent[] {
  const pending = state.request?.id ?? 'logout-1';
  const requestId = draw.bool() ? { requestId: pending } : {};
  const events: logout.LogoutEvent[] = [
    { type: 'logout-delay', at, seconds: draw.int(0, 40), ...requestId },
    { type: 'request-acknowledged', at, requestId: pending },
    { type: 'request-failed', at, requestId: pending, ...(draw.bool() ? { reason: 'Campaign is not loaded' } : {}) },
    { type: 'message-dismissed', at },
    { type: 'interaction-started', at },
    { type: 'interaction-ended', at },
    { type: 'tick', at },
  ];
  if (state.exitOnError && draw.int(0, 3) === 0) events.push({ type: 'exit-anyway', at });
  if (draw.int(0, 1) === 0) events.push({ type: 'logout-requested', at, source: draw.pick(['main-window', 'voice-channel'] as const) });
  // A campaign change is rarer, so that sequences reach deep into a negotiation.
  if (draw.int(0, 3) === 0) events.push({ type: 'campaign-changed', at, mode: draw.pick(dialingModes), running: draw.bool() });
  return events;
}

/**
 * Inputs and accepted event sequences for the negotiated-logout machine (`dialdesk/logout`): requests
 * from both entry points, announced delays (naming the pending request or not), acknowledgements and
 * failures of the pending request,
 * interactions starting and ending, dismissed messages, campaign changes and ticks, mostly in running
 * progressive or predictive campaigns. Every event is accepted from the state reached.
 *
 * @throws RangeError when an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary of whole milliseconds from 1 to 2^31), naming it.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { logout } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.logoutSequence(), ({ input, events }) => {
 *     const story = testing.run(logout.machine, input, events);
 *     return story.refusals.length === 0 && logout.remainingMs(story.state, story.state.lastAt) !== -1;
 *   }),
 * );
 * ```
 */
export function logoutSequence(options: SequenceOptions = {}): fc.Arbitrary<EventSequence<logout.LogoutInput, logout.LogoutEvent>> {
  return acceptedEvents(machine, logoutInput(), candidates, sequenceOptions('logoutSequence', options));
}
