import type { Rejection } from '../core/internal.js';
import type { LocalDate, ZoneName } from '../time/index.js';
import type { Slot } from './slot.js';

/**
 * Reschedule the current callback interaction (its view commits when dismissed by a click outside).
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const o: callback.dialog.RescheduleOrigin = { kind: 'reschedule', callbackId: 'cb-42', desiredAt: Date.UTC(2026, 10, 24, 15) };
 * ```
 */
export interface RescheduleOrigin {
  /** Discriminant. */
  readonly kind: 'reschedule';
  /** The id of the callback being rescheduled. */
  readonly callbackId: string;
  /** Its current desired time (epoch ms UTC), or `null` when it has none (an immediate callback). */
  readonly desiredAt: number | null;
}

/**
 * A new callback from an existing interaction (voice, chat, e-mail, SMS, ...): the dialog commits on OK.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const o: callback.dialog.InteractionOrigin = { kind: 'interaction', interactionId: 'ix-7', media: 'chat' };
 * ```
 */
export interface InteractionOrigin {
  /** Discriminant. */
  readonly kind: 'interaction';
  /** The interaction the callback is created from. */
  readonly interactionId: string;
  /** Its media, for example `voice`, `chat`, `email`, `sms`. */
  readonly media: string;
}

/**
 * A new callback for a contact found in the team communicator: the dialog commits on OK.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const o: callback.dialog.TeamCommunicatorOrigin = { kind: 'team-communicator', contactId: 'c-9' };
 * ```
 */
export interface TeamCommunicatorOrigin {
  /** Discriminant. */
  readonly kind: 'team-communicator';
  /** The contact chosen in the team communicator. */
  readonly contactId: string;
}

/**
 * Where the callback dialog was opened from.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const o: callback.dialog.Origin = { kind: 'team-communicator', contactId: 'c-9' };
 * ```
 */
export type Origin = RescheduleOrigin | InteractionOrigin | TeamCommunicatorOrigin;

/**
 * A callback type the environment offers (Genesys callback types are configured per environment).
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const types: callback.dialog.CallbackTypeOffer[] = [
 *   { id: 'immediate', label: 'Immediate', immediate: true },
 *   { id: 'scheduled', label: 'Scheduled', immediate: false },
 * ];
 * ```
 */
export interface CallbackTypeOffer {
  /** The id sent to the server. */
  readonly id: string;
  /** The name shown. */
  readonly label: string;
  /** True for a type that calls back as soon as possible: it takes no slot. */
  readonly immediate: boolean;
}

/**
 * What the callback dialog starts from.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const input: callback.dialog.DialogInput = {
 *   at: Date.UTC(2026, 10, 24, 14),
 *   origin: { kind: 'interaction', interactionId: 'ix-7', media: 'voice' },
 *   types: [{ id: 'immediate', label: 'Immediate', immediate: true }, { id: 'scheduled', label: 'Scheduled', immediate: false }],
 *   defaultType: 'scheduled',
 *   zones: ['America/New_York', 'Europe/London'],
 *   defaultZone: 'America/New_York',
 *   numbers: ['+15551230001', '+15551230002'],
 * };
 * ```
 */
export interface DialogInput {
  /** Now, epoch ms UTC. */
  readonly at: number;
  /** Where the dialog was opened from. */
  readonly origin: Origin;
  /** The callback types offered (at least one, distinct ids). */
  readonly types: readonly CallbackTypeOffer[];
  /** The id of the type chosen at first; default the first type. */
  readonly defaultType?: string;
  /** The time zones offered (IANA names, at least one). */
  readonly zones: readonly string[];
  /** The zone chosen at first; must be one of `zones`. */
  readonly defaultZone: string;
  /** The contact's numbers (may be empty when the server knows the number). */
  readonly numbers: readonly string[];
  /** The number chosen at first; default the first number. */
  readonly defaultNumber?: string;
  /** Minimum notice in minutes for a scheduled callback; default 0. */
  readonly noticeMinutes?: number;
  /** Horizon in days for a scheduled callback; default 30. */
  readonly horizonDays?: number;
}

/**
 * The availability of the date and zone shown, as the dialog knows it.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const a: callback.dialog.AvailabilityView = { status: 'loading', requestId: 'availability-1', zone: 'UTC', date: '2026-11-24', slots: [], error: null };
 * ```
 */
export interface AvailabilityView {
  /** `loading` until the response with `requestId` arrives; then `loaded` or `failed`. */
  readonly status: 'loading' | 'loaded' | 'failed';
  /** The id of the load request this view waits for or came from. */
  readonly requestId: string;
  /** The zone the request was made for. */
  readonly zone: ZoneName;
  /** The local date (in `zone`) the request was made for. */
  readonly date: LocalDate;
  /** The slots loaded (empty while loading or after a failure). */
  readonly slots: readonly Slot[];
  /** Why the load failed, or `null`. */
  readonly error: Rejection | null;
}

/**
 * How a closed dialog ended: a callback was scheduled or rescheduled (`committed`), the new-callback
 * dialog was cancelled (`discarded`), or the reschedule view closed with no change (`unchanged`).
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const o: callback.dialog.DialogOutcome = 'committed';
 * ```
 */
export type DialogOutcome = 'committed' | 'discarded' | 'unchanged';

/**
 * The dialog's state: plain, frozen JSON.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const step = callback.dialog.start({
 *   at: Date.UTC(2026, 10, 24, 14), origin: { kind: 'team-communicator', contactId: 'c-9' },
 *   types: [{ id: 'scheduled', label: 'Scheduled', immediate: false }], zones: ['UTC'], defaultZone: 'UTC', numbers: [],
 * });
 * const state: callback.dialog.DialogState = step.state;
 * ```
 */
export interface DialogState {
  /** Schema version. */
  readonly version: 1;
  /** The last accepted instant. */
  readonly lastAt: number;
  /** Where the dialog was opened from. */
  readonly origin: Origin;
  /** `selecting` (the agent chooses), `committing` (waiting for the server), `closed`. */
  readonly phase: 'selecting' | 'committing' | 'closed';
  /** The callback types offered. */
  readonly types: readonly CallbackTypeOffer[];
  /** The id of the chosen type. */
  readonly typeId: string;
  /** The zones offered (canonical). */
  readonly zones: readonly ZoneName[];
  /** The chosen display zone. */
  readonly zone: ZoneName;
  /** The contact's numbers. */
  readonly numbers: readonly string[];
  /** The chosen number, or `null` when there are none. */
  readonly number: string | null;
  /** The local date shown (in `zone`). */
  readonly date: LocalDate;
  /** Minimum notice in minutes. */
  readonly noticeMinutes: number;
  /** Horizon in days. */
  readonly horizonDays: number;
  /** The availability of the date and zone shown. */
  readonly availability: AvailabilityView;
  /** The chosen slot, or `null`. */
  readonly chosen: Slot | null;
  /** How many requests have been sent (the request id counter). */
  readonly requestCount: number;
  /** The id of the schedule/reschedule request awaiting the server, or `null`. */
  readonly pendingCommit: string | null;
  /** The last problem to show (a refused commit, a failed load), or `null`. */
  readonly error: Rejection | null;
  /** How the dialog ended, once `closed`. */
  readonly outcome: DialogOutcome | null;
}
