import { accept, deepFreeze, refuse, type Refused, type Step } from '../../core/internal.js';
import type { RescheduleErrorCode, RescheduleField } from './codes.js';
import type { RescheduleEffect } from './effects.js';
import type { RescheduleState } from './state.js';

/** A step of the reschedule machine. */
export type RescheduleStep = Step<RescheduleState, RescheduleEffect>;

/** Accepts with the state patched and `lastAt` moved to `at`. */
export function update(state: RescheduleState, at: number, patch: Partial<RescheduleState>, effects: readonly RescheduleEffect[] = []): RescheduleStep {
  return accept<RescheduleState, RescheduleEffect>(deepFreeze({ ...state, ...patch, lastAt: at }), effects);
}

/** Refuses with an area code and the offending field. */
export function refuseField(
  state: RescheduleState,
  code: RescheduleErrorCode | 'event-not-allowed' | 'invalid-event',
  field: RescheduleField | null,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): Refused<RescheduleState> {
  return refuse(state, code, message, field === null ? details : { field, ...details });
}
