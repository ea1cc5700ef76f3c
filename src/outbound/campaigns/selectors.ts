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

/** The rows of `myCampaigns` for a checked state (internal; the public selector is in views.ts). */
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

/** `inNegotiatedCampaign` of a checked state (internal; the machine and the public selector in views.ts use it). */
export function inNegotiatedCampaign(state: CampaignsState): boolean {
  return state.loggedIn && state.campaigns.some((c) => c.status === 'running' && requiresNegotiatedLogout(c.mode));
}

/** `logoutCampaign` of a checked state (internal; the machine and the public selector in views.ts use it). */
export function logoutCampaign(state: CampaignsState): LogoutCampaign | null {
  if (!state.loggedIn) return null;
  const pick =
    state.campaigns.find((c) => c.status === 'running' && requiresNegotiatedLogout(c.mode)) ??
    state.campaigns.find((c) => c.status === 'running') ??
    state.campaigns[0];
  return pick === undefined ? null : { mode: pick.mode, running: pick.status === 'running' };
}
