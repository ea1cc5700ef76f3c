import { accept, deepFreeze, refuse, requestId, type Step } from '../../core/internal.js';
import type { DialingMode } from '../../core/internal.js';
import type { CallResult } from '../records/codes.js';
import type { OutboundRecord } from '../records/record.js';
import type { OutboundPermission } from './config.js';
import type { InteractionEffect } from './effects.js';
import type { OutboundRequest } from './requests.js';
import type { InteractionState, RecordPhase, RecordSlot } from './state.js';

/** @internal */
export type S = InteractionState;
/** @internal */
export type X = InteractionEffect;
/** @internal */
export type Ev = Readonly<Record<string, unknown>>;

/** Distributes Omit over a union. @internal */
export type RequestBody = OutboundRequest extends infer R ? (R extends OutboundRequest ? Omit<R, 'requestId' | 'referenceId'> : never) : never;

/** @internal */
export function done(state: S, effects: readonly X[] = []): Step<S, X> {
  return accept(deepFreeze(state), effects);
}

/** Adds a request with the next id to the state's pending list; returns the state and the send effect. @internal */
export function send(state: S, body: RequestBody, at: number): [S, X] {
  const seq = state.requestCount + 1;
  const request = { ...body, requestId: requestId('outbound', seq), referenceId: seq } as OutboundRequest;
  return [{ ...state, requestCount: seq, pending: [...state.pending, { request, sentAt: at }] }, { type: 'send-request', request }];
}

/** @internal */
export function can(state: S, permission: OutboundPermission): boolean {
  return state.config.permissions.includes(permission);
}

/** @internal */
export function denied(state: S, permission: OutboundPermission): Step<S, X> {
  return refuse(state, 'permission-denied', `The agent may not ${permission}.`, { permission });
}

/** @internal */
export function slotIndexByHandle(state: S, handle: unknown): number {
  return typeof handle === 'number' ? state.slots.findIndex((s) => s.record?.handle === handle) : -1;
}

/** @internal */
export function replaceSlot(state: S, index: number, slot: RecordSlot): S {
  return { ...state, slots: state.slots.map((s, i) => (i === index ? slot : s)) };
}

/** @internal */
export function removeSlot(state: S, index: number): S {
  return { ...state, slots: state.slots.filter((_, i) => i !== index) };
}

/** True when a request about the record is waiting. @internal */
export function hasPending(state: S, handle: number): boolean {
  return state.pending.some((p) => 'handle' in p.request && p.request.handle === handle);
}

/** The call result chosen automatically when the contact answers. @internal */
export function answeredResult(state: S): CallResult {
  return state.config.defaultCallResult;
}

/** @internal */
export function newSlot(state: S, mode: DialingMode, phase: RecordPhase, record: OutboundRecord | null, callId: string | null): RecordSlot {
  const connected = phase === 'connected';
  return {
    mode,
    phase,
    record,
    callId,
    chain: record ? [record] : [],
    dialedChainN: connected && record ? record.chainN : null,
    callResult: connected ? answeredResult(state) : (record?.callResult ?? 'unknown'),
    callResultAuto: true,
    disposition: state.config.defaultDisposition,
    doNotCall: null,
    rescheduled: null,
    callback: null,
    autoDialAt: null,
  };
}

/** Refuses a record the desktop holds or has finished. @internal */
export function admissible(state: S, record: OutboundRecord): Step<S, X> | undefined {
  if (state.processed.includes(record.handle)) {
    return refuse(state, 'record-already-processed', `Record ${record.handle} was processed already.`, { handle: record.handle });
  }
  if (slotIndexByHandle(state, record.handle) >= 0) {
    return refuse(state, 'record-already-held', `Record ${record.handle} is already on the desktop.`, { handle: record.handle });
  }
  return undefined;
}
