import type { WakeEffect } from '../../core/effects.js';
import type { DialingMode } from '../../core/internal.js';
import type { CallbackType, OutboundRequest } from './requests.js';
import type { ChainNumber } from '../reschedule-request.js';
import type { ZoneName } from '../../time/index.js';

export type { ChainNumber } from '../reschedule-request.js';

/**
 * What the interaction hands to the outbound reschedule dialog (`reschedule` machine) when the agent
 * opens Reschedule Callback: the record, its zone and numbers. The dialog answers with a `reschedule`
 * event to the interaction machine.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const handoff: outbound.interaction.RescheduleHandoff;
 * handoff.numbers.map((n) => n.phone);
 * ```
 */
export interface RescheduleHandoff {
  /** Record handle the reschedule is for. */
  readonly handle: number;
  /** Campaign of the record, or `null`. */
  readonly campaignName: string | null;
  /** The contact's zone (calling hours are judged there). */
  readonly timeZone: ZoneName;
  /** The `chain_n` of the number on the call. */
  readonly currentChainN: number;
  /** The chain's numbers known to the desktop, ascending `chain_n`. */
  readonly numbers: readonly ChainNumber[];
  /** When the dialog was opened, epoch ms. */
  readonly at: number;
}

/**
 * Effects of the interaction machine:
 * - `send-request`: send this request; its `requestId` comes back in the reply event.
 * - `place-call`: place the call to `phone`.
 * - `reschedule-handoff`: open the reschedule dialog with this data.
 * - `record-closed`: the record left the desktop (`processed`, `rejected`, `declined`, `cancelled`),
 *   or a seized call was released before any record (`released`).
 * - `show-request-failure`: tell the agent that the server refused a request (or that it failed because
 *   the server withdrew its record).
 * - `show-no-records`: tell the agent that the preview request found no record.
 * - `callback-due`: a callback came due; its record is on the desktop.
 * - `wake`: deliver a `tick` at `at` (a timed-preview auto-dial deadline).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * function run(effect: outbound.interaction.InteractionEffect): void {
 *   if (effect.type === 'send-request') console.log(effect.request.kind, effect.request.requestId);
 * }
 * ```
 */
export type InteractionEffect =
  | SendRequestEffect
  | PlaceCallEffect
  | RescheduleHandoffEffect
  | RecordClosedEffect
  | ShowRequestFailureEffect
  | ShowNoRecordsEffect
  | CallbackDueEffect
  | WakeEffect;

/**
 * A callback came due and its record is on the desktop (show it as a callback: personal or campaign,
 * with the time it was scheduled for).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.CallbackDueEffect = { type: 'callback-due', handle: 101, callbackType: 'personal', dialSchedTime: 1_764_100_000, mode: 'preview' };
 * ```
 */
export interface CallbackDueEffect {
  /** Discriminant. */
  readonly type: 'callback-due';
  /** Record handle. */
  readonly handle: number;
  /** Personal or campaign callback. */
  readonly callbackType: CallbackType;
  /** When it was scheduled for, UTC epoch seconds. */
  readonly dialSchedTime: number;
  /** The campaign's dialing mode (preview modes: the agent dials; the others: the desktop dials at once). */
  readonly mode: DialingMode;
}

/**
 * Send a request to the server.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.SendRequestEffect = { type: 'send-request', request: { kind: 'reject', requestId: 'outbound-2', referenceId: 2, handle: 101 } };
 * ```
 */
export interface SendRequestEffect {
  /** Discriminant. */
  readonly type: 'send-request';
  /** The request. */
  readonly request: OutboundRequest;
}

/**
 * Place a call (the agent dialled, or a timed preview or a due callback dials by itself).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.PlaceCallEffect = { type: 'place-call', handle: 101, chainN: 0, phone: '5550100' };
 * ```
 */
export interface PlaceCallEffect {
  /** Discriminant. */
  readonly type: 'place-call';
  /** Record handle the call is for. */
  readonly handle: number;
  /** Chain number dialled. */
  readonly chainN: number;
  /** The number. */
  readonly phone: string;
}

/**
 * Open the reschedule dialog.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const handoff: outbound.interaction.RescheduleHandoff;
 * const e: outbound.interaction.RescheduleHandoffEffect = { type: 'reschedule-handoff', handoff };
 * ```
 */
export interface RescheduleHandoffEffect {
  /** Discriminant. */
  readonly type: 'reschedule-handoff';
  /** The data for the dialog. */
  readonly handoff: RescheduleHandoff;
}

/**
 * A record left the desktop, or a seized call went away without a record.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.RecordClosedEffect = { type: 'record-closed', handle: 101, callId: null, outcome: 'processed' };
 * ```
 */
export interface RecordClosedEffect {
  /** Discriminant. */
  readonly type: 'record-closed';
  /** Record handle, or `null` for a seized call that got no record. */
  readonly handle: number | null;
  /** Call id, or `null`. */
  readonly callId: string | null;
  /** Why (`cancelled-by-server` and `removed-by-server`: the server withdrew the record). */
  readonly outcome: 'processed' | 'rejected' | 'declined' | 'cancelled' | 'released' | 'cancelled-by-server' | 'removed-by-server';
  /** For a record the server withdrew: the text to show. */
  readonly reason?: string;
}

/**
 * Tell the agent that a request failed: the server refused it (`request-failed`), or the server withdrew
 * the record it was about (`record-removed`: reason `record-cancelled` or `record-removed`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const request: outbound.interaction.OutboundRequest;
 * const e: outbound.interaction.ShowRequestFailureEffect = { type: 'show-request-failure', request, reason: 'record not found' };
 * ```
 */
export interface ShowRequestFailureEffect {
  /** Discriminant. */
  readonly type: 'show-request-failure';
  /** The request. */
  readonly request: OutboundRequest;
  /** The server's reason, or `null`. */
  readonly reason: string | null;
}

/**
 * Tell the agent that the preview request found no record (the answer to it was `no-records`).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.interaction.ShowNoRecordsEffect = { type: 'show-no-records', campaign: null };
 * ```
 */
export interface ShowNoRecordsEffect {
  /** Discriminant. */
  readonly type: 'show-no-records';
  /** The campaign asked, or `null`. */
  readonly campaign: string | null;
}
