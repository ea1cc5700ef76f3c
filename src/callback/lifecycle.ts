import { accept, checkEnvelope, deepFreeze, isInstant, isRecord, ownField, refuse, refuseWith, rejection, requestId, selectorState, type Rejection, type Step } from '../core/internal.js';
import { machine as lifecycleMachine } from './lifecycle-machine.js';
import { isoUtc } from '../time/index.js';
import type { LifecycleCode } from './codes.js';
import {
  callbackStatuses,
  completionReasons,
  dialResults,
  type CallbackStatus,
  type CompletionReason,
  type DialResult,
  type LifecycleEffect,
  type LifecycleEvent,
  type LifecycleInput,
  type LifecycleState,
} from './lifecycle-types.js';

type Raw = Readonly<Record<string, unknown>>;
type Outcome = { state: LifecycleState; effects: LifecycleEffect[] } | Rejection;

const UNUSABLE: LifecycleState = deepFreeze({
  version: 1,
  lastAt: 0,
  callbackId: '',
  status: 'completed',
  desiredAt: null,
  reason: 'cancelled',
  rejects: null,
  dialResult: null,
  history: [],
  requestCount: 0,
  pending: null,
  error: null,
});

const rank = (s: CallbackStatus): number => callbackStatuses.indexOf(s);

/**
 * Starts following a callback's lifecycle from its current status (default `scheduled`).
 * Refuses bad input with `invalid-input` and the JSON `path` of the offending value (and no state).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const step = callback.lifecycle.machine.start({ at: Date.UTC(2026, 10, 24, 14), callbackId: 'cb-42', desiredAt: Date.UTC(2026, 10, 24, 15) });
 * if (step.ok) step.state.status; // 'scheduled'
 * ```
 */
export function startLifecycle(input: LifecycleInput): Step<LifecycleState, LifecycleEffect> {
  const raw: unknown = input;
  if (!isRecord(raw)) return refuse(UNUSABLE, 'invalid-input', 'The input must be an object.', undefined, '$');
  const at = ownField(raw, 'at');
  if (!isInstant(at)) return refuse(UNUSABLE, 'invalid-input', '`at` must be epoch milliseconds.', undefined, '$.at');
  const callbackId = ownField(raw, 'callbackId');
  // At most what `restore` accepts (issue 14: a state `start` makes must survive a JSON round trip).
  if (typeof callbackId !== 'string' || callbackId.length === 0 || callbackId.length > 10_000) {
    return refuse(UNUSABLE, 'invalid-input', '`callbackId` must be a string of 1 to 10 000 characters.', undefined, '$.callbackId');
  }
  const desiredAt = ownField(raw, 'desiredAt') ?? null;
  if (desiredAt !== null && !isInstant(desiredAt)) return refuse(UNUSABLE, 'invalid-input', '`desiredAt` must be epoch milliseconds or null.', undefined, '$.desiredAt');
  const status = ownField(raw, 'status') ?? 'scheduled';
  if (typeof status !== 'string' || !(callbackStatuses as readonly string[]).includes(status) || status === 'completed') {
    return refuse(UNUSABLE, 'invalid-input', '`status` must be scheduled, queued, routing or processing.', undefined, '$.status');
  }
  const s = status as CallbackStatus;
  return accept(deepFreeze({ version: 1, lastAt: at, callbackId, status: s, desiredAt, reason: null, rejects: null, dialResult: null, history: [{ status: s, at }], requestCount: 0, pending: null, error: null }));
}

interface Completion {
  readonly reason: CompletionReason;
  readonly rejects: number | null;
  readonly dialResult: DialResult | null;
}

function move(state: LifecycleState, at: number, status: CallbackStatus, completion: Completion | null): Outcome {
  if (state.status === 'completed') return rejection('event-not-allowed', 'The callback has completed.', { status: state.status });
  if (rank(status) <= rank(state.status)) {
    return rejection('not-forward', `A callback moves forward only: ${state.status} to ${status} is not allowed.`, { from: state.status, to: status });
  }
  const done = status === 'completed';
  return {
    state: deepFreeze({
      ...state,
      lastAt: at,
      status,
      reason: completion?.reason ?? null,
      rejects: completion?.rejects ?? null,
      dialResult: completion?.dialResult ?? null,
      history: [...state.history, { status, at }],
      pending: done ? null : state.pending,
    }),
    effects: [],
  };
}

