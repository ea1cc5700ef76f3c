import { accept, deepFreeze, refuse, type Refused, type Step } from '../../core/internal.js';
import type { RescheduleCode, RescheduleField } from './codes.js';
import type { RescheduleEffect } from './effects.js';
import type { RescheduleState } from './state.js';

/**
 * A step of the reschedule machine: accepted with the next state and effects, or refused with the same
 * state and a {@link RescheduleCode}.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const step: outbound.reschedule.RescheduleStep = outbound.reschedule.machine.transition(
 *   {} as outbound.reschedule.RescheduleState, { type: 'tick', at: 0 },
 * );
 * step.ok; // false: 'invalid-state'
 * ```
 */
export type RescheduleStep = Step<RescheduleState, RescheduleEffect, RescheduleCode>;

/** Accepts with the state patched and `lastAt` moved to `at`. */
export function update(state: RescheduleState, at: number, patch: Partial<RescheduleState>, effects: readonly RescheduleEffect[] = []): RescheduleStep {
  return accept<RescheduleState, RescheduleEffect>(deepFreeze({ ...state, ...patch, lastAt: at }), effects);
}

/** Refuses with a code and the offending field in `details.field`. */
export function refuseField(
  state: RescheduleState,
  code: RescheduleCode,
  field: RescheduleField | null,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): Refused<RescheduleState, RescheduleCode> {
  return refuse(state, code, message, field === null ? details : { field, ...details });
}
