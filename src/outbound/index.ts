/**
 * `dialdesk/outbound`: outbound campaigns, records and chains, the dialing modes, reschedule,
 * treatments, predictive pacing and the campaign simulator.
 *
 * Guides: [Outbound campaigns](../../docs/guides/outbound.md), [Rescheduling an outbound call](../../docs/guides/outbound-reschedule.md), [Predictive pacing](../../docs/guides/pacing.md).
 *
 * @module outbound
 */
export { dialingModes, isDialingMode, requiresNegotiatedLogout, cfgDialModes, dialingModeOfCfg, type DialingMode } from '../core/internal.js';
export * as reschedule from './reschedule/index.js';
export { chainNumberOf } from './reschedule-request.js';
export {
  recordTypes,
  recordStatuses,
  contactInfoTypes,
  callResults,
  defaultCallResult,
  codeOf,
  nameOf,
  isCallResult,
  type RecordType,
  type RecordStatus,
  type ContactInfoType,
  type CallResult,
} from './records/codes.js';
export type { OutboundRecord, TreatmentProgress } from './records/record.js';
export {
  fieldTypes,
  isCalendarDate,
  isFieldValue,
  fieldFromString,
  parseFieldDeclarations,
  checkFieldChanges,
  updateFields,
  type FieldType,
  type FieldValue,
  type FieldDeclaration,
  type FieldCode,
} from './records/fields.js';
export { recordKeys, parseRecord, type RecordKeys, type RecordParseCode, type ParseRecordOptions } from './records/parse.js';
export { chainOf, nextInChain } from './records/chain.js';
export * as campaigns from './campaigns/index.js';
export {
  outboundPermissions,
  type OutboundPermission,
  type Disposition,
  type InteractionConfig,
  type InteractionInput,
} from './interaction/config.js';
export {
  requestKinds,
  type RequestKind,
  type CallbackType,
  type RequestBase,
  type PreviewRecordRequest,
  type RecordRequest,
  type DoNotCallRequest,
  type RescheduleRequest,
  type UpdateRequest,
  type ProcessedRequest,
  type OutboundRequest,
} from './interaction/requests.js';
export type { RecordPhase, ScheduledCallback, DueCallback, RecordSlot, PendingRequest, InteractionState } from './interaction/state.js';
export type {
  PreviewRecordEvent,
  NoRecordsEvent,
  RecordPushedEvent,
  CallConnectedEvent,
  CallSeizedEvent,
  RecordFilledEvent,
  ChainedRecordsEvent,
  RequestAnswerEvent,
  CallProgressEvent,
  RequestPreviewEvent,
  RecordActionEvent,
  DialEvent,
  UpdateFieldsEvent,
  ChooseEvent,
  DoNotCallEvent,
  RescheduleEvent,
  ScheduledCallEvent,
  CallbackUnavailableEvent,
  RecordRemovedEvent,
  InteractionEvent,
} from './interaction/events.js';
export type {
  ChainNumber,
  RescheduleHandoff,
  InteractionEffect,
  SendRequestEffect,
  DialEffect,
  RescheduleHandoffEffect,
  RecordClosedEffect,
  RequestFailedEffect,
  NoRecordsEffect,
  CallbackDueEffect,
  InteractionCode,
} from './interaction/effects.js';
export { recordActions, previewCapacity, type RecordActions } from './interaction/selectors.js';
export { autoDialCountdown } from './interaction/timed-preview.js';
export { interaction } from './interaction/machine.js';
export {
  treatmentActions,
  type TreatmentAction,
  type TreatmentDate,
  type Treatment,
  type TreatmentList,
  type TreatmentCode,
  type AppliedStep,
  type NextDial,
  type FinishReason,
  type AttemptOutcome,
  type ScheduledOutcome,
  type AssignedOutcome,
  type FinishedOutcome,
  type AttemptPolicy,
  type NextAttemptOptions,
} from './treatments/types.js';
export { parseTreatments } from './treatments/parse.js';
export { recordWindow } from './treatments/window.js';
export { nextAttempt } from './treatments/next-attempt.js';
export { attemptSchedule, type ScheduleRow } from './treatments/schedule.js';

export * as pacing from './pacing/index.js';
export * as sim from './sim/index.js';
export * as contactPolicy from './contact-policy/index.js';
