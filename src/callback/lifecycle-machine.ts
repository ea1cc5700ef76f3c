import { lifecycleCodes, type LifecycleCode } from './codes.js';
import { defineMachine } from '../core/define.js';
import type { Machine } from '../core/machine.js';
import type { TickEvent } from '../core/effects.js';
import { startLifecycle, transitionLifecycle } from './lifecycle.js';
import { restoreLifecycle } from './lifecycle-restore.js';
import type { LifecycleEffect, LifecycleEvent, LifecycleInput, LifecycleState } from './lifecycle-types.js';

/**
 * A callback's lifecycle (scheduled, queued, routing, processing, completed) as a {@link Machine}.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const started = callback.lifecycle.machine.start({ at: 0, callbackId: 'cb-1', desiredAt: null, status: 'queued' });
 * if (started.ok) callback.lifecycle.machine.transition(started.state, { type: 'routing', at: 1_000 });
 * ```
 */
export const machine: Machine<LifecycleInput, LifecycleState, LifecycleEvent, LifecycleEffect, LifecycleCode> = defineMachine<
  LifecycleInput,
  LifecycleState,
  LifecycleEvent,
  LifecycleEffect,
  LifecycleCode
>({
  id: 'callback.lifecycle',
  codes: lifecycleCodes,
  start: startLifecycle,
  transition: transitionLifecycle as (state: LifecycleState, event: LifecycleEvent | TickEvent) => ReturnType<typeof transitionLifecycle>,
  restore: restoreLifecycle,
  lastAt: (state) => state.lastAt,
});
