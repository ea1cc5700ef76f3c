import { requiresNegotiatedLogout, type DialingMode } from '../../core/internal.js';
import type { LogoutCampaign } from '../../logout/index.js';
import type { CampaignsState } from './types.js';

/**
 * One row of the "My Campaigns" view.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const row: outbound.campaigns.MyCampaignRow = { campaign: 'Renewals', group: 'Team A', mode: 'predictive', status: 'running', label: 'Started', since: 1_000 };
 * ```
 */
export interface MyCampaignRow {
  /** Campaign name. */
  readonly campaign: string;
  /** Group. */
  readonly group: string;
  /** Dialing mode. */
  readonly mode: DialingMode;
  /** `running` or `loaded`. */
  readonly status: 'loaded' | 'running';
  /** Status message: `Started` for a running campaign, `Loaded` otherwise. */
  readonly label: 'Started' | 'Loaded';
  /** Started (running) or loaded (loaded) instant, epoch ms. */
  readonly since: number;
}

/**
 * The "My Campaigns" view: the agent's active (loaded) and running campaigns, running ones first, then
 * by name. Empty while the agent is logged out.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.campaigns.CampaignsState;
 * for (const row of outbound.campaigns.myCampaigns(state)) console.log(row.campaign, row.label);
 * ```
 */
export function myCampaigns(state: CampaignsState): readonly MyCampaignRow[] {
  if (!state.loggedIn) return [];
  return state.campaigns
    .map((c): MyCampaignRow => ({
      campaign: c.campaign,
      group: c.group,
      mode: c.mode,
      status: c.status,
      label: c.status === 'running' ? 'Started' : 'Loaded',
      since: c.status === 'running' && c.startedAt !== null ? c.startedAt : c.loadedAt,
    }))
    .sort((a, b) => (a.status === b.status ? a.campaign.localeCompare(b.campaign, 'en') : a.status === 'running' ? -1 : 1));
}

/**
 * True when the logged-in agent is in a running progressive or predictive campaign (with or without
 * seizing): the situation in which logout must be negotiated.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.campaigns.CampaignsState;
 * if (outbound.campaigns.inNegotiatedCampaign(state)) console.log('logout will be negotiated');
 * ```
 */
export function inNegotiatedCampaign(state: CampaignsState): boolean {
  return state.loggedIn && state.campaigns.some((c) => c.status === 'running' && requiresNegotiatedLogout(c.mode));
}

/**
 * The campaign input for `dialdesk/logout`: a running progressive/predictive campaign when there is
 * one, else any running campaign, else any loaded one; `null` when logged out or in no campaign.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.campaigns.CampaignsState;
 * outbound.campaigns.logoutCampaign(state); // { mode: 'predictive', running: true } or null
 * ```
 */
export function logoutCampaign(state: CampaignsState): LogoutCampaign | null {
  if (!state.loggedIn) return null;
  const pick =
    state.campaigns.find((c) => c.status === 'running' && requiresNegotiatedLogout(c.mode)) ??
    state.campaigns.find((c) => c.status === 'running') ??
    state.campaigns[0];
  return pick === undefined ? null : { mode: pick.mode, running: pick.status === 'running' };
}
