import type { WakeEffect } from '../core/internal.js';
import type { Problem } from './problems.js';
import type { Schedule } from './state.js';

/**
 * Send a reschedule request to the server; answer with `reschedule-acknowledged` or `reschedule-failed`.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * declare const effect: webcallback.RescheduleRequestEffect;
 * const body = { id: effect.requestId, interaction: effect.interactionId, start: new Date(effect.start).toISOString() };
 * ```
 */
export interface RescheduleRequestEffect extends Schedule {
  /** Discriminant. */
  readonly type: 'reschedule-request';
  /** The request id to echo in the answer. */
  readonly requestId: string;
  /** The web callback interaction. */
  readonly interactionId: string;
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
 * declare const effect: webcallback.ShowProblemsEffect;
 * effect.problems.map((p) => p.code);
 * ```
 */
export interface ShowProblemsEffect {
  /** Discriminant. */
  readonly type: 'show-problems';
  /** What is wrong, field by field. */
  readonly problems: readonly Problem[];
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
export type WebCallbackEffect = RescheduleRequestEffect | WakeEffect | ShowNotificationEffect | CancelNotificationEffect | ShowProblemsEffect;
