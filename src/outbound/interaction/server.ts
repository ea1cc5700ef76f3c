import { ownField, refuse, refuseWith, type Step } from '../../core/internal.js';
import { isDialingMode } from '../../core/internal.js';
import { callResults, codeOf } from '../records/codes.js';
import { parseRecord } from '../records/parse.js';
import { admissible, done, newSlot, removeSlot, replaceSlot, send, slotIndexByHandle, type Ev, type S, type X } from './shared.js';
import type { RecordSlot } from './state.js';

const PREVIEWED = new Set(['preview', 'push-preview']);

/**
 * `scheduled-call` (OCS `ScheduledCall`): a personal or campaign callback came due and the server delivers
 * its record to the agent. In the preview modes the agent previews it and dials; in the automatic modes the
 * desktop dials it at once. The slot keeps the callback (`callback`) so the desktop can show it as one.
 * @internal
 */
export function scheduledCall(state: S, base: S, e: Ev): Step<S, X> {
  const mode = ownField(e, 'mode');
  const callbackType = ownField(e, 'callbackType');
  const time = ownField(e, 'dialSchedTime');
  if (!isDialingMode(mode)) return refuse(state, 'invalid-mode', 'A scheduled call needs the campaign\'s dialing mode.', undefined, '$.mode');
  if (callbackType !== 'personal' && callbackType !== 'campaign') return refuse(state, 'invalid-event', '`callbackType` must be personal or campaign.');
  if (typeof time !== 'number' || !Number.isSafeInteger(time) || time < 0) return refuse(state, 'invalid-event', '`dialSchedTime` must be integer epoch seconds.');
  const parsed = parseRecord(ownField(e, 'data'), { fields: state.config.fields });
  if (!parsed.ok) return refuseWith(state, parsed.error);
  const record = parsed.value;
  const bad = admissible(state, record);
  if (bad) return bad;
  const callback = { callbackType, dialSchedTime: time } as const;
  const notice: X = { type: 'callback-due', handle: record.handle, callbackType, dialSchedTime: time, mode };
  if (PREVIEWED.has(mode)) {
    return done({ ...base, slots: [...state.slots, { ...newSlot(state, mode, 'preview', record, null), callback }] }, [notice]);
  }
  const slot: RecordSlot = { ...newSlot(state, mode, 'dialing', record, null), callback, dialedChainN: record.chainN, callResult: 'unknown' };
  return done({ ...base, slots: [...state.slots, slot] }, [notice, { type: 'place-call', handle: record.handle, chainN: record.chainN, phone: record.phone }]);
}

/**
 * `callback-unavailable`: the host reports that the agent cannot take the callback that came due (not
 * ready, on another call): the record is marked processed with call result 47, agent callback error, so
 * that OCS applies its treatment for it.
 * @internal
 */
export function callbackUnavailable(state: S, base: S, e: Ev, at: number): Step<S, X> {
  const index = slotIndexByHandle(state, ownField(e, 'handle'));
  const slot = state.slots[index];
  if (!slot?.record) return refuse(state, 'unknown-record', 'No record with that handle on the desktop.', undefined, '$.handle');
  if (slot.callback === null) return refuse(state, 'event-not-allowed', 'Only a callback that came due can be reported unavailable.');
  if (slot.phase !== 'preview' && slot.phase !== 'dialing') return refuse(state, 'event-not-allowed', `Not on a ${slot.phase} callback.`, { phase: slot.phase });
  if (state.pending.some((p) => 'handle' in p.request && p.request.handle === slot.record?.handle)) {
    return refuse(state, 'request-pending', `A request about record ${slot.record.handle} is still pending.`);
  }
  const record = slot.record;
  const marked = replaceSlot(base, index, { ...slot, phase: 'wrap-up', callResult: 'agent-callback-error', callResultAuto: false, autoDialAt: null });
  const [next, effect] = send(marked, {
    kind: 'processed',
    handle: record.handle,
    callResult: 'agent-callback-error',
    callResultCode: codeOf(callResults, 'agent-callback-error'),
    disposition: slot.disposition,
    phone: record.phone,
    contactInfoType: record.contactInfoType,
  }, at);
  return done(next, [effect]);
}

/**
 * `record-removed`: the server cancelled or removed a record the agent holds (OCS unsolicited
 * notification). The record leaves with a visible reason; every request still pending about it fails
 * with `record-<cause>`, and a late answer to one of them is refused as `unknown-request`.
 * @internal
 */
export function recordRemoved(state: S, base: S, e: Ev): Step<S, X> {
  const cause = ownField(e, 'cause');
  const reason = ownField(e, 'reason');
  if (cause !== 'cancelled' && cause !== 'removed') return refuse(state, 'invalid-event', '`cause` must be cancelled or removed.');
  if (reason !== undefined && typeof reason !== 'string') return refuse(state, 'invalid-event', '`reason` must be a string when given.');
  const index = slotIndexByHandle(state, ownField(e, 'handle'));
  const slot = state.slots[index];
  if (!slot?.record) return refuse(state, 'unknown-record', 'No record with that handle on the desktop.', undefined, '$.handle');
  const handle = slot.record.handle;
  const about = (p: S['pending'][number]): boolean => 'handle' in p.request && p.request.handle === handle;
  const failed: X[] = state.pending.filter(about).map((p) => ({ type: 'show-request-failure', request: p.request, reason: `record-${cause}` }));
  const text = reason !== undefined && reason.trim() !== '' ? reason.trim().slice(0, 500) : cause === 'cancelled' ? 'The server cancelled this record.' : 'The server removed this record.';
  const next: S = { ...removeSlot(base, index), pending: state.pending.filter((p) => !about(p)) };
  return done(next, [...failed, { type: 'record-closed', handle, callId: slot.callId, outcome: cause === 'cancelled' ? 'cancelled-by-server' : 'removed-by-server', reason: text }]);
}
