import { ownField, refuse, refuseWith, type Step } from '../../core/internal.js';
import { isDialingMode, type DialingMode } from '../../core/internal.js';
import { chainOf } from '../records/chain.js';
import { isCallResult } from '../records/codes.js';
import { parseRecord } from '../records/parse.js';
import type { OutboundRecord } from '../records/record.js';
import {
  admissible,
  answeredResult,
  done,
  newSlot,
  removeSlot,
  replaceSlot,
  slotIndexByHandle,
  type Ev,
  type S,
  type X,
} from './shared.js';
import type { RecordSlot } from './state.js';

const SEIZING: readonly DialingMode[] = ['progressive-with-seizing', 'predictive-with-seizing', 'power-with-seizing'];

function pendingIndex(state: S, e: Ev, kind: string): number {
  const id = ownField(e, 'requestId');
  return state.pending.findIndex((p) => p.request.requestId === id && p.request.kind === kind);
}

function parse(state: S, data: unknown): OutboundRecord | Step<S, X> {
  const r = parseRecord(data, { fields: state.config.fields });
  return r.ok ? r.value : refuseWith(state, r.error);
}

function callId(e: Ev): string | undefined {
  const v = ownField(e, 'callId');
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** `preview-record` and `no-records`: the answers to a preview request. @internal */
export function previewAnswer(state: S, base: S, e: Ev, type: 'preview-record' | 'no-records'): Step<S, X> {
  const index = pendingIndex(state, e, 'preview-record');
  const pending = state.pending[index];
  if (!pending || pending.request.kind !== 'preview-record') return refuse(state, 'unknown-request', 'No pending preview request has that id.', undefined, '$.requestId');
  const rest = { ...base, pending: state.pending.filter((_, i) => i !== index) };
  if (type === 'no-records') {
    return done({ ...rest, noRecordsAt: base.lastAt }, [{ type: 'show-no-records', campaign: pending.request.campaign }]);
  }
  const record = parse(state, ownField(e, 'data'));
  if ('ok' in record) return record;
  const bad = admissible(state, record);
  if (bad) return bad;
  return done({ ...rest, slots: [...state.slots, newSlot(state, 'preview', 'preview', record, null)] });
}

/** `record-pushed`: a push-preview record offered to the agent. @internal */
export function recordPushed(state: S, base: S, e: Ev): Step<S, X> {
  const record = parse(state, ownField(e, 'data'));
  if ('ok' in record) return record;
  const bad = admissible(state, record);
  if (bad) return bad;
  return done({ ...base, slots: [...state.slots, newSlot(state, 'push-preview', 'offered', record, null)] });
}

/** `call-connected` and `call-seized`: automatic-mode calls. @internal */
export function automaticCall(state: S, base: S, e: Ev, type: 'call-connected' | 'call-seized'): Step<S, X> {
  const mode = ownField(e, 'mode');
  const id = callId(e);
  if (id === undefined) return refuse(state, 'invalid-event', '`callId` must be a non-empty string.', undefined, '$.callId');
  if (state.slots.some((s) => s.callId === id)) return refuse(state, 'invalid-event', 'A call with that id is already on the desktop.', undefined, '$.callId');
  if (!isDialingMode(mode) || mode === 'preview' || mode === 'push-preview') {
    return refuse(state, 'invalid-mode', 'An automatic call needs an automatic dialing mode.', undefined, '$.mode');
  }
  if (type === 'call-seized') {
    if (!SEIZING.includes(mode)) return refuse(state, 'invalid-mode', 'Only the seizing modes seize the agent first.', { mode }, '$.mode');
    return done({ ...base, slots: [...state.slots, newSlot(state, mode, 'seized', null, id)] });
  }
  const record = parse(state, ownField(e, 'data'));
  if ('ok' in record) return record;
  const bad = admissible(state, record);
  if (bad) return bad;
  return done({ ...base, slots: [...state.slots, newSlot(state, mode, 'connected', record, id)] });
}

/** `record-filled`: the contact of a seized call answered. @internal */
export function recordFilled(state: S, base: S, e: Ev): Step<S, X> {
  const id = callId(e);
  const index = state.slots.findIndex((s) => s.callId === id && s.phase === 'seized');
  const slot = state.slots[index];
  if (!slot) return refuse(state, 'unknown-call', 'No seized call has that id.', undefined, '$.callId');
  const record = parse(state, ownField(e, 'data'));
  if ('ok' in record) return record;
  const bad = admissible(state, record);
  if (bad) return bad;
  return done(replaceSlot(base, index, { ...newSlot(state, slot.mode, 'connected', record, slot.callId) }));
}

/** `chained-records`: the chain answering a chained-records request. @internal */
export function chainedRecords(state: S, base: S, e: Ev): Step<S, X> {
  const index = pendingIndex(state, e, 'chained-records');
  const pending = state.pending[index];
  if (!pending || pending.request.kind !== 'chained-records') return refuse(state, 'unknown-request', 'No pending chain request has that id.', undefined, '$.requestId');
  const handle = pending.request.handle;
  const slotIndex = slotIndexByHandle(state, handle);
  const slot = state.slots[slotIndex];
  const raw = ownField(e, 'records');
  if (!Array.isArray(raw)) return refuse(state, 'invalid-event', '`records` must be a list of record data.', undefined, '$.records');
  const parsed: OutboundRecord[] = [];
  for (const data of raw as unknown[]) {
    const r = parse(state, data);
    if ('ok' in r) return r;
    parsed.push(r);
  }
  const rest = { ...base, pending: state.pending.filter((_, i) => i !== index) };
  if (!slot?.record) return done(rest);
  const own = slot.record;
  const chain = chainOf([own, ...parsed.filter((r) => !state.processed.includes(r.handle))], own.chainId);
  return done(replaceSlot(rest, slotIndex, { ...slot, chain }));
}

function slotForCall(state: S, e: Ev): number {
  const handle = ownField(e, 'handle');
  if (handle !== undefined) return slotIndexByHandle(state, handle);
  const id = callId(e);
  return id === undefined ? -1 : state.slots.findIndex((s) => s.callId === id);
}

/** `call-established` and `call-ended` from telephony. @internal */
export function callProgress(state: S, base: S, e: Ev, type: 'call-established' | 'call-ended'): Step<S, X> {
  const index = slotForCall(state, e);
  const slot = state.slots[index];
  if (!slot) return refuse(state, 'unknown-record', 'No record or call on the desktop matches.');
  if (type === 'call-established') {
    if (slot.phase !== 'dialing') return refuse(state, 'event-not-allowed', `A ${slot.phase} record has no call being dialled.`);
    const next: RecordSlot = slot.callResultAuto ? { ...slot, phase: 'connected', callResult: answeredResult(state) } : { ...slot, phase: 'connected' };
    return done(replaceSlot(base, index, next));
  }
  const result = ownField(e, 'result');
  if (result !== undefined && !isCallResult(result)) return refuse(state, 'invalid-event', '`result` must be a call result name.', undefined, '$.result');
  if (slot.phase === 'seized') {
    return done(removeSlot(base, index), [{ type: 'record-closed', handle: null, callId: slot.callId, outcome: 'released' }]);
  }
  if (slot.phase !== 'dialing' && slot.phase !== 'connected') return refuse(state, 'event-not-allowed', `A ${slot.phase} record has no call.`);
  const auto = slot.callResultAuto && result !== undefined;
  return done(replaceSlot(base, index, { ...slot, phase: 'wrap-up', callResult: auto ? result : slot.callResult }));
}
