import { selectorAt, selectorState, type WakeEffect } from '../../core/internal.js';
import { machine } from './machine.js';
import type { InteractionState, RecordSlot } from './state.js';
import type { S, X } from './shared.js';

/** Seconds of timed preview, 0 when off. @internal */
export function timedSeconds(state: S): number {
  return state.config.timedPreviewAutoDial ?? 0;
}

/**
 * Arms the timed preview on every record that has just come into `preview` (a new preview record, an
 * accepted push-preview record, a callback due in a preview mode): its `autoDialAt` is set and a `wake`
 * asked for. A record that was already in preview keeps its timer (or its disarmed timer). @internal
 */
export function arm(before: S, after: S, at: number): [S, X[]] {
  const seconds = timedSeconds(after);
  if (seconds <= 0) return [after, []];
  const wakes: X[] = [];
  const slots = after.slots.map((slot): RecordSlot => {
    if (slot.phase !== 'preview' || slot.record === null || slot.autoDialAt !== null) return slot;
    const handle = slot.record.handle;
    if (before.slots.some((b) => b.record?.handle === handle && b.phase === 'preview')) return slot;
    const due = at + seconds * 1000;
    wakes.push({ type: 'wake', at: due } satisfies WakeEffect);
    return { ...slot, autoDialAt: due };
  });
  return wakes.length === 0 ? [after, []] : [{ ...after, slots }, wakes];
}

/** The agent acted on the record: its timed preview no longer dials it. @internal */
export function disarm(state: S, handle: unknown): S {
  if (!state.slots.some((s) => s.record?.handle === handle && s.autoDialAt !== null)) return state;
  return { ...state, slots: state.slots.map((s) => (s.record?.handle === handle ? { ...s, autoDialAt: null } : s)) };
}

/** Dials every previewed record whose timer has run out by `at` (as a punctual tick would have). @internal */
export function autoDialDue(state: S, at: number): [S, X[]] {
  const effects: X[] = [];
  const slots = state.slots.map((slot): RecordSlot => {
    if (slot.autoDialAt === null || slot.autoDialAt > at || slot.phase !== 'preview' || slot.record === null) return slot;
    const record = slot.record;
    effects.push({ type: 'place-call', handle: record.handle, chainN: record.chainN, phone: record.phone });
    return { ...slot, phase: 'dialing', dialedChainN: record.chainN, autoDialAt: null, callResult: slot.callResultAuto ? 'unknown' : slot.callResult };
  });
  return effects.length === 0 ? [state, []] : [{ ...state, slots }, effects];
}

/** The `wake` for the earliest armed timer, if any. @internal */
export function nextWake(state: S): X[] {
  const due = state.slots.map((s) => s.autoDialAt).filter((t): t is number => t !== null);
  return due.length === 0 ? [] : [{ type: 'wake', at: Math.min(...due) }];
}

/**
 * The timed-preview countdown of the record with `handle`: milliseconds left before it dials itself
 * (never negative), or `null` when timed preview is off for it (not configured, not in preview, or the
 * agent already acted). An `at` before the state's last event (or not an instant) counts as that instant.
 *
 * @throws RangeError when `state` is not an interaction state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const state: outbound.interaction.InteractionState;
 * const left = outbound.interaction.autoDialCountdown(state, Date.now(), 101);
 * if (left !== null) console.log(`dialling in ${Math.ceil(left / 1000)} s`);
 * ```
 */
export function autoDialCountdown(state: InteractionState, at: number, handle: number): number | null {
  state = selectorState(machine, 'outbound.interaction.autoDialCountdown', state);
  const slot = state.slots.find((s) => s.record?.handle === handle);
  if (slot?.autoDialAt == null || slot.phase !== 'preview') return null;
  return Math.max(0, slot.autoDialAt - selectorAt(state.lastAt, at));
}
