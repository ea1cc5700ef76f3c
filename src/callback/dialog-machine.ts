import { defineMachine } from '../core/define.js';
import type { Machine } from '../core/machine.js';
import { dialogCodes, type DialogCode } from './codes.js';
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
export const machine: Machine<DialogInput, DialogState, DialogEvent, DialogEffect, DialogCode> = defineMachine<DialogInput, DialogState, DialogEvent, DialogEffect, DialogCode>({
  id: 'callback.dialog',
  codes: dialogCodes,
  start: startDialog,
  transition: transitionDialog,
  restore: restoreDialog,
  lastAt: (state) => state.lastAt,
});
