import type { DialingMode } from '../../core/internal.js';

/**
 * A campaign group the desktop knows of: loaded (active) or running (started).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.campaigns.CampaignEntry = { campaign: 'Renewals', group: 'Team A', mode: 'predictive', status: 'running', loadedAt: 0, startedAt: 1_000 };
 * ```
 */
export interface CampaignEntry {
  /** Campaign name. */
  readonly campaign: string;
  /** Agent group (or place group) the campaign runs for; the pair is the campaign group's key. */
  readonly group: string;
  /** Current dialing mode. */
  readonly mode: DialingMode;
  /** `loaded` (active, not dialling) or `running` (started). */
  readonly status: 'loaded' | 'running';
  /** When it was loaded, epoch ms. */
  readonly loadedAt: number;
  /** When it was last started, epoch ms, or `null` while not running. */
  readonly startedAt: number | null;
}

/**
 * Why a campaign warning shows: the campaign started while the agent was logged in, or had started
 * before the agent logged in.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.campaigns.CampaignWarningReason = 'started-before-login';
 * ```
 */
export type CampaignWarningReason = 'started' | 'started-before-login';

/**
 * "Campaign X has begun and you are assigned to it": a warning the desktop shows until dismissed.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const w: outbound.campaigns.CampaignWarning = { id: 'warning-1', campaign: 'Renewals', group: 'Team A', mode: 'predictive', reason: 'started', at: 1_000 };
 * ```
 */
export interface CampaignWarning {
  /** Id for dismissing, deterministic (`warning-<n>`). */
  readonly id: string;
  /** Campaign name. */
  readonly campaign: string;
  /** The agent's group the campaign runs for. */
  readonly group: string;
  /** Dialing mode at the time of the warning. */
  readonly mode: DialingMode;
  /** Why it shows. */
  readonly reason: CampaignWarningReason;
  /** When it was raised, epoch ms. */
  readonly at: number;
}

/**
 * Input of the campaigns machine.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const input: outbound.campaigns.CampaignsInput = { at: 0, groups: ['Team A'] };
 * ```
 */
export interface CampaignsInput {
  /** Start instant, epoch ms. */
  readonly at: number;
  /** The agent's groups: campaigns of these groups are the agent's ("assigned"). */
  readonly groups: readonly string[];
}

/**
 * State of the campaigns machine (plain JSON, deeply frozen).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const s = outbound.campaigns.machine.start({ at: 0, groups: ['Team A'] });
 * if (s.ok) s.state.loggedIn; // false
 * ```
 */
export interface CampaignsState {
  /** Schema version. */
  readonly version: 1;
  /** Last accepted instant, epoch ms. */
  readonly lastAt: number;
  /** The agent's groups. */
  readonly groups: readonly string[];
  /** Whether the agent is logged in. */
  readonly loggedIn: boolean;
  /** Campaign groups of the agent's groups that are loaded or running, in load order. */
  readonly campaigns: readonly CampaignEntry[];
  /** Warnings not yet dismissed, oldest first. */
  readonly warnings: readonly CampaignWarning[];
  /** Counter for warning ids. */
  readonly warningSeq: number;
}

/**
 * Events of the campaigns machine. Campaign events come from the server (OCS campaign notifications);
 * `login`, `logout` and `dismiss-warning` from the desktop.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.campaigns.CampaignsEvent = { type: 'campaign-started', at: 1_000, campaign: 'Renewals', group: 'Team A', mode: 'predictive' };
 * ```
 */
export type CampaignsEvent =
  | LoginEvent
  | LogoutEvent
  | CampaignNoticeEvent
  | CampaignModeChangedEvent
  | DismissWarningEvent;

/**
 * The agent logged in.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.campaigns.LoginEvent = { type: 'login', at: 0 };
 * ```
 */
export interface LoginEvent {
  /** Discriminant. */
  readonly type: 'login';
  /** Instant, epoch ms. */
  readonly at: number;
}

/**
 * The agent logged out (after a negotiated logout when one was needed).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.campaigns.LogoutEvent = { type: 'logout', at: 0 };
 * ```
 */
export interface LogoutEvent {
  /** Discriminant. */
  readonly type: 'logout';
  /** Instant, epoch ms. */
  readonly at: number;
}

/**
 * A campaign group was loaded, started, stopped or unloaded. `mode` is required when the campaign is
 * not known yet (loaded, or started without a prior load notice) and ignored otherwise.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.campaigns.CampaignNoticeEvent = { type: 'campaign-loaded', at: 0, campaign: 'Renewals', group: 'Team A', mode: 'preview' };
 * ```
 */
export interface CampaignNoticeEvent {
  /** Discriminant. */
  readonly type: 'campaign-loaded' | 'campaign-started' | 'campaign-stopped' | 'campaign-unloaded';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Campaign name. */
  readonly campaign: string;
  /** Group the campaign runs for. */
  readonly group: string;
  /** Dialing mode (required for an unknown campaign). */
  readonly mode?: string;
}

/**
 * The server changed a campaign group's dialing mode.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.campaigns.CampaignModeChangedEvent = { type: 'campaign-mode-changed', at: 0, campaign: 'Renewals', group: 'Team A', mode: 'progressive' };
 * ```
 */
