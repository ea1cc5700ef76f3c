import type { StepMachine } from '../core/internal.js';
import type { DialogEffect, DialogEvent } from './dialog-events.js';
import { startDialog } from './dialog-start.js';
import type { DialogInput, DialogState } from './dialog-state.js';
import { transitionDialog } from './dialog-transition.js';

/**
 * The schedule/reschedule dialog as a {@link Machine}: {@link startDialog} and {@link transitionDialog}.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * import * as testing from 'dialdesk/testing';
 * const at = Date.UTC(2026, 10, 24, 14);
 * const story = testing.run(callback.dialog, {
 *   at, origin: { kind: 'interaction', interactionId: 'ix-7', media: 'voice' },
 *   types: [{ id: 'immediate', label: 'Immediate', kind: 'immediate' }], zones: ['UTC'], defaultZone: 'UTC', numbers: ['+15551230001'],
 * }, [{ type: 'ok', at }]);
 * story.effects.map((e: callback.DialogEffect) => e.type); // ['load-availability', 'schedule-callback']
 * ```
 */
export const dialog: StepMachine<DialogInput, DialogState, DialogEvent, DialogEffect> = Object.freeze({
  start: (input: DialogInput) => startDialog(input),
  transition: (state: DialogState, event: DialogEvent) => transitionDialog(state, event),
});
