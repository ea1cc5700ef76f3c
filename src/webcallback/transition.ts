import { checkEnvelope, isRecord, ownField, refuse, refuseWith, type Step } from '../core/internal.js';
import type { WebCallbackCode } from './codes.js';
import type { WebCallbackEffect } from './effects.js';
import type { WebCallbackEvent } from './events.js';
import { close, open, stepField, setDuration, setFrom, setOn, setReschedule, setTill, setTo, showMonth } from './edits.js';
import { acknowledged, delivered, done, failed, tick } from './lifecycle.js';
import type { WebCallbackState } from './state.js';

/**
 * Applies one event to a web callback's reschedule state. Pure and total: any event gives a Step,
 * refused events (stable codes, see {@link WebCallbackCode}) hand back the same state object.
 *
 * - `open` / `close` (X): closing with the check box ticked and valid values sets the reschedule (the
 *   button shows Rescheduled Callback); invalid values stay in the view and a `show-errors` effect
 *   lists why.
 * - `set-reschedule` ticks the check box; unticking abandons the new values.
 * - `set-on`, `show-month`, `set-from`, `set-till`, `step-time`, `set-duration`, `set-to` edit the view
 *   (open and ticked).
 * - `done` commits: a `send-request` effect (a `reschedule` request) and, unless the configuration
 *   names a `rescheduleQueue`, a `wake` at the new start (and a `cancel-notification` for an earlier
 *   reschedule's notification not yet shown).
 * - `request-acknowledged` / `request-failed` answer the pending request.
 * - `tick` at or after the new start emits `show-notification` once (the local notification);
 *   `callback-delivered` (the server re-delivered the interaction) emits it at once instead.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * declare let state: webcallback.WebCallbackState;
 * const at = Date.UTC(2026, 10, 24, 13);
 * for (const event of [
 *   { type: 'open', at },
 *   { type: 'set-reschedule', at, checked: true },
 *   { type: 'set-on', at, date: '2026-11-25', via: 'picked' },
 *   { type: 'set-from', at, time: '10:00' },
 *   { type: 'close', at },
 *   { type: 'done', at },
 * ] as const) {
 *   const step = webcallback.machine.transition(state, event);
 *   if (!step.ok) throw new Error(step.error.code);
 *   state = step.state;
 * }
 * ```
 */
export function transition(state: WebCallbackState, event: WebCallbackEvent): Step<WebCallbackState, WebCallbackEffect, WebCallbackCode> {
  const envelope = checkEnvelope(event, state.lastAt);
  if (envelope) return refuseWith(state, envelope);
  const e = event as unknown as Readonly<Record<string, unknown>>;
  const at = ownField(e, 'at') as number;
  const field = (key: string): unknown => (isRecord(e) ? ownField(e, key) : undefined);
  switch (ownField(e, 'type')) {
    case 'open':
      return open(state, at);
    case 'close':
      return close(state, at);
    case 'set-reschedule':
      return setReschedule(state, at, field('checked'));
    case 'set-on':
      return setOn(state, at, field('date'));
    case 'show-month':
      return showMonth(state, at, field('year'), field('month'));
    case 'set-from':
      return setFrom(state, at, field('time'));
    case 'set-till':
      return setTill(state, at, field('time'));
    case 'step-time':
      return stepField(state, at, field('field'), field('unit'), field('direction'), field('step'));
    case 'set-duration':
      return setDuration(state, at, field('minutes'));
    case 'set-to':
      return setTo(state, at, field('number'));
    case 'done':
      return done(state, at);
    case 'request-acknowledged':
      return acknowledged(state, at, field('requestId'));
    case 'request-failed':
      return failed(state, at, field('requestId'), field('code'), field('reason'));
    case 'callback-delivered':
      return delivered(state, at);
    case 'tick':
      return tick(state, at);
    default:
      return refuse(state, 'unknown-event', 'Unknown web callback event type.', undefined, '$.type');
  }
}
