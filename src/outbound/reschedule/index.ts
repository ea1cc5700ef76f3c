/**
 * `outbound.reschedule`: reschedule an outbound campaign call as a callback (Genesys Workspace's
 * Reschedule Callback view): the machine {@link start} / {@link transition}, its selectors, and the
 * small parsers it uses for typed dates, times and phone numbers.
 *
 * Guide: [Rescheduling an outbound call](../../../docs/guides/outbound-reschedule.md).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const step = outbound.reschedule.start({
 *   at: Date.UTC(2026, 10, 24, 15, 7), recordHandle: 101,
 *   chain: [{ recordHandle: 101, chainN: 0, phone: '+16175550100', contactType: 'home-phone', from: '09:00', until: '20:00' }],
 *   contactZone: 'America/New_York', agentZone: 'America/New_York',
 * });
 * ```
 *
 * @module
 */
export { start, transition } from './machine.js';
export type { RescheduleStep } from './update.js';
export type { RescheduleErrorCode, RescheduleField, FieldError } from './codes.js';
export type { ContactType } from './contact-type.js';
export { inputFromHandoff, interactionEvent, type HandoffOptions } from './handoff.js';
export type { CallingHoursPreset } from './calling-hours.js';
export type { PersonalPolicy, EntryZone, CallStatus, ChainNumber, RescheduleInput, RescheduleConfig, ContactPolicyInput, CheckedContactPolicy } from './input.js';
export type { ReschedulePhase, AddedNumber, NewNumberForm, ServerFailure, RescheduleState } from './state.js';
export type {
  SetRescheduleEvent,
  SetPersonalEvent,
  TypeDateEvent,
  PickDateEvent,
  CalendarMove,
  MoveCalendarEvent,
  TypeTimeEvent,
  StepTimeEvent,
  ChooseNumberEvent,
  OpenNewNumberEvent,
  EditNewNumberEvent,
  ConfirmNewNumberEvent,
  CancelNewNumberEvent,
  EndCallEvent,
  CallEndedEvent,
  DoneEvent,
  RescheduleAcknowledgedEvent,
  RescheduleFailedEvent,
  RescheduleEvent,
} from './events.js';
export type { CallbackType, CallbackNumber, AddChainRecord, LocalCallbackTime, RescheduleRequest, HangUpEffect, RescheduleEffect } from './effects.js';
export { personalCheckBoxFor, type PersonalCheckBox } from './policy.js';
export { proposeTime, type Proposal } from './proposal.js';
export { normalizePhone, type PhoneProblem } from './phone.js';
export type { ChosenNumber } from './evaluate.js';
export {
  buttonState,
  personalCheckBox,
  calendar,
  fields,
  doneButton,
  type ButtonState,
  type CalendarView,
  type TextField,
  type ResolvedCallback,
  type NumberOption,
  type NewNumberView,
  type FieldsView,
  type DoneButton,
} from './selectors.js';
