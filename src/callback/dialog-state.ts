import type { Attempt, PolicyRule, Preset, PresetId } from '../compliance/index.js';
import type { Rejection } from '../core/internal.js';
import type { LocalDate, YearMonth, ZoneName } from '../time/index.js';
import type { CallbackKind, OfferType } from './callback-kind.js';
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
 * A callback type the environment offers (Genesys callback types are configured per environment): its id,
 * its label and which of the four Workspace {@link CallbackKind}s it is.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const types: callback.dialog.CallbackTypeOffer[] = [
 *   { id: 'immediate', label: 'Immediate', kind: 'immediate' },
 *   { id: 'scheduled', label: 'Scheduled', kind: 'scheduled' },
 * ];
 * ```
 */
export interface CallbackTypeOffer {
  /** The id sent to the server. */
  readonly id: string;
  /** The name shown. */
  readonly label: string;
  /** Which Workspace callback type it is; every kind but `immediate` takes a slot. */
  readonly kind: CallbackKind;
  /** How the callback is reported as offered; default {@link defaultOfferType} of `kind`. */
  readonly offerType?: OfferType;
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
 *   types: [{ id: 'immediate', label: 'Immediate', kind: 'immediate' }, { id: 'scheduled', label: 'Scheduled', kind: 'scheduled' }],
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
  /**
   * The contact policy a desired time must satisfy (`outbound.contactPolicy` presets and the contact's
   * past attempts, judged in the contact's zone); a slot it forbids is refused with
   * `forbidden-by-contact-policy`, naming the rule. Default `null`: none.
   */
  readonly contactPolicy?: ContactPolicyInput | null;
}

/**
 * The contact policy a callback time must satisfy: preset ids (or presets, as `outbound.contactPolicy.presets`),
 * the contact's past attempts (none after `at`), and the contact's zone, where calling hours and calendar
 * days are read (it may differ from the zones offered for display).
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const p: callback.dialog.ContactPolicyInput = {
 *   presets: ['us-fl'], zone: 'America/New_York',
 *   history: [{ at: Date.UTC(2026, 10, 24, 13), outcome: 'no-answer' }],
 * };
 * ```
 */
export interface ContactPolicyInput {
  /** Preset ids or presets; their rows and those of the presets they include all apply. */
  readonly presets: readonly (PresetId | Preset)[];
  /** The contact's past attempts, `{ at, outcome }`. */
  readonly history: readonly Attempt[];
  /** The contact's IANA zone. */
  readonly zone: string;
  /** Public holidays at the contact's location (`YYYY-MM-DD`), for rules closed on holidays. */
  readonly holidays?: readonly string[];
  /** True when a live agent is guaranteed for the callback (lifts Ofcom's 72-hour rule). Default false. */
  readonly liveAgentGuaranteed?: boolean;
}

/**
 * A validated contact policy, as the dialog keeps it.
 *
 * @example
 * ```ts
 * import type { callback, time } from 'dialdesk';
 * declare const zone: time.ZoneName; // 'UTC', from time.zone or a state
 * const p: callback.dialog.CheckedContactPolicy = { rules: [], history: [], zone, holidays: [], liveAgentGuaranteed: false };
 * ```
 */
export interface CheckedContactPolicy {
  /** The rows that apply (included presets resolved). */
  readonly rules: readonly PolicyRule[];
  /** The history, sorted. */
  readonly history: readonly Attempt[];
  /** The contact's zone (canonical). */
  readonly zone: ZoneName;
  /** Public holidays. */
  readonly holidays: readonly LocalDate[];
  /** Whether a live agent is guaranteed. */
  readonly liveAgentGuaranteed: boolean;
}

/**
 * The choices of the dialog as it opened: the reschedule view returns to them when its check box is cleared.
 *
 * @example
 * ```ts
 * import type { callback, time } from 'dialdesk';
 * declare const zone: time.ZoneName; // 'UTC', from time.zone or a state
 * declare const date: time.LocalDate; // '2026-11-24', from time.parseDate or a state
 * const c: callback.dialog.InitialChoices = { typeId: 'scheduled', zone, date, number: null };
 * ```
 */
export interface InitialChoices {
  /** The type chosen at first. */
  readonly typeId: string;
  /** The zone chosen at first. */
  readonly zone: ZoneName;
  /** The date shown at first. */
  readonly date: LocalDate;
  /** The number chosen at first. */
  readonly number: string | null;
}

/**
 * The availability of the date and zone shown, as the dialog knows it.
 *
 * @example
 * ```ts
 * import type { callback, time } from 'dialdesk';
 * declare const zone: time.ZoneName; // 'UTC', from time.zone or a state
 * declare const date: time.LocalDate; // '2026-11-24', from time.parseDate or a state
 * const a: callback.dialog.AvailabilityView = { status: 'loading', requestId: 'availability-1', zone, date, slots: [], error: null };
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
 * const step = callback.dialog.machine.start({
 *   at: Date.UTC(2026, 10, 24, 14), origin: { kind: 'team-communicator', contactId: 'c-9' },
 *   types: [{ id: 'scheduled', label: 'Scheduled', kind: 'scheduled' }], zones: ['UTC'], defaultZone: 'UTC', numbers: [],
 * });
 * if (!step.ok) throw new Error(step.error.code);
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
  /**
   * The reschedule view's Reschedule Callback check box: it opens clear, and nothing can be chosen
   * until it is ticked. Always `true` in the new-callback dialog, which has no such box.
   */
  readonly rescheduling: boolean;
  /** The choices as the dialog opened (clearing the check box returns to them). */
  readonly initial: InitialChoices;
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
  /** The month the date picker shows (`show-month`; choosing a date shows its month). */
  readonly month: YearMonth;
  /** Minimum notice in minutes. */
  readonly noticeMinutes: number;
  /** Horizon in days. */
  readonly horizonDays: number;
  /** The contact policy desired times must satisfy, or `null`. */
  readonly contactPolicy: CheckedContactPolicy | null;
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
