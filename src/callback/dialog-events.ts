import type { Rejection } from '../core/internal.js';
import type { LocalDate, ZoneName } from '../time/index.js';
import type { DialogOutcome, Origin } from './dialog-state.js';
import type { Slot } from './slot.js';

/**
 * The events of the callback dialog. Each carries `at` (epoch ms UTC).
 *
 * - `choose-type` / `choose-zone` / `choose-date` / `choose-number` / `choose-slot`: the agent's choices.
 * - `availability-loaded` / `availability-failed`: the answer to a `load-availability` effect, matched by
 *   `requestId` (an answer for an earlier date or zone is refused with `stale-response`).
 * - `ok`, `cancel`: the new-callback dialog's buttons; `dismissed`: a click outside the reschedule view.
 * - `commit-succeeded` / `commit-failed`: the server's answer to a schedule or reschedule request.
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
      /** The local date in the chosen zone, `YYYY-MM-DD`. */
      readonly date: LocalDate;
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
      readonly type: 'availability-loaded';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The id of the `load-availability` effect answered. */
      readonly requestId: string;
      /** The slots of that day, sorted. */
      readonly slots: readonly Slot[];
    }
  | {
      /** Discriminant. */
      readonly type: 'availability-failed';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The id of the `load-availability` effect answered. */
      readonly requestId: string;
      /** Why, when the server said. */
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
    }
  | {
      /** Discriminant. */
      readonly type: 'commit-succeeded';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The id of the schedule or reschedule request answered. */
      readonly requestId: string;
    }
  | {
      /** Discriminant. */
      readonly type: 'commit-failed';
      /** When it happened, epoch ms UTC. */
      readonly at: number;
      /** The id of the schedule or reschedule request answered. */
      readonly requestId: string;
      /** Why the server refused (for example the slot filled up). */
      readonly reason: Rejection;
    };

/**
 * Ask the server for the availability of one local day: `[start, end)` is the day `date` in `zone`.
 * Answer with `availability-loaded` (or `availability-failed`) carrying the same `requestId`.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const e: callback.dialog.LoadAvailabilityEffect = {
 *   type: 'load-availability', requestId: 'availability-1', zone: 'America/New_York', date: '2026-11-24',
 *   start: Date.UTC(2026, 10, 24, 5), end: Date.UTC(2026, 10, 25, 5),
 * };
 * ```
 */
export interface LoadAvailabilityEffect {
  /** Discriminant. */
  readonly type: 'load-availability';
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
 * What a schedule or reschedule request carries.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const c: callback.dialog.CallbackRequest = {
 *   requestId: 'callback-2', callbackType: 'scheduled', immediate: false,
 *   desiredAt: Date.UTC(2026, 10, 24, 15), desiredTime: '2026-11-24T15:00:00.000Z',
 *   zone: 'America/New_York', number: '+15551230001', origin: { kind: 'team-communicator', contactId: 'c-9' },
 * };
 * ```
 */
export interface CallbackRequest {
  /** Echo it in `commit-succeeded` / `commit-failed`. */
  readonly requestId: string;
  /** The chosen callback type id. */
  readonly callbackType: string;
  /** True for an immediate type (no desired time). */
  readonly immediate: boolean;
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
 * Schedule a new callback.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const e: callback.dialog.ScheduleCallbackEffect = {
 *   type: 'schedule-callback', requestId: 'callback-2', callbackType: 'immediate', immediate: true,
 *   desiredAt: null, desiredTime: null, zone: 'UTC', number: null, origin: { kind: 'interaction', interactionId: 'ix-7', media: 'sms' },
 * };
 * ```
 */
export interface ScheduleCallbackEffect extends CallbackRequest {
  /** Discriminant. */
  readonly type: 'schedule-callback';
}

/**
 * Reschedule the current callback.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const e: callback.dialog.RescheduleCallbackEffect = {
 *   type: 'reschedule-callback', requestId: 'callback-2', callbackId: 'cb-42', callbackType: 'scheduled', immediate: false,
 *   desiredAt: Date.UTC(2026, 10, 24, 15), desiredTime: '2026-11-24T15:00:00.000Z', zone: 'UTC', number: null,
 *   origin: { kind: 'reschedule', callbackId: 'cb-42', desiredAt: null },
 * };
 * ```
 */
export interface RescheduleCallbackEffect extends CallbackRequest {
  /** Discriminant. */
  readonly type: 'reschedule-callback';
  /** The callback being rescheduled. */
  readonly callbackId: string;
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
export type DialogEffect = LoadAvailabilityEffect | ScheduleCallbackEffect | RescheduleCallbackEffect | CloseEffect;
