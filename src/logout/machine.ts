import { commonCodes } from '../core/codes.js';
import type { Machine } from '../core/machine.js';
import { logoutCodes, type LogoutCode } from './codes.js';
import type { LogoutEffect } from './effects.js';
import type { LogoutEvent } from './events.js';
import { restore } from './restore.js';
import { start } from './start.js';
import type { LogoutInput, LogoutState } from './state.js';
import { transition } from './transition.js';

/**
 * Negotiated logout as a {@link Machine}: `start` builds the logged-in state, `transition` applies
 * requests, server answers, interactions and ticks, `restore` checks a saved state.
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
 */
export const machine: Machine<LogoutInput, LogoutState, LogoutEvent, LogoutEffect, LogoutCode> = Object.freeze({
  id: 'logout',
  codes: Object.freeze([...commonCodes, ...logoutCodes]),
  start,
  transition,
  restore,
});
