/**
 * `dialdesk/logout`: negotiated logout. While the agent takes part in a running progressive or
 * predictive campaign, logging out from the main window or the voice channel is negotiated: the desktop
 * sends a request and waits (bounded by a deadline) for the server to authorize it, showing a countdown
 * when an interaction is being received. Outside such campaigns logout is immediate.
 *
 * `machine` follows the machine contract (see the guide *Running a machine*); the
 * selectors `remainingMs`, `countdownLabel`, `statusTooltip` and `messages` give the UI its views.
 *
 * Guides: [Negotiated logout](../../docs/guides/logout.md), [Running a machine](../../docs/guides/machines.md).
 *
 * @example
 * ```ts
 * import { logout } from 'dialdesk';
 * const started = logout.machine.start({ at: 0, campaign: { mode: 'predictive', running: true } });
 * if (started.ok) {
 *   const step = logout.machine.transition(started.state, { type: 'logout-requested', at: 1_000, source: 'main-window' });
 *   if (step.ok) logout.countdownLabel(step.state, 1_000); // '0:30'
 * }
 * ```
 *
 * @module logout
 */
export type {
  LogoutSource,
  LogoutCampaign,
  LogoutInput,
  LogoutStatus,
  LogoutAuthorizer,
  MessageDisplay,
  RequestOutcome,
  LogoutRequest,
  LogoutState,
} from './state.js';
export {
  logoutEventTypes,
  type LogoutEvent,
  type LogoutRequestedEvent,
  type LogoutDelayEvent,
  type RequestAcknowledgedEvent,
  type RequestFailedEvent,
  type MessageDismissedEvent,
  type InteractionStartedEvent,
  type InteractionEndedEvent,
  type CampaignChangedEvent,
  type ExitAnywayEvent,
} from './events.js';
export type {
  LogoutEffect,
  SendRequestEffect,
  LogoutServerRequest,
  AskLogout,
  CancelLogout,
  ShowMessageEffect,
  HideMessageEffect,
  LogOutEffect,
  LogoutFailedEffect,
} from './effects.js';
export { logoutCodes, type LogoutCode } from './codes.js';
export { machine } from './machine.js';
export { defaultMaxDelayMs } from './start.js';
export { remainingMs, countdownLabel, statusTooltip, formatCountdown } from './selectors.js';
export { messages, type LogoutMessage, type LogoutMessageKind } from './messages.js';