export interface CampaignModeChangedEvent {
  /** Discriminant. */
  readonly type: 'campaign-mode-changed';
  /** Instant, epoch ms. */
  readonly at: number;
  /** Campaign name. */
  readonly campaign: string;
  /** Group the campaign runs for. */
  readonly group: string;
  /** The new dialing mode. */
  readonly mode: string;
}

/**
 * The agent dismissed a warning.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.campaigns.DismissWarningEvent = { type: 'dismiss-warning', at: 0, id: 'warning-1' };
 * ```
 */
export interface DismissWarningEvent {
  /** Discriminant. */
  readonly type: 'dismiss-warning';
  /** Instant, epoch ms. */
  readonly at: number;
  /** The warning's id. */
  readonly id: string;
}

/**
 * Effects of the campaigns machine: show or hide a campaign warning, and tell the host that the
 * negotiated-logout situation changed (feed it to `dialdesk/logout`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * function run(effect: outbound.campaigns.CampaignsEffect): void {
 *   if (effect.type === 'show-campaign-warning') console.log(effect.warning.campaign);
 * }
 * ```
 */
export type CampaignsEffect = ShowCampaignWarningEffect | HideCampaignWarningEffect | NegotiatedLogoutChangedEffect | CampaignModeChangedEffect;

/**
 * A notice for the agent: a campaign group's dialing mode changed. `withinRules` is false when the change
 * is outside the run-time switch rules ({@link checkModeChange}); the server is the authority, so such a
 * notice is recorded all the same and the host may log it.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.campaigns.CampaignModeChangedEffect = { type: 'campaign-mode-changed', campaign: 'Sales', group: 'Team A', from: 'predictive', to: 'progressive', running: true, withinRules: true };
 * ```
 */
export interface CampaignModeChangedEffect {
  /** Discriminant. */
  readonly type: 'campaign-mode-changed';
  /** Campaign name. */
  readonly campaign: string;
  /** Group it runs for. */
  readonly group: string;
  /** The mode before. */
  readonly from: DialingMode;
  /** The mode now. */
  readonly to: DialingMode;
  /** Whether the campaign was running when it changed. */
  readonly running: boolean;
  /** Whether the change keeps the documented run-time switch rules. */
  readonly withinRules: boolean;
}

/**
 * Show the warning that a campaign the agent is assigned to has started.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const w: outbound.campaigns.CampaignWarning;
 * const e: outbound.campaigns.ShowCampaignWarningEffect = { type: 'show-campaign-warning', warning: w };
 * ```
 */
export interface ShowCampaignWarningEffect {
  /** Discriminant. */
  readonly type: 'show-campaign-warning';
  /** The warning. */
  readonly warning: CampaignWarning;
}

/**
 * Hide a warning (dismissed, or its campaign stopped or unloaded, or the agent logged out).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.campaigns.HideCampaignWarningEffect = { type: 'hide-campaign-warning', id: 'warning-1' };
 * ```
 */
export interface HideCampaignWarningEffect {
  /** Discriminant. */
  readonly type: 'hide-campaign-warning';
  /** The warning's id. */
  readonly id: string;
}

/**
 * Whether the agent is in a running progressive or predictive campaign changed; `campaign` is what
 * `dialdesk/logout` takes as its campaign input (`null` when logged out or in no campaign).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.campaigns.NegotiatedLogoutChangedEffect = { type: 'negotiated-logout-changed', negotiated: true, campaign: { mode: 'predictive', running: true } };
 * ```
 */
export interface NegotiatedLogoutChangedEffect {
  /** Discriminant. */
  readonly type: 'negotiated-logout-changed';
  /** True when logout must now be negotiated. */
  readonly negotiated: boolean;
  /** The campaign situation for the logout machine. */
  readonly campaign: LogoutCampaign | null;
}

import type { LogoutCampaign } from '../../logout/index.js';
export type { LogoutCampaign };

/**
 * Codes of the campaigns machine (on top of the common codes and {@link ModeChangeCode}):
 * - `invalid-mode`: a mode that is not one of the dialing modes, or a notice for an unknown campaign without a mode.
 * - `unknown-campaign`: the campaign group is not loaded.
 * - `campaign-already-loaded`, `campaign-already-running`, `campaign-not-running`: a notice that
 *   contradicts the known status.
 * - `not-assigned`: a notice for a group the agent is not in.
 * - `already-logged-in`, `not-logged-in`: login or logout out of turn.
 * - `unknown-warning`: no warning with that id.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const code: outbound.campaigns.CampaignsCode = 'campaign-not-running';
 * ```
 */
export type CampaignsCode = (typeof campaignsCodes)[number];

/**
 * The campaigns machine's own refusal codes as a runtime list (see {@link CampaignsCode}).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.campaigns.campaignsCodes.includes('not-assigned'); // true
 * ```
 */
export const campaignsCodes = Object.freeze([
  'invalid-mode',
  'unknown-campaign',
  'campaign-already-loaded',
  'campaign-already-running',
  'campaign-not-running',
  'not-assigned',
  'already-logged-in',
  'not-logged-in',
  'unknown-warning',
  'same-mode',
  'mode-change-needs-restart',
] as const);
