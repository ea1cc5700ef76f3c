import { commonCodes } from '../core/codes.js';
import { defineMachine } from '../core/define.js';
import type { Machine } from '../core/machine.js';
import { callbackCodes, type CallbackErrorCode } from './codes.js';
import type { CommonCode } from '../core/codes.js';
import type { DialogEffect, DialogEvent } from './dialog-events.js';
import { restoreDialog } from './dialog-restore.js';
import { startDialog } from './dialog-start.js';
import type { DialogInput, DialogState } from './dialog-state.js';
import { transitionDialog } from './dialog-transition.js';

/**
 * The schedule/reschedule callback dialog as a {@link Machine}.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.dialog.machine.id; // 'callback.dialog'
 * ```
 */
export const machine: Machine<DialogInput, DialogState, DialogEvent, DialogEffect, CallbackErrorCode | CommonCode | 'invalid-state'> = defineMachine<
  DialogInput,
  DialogState,
  DialogEvent,
  DialogEffect,
  CallbackErrorCode | CommonCode | 'invalid-state'
>({
  id: 'callback.dialog',
  codes: [...commonCodes, ...callbackCodes, 'invalid-state'],
  start: startDialog,
  transition: transitionDialog,
  restore: restoreDialog,
  lastAt: (state) => state.lastAt,
});
