/**
 * Every key and key value of the OCS desktop protocol dialdesk reads or writes, in one place, each
 * with its source. The protocol is the Outbound Contact Reference Manual, chapter "Communication
 * Protocols" (desktop requests travel as T-Server user events whose attached data names the request
 * in `GSW_AGENT_REQ_TYPE`; OCS answers with user events naming themselves in `GSW_USER_EVENT`).
 *
 * What the sources confirm, and from where (each key below carries its tag). Searched: the stored
 * documentation and web pages (docs.genesys.com "Communication Protocols" and its PDF copies, whose
 * stored text holds the chapter's contents and introduction but not its tables; "Defined Constants";
 * the GWS 8.5 Outbound API pages; the Deployment Guide), and public code for each exact key string.
 * - [LOG] Outbound Contact Deployment Guide, "gsw_request_log": the request types and their numbers
 *   (PreviewRecordRequest 1, ChainedRecordRequest 2, AddRecord 3, PreviewDialingModeStart 4,
 *   PreviewDialingModeOver 5, UpdateCallCompletionStats 9, RecordProcessed 10, RecordReject 11,
 *   RequestRecordCancel 12, RecordReschedule 13, ScheduledRecordReschedule 14, DoNotCall 15,
 *   ContinueProcessing 16, Logout 18, ReadyTime 19, CampaignStatus 20).
 * - [GWS] Web Services (GWS 8.5) Outbound API pages (Request Preview Record, Get Chained Record,
 *   Reject Record, Do Not Call, Update Record, Complete Record, Reschedule Record, Start Preview Session,
 *   End Preview Session; e.g. docs.genesys.com/Documentation/GWS/8.5.2/API/OutboundStartPreview,
 *   .../OutboundReject, .../OutboundReschedule): the `userData` of
 *   the CometD answers shows `GSW_USER_EVENT` (`PreviewRecord`, `ChainedRecordsDataEnd`,
 *   `RecordRejectAcknowledge`, `DoNotCallAcknowledge`, `UpdateCallCompletionStatsAcknowledge`,
 *   `RecordProcessedAcknowledge`, `ScheduledRecordRescheduleAcknowledge`), `GSW_APPLICATION_ID`,
 *   `GSW_RECORD_HANDLE`, `GSW_CAMPAIGN_NAME`, `GSW_CALLING_LIST`, `GSW_CHAIN_ID`, `GSW_PHONE`,
 *   `GSW_CALL_RESULT`, `GSW_ATTEMPTS`, `GSW_TZ_NAME`, `GSW_TZ_OFFSET`, `GSW_CAMPAIGN_GROUP_NAME`
 *   (`<campaign>@<group>`), the campaign's `dialingMode` `Preview`, and the REST parameters
 *   `callbackType` (`Personal` | `Campaign`), `chainAttribute` (`AllChain` | `RecordOnly`), `timestamp`
 *   (epoch seconds).
 * - [AUTO] Outbound Contact Deployment Guide, "Campaign Group Auto Completion"
 *   (docs.genesys.com/Documentation/OU/latest/Dep/AutoCompletion): when OCS stops and unloads a
 *   campaign group, "agents receive the following notifications: CampaignStopped and
 *   CampaignUnloaded".
 * - [SMART] Outbound Contact Deployment Guide, "Dialing Overview", section "Smart Logout"
 *   (docs.genesys.com/Documentation/OU/latest/Dep/DialingOverview, last edited 9 January 2015): "after
 *   OCS sends the LogOutAcknowledge message—refer to the \"LogOutAcknowledge\" section in the
 *   \"Communication Protocols\" chapter of the Outbound Contact Reference Manual". The logout answer is
 *   spelled `LogOutAcknowledge` (capital O), twice on that page.
 * - [CODE] Not read in the manual's text: seen in public code that speaks the protocol (desktops, a
 *   Workspace API simulator, a Genesys adapter's list of outbound events, a callback request carrying
 *   OCS keys), so spelled as deployed code spells it, but not confirmed against the manual:
 *   `GSW_REFERENCE_ID`, `GSW_CALLBACK_TYPE`, `GSW_DATE_TIME`, `GSW_PHONE_TYPE`, `GSW_RECORD_TYPE`,
 *   `GSW_ERROR`, `GSW_ERROR_NUMBER`, `GSW_CAMPAIGN_MODE` (read from campaign notices, compared with
 *   `Preview`), and the user events `ChainedRecord`, `RecordCancelAcknowledge`,
 *   `RecordRescheduleAcknowledge`, `AddRecordAcknowledge`, `ScheduledCall`, `RecordCancel`,
 *   `CampaignLoaded`, `CampaignStarted`, `CampaignModeChanged`, `PreviewDialingModeStartAcknowledge`,
 *   `PreviewDialingModeOverAcknowledge`.
 * - [UNCONFIRMED] Found in no source read: `GSW_CHAIN_ATTR` (the OCS key behind GWS's
 *   `chainAttribute`; no public code spells it either), the user event `ReadyTimeAcknowledge`, the
 *   key carrying the negotiated logout delay (dialdesk has no default for
 *   it: set `keys.logoutDelay`), and the dialing-mode names other than `Preview`. Every one of them can
 *   be renamed per deployment (`keys`, `events` and `modes` options) without touching the code.
 *   Searched again (December 2026) for each of them and for the [CODE] names: the stored copies of
 *   "Communication Protocols" (docs.genesys.com/Documentation/OU/latest/Ref/CommunicationProtocols and
 *   its PDF copies on scribd, fdocuments, dokumen.tips, technodocbox, docplayer) and of "Defined
 *   Constants" (docs.genesys.com/Documentation:OU:Ref:DefinedConstants:8.1.5) give only their contents,
 *   introduction and first table (calling-list fields); public code (exact-string search) holds none of
 *   `GSW_CHAIN_ATTR` and `ReadyTimeAcknowledge`. The Campaign Group status notifications that OCS posts
 *   to a web server carry the dialing mode as `GSW_DIAL_MODE`, a `CfgDialMode` integer (Deployment Guide,
 *   "Campaign Group Status Reporting", a draft page): that is another channel, and says nothing of the
 *   desktop notices' `GSW_CAMPAIGN_MODE` names.
 *
 * @module
 */

