/**
 * `callback.lifecycle`: a callback's lifecycle on the server: its {@link machine}, `actions`
 * and types.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const started = callback.lifecycle.machine.start({ at: 0, callbackId: 'cb-1', desiredAt: 60_000 });
 * if (started.ok) callback.lifecycle.actions(started.state, 60_000); // { cancel: null, reschedule: null }
 * ```
 *
 * @module
 */
export { machine } from './lifecycle-machine.js';
export { lifecycleCodes, type LifecycleCode } from './codes.js';
export {
  callbackStatuses,
  completionReasons,
  dialResults,
  type CallbackStatus,
  type CompletionReason,
  type DialResult,
  type LifecycleInput,
  type LifecycleRequest,
  type PendingRequest,
  type StatusChange,
  type LifecycleState,
  type LifecycleEvent,
  type LifecycleEffect,
} from './lifecycle-types.js';
export { actions, type LifecycleActions } from './lifecycle.js';