function apply(state: LifecycleState, raw: Raw, type: string, at: number): Outcome {
  switch (type) {
    case 'queued':
    case 'routing':
    case 'processing':
      return move(state, at, type, null);
    case 'completed': {
      const reason = ownField(raw, 'reason');
      if (typeof reason !== 'string' || !(completionReasons as readonly string[]).includes(reason)) {
        return rejection('invalid-event', "'completed' needs a known `reason`.", undefined, '$.reason');
      }
      const rejects = ownField(raw, 'rejects');
      if (reason === 'agent-preview-rejected') {
        if (typeof rejects !== 'number' || !Number.isSafeInteger(rejects) || rejects < 1) {
          return rejection('invalid-event', "'agent-preview-rejected' needs `rejects`, a whole number from 1.", undefined, '$.rejects');
        }
      } else if (rejects !== undefined) {
        return rejection('invalid-event', '`rejects` goes only with `agent-preview-rejected`.', undefined, '$.rejects');
      }
      const dialResult = ownField(raw, 'dialResult');
      if (dialResult !== undefined && (typeof dialResult !== 'string' || !(dialResults as readonly string[]).includes(dialResult))) {
        return rejection('invalid-event', '`dialResult` must be one of the dial results.', undefined, '$.dialResult');
      }
      return move(state, at, 'completed', {
        reason: reason as CompletionReason,
        rejects: typeof rejects === 'number' ? rejects : null,
        dialResult: (dialResult as DialResult | undefined) ?? null,
      });
    }
    case 'cancel': {
      if (state.status === 'completed') return rejection('event-not-allowed', 'The callback has completed.', { status: state.status });
      if (state.status === 'processing') return rejection('cancel-refused', 'An agent is already processing this callback; it cannot be cancelled.', { status: state.status });
      if (state.pending !== null) return rejection('request-pending', `Request ${state.pending.requestId} is awaiting its answer.`, { pending: state.pending });
      const count = state.requestCount + 1;
      const id = requestId('cancel', count);
      return {
        state: deepFreeze({ ...state, lastAt: at, requestCount: count, pending: { kind: 'cancel', requestId: id, desiredAt: null }, error: null }),
        effects: [{ type: 'send-request', request: { kind: 'cancel', requestId: id, callbackId: state.callbackId } }],
      };
    }
    case 'reschedule': {
      const desiredAt = ownField(raw, 'desiredAt');
      if (!isInstant(desiredAt)) return rejection('invalid-event', "'reschedule' needs `desiredAt` in epoch milliseconds.", undefined, '$.desiredAt');
      if (state.status !== 'scheduled') return rejection('reschedule-refused', `Only a scheduled callback can be rescheduled (it is ${state.status}).`, { status: state.status });
      if (state.pending !== null) return rejection('request-pending', `Request ${state.pending.requestId} is awaiting its answer.`, { pending: state.pending });
      if (desiredAt <= at) return rejection('time-in-past', 'The new time must be in the future.', { desiredAt, at });
      const count = state.requestCount + 1;
      const id = requestId('reschedule', count);
      return {
        state: deepFreeze({ ...state, lastAt: at, requestCount: count, pending: { kind: 'reschedule', requestId: id, desiredAt }, error: null }),
        effects: [{ type: 'send-request', request: { kind: 'reschedule', requestId: id, callbackId: state.callbackId, desiredAt, desiredTime: isoUtc(desiredAt) } }],
      };
    }
    case 'request-acknowledged':
    case 'request-failed': {
      const id = ownField(raw, 'requestId');
      if (typeof id !== 'string') return rejection('invalid-event', `'${type}' needs \`requestId\`.`, undefined, '$.requestId');
      const pending = state.pending;
      if (pending === null || pending.requestId !== id) return rejection('unknown-request', 'No pending request has that id.', undefined, '$.requestId');
      if (type === 'request-failed') {
        const reason = ownField(raw, 'reason');
        const code = isRecord(reason) ? ownField(reason, 'code') : undefined;
        const message = isRecord(reason) ? ownField(reason, 'message') : undefined;
        // Kept within what `restore` accepts (issue 14): a code of at most 200 characters (else the generic
        // one), a message of at most 10 000 (a longer one is cut).
        const error = rejection(
          typeof code === 'string' && code.length <= 200 ? code : 'request-failed',
          typeof message === 'string' ? message.slice(0, 10_000) : 'The server refused the request.',
        );
        return { state: deepFreeze({ ...state, lastAt: at, pending: null, error }), effects: [] };
      }
      if (pending.kind === 'cancel') {
        if (state.status === 'completed') return { state: deepFreeze({ ...state, lastAt: at, pending: null }), effects: [] };
        return move({ ...state, pending: null }, at, 'completed', { reason: 'cancelled', rejects: null, dialResult: null });
      }
      return { state: deepFreeze({ ...state, lastAt: at, pending: null, desiredAt: pending.desiredAt }), effects: [] };
    }
    default:
      return type.length <= 64 ? rejection('unknown-event', `Unknown lifecycle event '${type}'.`, { type }) : rejection('unknown-event', `Unknown lifecycle event (a type of ${type.length} characters).`);
  }
}

