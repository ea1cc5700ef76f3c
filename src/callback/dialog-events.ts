import type { Rejection } from '../core/internal.js';
import type { LocalDate, ZoneName } from '../time/index.js';
import type { CallbackKind, OfferType } from './callback-kind.js';
import type { DialogOutcome, Origin } from './dialog-state.js';
import type { Slot } from './slot.js';

/**
 * The events of the callback dialog. Each carries `at` (epoch ms UTC).
 *
 * - `set-reschedule` (`checked`): the reschedule view's Reschedule Callback check box. The view opens with it
 *   clear: the agent ticks it before choosing anything; clearing it abandons the choices (the view shows
 *   the callback's current schedule again) and a click outside then changes nothing. The new-callback
 *   dialog has no such box (`event-not-allowed`).
 * - `choose-type` / `choose-zone` / `choose-date` / `choose-number` / `choose-slot`: the agent's choices.
 * - `show-month` (`year`, `month`): the date picker's arrows (see `calendar`).
 * - `request-acknowledged` / `request-failed`: the server's answer to a `send-request` effect, matched by
 *   `requestId`: to an `availability` request (`slots` with the acknowledgement), or to the `schedule` or
 *   `reschedule` request (an answer to no pending request is refused with `unknown-request`).
 * - `ok`, `cancel`: the new-callback dialog's buttons; `dismissed`: a click outside the reschedule view.
 * - `tick`: accepted at any time; nothing in the dialog is ever due.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const e: callback.dialog.DialogEvent = { type: 'choose-slot', at: Date.UTC(2026, 10, 24, 14), start: Date.UTC(2026, 10, 24, 15) };
 * ```
 */
export type DialogEvent =
  | {
      /** Discriminant. */
      readonly type: 'set-reschedule';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** Whether the Reschedule Callback check box is now ticked. */
      readonly checked: boolean;
    }
  | {
      /** Discriminant. */
      readonly type: 'choose-type';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The id of an offered callback type. */
      readonly typeId: string;
    }
  | {
      /** Discriminant. */
      readonly type: 'choose-zone';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** One of the offered zones. */
      readonly zone: string;
    }
  | {
      /** Discriminant. */
      readonly type: 'choose-date';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The local date in the chosen zone, `YYYY-MM-DD` (checked: anything else is refused with `invalid-date`). */
      readonly date: string;
    }
  | {
      /** Discriminant. */
      readonly type: 'show-month';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The year of the month to show, 1 to 9999. */
      readonly year: number;
      /** The month to show, 1 to 12. */
      readonly month: number;
    }
  | {
      /** Discriminant. */
      readonly type: 'choose-number';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** One of the contact's numbers. */
      readonly number: string;
    }
  | {
      /** Discriminant. */
      readonly type: 'choose-slot';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The start of a slot of the loaded availability, epoch ms UTC. */
      readonly start: number;
    }
  | {
      /** Discriminant. */
      readonly type: 'request-acknowledged';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The id of the request answered. */
      readonly requestId: string;
      /** For an `availability` request: the slots of that day, sorted and not overlapping. */
      readonly slots?: readonly Slot[];
    }
  | {
      /** Discriminant. */
      readonly type: 'request-failed';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The id of the request answered. */
      readonly requestId: string;
      /** Why, when the server said (for example the slot filled up). */
      readonly reason?: Rejection;
    }
  | {
      /** Discriminant. */
      readonly type: 'ok';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
    }
  | {
      /** Discriminant. */
      readonly type: 'cancel';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
    }
  | {
      /** Discriminant. */
      readonly type: 'dismissed';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
    };

/**
 * Ask the server for the availability of one local day: `[start, end)` is the day `date` in `zone`.
 * Answer with `request-acknowledged` carrying `slots` (or `request-failed`) and the same `requestId`.
 *
 * @example
 * ```ts
 * import type { callback, time } from 'dialdesk';
 * declare const zone: time.ZoneName; // 'America/New_York', from time.zone or a state
 * declare const date: time.LocalDate; // '2026-11-24', from time.parseDate or a state
 * const r: callback.dialog.AvailabilityRequest = {
 *   kind: 'availability', requestId: 'availability-1', zone, date,
 *   start: Date.UTC(2026, 10, 24, 5), end: Date.UTC(2026, 10, 25, 5),
 * };
 * ```
 */
