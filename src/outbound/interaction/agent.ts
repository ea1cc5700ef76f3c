import { ownField, refuse, refuseWith, type Step } from '../../core/internal.js';
import { codeOf, callResults, isCallResult } from '../records/codes.js';
import { checkFieldChanges } from '../records/fields.js';
import type { OutboundRecord } from '../records/record.js';
import type { OutboundPermission } from './config.js';
import type { ChainNumber } from './effects.js';
import { chainNumberOf } from '../reschedule-request.js';
import { can, denied, done, hasPending, replaceSlot, send, slotIndexByHandle, type Ev, type S, type X } from './shared.js';
import type { RecordPhase, RecordSlot } from './state.js';

/** `request-preview`. @internal */
export function requestPreview(state: S, base: S, e: Ev, at: number): Step<S, X> {
  if (!can(state, 'request-preview')) return denied(state, 'request-preview');
  const campaign = ownField(e, 'campaign');
  if (campaign !== undefined && (typeof campaign !== 'string' || campaign === '')) return refuse(state, 'invalid-event', '`campaign` must be a non-empty string.', undefined, '$.campaign');
  const held = state.slots.filter((s) => s.mode === 'preview').length + state.pending.filter((p) => p.request.kind === 'preview-record').length;
  if (state.config.maxPreviewRecords !== -1 && held >= state.config.maxPreviewRecords) {
    return refuse(state, 'preview-limit-reached', `At most ${state.config.maxPreviewRecords} preview record(s) at once.`, { max: state.config.maxPreviewRecords });
  }
  const [next, effect] = send(base, { kind: 'preview-record', campaign: campaign ?? null }, at);
  return done(next, [effect]);
}

/** Which permission an agent record event needs, if any. @internal */
export function permissionFor(type: string, slot: RecordSlot, e: Ev): OutboundPermission | undefined {
  switch (type) {
    case 'decline': return 'decline';
    case 'reject': return 'reject';
    case 'cancel': return 'cancel';
    case 'request-chain': return 'dial-chain';
    case 'schedule-callback':
    case 'reschedule': return 'reschedule';
    case 'update-fields': return 'update-fields';
    case 'set-call-result': return 'set-call-result';
    case 'do-not-call': return 'do-not-call';
    case 'dial': {
      const chainN = ownField(e, 'chainN');
      return chainN !== undefined && chainN !== slot.record?.chainN ? 'dial-chain' : undefined;
    }
    default: return undefined;
  }
}

const AUTOMATIC_REJECT: readonly RecordPhase[] = ['connected', 'wrap-up'];

function phaseAllows(type: string, slot: RecordSlot): boolean {
  const p = slot.phase;
  switch (type) {
    case 'accept':
    case 'decline': return p === 'offered';
    case 'reject': return p === 'preview' || (slot.mode !== 'preview' && slot.mode !== 'push-preview' && AUTOMATIC_REJECT.includes(p));
    case 'cancel': return p === 'preview' || p === 'wrap-up' || p === 'offered'; // offered: push-preview discard
    case 'mark-processed':
    case 'dial': return p === 'preview' || p === 'wrap-up';
    case 'schedule-callback':
    case 'reschedule': return p === 'connected' || p === 'wrap-up';
    case 'do-not-call': return p === 'preview' || p === 'connected' || p === 'wrap-up';
    default: return p !== 'offered' && p !== 'seized';
  }
}

const SENDS = new Set(['decline', 'reject', 'cancel', 'request-chain', 'reschedule', 'update-fields', 'do-not-call', 'mark-processed']);

function numberOf(r: OutboundRecord): ChainNumber {
  return chainNumberOf(r);
}

