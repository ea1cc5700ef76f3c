/**
 * `outbound.campaigns`: the agent's campaigns ("My Campaigns"): its {@link machine}, selectors, the
 * runtime mode-change rule and types.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const started = outbound.campaigns.machine.start({ at: 0, groups: ['Team A'] });
 * if (started.ok) outbound.campaigns.myCampaigns(started.state, 0); // []
 * ```
 *
 * @module
 */
export { machine } from './machine.js';
export { checkModeChange, type ModeChangeCode } from './mode-change.js';
export {
  campaignsCodes,
  type CampaignEntry,
  type CampaignWarningReason,
  type CampaignWarning,
  type CampaignsInput,
  type CampaignsState,
  type CampaignsEvent,
  type AgentLoginEvent,
  type AgentLogoutEvent,
  type CampaignNoticeEvent,
  type CampaignModeChangedEvent,
  type DismissWarningEvent,
  type CampaignsEffect,
  type ShowCampaignWarningEffect,
  type HideCampaignWarningEffect,
  type NegotiatedLogoutChangedEffect,
  type CampaignModeChangedEffect,
  type CampaignsCode,
} from './types.js';
export { type MyCampaignRow } from './selectors.js';
export { myCampaigns, inNegotiatedCampaign, logoutCampaign } from './views.js';
