import { selectorState } from '../../core/internal.js';
import type { LogoutCampaign } from '../../logout/index.js';
import { machine } from './machine.js';
import * as read from './selectors.js';
import type { CampaignsState } from './types.js';

/** The state a campaigns selector reads: see `selectorState` (internal). */
function campaignsState(fn: string, state: unknown): CampaignsState {
  return selectorState(machine, `outbound.campaigns.${fn}`, state);
}

/**
 * The "My Campaigns" view: the agent's active (loaded) and running campaigns, running ones first, then
 * by name. Empty while the agent is logged out. `at` keeps the one selector shape `(state, at)`: the
 * view does not depend on the instant.
 *
 * @throws RangeError when `state` is not a campaigns state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.campaigns.CampaignsState;
 * for (const row of outbound.campaigns.myCampaigns(state, Date.now())) console.log(row.campaign, row.label);
 * ```
 */
export function myCampaigns(state: CampaignsState, at: number): readonly read.MyCampaignRow[] {
  void at;
  return read.myCampaigns(campaignsState('myCampaigns', state));
}

/**
 * True when the logged-in agent is in a running progressive or predictive campaign (with or without
 * seizing): the situation in which logout must be negotiated. `at` keeps the one selector shape.
 *
 * @throws RangeError when `state` is not a campaigns state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.campaigns.CampaignsState;
 * if (outbound.campaigns.inNegotiatedCampaign(state, Date.now())) console.log('logout will be negotiated');
 * ```
 */
export function inNegotiatedCampaign(state: CampaignsState, at: number): boolean {
  void at;
  return read.inNegotiatedCampaign(campaignsState('inNegotiatedCampaign', state));
}

/**
 * The campaign input for `dialdesk/logout`: a running progressive/predictive campaign when there is
 * one, else any running campaign, else any loaded one; `null` when logged out or in no campaign. `at`
 * keeps the one selector shape.
 *
 * @throws RangeError when `state` is not a campaigns state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.campaigns.CampaignsState;
 * outbound.campaigns.logoutCampaign(state, Date.now()); // { mode: 'predictive', running: true } or null
 * ```
 */
export function logoutCampaign(state: CampaignsState, at: number): LogoutCampaign | null {
  void at;
  return read.logoutCampaign(campaignsState('logoutCampaign', state));
}
