/**
 * `dialdesk/webcallback`: rescheduling a web callback from the Web Callback Preview. The Reschedule
 * Callback view (check box, On, From, Till, To), the clock face that follows From, Done with its
 * `send-request` and `wake`, and the web callback notification shown once when the new time comes
 * (by the desktop's own timer, or when the server re-delivers the interaction from a reschedule queue).
 *
 * Guide: [Web callback](../../docs/guides/webcallback.md).
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const step = webcallback.machine.start({
 *   at: Date.UTC(2026, 10, 24, 13),
 *   zone: 'America/New_York',
 *   callback: { interactionId: 'wc-1', numbers: ['+15551230001'], start: Date.UTC(2026, 10, 24, 14), end: Date.UTC(2026, 10, 24, 15) },
 * });
 * ```
 *
 * @module webcallback
 */
export { webCallbackCodes, type WebCallbackCode } from './codes.js';
export { machine } from './machine.js';
export { defaultConfig, parseConfig, type WebCallbackConfig } from './config.js';
export type { Field } from './problems.js';
export type { Schedule, Draft, ViewState, Notification, PendingRequest, RequestAnswer, WebCallbackState } from './state.js';
export type {
  OpenEvent,
  CloseEvent,
  SetRescheduleEvent,
  SetOnEvent,
  ShowMonthEvent,
  SetFromEvent,
  SetTillEvent,
  StepTimeEvent,
  SetDurationEvent,
  SetToEvent,
  DoneEvent,
  RequestAcknowledgedEvent,
  RequestFailedEvent,
  CallbackDeliveredEvent,
  WebCallbackEvent,
} from './events.js';
export type {
  SendRequestEffect,
  WebCallbackRequest,
  ShowNotificationEffect,
  CancelNotificationEffect,
  ShowErrorsEffect,
  WebCallbackEffect,
} from './effects.js';
export type { WebCallbackInput, PreviewedCallback } from './start.js';
export { windowOf, type DraftWindow } from './window.js';
export { validateDraft, type DraftContext } from './validate.js';
export { clockFace, twelveHourLabel, type ClockFace, type ClockArc, type ClockFaceOptions } from './clock-face.js';
export { calendar, type CalendarOptions } from './calendar-view.js';
export { button, fields, commitButton, clock, type FieldsView, type CommitButton } from './selectors.js';
