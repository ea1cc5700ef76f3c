import { ownField, refuse, type Step } from '../../core/internal.js';
import { done, removeSlot, replaceSlot, slotIndexByHandle, type Ev, type S, type X } from './shared.js';
import type { RecordSlot } from './state.js';

/** `request-acknowledged` and `request-failed`. @internal */
export function requestAnswer(state: S, base: S, e: Ev, type: 'request-acknowledged' | 'request-failed'): Step<S, X> {
  const id = ownField(e, 'requestId');
  const index = state.pending.findIndex((p) => p.request.requestId === id);
  const pending = state.pending[index];
  if (!pending) return refuse(state, 'unknown-request', 'No pending request has that id.', undefined, '$.requestId');
  const request = pending.request;
  const rest: S = { ...base, pending: state.pending.filter((_, i) => i !== index) };
  if (type === 'request-failed') {
    const reason = ownField(e, 'reason');
    return done(rest, [{ type: 'show-request-failure', request, reason: typeof reason === 'string' ? reason : null }]);
  }
  if (request.kind === 'preview-record' || request.kind === 'chained-records') {
    return refuse(state, 'unknown-request', `A ${request.kind} request is answered with its records, not a bare acknowledgement.`, { kind: request.kind }, '$.requestId');
  }
  const slotIndex = slotIndexByHandle(state, request.handle);
  const slot = state.slots[slotIndex];
  if (!slot?.record) return done(rest);
  const record = slot.record;
  const put = (next: RecordSlot): Step<S, X> => done(replaceSlot(rest, slotIndex, next));
  switch (request.kind) {
    case 'reject':
      return done(removeSlot(rest, slotIndex), [{ type: 'record-closed', handle: record.handle, callId: slot.callId, outcome: slot.phase === 'offered' ? 'declined' : 'rejected' }]);
    case 'cancel':
      return done(removeSlot(rest, slotIndex), [{ type: 'record-closed', handle: record.handle, callId: slot.callId, outcome: 'cancelled' }]);
    case 'processed':
      return done({ ...removeSlot(rest, slotIndex), processed: [...rest.processed, record.handle] }, [
        { type: 'record-closed', handle: record.handle, callId: slot.callId, outcome: 'processed' },
      ]);
    case 'do-not-call':
      return put({ ...slot, doNotCall: request.scope, callResult: 'do-not-call', callResultAuto: false });
    case 'reschedule':
      return put({ ...slot, rescheduled: { callbackType: request.callbackType, dialSchedTime: request.dialSchedTime, phone: request.phone } });
    case 'update': {
      const updated = { ...record, fields: { ...record.fields, ...request.fields } };
      return put({ ...slot, record: updated, chain: slot.chain.map((r) => (r.handle === updated.handle ? updated : r)) });
    }
  }
}
