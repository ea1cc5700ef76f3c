/**
 * `callback.dialog`: the schedule/reschedule dialog: its {@link machine}, selectors and types.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const at = Date.UTC(2026, 10, 24, 14);
 * const started = callback.dialog.machine.start({
 *   at, origin: { kind: 'interaction', interactionId: 'ix-7', media: 'voice' },
 *   types: [{ id: 'immediate', label: 'Immediate', immediate: true }], zones: ['UTC'], defaultZone: 'UTC', numbers: ['+15551230001'],
 * });
 * if (started.ok) callback.dialog.machine.transition(started.state, { type: 'ok', at });
 * ```
 *
 * @module
 */
export { machine } from './dialog-machine.js';
export type {
  Origin,
  RescheduleOrigin,
  InteractionOrigin,
  TeamCommunicatorOrigin,
  CallbackTypeOffer,
  DialogInput,
  DialogState,
  AvailabilityView,
  DialogOutcome,
} from './dialog-state.js';
export type {
  DialogEvent,
  DialogEffect,
  LoadAvailabilityEffect,
  CallbackRequest,
  ScheduleCallbackEffect,
  RescheduleCallbackEffect,
  CloseEffect,
} from './dialog-events.js';
export { dialogGrid, dialogCalendar, commitReadiness, type DialogGridOptions, type CommitReadiness } from './dialog-selectors.js';