/**
 * The attached-data keys, by meaning. Override any of them per deployment with the `keys` option of
 * the encoder, the decoder and the bridge.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.ocs.wireKeys.requestType; // 'GSW_AGENT_REQ_TYPE'
 * ```
 */
export const wireKeys = Object.freeze({
  /** [LOG] The request's name, desktop to OCS. */
  requestType: 'GSW_AGENT_REQ_TYPE',
  /** [GWS] The answer's or notice's name, OCS to desktop. */
  userEvent: 'GSW_USER_EVENT',
  /** [GWS] The OCS application's DBID. */
  applicationId: 'GSW_APPLICATION_ID',
  /** [GWS] The campaign. */
  campaignName: 'GSW_CAMPAIGN_NAME',
  /** [GWS] `<campaign>@<group>`. */
  campaignGroupName: 'GSW_CAMPAIGN_GROUP_NAME',
  /** [GWS] The calling list. */
  callingList: 'GSW_CALLING_LIST',
  /** [GWS] The record handle. */
  recordHandle: 'GSW_RECORD_HANDLE',
  /** [CODE] The request's reference, echoed by the answer (GWS's `referenceId` plays this part). */
  referenceId: 'GSW_REFERENCE_ID',
  /** [GWS] The call result code. */
  callResult: 'GSW_CALL_RESULT',
  /** [GWS] The number. */
  phone: 'GSW_PHONE',
  /** [CODE] The contact info type code. */
  phoneType: 'GSW_PHONE_TYPE',
  /** [CODE] The record type code. */
  recordType: 'GSW_RECORD_TYPE',
  /** [GWS] The Genesys Time Zone object's name. */
  timeZone: 'GSW_TZ_NAME',
  /** [CODE] Personal or Campaign. */
  callbackType: 'GSW_CALLBACK_TYPE',
  /** [CODE] The callback's date and time, `MM/DD/YYYY HH:MM`. */
  dateTime: 'GSW_DATE_TIME',
  /** [UNCONFIRMED] AllChain or RecordOnly (the values are [GWS]; the OCS key is not confirmed). */
  chainAttribute: 'GSW_CHAIN_ATTR',
  /** [CODE] An error's text. */
  error: 'GSW_ERROR',
  /** [CODE] An error's number. */
  errorNumber: 'GSW_ERROR_NUMBER',
  /** [CODE] A campaign's dialing mode in a campaign notice. */
  campaignMode: 'GSW_CAMPAIGN_MODE',
});

/**
 * The shape of {@link wireKeys}, plus `logoutDelay`: the key of the logout answer that carries the
 * negotiated wait in seconds. [UNCONFIRMED] No source read names it, so it has no default: a
 * deployment that sends it sets it, and the bridge then delivers `logout-delay` to the logout machine.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const k: Partial<genesys.ocs.WireKeys> = { chainAttribute: 'GSW_CHAIN_ATTRIBUTE', logoutDelay: 'GSW_LOGOUT_DELAY' };
 * ```
 */
export type WireKeys = { readonly [K in keyof typeof wireKeys]: string } & {
  /** [UNCONFIRMED] The logout answer's key for the negotiated wait, in seconds; no default. */
  readonly logoutDelay?: string;
};

/**
 * The `GSW_AGENT_REQ_TYPE` values dialdesk sends, by request kind ([LOG]).
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.ocs.requestTypes.cancel; // 'RequestRecordCancel'
 * ```
 */
