import type { WakeEffect } from '../core/internal.js';
import type { FieldError } from '../core/field-error.js';
import type { Field } from './problems.js';
import type { WebCallbackCode } from './codes.js';
import type { Schedule } from './state.js';

/**
 * What Done asks of the server: move the web callback to a new window and number. With a
 * `rescheduleQueue` (Workspace's `webcallback.reschedule-queue`) the server places the rescheduled
 * interaction in that queue and delivers it again at the new time.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const r: webcallback.WebCallbackRequest = {
 *   kind: 'reschedule', requestId: 'webcallback-reschedule-1', interactionId: 'wc-1',
 *   start: Date.UTC(2026, 10, 25, 14), end: Date.UTC(2026, 10, 25, 15), number: '+15551230001', rescheduleQueue: null,
 * };
 * ```
 */
export interface WebCallbackRequest extends Schedule {
  /** What is asked. */
  readonly kind: 'reschedule';
  /** The id the answer carries back (`request-acknowledged` / `request-failed`). */
  readonly requestId: string;
  /** The web callback interaction. */
  readonly interactionId: string;
  /** The queue the server re-delivers the interaction from, or `null` (the desktop notifies locally). */
  readonly rescheduleQueue: string | null;
}

/**
 * Send a request to the server (the one server-talk effect of every dialdesk machine); the server
 * answers with `request-acknowledged` or `request-failed` carrying the same `requestId`.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * declare const effect: webcallback.SendRequestEffect;
 * const body = { id: effect.request.requestId, interaction: effect.request.interactionId, start: new Date(effect.request.start).toISOString() };
 * ```
 */
export interface SendRequestEffect {
  /** Discriminant. */
  readonly type: 'send-request';
  /** The request, with its `kind` and `requestId`. */
  readonly request: WebCallbackRequest;
}

/**
 * Show the web callback interaction notification on the desktop: its new time has come.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * declare const effect: webcallback.ShowNotificationEffect;
 * effect.interactionId;
 * ```
 */
export interface ShowNotificationEffect extends Schedule {
  /** Discriminant. */
  readonly type: 'show-notification';
  /** The reschedule request that set this time. */
  readonly requestId: string;
  /** The web callback interaction. */
  readonly interactionId: string;
  /** What brought it: the local timer (`local`, a `tick` at the new time) or the server (`server`, `callback-delivered`). */
  readonly delivery: 'local' | 'server';
}

/**
 * Forget a notification announced earlier: the callback was rescheduled again, or the request that
 * set it failed.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.CancelNotificationEffect = { type: 'cancel-notification', requestId: 'webcallback-reschedule-1', interactionId: 'wc-1', due: 0 };
 * ```
 */
export interface CancelNotificationEffect {
  /** Discriminant. */
  readonly type: 'cancel-notification';
  /** The request whose notification is cancelled. */
  readonly requestId: string;
  /** The web callback interaction. */
  readonly interactionId: string;
  /** When it would have been shown, epoch ms UTC. */
  readonly due: number;
}

/**
 * Tell the agent why closing the view did not set the reschedule (the same list the selectors give).
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * declare const effect: webcallback.ShowErrorsEffect;
 * effect.errors.map((p) => p.code);
 * ```
 */
export interface ShowErrorsEffect {
  /** Discriminant. */
  readonly type: 'show-errors';
  /** What is wrong, field by field. */
  readonly errors: readonly FieldError<Field, WebCallbackCode>[];
}

/**
 * Every effect the web callback machine asks of its host.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * function run(effect: webcallback.WebCallbackEffect): void {
 *   if (effect.type === 'wake') {
 *     // set the machine's single timer for effect.at
 *   }
 * }
 * ```
 */
export type WebCallbackEffect = SendRequestEffect | WakeEffect | ShowNotificationEffect | CancelNotificationEffect | ShowErrorsEffect;
