import type { TickEvent } from '../../core/internal.js';

/**
 * Ticks or clears the Reschedule Callback check box. Ticking starts a fresh draft (the next time step
 * after now, the current number); clearing abandons it.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.SetRescheduleEvent = { type: 'set-reschedule', at: 0, checked: true };
 * ```
 */
export interface SetRescheduleEvent {
  /** Discriminant. */
  readonly type: 'set-reschedule';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The check box's new state. */
  readonly checked: boolean;
}

/**
 * Ticks or clears the Personal Callback check box (as the policy allows).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.SetPersonalEvent = { type: 'set-personal', at: 0, checked: true };
 * ```
 */
export interface SetPersonalEvent {
  /** Discriminant. */
  readonly type: 'set-personal';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The check box's new state. */
  readonly checked: boolean;
}

/**
 * The agent typed in the date field (`YYYY-MM-DD` or the configured short format). The text is kept
 * as typed; a bad date shows as a field error and blocks Done.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.TypeDateEvent = { type: 'type-date', at: 0, text: '11/25/2026' };
 * ```
 */
export interface TypeDateEvent {
  /** Discriminant. */
  readonly type: 'type-date';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The field's text. */
  readonly text: string;
}

/**
 * The agent clicked a day in the calendar (`YYYY-MM-DD`); days before today or past the horizon are
 * refused with `date-not-selectable`.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.PickDateEvent = { type: 'pick-date', at: 0, date: '2026-11-25' };
 * ```
 */
export interface PickDateEvent {
  /** Discriminant. */
  readonly type: 'pick-date';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The day clicked. */
  readonly date: string;
}

/**
 * The agent moved the calendar to another month (the month and year arrows; send the month that
 * `calendar(state, at).previous` or `.next` names). A real month with no selectable day is refused with
 * `month-unavailable`; a value that is not a month with `invalid-month`.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.ShowMonthEvent = { type: 'show-month', at: 0, year: 2026, month: 12 };
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
 * The agent typed in the time field (`14:30`, `2:30 PM`, ...).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.TypeTimeEvent = { type: 'type-time', at: 0, text: '14:30' };
 * ```
 */
export interface TypeTimeEvent {
  /** Discriminant. */
  readonly type: 'type-time';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The field's text. */
  readonly text: string;
}

/**
 * An up or down arrow of the time field: the hour moves by one, the minute by the configured step;
 * both wrap around within the day.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.StepTimeEvent = { type: 'step-time', at: 0, part: 'minute', direction: 'up' };
 * ```
 */
export interface StepTimeEvent {
  /** Discriminant. */
  readonly type: 'step-time';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** Which part of the time. */
  readonly part: 'hour' | 'minute';
  /** Which arrow. */
  readonly direction: 'up' | 'down';
}

/**
 * The agent chose a number in the Phone drop-down: a chain record's handle, or `'new'` for the number
 * added with New Phone Number.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.ChooseNumberEvent = { type: 'choose-number', at: 0, recordHandle: 102 };
 * ```
 */
export interface ChooseNumberEvent {
  /** Discriminant. */
  readonly type: 'choose-number';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The chain record, or `'new'`. */
  readonly recordHandle: number | 'new';
}

/**
 * New Phone Number: opens the Add New Number form (only with the permission).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.OpenNewNumberEvent = { type: 'open-new-number', at: 0 };
 * ```
 */
export interface OpenNewNumberEvent {
  /** Discriminant. */
  readonly type: 'open-new-number';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * A field of the Add New Number form changed. `phone`, `from` and `until` take text (checked on
 * confirm); `contactType` takes an OCS contact info type name or code (refused at once when not one, or `none`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.EditNewNumberEvent = { type: 'edit-new-number', at: 0, field: 'contactType', value: 'mobile' };
 * ```
 */
export interface EditNewNumberEvent {
  /** Discriminant. */
  readonly type: 'edit-new-number';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** Which field. */
  readonly field: 'phone' | 'contactType' | 'from' | 'until';
  /** The new value: text, or a contact type code. */
  readonly value: string | number;
}

/**
 * Confirms the Add New Number form: the number is validated and becomes the chosen number.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.ConfirmNewNumberEvent = { type: 'confirm-new-number', at: 0 };
 * ```
 */
export interface ConfirmNewNumberEvent {
  /** Discriminant. */
  readonly type: 'confirm-new-number';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * Closes the Add New Number form without adding.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.CancelNewNumberEvent = { type: 'cancel-new-number', at: 0 };
 * ```
 */
export interface CancelNewNumberEvent {
  /** Discriminant. */
  readonly type: 'cancel-new-number';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * The agent clicked End Call: the machine asks the host to hang up.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.EndCallEvent = { type: 'end-call', at: 0 };
 * ```
 */
export interface EndCallEvent {
  /** Discriminant. */
  readonly type: 'end-call';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * The call ended by itself (the contact hung up); no hang-up is needed.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.CallEndedEvent = { type: 'call-ended', at: 0 };
 * ```
 */
export interface CallEndedEvent {
  /** Discriminant. */
  readonly type: 'call-ended';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * The agent clicked Done: every rule is checked and, if all pass, the reschedule request is sent.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.DoneEvent = { type: 'done', at: 0 };
 * ```
 */
export interface DoneEvent {
  /** Discriminant. */
  readonly type: 'done';
  /** When, epoch ms UTC. */
  readonly at: number;
}

/**
 * The server acknowledged the reschedule request (the `requestId` of the `send-request` effect's request).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.RequestAcknowledgedEvent = { type: 'request-acknowledged', at: 0, requestId: 'reschedule-1' };
 * ```
 */
export interface RequestAcknowledgedEvent {
  /** Discriminant. */
  readonly type: 'request-acknowledged';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The acknowledged request. */
  readonly requestId: string;
}

/**
 * The server refused the reschedule request; the machine returns to editing with the reason.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.RequestFailedEvent = {
 *   type: 'request-failed', at: 0, requestId: 'reschedule-1', code: 'record-locked', message: 'The record is locked.',
 * };
 * ```
 */
export interface RequestFailedEvent {
  /** Discriminant. */
  readonly type: 'request-failed';
  /** When, epoch ms UTC. */
  readonly at: number;
  /** The refused request. */
  readonly requestId: string;
  /** The server's code, if any (`server-error` otherwise). */
  readonly code?: string;
  /** The server's reason. */
  readonly message: string;
}

/**
 * Every event the reschedule machine accepts (a `tick` only records the time).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const events: outbound.reschedule.RescheduleEvent[] = [
 *   { type: 'set-reschedule', at: 0, checked: true },
 *   { type: 'end-call', at: 1 },
 *   { type: 'done', at: 2 },
 * ];
 * ```
 */
export type RescheduleEvent =
  | SetRescheduleEvent
  | SetPersonalEvent
  | TypeDateEvent
  | PickDateEvent
  | ShowMonthEvent
  | TypeTimeEvent
  | StepTimeEvent
  | ChooseNumberEvent
  | OpenNewNumberEvent
  | EditNewNumberEvent
  | ConfirmNewNumberEvent
  | CancelNewNumberEvent
  | EndCallEvent
  | CallEndedEvent
  | DoneEvent
  | RequestAcknowledgedEvent
  | RequestFailedEvent
  | TickEvent;
