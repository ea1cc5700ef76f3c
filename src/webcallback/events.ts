import type { TickEvent } from '../core/internal.js';
import type { MinuteStep } from '../time/index.js';

/**
 * The agent opens the Reschedule Callback view from the Web Callback Preview tool bar.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.OpenEvent = { type: 'open', at: Date.UTC(2026, 10, 24, 9) };
 * ```
 */
export interface OpenEvent {
  /** Discriminant. */
  readonly type: 'open';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * The agent closes the view with its X. With the check box ticked and valid values, the button becomes
 * Rescheduled Callback; with invalid values the view closes, keeps them, and says why.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.CloseEvent = { type: 'close', at: Date.UTC(2026, 10, 24, 9, 1) };
 * ```
 */
export interface CloseEvent {
  /** Discriminant. */
  readonly type: 'close';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * Ticks or unticks the Reschedule Callback check box. Unticking abandons the new values.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.SetRescheduleEvent = { type: 'set-reschedule', at: 0, checked: true };
 * ```
 */
export interface SetRescheduleEvent {
  /** Discriminant. */
  readonly type: 'set-reschedule';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The new state of the check box. */
  readonly checked: boolean;
}

/**
 * Sets the On field: a date typed as `YYYY-MM-DD` or picked in the calendar.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.SetOnEvent = { type: 'set-on', at: 0, date: '2026-11-25', via: 'picked' };
 * ```
 */
export interface SetOnEvent {
  /** Discriminant. */
  readonly type: 'set-on';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** How it was entered (informational; both are validated the same way). */
  readonly via?: 'typed' | 'picked';
}

/**
 * Shows another month in the calendar picker (the month and year arrows).
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.ShowMonthEvent = { type: 'show-month', at: 0, year: 2026, month: 12 };
 * ```
 */
export interface ShowMonthEvent {
  /** Discriminant. */
  readonly type: 'show-month';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The year, 1 to 9999. */
  readonly year: number;
  /** The month, 1 to 12. */
  readonly month: number;
}

/**
 * Sets the From field (a local time in the agent's zone). Till keeps its time when the window it
 * leaves is within the duration bounds; otherwise (in particular when Till would fall at or before
 * From) the duration is kept and Till moves.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.SetFromEvent = { type: 'set-from', at: 0, time: '14:30' };
 * ```
 */
export interface SetFromEvent {
  /** Discriminant. */
  readonly type: 'set-from';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The time, `HH:mm`. */
  readonly time: string;
}

/**
 * Sets the Till field: the window ends at the next time the agent's clock shows this time after From
 * (a Till earlier than From is on the next day). The duration is derived from it.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.SetTillEvent = { type: 'set-till', at: 0, time: '15:30' };
 * ```
 */
export interface SetTillEvent {
  /** Discriminant. */
  readonly type: 'set-till';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The time, `HH:mm`. */
  readonly time: string;
}

/**
 * A stepper arrow next to From or Till: an hour, or a minute step (1, 5, 15 or 30, snapping to the
 * step), up or down (through `time.stepTime`, wrapping round midnight). Applied as `set-from` or
 * `set-till` with the new time.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.StepTimeEvent = { type: 'step-time', at: 0, field: 'from', unit: 'minute', direction: 'up', step: 15 };
 * ```
 */
export interface StepTimeEvent {
  /** Discriminant. */
  readonly type: 'step-time';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** Which field's stepper. */
  readonly field: 'from' | 'till';
  /** The hour or the minute part. */
  readonly unit: 'hour' | 'minute';
  /** Up (later) or down (earlier). */
  readonly direction: 'up' | 'down';
  /** The minute step (default 1); ignored for hours. */
  readonly step?: MinuteStep;
}

/**
 * Sets the window's length directly (Till follows).
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.SetDurationEvent = { type: 'set-duration', at: 0, minutes: 45 };
 * ```
 */
export interface SetDurationEvent {
  /** Discriminant. */
  readonly type: 'set-duration';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** Elapsed minutes, a whole number within the configured bounds. */
  readonly minutes: number;
}

/**
 * Picks the number in the To list.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.SetToEvent = { type: 'set-to', at: 0, number: '+15551230002' };
 * ```
 */
export interface SetToEvent {
  /** Discriminant. */
  readonly type: 'set-to';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** One of the contact's numbers. */
  readonly number: string;
}

/**
 * The agent clicks Done: commits the reschedule set in the view.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.DoneEvent = { type: 'done', at: 0 };
 * ```
 */
export interface DoneEvent {
  /** Discriminant. */
  readonly type: 'done';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * The server acknowledged the pending reschedule request.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.RequestAcknowledgedEvent = { type: 'request-acknowledged', at: 0, requestId: 'webcallback-reschedule-1' };
 * ```
 */
export interface RequestAcknowledgedEvent {
  /** Discriminant. */
  readonly type: 'request-acknowledged';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The pending request's id (another id is refused with `unknown-request`). */
  readonly requestId: string;
}

/**
 * The server refused the pending reschedule request: the earlier schedule (and its notification) stays in force.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.RequestFailedEvent = { type: 'request-failed', at: 0, requestId: 'webcallback-reschedule-1', code: 'server-busy' };
 * ```
 */
export interface RequestFailedEvent {
  /** Discriminant. */
  readonly type: 'request-failed';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The pending request's id (another id is refused with `unknown-request`). */
  readonly requestId: string;
  /** The server's error code, if it gave one. */
  readonly code?: string;
  /** The server's text, if it gave one. */
  readonly reason?: string;
}

/**
 * The server delivered the rescheduled web callback interaction again (from the reschedule queue,
 * Workspace's `webcallback.reschedule-queue`): its notification is shown now, once, and the local
 * timer no longer shows it. Refused with `nothing-to-deliver` when no rescheduled notification awaits.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const e: webcallback.CallbackDeliveredEvent = { type: 'callback-delivered', at: Date.UTC(2026, 10, 25, 14) };
 * ```
 */
export interface CallbackDeliveredEvent {
  /** Discriminant. */
  readonly type: 'callback-delivered';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * Every event the web callback machine accepts.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const events: webcallback.WebCallbackEvent[] = [{ type: 'open', at: 0 }, { type: 'set-reschedule', at: 1, checked: true }];
 * ```
 */
export type WebCallbackEvent =
  | OpenEvent
  | CloseEvent
  | SetRescheduleEvent
  | SetOnEvent
  | ShowMonthEvent
  | SetFromEvent
  | SetTillEvent
  | StepTimeEvent
  | SetDurationEvent
  | SetToEvent
  | DoneEvent
  | RequestAcknowledgedEvent
  | RequestFailedEvent
  | CallbackDeliveredEvent
  | TickEvent;