/** Every agent action on one record. @internal */
export function recordAction(state: S, base: S, e: Ev, type: string, at: number): Step<S, X> {
  const index = slotIndexByHandle(state, ownField(e, 'handle'));
  const slot = state.slots[index];
  if (!slot?.record) return refuse(state, 'unknown-record', 'No record with that handle on the desktop.', undefined, '$.handle');
  const record = slot.record;
  const permission = permissionFor(type, slot, e);
  if (permission !== undefined && !can(state, permission)) return denied(state, permission);
  if (!phaseAllows(type, slot)) {
    if ((type === 'mark-processed' || type === 'cancel' || type === 'dial') && (slot.phase === 'connected' || slot.phase === 'dialing')) {
      return refuse(state, 'call-in-progress', 'Not while the call is up.');
    }
    return refuse(state, 'event-not-allowed', `Not allowed on a ${slot.phase} ${slot.mode} record.`, { phase: slot.phase });
  }
  if (hasPending(state, record.handle) && (SENDS.has(type) || type === 'accept' || type === 'dial')) {
    return refuse(state, 'request-pending', `A request about record ${record.handle} is still pending.`);
  }
  const handle = record.handle;
  const put = (s: S, next: RecordSlot): S => replaceSlot(s, index, next);
  switch (type) {
    case 'accept':
      return done(put(base, { ...slot, phase: 'preview' }));
    case 'decline':
    case 'reject':
    case 'cancel':
    case 'request-chain': {
      const kind = type === 'decline' ? 'reject' : type === 'request-chain' ? 'chained-records' : type;
      const [next, effect] = send(base, { kind, handle }, at);
      return done(next, [effect]);
    }
    case 'schedule-callback':
      return done(base, [{ type: 'reschedule-handoff', handoff: { handle, campaignName: record.campaignName, timeZone: record.timeZone, currentChainN: slot.dialedChainN ?? record.chainN, numbers: slot.chain.map(numberOf), at } }]);
    case 'mark-processed': {
      const dialed = slot.chain.find((r) => r.chainN === slot.dialedChainN) ?? record;
      const [next, effect] = send(base, { kind: 'processed', handle, callResult: slot.callResult, callResultCode: codeOf(callResults, slot.callResult), disposition: slot.disposition, phone: dialed.phone, contactInfoType: dialed.contactInfoType }, at);
      return done(next, [effect]);
    }
    case 'dial': {
      const chainN = ownField(e, 'chainN') ?? record.chainN;
      const target = slot.chain.find((r) => r.chainN === chainN);
      if (!target) return refuse(state, 'not-in-chain', 'That chain number is not in the chain on the desktop.', { chainN }, '$.chainN');
      // A new attempt: an automatic result from an earlier one (or from the list) no longer applies.
      const fresh: RecordSlot = slot.callResultAuto ? { ...slot, callResult: 'unknown' } : slot;
      return done(put(base, { ...fresh, phase: 'dialing', dialedChainN: target.chainN }), [{ type: 'place-call', handle, chainN: target.chainN, phone: target.phone }]);
    }
    case 'update-fields': {
      const changes = checkFieldChanges(ownField(e, 'changes'), state.config.fields);
      if (!changes.ok) return refuseWith(state, changes.error);
      const [next, effect] = send(base, { kind: 'update', handle, fields: changes.value, callResult: slot.callResult }, at);
      return done(next, [effect]);
    }
    case 'set-call-result': {
      const value = ownField(e, 'value');
      if (!isCallResult(value) || !state.config.callResults.includes(value)) return refuse(state, 'call-result-not-offered', 'That call result is not offered.', undefined, '$.value');
      return done(put(base, { ...slot, callResult: value, callResultAuto: false }));
    }
    case 'set-disposition': {
      const value = ownField(e, 'value');
      if (value !== null && !state.config.dispositions.some((d) => d.code === value)) return refuse(state, 'unknown-disposition', 'That disposition is not offered.', undefined, '$.value');
      return done(put(base, { ...slot, disposition: value as string | null }));
    }
    case 'do-not-call': {
      const scope = ownField(e, 'scope');
      if (scope !== 'record' && scope !== 'chain') return refuse(state, 'invalid-event', '`scope` must be record or chain.', undefined, '$.scope');
      const [next, effect] = send(base, { kind: 'do-not-call', handle, scope }, at);
      return done(next, [effect]);
    }
    default:
      return reschedule(state, base, e, slot, at);
  }
}

function reschedule(state: S, base: S, e: Ev, slot: RecordSlot, at: number): Step<S, X> {
  const handle = slot.record?.handle ?? -1;
  const callbackType = ownField(e, 'callbackType');
  const time = ownField(e, 'dialSchedTime');
  const phone = ownField(e, 'phone');
  const chainN = ownField(e, 'chainN') ?? null;
  if (callbackType !== 'personal' && callbackType !== 'campaign') return refuse(state, 'invalid-event', '`callbackType` must be personal or campaign.', undefined, '$.callbackType');
  if (typeof time !== 'number' || !Number.isSafeInteger(time)) return refuse(state, 'invalid-event', '`dialSchedTime` must be integer epoch seconds.', undefined, '$.dialSchedTime');
  if (time * 1000 <= at) return refuse(state, 'time-in-past', 'The callback time must be in the future.', { dialSchedTime: time }, '$.dialSchedTime');
  if (typeof phone !== 'string' || phone.trim() === '') return refuse(state, 'invalid-event', '`phone` must be a non-empty number.', undefined, '$.phone');
  if (chainN !== null && !slot.chain.some((r) => r.chainN === chainN)) return refuse(state, 'not-in-chain', 'That chain number is not in the chain on the desktop.', { chainN }, '$.chainN');
  const [next, effect] = send(base, { kind: 'reschedule', handle, callbackType, dialSchedTime: time, phone, chainN: chainN as number | null }, at);
  return done(next, [effect]);
}
