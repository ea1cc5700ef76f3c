import type { RescheduleRequest } from '../reschedule-request.js';

/**
 * Sent once, at Done: the reschedule request for the server (`outbound.RescheduleRequest`, OCS
 * `RecordReschedule`), pending until `request-acknowledged` or `request-failed` names its id as `requestId`.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const effect: outbound.reschedule.SendRequestEffect = {
 *   type: 'send-request',
 *   request: { kind: 'reschedule', requestId: 'reschedule-1', referenceId: 1, handle: 101, callbackType: 'campaign', dialSchedTime: 1_764_082_800, phone: '+16175550100', chainN: 0 },
 * };
 * ```
 */
export interface SendRequestEffect {
  /** Discriminant. */
  readonly type: 'send-request';
  /** The request to send. */
  readonly request: RescheduleRequest;
}

/**
 * Asks the host to hang up the outbound call (End Call).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const e: outbound.reschedule.HangUpEffect = { type: 'hang-up', recordHandle: 101 };
 * ```
 */
export interface HangUpEffect {
  /** Discriminant. */
  readonly type: 'hang-up';
  /** The record whose call to release. */
  readonly recordHandle: number;
}

/**
 * Every effect the reschedule machine emits.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * function run(effect: outbound.reschedule.RescheduleEffect): void {
 *   if (effect.type === 'send-request') console.log(effect.request.dialSchedTime);
 * }
 * ```
 */
export type RescheduleEffect = SendRequestEffect | HangUpEffect;