export const requestTypes = Object.freeze({
  /** Ask for a preview record. */
  'preview-record': 'PreviewRecordRequest',
  /** Ask for the other records of the chain. */
  'chained-records': 'ChainedRecordRequest',
  /** Add a record to the calling list. */
  'add-record': 'AddRecord',
  /** Start working a preview campaign. */
  'preview-dialing-mode-start': 'PreviewDialingModeStart',
  /** Stop working a preview campaign. */
  'preview-dialing-mode-over': 'PreviewDialingModeOver',
  /** Update the call result and custom fields. */
  update: 'UpdateCallCompletionStats',
  /** Finish the record. */
  processed: 'RecordProcessed',
  /** Return the record to the list. */
  reject: 'RecordReject',
  /** Take the record out of the campaign. */
  cancel: 'RequestRecordCancel',
  /** Reschedule the record as a callback. */
  reschedule: 'RecordReschedule',
  /** Mark the record or the chain do-not-call. */
  'do-not-call': 'DoNotCall',
  /**
   * Ask to log out. `Logout` as the `gsw_request_log` list spells it (value 18); its answer is spelled
   * `LogOutAcknowledge` ([SMART]), so the request's own wire spelling may be `LogOut`: NOT confirmed,
   * and request names have no override option yet.
   */
  logout: 'Logout',
  /** Tell OCS when the agent will be ready. */
  'ready-time': 'ReadyTime',
} as const);

/**
 * The `GSW_USER_EVENT` values dialdesk reads, by meaning (sources in the module comment). Override
 * any of them with the `events` option.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.ocs.userEvents.chainEnd; // 'ChainedRecordsDataEnd'
 * ```
 */
export const userEvents = Object.freeze({
  /** [GWS] A preview record. */
  previewRecord: 'PreviewRecord',
  /** [CODE] One record of a chain. */
  chainedRecord: 'ChainedRecord',
  /** [GWS] The end of a chain's records. */
  chainEnd: 'ChainedRecordsDataEnd',
  /** [CODE] A scheduled call (callback) is due. */
  scheduledCall: 'ScheduledCall',
  /** [CODE] OCS took a record off the desktop. */
  recordCancel: 'RecordCancel',
  /** [CODE] A campaign was loaded. */
  campaignLoaded: 'CampaignLoaded',
  /** [CODE] A campaign was started. */
  campaignStarted: 'CampaignStarted',
  /** [AUTO] A campaign was stopped. */
  campaignStopped: 'CampaignStopped',
  /** [AUTO] A campaign was unloaded. */
  campaignUnloaded: 'CampaignUnloaded',
  /** [CODE] A campaign's dialing mode changed. */
  campaignModeChanged: 'CampaignModeChanged',
  /** [GWS] UpdateCallCompletionStats acknowledged. */
  updateAck: 'UpdateCallCompletionStatsAcknowledge',
  /** [GWS] RecordProcessed acknowledged. */
  processedAck: 'RecordProcessedAcknowledge',
  /** [GWS] RecordReject acknowledged. */
  rejectAck: 'RecordRejectAcknowledge',
  /** [CODE] RequestRecordCancel acknowledged. */
  cancelAck: 'RecordCancelAcknowledge',
  /** [CODE] RecordReschedule acknowledged. */
  rescheduleAck: 'RecordRescheduleAcknowledge',
  /** [GWS] A reschedule acknowledged (the GWS RescheduleRecord answer). */
  scheduledRescheduleAck: 'ScheduledRecordRescheduleAcknowledge',
  /** [GWS] DoNotCall acknowledged. */
  doNotCallAck: 'DoNotCallAcknowledge',
  /** [CODE] AddRecord acknowledged, with the new record's handle. */
  addRecordAck: 'AddRecordAcknowledge',
  /** [SMART] Logout acknowledged: the agent may log out (or, with a delay, must wait). `LogOutAcknowledge`, capital O. */
  logoutAck: 'LogOutAcknowledge',
  /** [CODE] PreviewDialingModeStart acknowledged. */
  previewDialingModeStartAck: 'PreviewDialingModeStartAcknowledge',
  /** [CODE] PreviewDialingModeOver acknowledged. */
  previewDialingModeOverAck: 'PreviewDialingModeOverAcknowledge',
  /** [UNCONFIRMED] ReadyTime acknowledged. */
  readyTimeAck: 'ReadyTimeAcknowledge',
});

/**
 * The shape of {@link userEvents}.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const e: Partial<genesys.ocs.UserEvents> = { readyTimeAck: 'ReadyTimeAck' };
 * ```
 */
export type UserEvents = { readonly [K in keyof typeof userEvents]: string };

/**
 * The campaign dialing modes as OCS names them in a campaign notice, to dialdesk's dialing modes.
 * `Preview` is confirmed ([GWS]: the StartPreviewSession sample's `dialingMode`; [CODE]: desktops
 * compare `GSW_CAMPAIGN_MODE` with it). [UNCONFIRMED] the others: they are the dialing modes'
 * names written without spaces, and no source read shows them as wire values. Override or add with the `modes` option.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.ocs.campaignModes.Predictive; // 'predictive'
 * ```
 */
export const campaignModes: Readonly<Record<string, string>> = Object.freeze({
  Preview: 'preview',
  PushPreview: 'push-preview',
  Progressive: 'progressive',
  Predictive: 'predictive',
  ProgressiveWithSeizing: 'progressive-with-seizing',
  PredictiveWithSeizing: 'predictive-with-seizing',
  Power: 'power',
});
