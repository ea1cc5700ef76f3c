import { ownField, requestId } from '../../core/internal.js';
import type { RescheduleRequest } from '../reschedule-request.js';
import { assess } from './evaluate.js';
import type { RescheduleState } from './state.js';
import { refuseField, update, type RescheduleStep } from './update.js';

type Fields = Readonly<Record<string, unknown>>;

/** End Call: the host hangs up. */
export function endCall(state: RescheduleState, at: number): RescheduleStep {
  if (state.call === 'ended') return refuseField(state, 'event-not-allowed', 'call', 'The call has already ended.');
  return update(state, at, { call: 'ended' }, [{ type: 'hang-up', recordHandle: state.config.recordHandle }]);
}

/** The call ended by itself. */
export function callEnded(state: RescheduleState, at: number): RescheduleStep {
  if (state.call === 'ended') return refuseField(state, 'event-not-allowed', 'call', 'The call has already ended.');
  return update(state, at, { call: 'ended' });
}

/**
 * Done: refused with the first problem (see `assess`), otherwise the reschedule request is sent
 * (`send-request`) and the state waits for the server.
 */
export function done(state: RescheduleState, at: number): RescheduleStep {
  const { resolved, number, errors } = assess(state, at);
  const first = errors[0];
  if (first !== undefined) return refuseField(state, first.code, first.field, first.message, first.details ?? {});
  if (resolved === null || number === null) return refuseField(state, 'no-number', 'number', 'Choose a number to call back.');
  const sequence = state.requests + 1;
  const request: RescheduleRequest = {
    kind: 'reschedule',
    requestId: requestId('reschedule', sequence),
    referenceId: sequence,
    handle: state.config.recordHandle,
    callbackType: state.personal ? 'personal' : 'campaign',
    dialSchedTime: Math.floor(resolved.at / 1000),
    phone: number.phone,
    chainN: number.chainN,
  };
  return update(state, at, { phase: 'pending', requests: sequence, request, failure: null }, [{ type: 'send-request', request }]);
}

function pendingId(state: RescheduleState, event: Fields): string | null {
  const id = ownField(event, 'requestId');
  return typeof id === 'string' && state.request !== null && state.request.requestId === id ? id : null;
}

/** The server acknowledged the request: the button shows "rescheduled". */
export function acknowledged(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  if (state.phase !== 'pending' || pendingId(state, event) === null) {
    return refuseField(state, 'unknown-request', 'request', 'No pending reschedule request has that id.', { requestId: ownField(event, 'requestId') });
  }
  return update(state, at, { phase: 'rescheduled' });
}

/** The server refused the request: back to editing, with the reason. */
export function failed(state: RescheduleState, at: number, event: Fields): RescheduleStep {
  const id = state.phase === 'pending' ? pendingId(state, event) : null;
  if (id === null) {
    return refuseField(state, 'unknown-request', 'request', 'No pending reschedule request has that id.', { requestId: ownField(event, 'requestId') });
  }
  const code = ownField(event, 'code');
  const message = ownField(event, 'message');
  return update(state, at, {
    phase: 'editing',
    request: null,
    failure: {
      requestId: id,
      code: typeof code === 'string' && code.length > 0 ? code.slice(0, 64) : 'server-error',
      message: typeof message === 'string' ? message.slice(0, 500) : 'The server refused the reschedule.',
    },
  });
}
