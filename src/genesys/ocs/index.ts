/**
 * `genesys.ocs`: the Outbound Contact Server desktop protocol (Outbound Contact Reference Manual,
 * chapter "Communication Protocols"): requests written as T-Server user-event attached data, OCS's
 * user events read into typed messages, and the bridge machine between them and dialdesk's machines.
 *
 * @module
 */
export { wireKeys, requestTypes, userEvents, campaignModes, type WireKeys, type UserEvents } from './keys.js';
export type { WirePair, WireData } from './wire.js';
export {
  wireRequestKinds,
  type WireRequestKind,
  type WireExtra,
  type WirePreviewRecord,
  type WireRecordRequest,
  type WireDoNotCall,
  type WireRecordUpdate,
  type WireReschedule,
  type WireAddRecord,
  type WireSessionRequest,
  type WireLogout,
  type WireRequest,
} from './requests.js';
export type { RecordMessage, ChainEndMessage, RecordCancelledMessage, CampaignMessage, AcknowledgedMessage, ErrorMessage, OcsMessage } from './messages.js';
export { formatDateTime, readDateTime, type DateTimeFormat } from './date-time.js';
export { encodeRequest, type EncodeContext, type EncodeCode } from './encode.js';
export { decodeEvent, type DecodeOptions, type DecodeCode } from './decode.js';
export { machine } from './bridge.js';
export type {
  BridgeConfig,
  BridgeInput,
  FollowUpReschedule,
  ClosedReference,
  PendingWire,
  BridgeRecord,
  BridgeState,
  BridgeSendEvent,
  BridgeSendLogoutEvent,
  BridgeSendSessionEvent,
  BridgeReceivedEvent,
  BridgeEvent,
  SendWireEffect,
  DeliverToInteraction,
  DeliverToCampaigns,
  DeliverToLogout,
  DeliverToHost,
  HostAnswer,
  DeliverEffect,
  NotifyEffect,
  BridgeEffect,
  BridgeCode,
} from './bridge-types.js';
