import { fromCode, type WebCallbackCode } from './codes.js';
import { accept, deepFreeze, refuse, requestId, type Step } from '../core/internal.js';
import type { WebCallbackEffect } from './effects.js';
import { freshView } from './start.js';
import type { Notification, PendingRequest, Schedule, WebCallbackState } from './state.js';
import { validateDraft } from './validate.js';
import { windowOf } from './window.js';

type Out = Step<WebCallbackState, WebCallbackEffect, WebCallbackCode>;

/** The prefix of reschedule request ids: `webcallback-reschedule-1`, `-2`, ... */
export const REQUEST_PREFIX = 'webcallback-reschedule';

/**
 * `done`: commits what X set, judged again now: the request, a `wake` at the new start (unless the
 * server re-delivers the interaction from a reschedule queue), and the cancel of an earlier
 * notification. @internal
 */
export function done(state: WebCallbackState, at: number): Out {
  if (state.pending !== null) {
    return refuse(state, 'request-pending', `Reschedule request ${state.pending.requestId} awaits the server's answer.`, {
      requestId: state.pending.requestId,
    });
  }
  if (!state.view.set) {
    return refuse(state, 'reschedule-not-set', 'Set the new time in the Reschedule Callback view and close it with X first.', {
      errors: state.view.errors,
    });
  }
  // Time has passed since the view was closed: judge the values again now.
  const errors = validateDraft(state.view.draft, state, at);
  const first = errors[0];
  if (first !== undefined) return refuse(state, first.code, first.message, { field: first.field, errors });
  const queue = state.config.rescheduleQueue;
  const window = windowOf(state.view.draft, state.zone, state.config.policy);
  if (!window.ok) return refuse(state, fromCode(window.error.code), window.error.message, { field: 'from' });
  const schedule: Schedule = { start: window.value.start, end: window.value.end, number: state.view.draft.to };
  const id = requestId(REQUEST_PREFIX, state.requestCount + 1);
  const effects: WebCallbackEffect[] = [];
  const earlier = state.notification;
  if (earlier !== null && earlier.status === 'armed') {
    effects.push({ type: 'cancel-notification', requestId: earlier.requestId, interactionId: state.interactionId, due: earlier.due });
  }
  effects.push({ type: 'send-request', request: { kind: 'reschedule', requestId: id, interactionId: state.interactionId, ...schedule, rescheduleQueue: queue } });
  if (queue === null) effects.push({ type: 'wake', at: schedule.start });
  const pending: PendingRequest = { requestId: id, ...schedule, sentAt: at, replaced: earlier, previous: state.scheduled };
  const notification: Notification = { requestId: id, ...schedule, due: schedule.start, status: 'armed', delivery: queue === null ? 'local' : 'server' };
  const view = { ...freshView(schedule, state.zone), draft: state.view.draft, month: state.view.month };
  return accept(
    deepFreeze({ ...state, lastAt: at, view, requestCount: state.requestCount + 1, pending, notification, outcome: null }),
    effects,
  );
}

function pendingFor(state: WebCallbackState, id: unknown): PendingRequest | null {
  return state.pending !== null && state.pending.requestId === id ? state.pending : null;
}

/** `request-acknowledged`: the pending request is now the schedule. @internal */
export function acknowledged(state: WebCallbackState, at: number, id: unknown): Out {
  const pending = pendingFor(state, id);
  if (pending === null) return refuse(state, 'unknown-request', 'No pending request has that id.', undefined, '$.requestId');
  const scheduled: Schedule = { start: pending.start, end: pending.end, number: pending.number };
  const outcome = { requestId: pending.requestId, status: 'acknowledged' as const, code: null, reason: null, at };
  return accept(deepFreeze({ ...state, lastAt: at, scheduled, pending: null, outcome }));
}

/** `request-failed`: the earlier schedule and its notification stay in force. @internal */
export function failed(state: WebCallbackState, at: number, id: unknown, code: unknown, reason: unknown): Out {
  const pending = pendingFor(state, id);
  if (pending === null) return refuse(state, 'unknown-request', 'No pending request has that id.', undefined, '$.requestId');
  const effects: WebCallbackEffect[] = [];
  const mine = state.notification;
  if (mine !== null && mine.requestId === pending.requestId && mine.status === 'armed') {
    effects.push({ type: 'cancel-notification', requestId: mine.requestId, interactionId: state.interactionId, due: mine.due });
  }
  // The server keeps the earlier schedule: its notification (if it had not been shown) is armed again.
  const restored = mine !== null && mine.requestId === pending.requestId ? pending.replaced : mine;
  if (restored !== null && restored.status === 'armed' && restored.delivery === 'local') effects.push({ type: 'wake', at: restored.due });
  const outcome = {
    requestId: pending.requestId,
    status: 'failed' as const,
    code: typeof code === 'string' ? code.slice(0, 80) : null,
    reason: typeof reason === 'string' ? reason.slice(0, 2_000) : null,
    at,
  };
  return accept(deepFreeze({ ...state, lastAt: at, pending: null, notification: restored, outcome }), effects);
}

function show(state: WebCallbackState, at: number, n: Notification, delivery: 'local' | 'server'): Out {
  const shown: Notification = { ...n, status: 'shown' };
  return accept(deepFreeze({ ...state, lastAt: at, notification: shown }), [
    { type: 'show-notification', requestId: n.requestId, interactionId: state.interactionId, start: n.start, end: n.end, number: n.number, delivery },
  ]);
}

/** `tick`: shows an armed local notification once, at or after its due time. @internal */
export function tick(state: WebCallbackState, at: number): Out {
  const n = state.notification;
  if (n === null || n.status !== 'armed' || n.delivery !== 'local' || at < n.due) return accept(deepFreeze({ ...state, lastAt: at }));
  return show(state, at, n, 'local');
}

/**
 * `callback-delivered`: the server re-delivered the rescheduled interaction (from the reschedule
 * queue): its notification is shown now, once; a local timer set for it no longer shows it. @internal
 */
export function delivered(state: WebCallbackState, at: number): Out {
  const n = state.notification;
  if (n === null || n.status !== 'armed') return refuse(state, 'nothing-to-deliver', 'No rescheduled notification awaits delivery.');
  return show(state, at, n, 'server');
}
