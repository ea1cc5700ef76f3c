import { selectorAt, selectorState } from '../../core/internal.js';
import { machine } from './machine.js';
import type { OutboundPermission } from './config.js';
import { permissionFor } from './agent.js';
import type { InteractionState, RecordSlot } from './state.js';
import { autoDialDue } from './timed-preview.js';

/** The state an interaction selector reads (internal): see `selectorState`. */
export function interactionState(fn: string, state: unknown): InteractionState {
  return selectorState(machine, `outbound.interaction.${fn}`, state);
}

/**
 * The state as the machine sees it at `at`: a timed-preview record whose deadline has passed is already
 * dialling (the next event dials it first). An `at` that is not a supported instant, or before the last
 * event, reads as the last event's instant.
 */
function settledAt(state: InteractionState, at: number): InteractionState {
  return autoDialDue(state, selectorAt(state.lastAt, at))[0];
}

/**
 * Which record actions the desktop should enable for one record right now (permission, phase and
 * pending requests all considered), so that an enabled button is never refused.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * declare const a: outbound.interaction.RecordActions;
 * if (a.markProcessed) console.log('Done is enabled');
 * ```
 */
export interface RecordActions {
  /** Accept a pushed record. */
  readonly accept: boolean;
  /** Decline a pushed record. */
  readonly decline: boolean;
  /** Dial the record's own number. */
  readonly dial: boolean;
  /** Dial another number of the chain (when the chain holds one). */
  readonly dialChain: boolean;
  /** Fetch the chain's other records. */
  readonly requestChain: boolean;
  /** Reject (back to the top of the list). */
  readonly reject: boolean;
  /** Cancel (out of the campaign). */
  readonly cancel: boolean;
  /** Update custom fields. */
  readonly updateFields: boolean;
  /** Choose the call result. */
  readonly setCallResult: boolean;
  /** Choose the disposition. */
  readonly setDisposition: boolean;
  /** Open Reschedule Callback. */
  readonly scheduleCallback: boolean;
  /** Mark do-not-call. */
  readonly doNotCall: boolean;
  /** Mark processed (Done). */
  readonly markProcessed: boolean;
}

const NONE: RecordActions = Object.freeze({
  accept: false, decline: false, dial: false, dialChain: false, requestChain: false, reject: false, cancel: false,
  updateFields: false, setCallResult: false, setDisposition: false, scheduleCallback: false, doNotCall: false, markProcessed: false,
});

function allowed(state: InteractionState, slot: RecordSlot, type: string, extra: Record<string, unknown> = {}): boolean {
  const permission: OutboundPermission | undefined = permissionFor(type, slot, extra);
  return permission === undefined || state.config.permissions.includes(permission);
}

/**
 * The enabled actions at `at` for the record with `handle` (all false when the desktop does not hold
 * it). A timed-preview record whose deadline has passed by `at` is seen as dialling, as the machine will
 * treat it.
 *
 * @throws RangeError when `state` is not an interaction state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.interaction.InteractionState;
 * outbound.interaction.recordActions(state, Date.now(), 101).dial; // true for a fresh preview record
 * ```
 */
export function recordActions(state: InteractionState, at: number, handle: number): RecordActions {
  const settled = settledAt(interactionState('recordActions', state), at);
  return actionsOf(settled, handle);
}

function actionsOf(state: InteractionState, handle: number): RecordActions {
  const slot = state.slots.find((s) => s.record?.handle === handle);
  if (!slot?.record) return NONE;
  const pending = state.pending.some((p) => 'handle' in p.request && p.request.handle === handle);
  const p = slot.phase;
  const free = !pending;
  const automatic = slot.mode !== 'preview' && slot.mode !== 'push-preview';
  const live = p === 'preview' || p === 'connected' || p === 'wrap-up' || p === 'dialing';
  const idle = p === 'preview' || p === 'wrap-up';
  const otherNumber = slot.chain.some((r) => r.chainN !== slot.record?.chainN);
  return {
    accept: p === 'offered' && free,
    decline: p === 'offered' && free && allowed(state, slot, 'decline'),
    dial: idle && free,
    dialChain: idle && free && otherNumber && allowed(state, slot, 'request-chain'),
    requestChain: live && free && allowed(state, slot, 'request-chain'),
    reject: free && allowed(state, slot, 'reject') && (p === 'preview' || (automatic && (p === 'connected' || p === 'wrap-up'))),
    cancel: (idle || p === 'offered') && free && allowed(state, slot, 'cancel'),
    updateFields: live && free && allowed(state, slot, 'update-fields') && state.config.fields.some((f) => f.readOnly !== true),
    setCallResult: live && allowed(state, slot, 'set-call-result'),
    setDisposition: live && state.config.dispositions.length > 0,
    scheduleCallback: (p === 'connected' || p === 'wrap-up') && free && allowed(state, slot, 'reschedule'),
    doNotCall: (p === 'preview' || p === 'connected' || p === 'wrap-up') && free && allowed(state, slot, 'do-not-call'),
    markProcessed: idle && free,
  };
}

/**
 * How many more preview records the agent may ask for at `at` (the configured cap minus those held or
 * asked; `Infinity` when `maxPreviewRecords` is -1, no limit).
 *
 * @throws RangeError when `state` is not an interaction state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.interaction.InteractionState;
 * const canAsk = outbound.interaction.previewCapacity(state, Date.now()) > 0 && state.config.permissions.includes('request-preview');
 * ```
 */
export function previewCapacity(state: InteractionState, at: number): number {
  state = settledAt(interactionState('previewCapacity', state), at);
  if (state.config.maxPreviewRecords === -1) return Number.POSITIVE_INFINITY;
  const held = state.slots.filter((s) => s.mode === 'preview').length + state.pending.filter((p) => p.request.kind === 'preview-record').length;
  return Math.max(0, state.config.maxPreviewRecords - held);
}
