/**
 * `outbound.reschedule`: reschedule an outbound campaign call as a callback (Genesys Workspace's
 * Reschedule Callback view): the {@link machine}, its selectors, and the small parsers it uses for
 * typed dates, times and phone numbers. The request it sends is the package's one
 * `outbound.RescheduleRequest`; its chain numbers are `outbound.ChainNumber`s.
 *
 * Guide: [Rescheduling an outbound call](../../../docs/guides/outbound-reschedule.md).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const step = outbound.reschedule.machine.start({
 *   at: Date.UTC(2026, 10, 24, 15, 7), recordHandle: 101,
 *   chain: [{ recordHandle: 101, chainN: 0, phone: '+16175550100', contactType: 'home-phone', from: '09:00', until: '20:00' }],
 *   contactZone: 'America/New_York', agentZone: 'America/New_York',
 * });
 * ```
 *
 * @module
 */
export { machine } from './machine.js';
export type { RescheduleStep } from './update.js';
export { rescheduleCodes, type RescheduleCode, type RescheduleField } from './codes.js';
export type { ContactType } from './contact-type.js';
export { inputFromHandoff, interactionEvent, type HandoffOptions } from './handoff.js';
export type { CallingHoursPreset } from './calling-hours.js';
export type { PersonalPolicy, EntryZone, CallStatus, RescheduleInput, RescheduleConfig, ContactPolicyInput, CheckedContactPolicy } from './input.js';
export type { ReschedulePhase, AddedNumber, NewNumberForm, ServerFailure, RescheduleState } from './state.js';
export type {
  SetRescheduleEvent,
  SetPersonalEvent,
  TypeDateEvent,
  PickDateEvent,
  ShowMonthEvent,
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
  RequestAcknowledgedEvent,
  RequestFailedEvent,
  RescheduleEvent,
} from './events.js';
export type { SendRequestEffect, HangUpEffect, RescheduleEffect } from './effects.js';
export { personalCheckBoxFor, type PersonalCheckBox } from './policy.js';
export { proposeTime, type Proposal } from './proposal.js';
export { normalizePhone, type PhoneProblem } from './phone.js';
export type { ChosenNumber } from './evaluate.js';
export {
  button,
  personalCheckBox,
  calendar,
  fields,
  commitButton,
  type TextField,
  type ResolvedCallback,
  type NumberOption,
  type NewNumberView,
  type FieldsView,
  type CommitButton,
} from './selectors.js';
