/**
 * `outbound.interaction`: the agent's outbound interaction: its {@link machine} (the records on the
 * agent's desktop in every dialing mode, the requests to the server and their replies, the flows the
 * server starts, timed preview), its selectors (`recordActions`, `previewCapacity`, `autoDialCountdown`),
 * the requests it sends and its types.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * declare const config: outbound.interaction.InteractionConfig;
 * const started = outbound.interaction.machine.start({ at: 0, config });
 * if (started.ok) outbound.interaction.previewCapacity(started.state, 0);
 * ```
 *
 * @module
 */
export { machine } from './machine.js';
export { interactionCodes, type InteractionCode } from './codes.js';
export { outboundPermissions, type OutboundPermission, type Disposition, type InteractionConfig, type InteractionInput } from './config.js';
export {
  requestKinds,
  type RequestKind,
  type RequestBase,
  type PreviewRecordRequest,
  type RecordRequest,
  type DoNotCallRequest,
  type UpdateRequest,
  type ProcessedRequest,
  type OutboundRequest,
} from './requests.js';
export type { RecordPhase, ScheduledCallback, DueCallback, RecordSlot, PendingRequest, InteractionState } from './state.js';
export type {
  PreviewRecordEvent,
  NoRecordsEvent,
  RecordPushedEvent,
  CallConnectedEvent,
  CallSeizedEvent,
  RecordFilledEvent,
  ChainedRecordsEvent,
  RequestAcknowledgedEvent,
  RequestFailedEvent,
  CallProgressEvent,
  RequestPreviewEvent,
  RecordActionEvent,
  DialEvent,
  UpdateFieldsEvent,
  ChooseEvent,
  DoNotCallEvent,
  RescheduleRecordEvent,
  ScheduledCallEvent,
  CallbackUnavailableEvent,
  RecordRemovedEvent,
  InteractionEvent,
} from './events.js';
export type {
  RescheduleHandoff,
  InteractionEffect,
  SendRequestEffect,
  PlaceCallEffect,
  RescheduleHandoffEffect,
  RecordClosedEffect,
  ShowRequestFailureEffect,
  ShowNoRecordsEffect,
  CallbackDueEffect,
} from './effects.js';
export { recordActions, previewCapacity, type RecordActions } from './selectors.js';
export { autoDialCountdown } from './timed-preview.js';
