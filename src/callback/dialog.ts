/**
 * `callback.dialog`: the schedule/reschedule dialog: its {@link machine}, selectors and types.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const at = Date.UTC(2026, 10, 24, 14);
 * const started = callback.dialog.machine.start({
 *   at, origin: { kind: 'interaction', interactionId: 'ix-7', media: 'voice' },
 *   types: [{ id: 'immediate', label: 'Immediate', kind: 'immediate' }], zones: ['UTC'], defaultZone: 'UTC', numbers: ['+15551230001'],
 * });
 * if (started.ok) callback.dialog.machine.transition(started.state, { type: 'ok', at }); // sends the `schedule` request
 * ```
 *
 * @module
 */
export { machine } from './dialog-machine.js';
export { dialogCodes, type DialogCode } from './codes.js';
export type { DialogField, DialogFieldError } from './dialog-rules.js';
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
  ContactPolicyInput,
  CheckedContactPolicy,
  InitialChoices,
} from './dialog-state.js';
export type {
  DialogEvent,
  DialogEffect,
  AvailabilityRequest,
  CallbackRequest,
  DialogRequest,
  SendRequestEffect,
  CloseEffect,
} from './dialog-events.js';
export { grid, calendar, commitButton, type GridOptions, type CalendarOptions, type CommitButton } from './dialog-selectors.js';
