import { commonCodes } from '../core/codes.js';
import { defineMachine } from '../core/define.js';
import type { Machine } from '../core/machine.js';
import { webCallbackCodes, type WebCallbackCode } from './codes.js';
import type { WebCallbackEffect } from './effects.js';
import type { WebCallbackEvent } from './events.js';
import { restore } from './restore.js';
import { start, type WebCallbackInput } from './start.js';
import type { WebCallbackState } from './state.js';
import { transition } from './transition.js';

/**
 * Rescheduling a web callback from its preview, as a {@link Machine}.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const started = webcallback.machine.start({
 *   at: Date.UTC(2026, 10, 24, 13),
 *   zone: 'America/New_York',
 *   callback: { interactionId: 'wc-1', numbers: ['+15551230001'], start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 15) },
 * });
 * if (started.ok) webcallback.machine.transition(started.state, { type: 'open', at: Date.UTC(2026, 10, 24, 13, 1) });
 * ```
 */
export const machine: Machine<WebCallbackInput, WebCallbackState, WebCallbackEvent, WebCallbackEffect, WebCallbackCode> = defineMachine<WebCallbackInput, WebCallbackState, WebCallbackEvent, WebCallbackEffect, WebCallbackCode>({
  id: 'webcallback',
  codes: [...commonCodes, ...webCallbackCodes, 'invalid-state'],
  start,
  transition,
  restore,
});
