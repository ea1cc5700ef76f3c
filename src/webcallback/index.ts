/**
 * `dialdesk/webcallback`: rescheduling a web callback from the Web Callback Preview. The Reschedule
 * Callback view (check box, On, From, Till, To), the clock face that follows From, Done with its
 * request and `wake`, and the web callback notification shown once when the new time comes.
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
export { webCallbackCodes, type WebCallbackErrorCode } from './codes.js';
export { machine } from './machine.js';
export { defaultConfig, parseConfig, type WebCallbackConfig } from './config.js';
export type { Field, Problem } from './problems.js';
export type { Schedule, Draft, ViewState, Notification, PendingRequest, Outcome, WebCallbackState } from './state.js';
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
  AcknowledgedEvent,
  FailedEvent,
  WebCallbackEvent,
} from './events.js';
export type {
  RescheduleRequestEffect,
  ShowNotificationEffect,
  CancelNotificationEffect,
  ShowProblemsEffect,
  WebCallbackEffect,
} from './effects.js';
export type { WebCallbackInput, PreviewedCallback } from './start.js';
export { windowOf, type DraftWindow } from './window.js';
export { validateDraft, type DraftContext } from './validate.js';
export { clockFace, twelveHourLabel, type ClockFace, type ClockArc, type ClockFaceOptions } from './clock-face.js';
export { calendar, type CalendarView, type CalendarOptions } from './calendar-view.js';
export { durationLabel } from './duration-label.js';
export { button, fields, doneState, clock, type ButtonState, type FieldsView, type DoneView } from './selectors.js';
