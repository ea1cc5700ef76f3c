import fc from 'fast-check';
import { machine as campaigns } from '../../outbound/campaigns/machine.js';
import type { CampaignsEvent, CampaignsInput, CampaignsState } from '../../outbound/campaigns/types.js';
import { dialingModes } from '../../core/internal.js';
import { acceptedEvents, sequenceOptions, type Draw, type EventSequence, type SequenceOptions } from './sequence.js';

const NAMES = ['Sales', 'Renewals', 'Winback'];
const GROUPS = ['Team A', 'Team B'];

function campaignsInput(): fc.Arbitrary<CampaignsInput> {
  return fc.record({
    at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    groups: fc.uniqueArray(fc.constantFrom(...GROUPS), { minLength: 1, maxLength: 2 }),
  });
}

function candidates(state: CampaignsState, at: number, draw: Draw): CampaignsEvent[] {
  const known = state.campaigns.length > 0 ? draw.pick(state.campaigns) : undefined;
  const target = known !== undefined && draw.int(0, 3) > 0 ? { campaign: known.campaign, group: known.group } : { campaign: draw.pick(NAMES), group: draw.pick(state.groups) };
  const events: CampaignsEvent[] = [
    { type: 'login', at },
    { type: 'campaign-loaded', at, ...target, mode: draw.pick(dialingModes) },
    { type: 'campaign-started', at, ...target },
    { type: 'campaign-stopped', at, ...target },
    { type: 'campaign-mode-changed', at, ...target, mode: draw.pick(dialingModes) },
  ];
  if (draw.int(0, 2) === 0) events.push({ type: 'logout', at });
  if (draw.int(0, 2) === 0) events.push({ type: 'campaign-unloaded', at, ...target });
  if (state.warnings.length > 0) events.push({ type: 'dismiss-warning', at, id: draw.pick(state.warnings).id });
  return events;
}

/**
 * Inputs and accepted event sequences for the campaigns machine (`outbound.campaigns`): login and
 * logout, campaigns of the agent's groups loaded, started, stopped, unloaded and switched between
 * dialing modes, and campaign warnings dismissed. Every event is accepted from the state reached.
 *
 * @throws RangeError when an option is not one (`maxEvents` an integer from 0 to 10,000, `gaps` an arbitrary of whole milliseconds from 1 to 2^31), naming it.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { outbound } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * import * as arbitraries from 'dialdesk/testing/arbitraries';
 * fc.assert(
 *   fc.property(arbitraries.campaignsSequence(), ({ input, events }) => {
 *     const story = testing.run(outbound.campaigns.machine, input, events);
 *     return story.refusals.length === 0 && outbound.campaigns.myCampaigns(story.state, story.state.lastAt).length <= story.state.campaigns.length;
 *   }),
 * );
 * ```
 */
export function campaignsSequence(options: SequenceOptions = {}): fc.Arbitrary<EventSequence<CampaignsInput, CampaignsEvent>> {
  return acceptedEvents(campaigns, campaignsInput(), candidates, sequenceOptions('campaignsSequence', options));
}