/**
 * Applies one event to a callback's lifecycle (see {@link LifecycleEvent}). Statuses move forward only
 * (`not-forward`); a completed callback takes no more events (`event-not-allowed`); cancel is refused while
 * processing (`cancel-refused`); reschedule only while scheduled (`reschedule-refused`); one request at a
 * time (`request-pending`); answers are matched by request id (`unknown-request`).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const at = Date.UTC(2026, 10, 24, 14);
 * const sStarted = callback.lifecycle.machine.start({ at, callbackId: 'cb-42', desiredAt: at + 3_600_000 });
 * if (!sStarted.ok) throw new Error(sStarted.error.code);
 * let s = sStarted.state;
 * s = callback.lifecycle.machine.transition(s, { type: 'queued', at: at + 3_600_000 }).state;
 * s = callback.lifecycle.machine.transition(s, { type: 'processing', at: at + 3_700_000 }).state;
 * callback.lifecycle.machine.transition(s, { type: 'cancel', at: at + 3_800_000 }).ok; // false: 'cancel-refused'
 * ```
 */
export function transitionLifecycle(state: LifecycleState, event: LifecycleEvent): Step<LifecycleState, LifecycleEffect> {
  const envelope = checkEnvelope(event, state.lastAt);
  if (envelope !== undefined) return refuseWith(state, envelope);
  const raw = event as unknown as Raw;
  const out = apply(state, raw, ownField(raw, 'type') as string, ownField(raw, 'at') as number);
  return 'code' in out ? refuseWith(state, out) : accept(out.state, out.effects);
}

/**
 * Whether the agent can cancel or reschedule now, and if not why (the code the machine would refuse with).
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const a: callback.lifecycle.LifecycleActions = { cancel: null, reschedule: 'reschedule-refused' };
 * ```
 */
export interface LifecycleActions {
  /** `null` when cancel is allowed, else the refusal code. */
  readonly cancel: LifecycleCode | null;
  /** `null` when reschedule is allowed, else the refusal code. */
  readonly reschedule: LifecycleCode | null;
}

/**
 * What the agent can do with the callback at `at` (enables the Cancel and Reschedule buttons): `null` when
 * an action is allowed, else the code the machine would refuse it with.
 *
 * @throws RangeError when `state` is not a callback lifecycle state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const s = callback.lifecycle.machine.start({ at: 0, callbackId: 'cb-1', desiredAt: 60_000 });
 * if (s.ok) callback.lifecycle.actions(s.state, 0); // { cancel: null, reschedule: null }
 * ```
 */
export function actions(state: LifecycleState, at: number): LifecycleActions {
  void at; // nothing in the lifecycle depends on the instant; the selector takes it as every selector does
  state = selectorState(lifecycleMachine, 'callback.lifecycle.actions', state);
  const busy = state.pending !== null ? 'request-pending' : null;
  const done = state.status === 'completed' ? 'event-not-allowed' : null;
  return {
    cancel: done ?? (state.status === 'processing' ? 'cancel-refused' : busy),
    reschedule: done ?? (state.status !== 'scheduled' ? 'reschedule-refused' : busy),
  };
}
