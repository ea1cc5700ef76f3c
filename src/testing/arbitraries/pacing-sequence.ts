import fc from 'fast-check';
import type { PacingConfig } from '../../outbound/pacing/config.js';
import type { PacingEvent } from '../../outbound/pacing/events.js';
import { machine, type PacingInput } from '../../outbound/pacing/machine.js';
import { agents, calls } from '../../outbound/pacing/selectors.js';
import type { PacingState } from '../../outbound/pacing/state.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';

const AGENTS = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
const STATUSES = ['ready', 'talking', 'wrap-up', 'not-ready', 'logged-out'] as const;
const RESULTS = ['no-answer', 'busy', 'answering-machine', 'fax', 'sit'];

function pacingInput(): fc.Arbitrary<PacingInput> {
  const config: fc.Arbitrary<PacingConfig> = fc.oneof(
    fc.constant({ mode: 'progressive' as const }),
    fc.record({ mode: fc.constant('power' as const), ratio: fc.constantFrom(1, 1.5, 2) }),
    fc.record({ mode: fc.constant('predictive' as const), target: fc.record({ abandonRate: fc.constantFrom(0.03, 0.05), window: fc.constantFrom('30d' as const, '24h' as const) }) }),
    fc.record({ mode: fc.constant('predictive' as const), target: fc.record({ busyFactor: fc.constantFrom(0.8, 0.9) }) }),
    fc.constant({ mode: 'adaptive' as const }),
    fc.record({ mode: fc.constant('progressive' as const), preset: fc.constantFrom('us' as const, 'uk' as const, 'ca' as const) }),
  );
  return fc.record({ at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), config });
}

function candidates(state: PacingState, at: number, draw: Draw): PacingEvent[] {
  const events: PacingEvent[] = [
    { type: 'tick', at },
    { type: 'agent', at, agentId: draw.pick(AGENTS), status: draw.pick(STATUSES) },
    { type: 'dialed', at, callId: `c${state.totals.dialed + 1}` },
  ];
  const inProgress = calls(state, at);
  const ringing = inProgress.ringing.map((c) => c.callId);
  if (ringing.length > 0) {
    const callId = draw.pick(ringing);
    events.push(draw.int(0, 2) === 0 ? { type: 'answered', at, callId } : { type: 'no-contact', at, callId, result: draw.pick(RESULTS) });
  }
  const waiting = inProgress.waiting.map((c) => c.callId);
  const byStatus = agents(state, at);
  const loggedIn = [...byStatus.ready, ...byStatus.talking, ...byStatus.wrapUp, ...byStatus.notReady].map((a) => a.agentId);
  if (waiting.length > 0) {
    const callId = draw.pick(waiting);
    if (loggedIn.length > 0 && draw.int(0, 3) > 0) events.push({ type: 'connected', at, callId, agentId: draw.pick(loggedIn) });
    else events.push({ type: 'abandoned', at, callId });
  }
  return events;
}

/**
 * Inputs and accepted event sequences for the pacer (`outbound.pacing.machine`): every mode, agents
 * changing status and logging out, calls dialled, answered or failing, connected to an agent or
 * abandoned, and ticks. Every event is accepted from the state reached; gaps are seconds, as on a
 * campaign's floor.
 *
 * @throws RangeError when an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary of whole milliseconds from 1 to 2^31), naming it.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { outbound } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.pacingSequence(), ({ input, events }) => {
 *     const story = testing.run(outbound.pacing.machine, input, events);
 *     return story.refusals.length === 0 && outbound.pacing.decide(story.state, story.state.lastAt).place >= 0;
 *   }),
 * );
 * ```
 */
export function pacingSequence(options: SequenceOptions = {}): fc.Arbitrary<EventSequence<PacingInput, PacingEvent>> {
  return acceptedEvents(machine, pacingInput(), candidates, { maxEvents: 60, gaps: fc.integer({ min: 1, max: 20_000 }), ...sequenceOptions('pacingSequence', options) });
}