export interface AvailabilityRequest {
  /** Discriminant. */
  readonly kind: 'availability';
  /** Echo it in the answer. */
  readonly requestId: string;
  /** The display zone. */
  readonly zone: ZoneName;
  /** The local date in `zone`. */
  readonly date: LocalDate;
  /** First instant of that day, epoch ms UTC. */
  readonly start: number;
  /** First instant of the next day, epoch ms UTC. */
  readonly end: number;
}

/**
 * Schedule a new callback (`schedule`, from the new-callback dialog) or move the current one
 * (`reschedule`, from the reschedule view). Answer with `request-acknowledged` or `request-failed`.
 *
 * @example
 * ```ts
 * import type { callback, time } from 'dialdesk';
 * declare const zone: time.ZoneName; // 'America/New_York', from time.zone or a state
 * const c: callback.dialog.CallbackRequest = {
 *   kind: 'schedule', requestId: 'callback-2', callbackId: null, callbackType: 'scheduled', callbackKind: 'scheduled', offerType: 'scheduled',
 *   desiredAt: Date.UTC(2026, 10, 24, 15), desiredTime: '2026-11-24T15:00:00.000Z',
 *   zone, number: '+15551230001', origin: { kind: 'team-communicator', contactId: 'c-9' },
 * };
 * ```
 */
export interface CallbackRequest {
  /** `schedule` a new callback, or `reschedule` the one being rescheduled. */
  readonly kind: 'schedule' | 'reschedule';
  /** Echo it in the answer. */
  readonly requestId: string;
  /** The callback being rescheduled, or `null` for a new one. */
  readonly callbackId: string | null;
  /** The chosen callback type id. */
  readonly callbackType: string;
  /** Which Workspace callback type it is (`immediate` has no desired time). */
  readonly callbackKind: CallbackKind;
  /** How the callback is reported as offered (the type's `offerType`, else `defaultOfferType` of its kind). */
  readonly offerType: OfferType;
  /** The desired instant, epoch ms UTC, or `null` for an immediate callback. */
  readonly desiredAt: number | null;
  /** `desiredAt` as ISO 8601 UTC (`2026-11-24T15:00:00.000Z`), or `null`. */
  readonly desiredTime: string | null;
  /** The zone the customer chose the time in. */
  readonly zone: ZoneName;
  /** The number to call, or `null` to let the server use the one it has. */
  readonly number: string | null;
  /** Where the dialog was opened from. */
  readonly origin: Origin;
}

/**
 * A request the dialog sends: the availability of a day, or the callback itself.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * declare const r: callback.dialog.DialogRequest;
 * r.kind === 'availability' ? r.date : r.desiredTime;
 * ```
 */
export type DialogRequest = AvailabilityRequest | CallbackRequest;

/**
 * Send `request` to the server; its answer is `request-acknowledged` or `request-failed` with `request.requestId`.
 *
 * @example
 * ```ts
 * import type { callback, time } from 'dialdesk';
 * declare const zone: time.ZoneName; // 'UTC', from time.zone or a state
 * declare const date: time.LocalDate; // '2026-11-24', from time.parseDate or a state
 * const e: callback.dialog.SendRequestEffect = {
 *   type: 'send-request',
 *   request: { kind: 'availability', requestId: 'availability-1', zone, date, start: Date.UTC(2026, 10, 24), end: Date.UTC(2026, 10, 25) },
 * };
 * ```
 */
export interface SendRequestEffect {
  /** Discriminant. */
  readonly type: 'send-request';
  /** What to ask. */
  readonly request: DialogRequest;
}

/**
 * Close the dialog or view.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const e: callback.dialog.CloseEffect = { type: 'close', outcome: 'discarded' };
 * ```
 */
export interface CloseEffect {
  /** Discriminant. */
  readonly type: 'close';
  /** How it ended. */
  readonly outcome: DialogOutcome;
}

/**
 * The effects of the callback dialog.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const e: callback.dialog.DialogEffect = { type: 'close', outcome: 'unchanged' };
 * ```
 */
export type DialogEffect = SendRequestEffect | CloseEffect;
