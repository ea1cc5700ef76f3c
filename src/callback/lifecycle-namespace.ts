/**
 * `callback.lifecycle`: a callback's lifecycle on the server: its {@link machine}, `lifecycleActions`
 * and types.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const started = callback.lifecycle.machine.start({ at: 0, callbackId: 'cb-1', desiredAt: 60_000 });
 * if (started.ok) callback.lifecycle.lifecycleActions(started.state); // { cancel: null, reschedule: null }
 * ```
 *
 * @module
 */
export { machine, lifecycleCodes, type LifecycleCode } from './lifecycle-machine.js';
export {
  callbackStatuses,
  completionReasons,
  type CallbackStatus,
  type CompletionReason,
  type LifecycleInput,
  type LifecycleRequest,
  type StatusChange,
  type LifecycleState,
  type LifecycleEvent,
  type LifecycleEffect,
} from './lifecycle-types.js';
export { lifecycleActions, type LifecycleActions } from './lifecycle.js';
