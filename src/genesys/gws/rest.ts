import { fail, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import type { WireRequest } from '../ocs/requests.js';

/**
 * One Web Services REST call: method, path and JSON body.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.gws.RestCall = { method: 'POST', path: '/api/v2/me/outbound-records/9', body: { operationName: 'RejectRecord' } };
 * ```
 */
export interface RestCall {
  /** Always `POST` for the Outbound API operations. */
  readonly method: 'POST';
  /** The request URL's path. */
  readonly path: string;
  /** The JSON body. */
  readonly body: Readonly<Record<string, string | number>>;
}

/**
 * What every GWS call needs besides the request.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.gws.RestContext = { applicationId: 134, devicePath: '/devices/ac7fe6bb', callingList: 'CallingList1' };
 * ```
 */
export interface RestContext {
  /** `applicationId`: the OCS application's DBID. */
  readonly applicationId: number;
  /** `devicePath`: the relative path of the agent's device. */
  readonly devicePath: string;
  /** `callingList` of the record (GWS requires it for RejectRecord, DoNotCallRecord, CompleteRecord). */
  readonly callingList?: string;
}

/**
 * Codes of {@link restCall}: `invalid-request`, `invalid-context`, and `unsupported-request` for a
 * request whose GWS operation is not documented in the GWS 8.5 Outbound API pages read (cancel, add
 * record, ready time, logout: no page for them was found; send those over T-Server).
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.gws.RestCode = 'unsupported-request';
 * ```
 */
export type RestCode = 'invalid-request' | 'invalid-context' | 'unsupported-request';

/**
 * Session operations on a campaign (GWS 8.5 Outbound API, "Start Preview Session" and "End Preview
 * Session", docs.genesys.com/Documentation/GWS/8.5.2/API/OutboundStartPreview and .../OutboundEndPreview:
 * `POST /api/v2/me/outbound-campaigns/<campaign-name>` with `operationName` `StartPreviewSession` |
 * `EndPreviewSession`, `applicationId`, `devicePath`, `referenceId`; answered on CometD by an
 * `OutboundCampaignMessage` `PreviewSessionStarted` | `PreviewSessionEnded`). They are the GWS form of
 * OCS's PreviewDialingModeStart and PreviewDialingModeOver. The pages show no body for extra keys, so
 * a request's `data` is not sent.
 */
const SESSION_OPERATIONS: Readonly<Record<string, string | undefined>> = Object.freeze({
  'preview-dialing-mode-start': 'StartPreviewSession',
  'preview-dialing-mode-over': 'EndPreviewSession',
});

const OPERATIONS = {
  'chained-records': 'GetChainedRecord',
  reject: 'RejectRecord',
  'do-not-call': 'DoNotCallRecord',
  update: 'UpdateRecord',
  processed: 'CompleteRecord',
  reschedule: 'RescheduleRecord',
} as const;

/**
 * The GWS 8.5 Outbound API call for a request (Web Services API, "Outbound API" operations: Request
 * Preview Record `POST /api/v2/me/outbound-campaigns/{campaign}` `GetPreviewRecord`; Start and End
 * Preview Session, the same path with `StartPreviewSession` | `EndPreviewSession`; Get Chained
 * Record, Reject, Do Not Call, Update, Complete, Reschedule Record: `POST
 * /api/v2/me/outbound-records/{handle}` with `operationName` `GetChainedRecord`, `RejectRecord`,
 * `DoNotCallRecord` (`chainAttribute` `AllChain` | `RecordOnly`), `UpdateRecord`, `CompleteRecord`,
 * `RescheduleRecord` (`callbackType` `Personal` | `Campaign`, `timestamp` in epoch seconds)). Every body
 * carries `applicationId`, `devicePath` and `referenceId` (a string, which CometD answers echo).
 * Custom fields and the call result are not sent: the stored pages do not show how GWS takes them.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const c = genesys.gws.restCall({ kind: 'reject', referenceId: 7, handle: 9, campaign: 'Campaign1' }, { applicationId: 134, devicePath: '/devices/2b00', callingList: 'CallingList1' });
 * if (c.ok) c.value; // { method: 'POST', path: '/api/v2/me/outbound-records/9', body: { operationName: 'RejectRecord', applicationId: 134, devicePath: '/devices/2b00', referenceId: '7', campaignName: 'Campaign1', callingList: 'CallingList1' } }
 * ```
 */
export function restCall(request: WireRequest, context: RestContext): Result<RestCall, RestCode> {
  if (!isRecord(context)) return fail('invalid-context', 'The context must be an object.', undefined, '$');
  const applicationId = ownField(context, 'applicationId');
  const devicePath = ownField(context, 'devicePath');
  const callingList = ownField(context, 'callingList');
  if (typeof applicationId !== 'number' || !Number.isSafeInteger(applicationId) || applicationId < 0) return fail('invalid-context', '`applicationId` must be a non-negative integer.', undefined, '$.applicationId');
  if (typeof devicePath !== 'string' || devicePath === '') return fail('invalid-context', '`devicePath` must be a non-empty string.', undefined, '$.devicePath');
  if (callingList !== undefined && (typeof callingList !== 'string' || callingList === '')) return fail('invalid-context', '`callingList` must be a non-empty string.', undefined, '$.callingList');
  if (!isRecord(request)) return fail('invalid-request', 'A request must be an object.', undefined, '$');
  const ref = ownField(request, 'referenceId');
  if (typeof ref !== 'number' || !Number.isSafeInteger(ref) || ref < 0) return fail('invalid-request', '`referenceId` must be a non-negative integer.', undefined, '$.referenceId');
  const common = { applicationId, devicePath, referenceId: String(ref) };
  const kind = ownField(request, 'kind');
  const campaignOp = kind === 'preview-record' ? 'GetPreviewRecord' : typeof kind === 'string' ? SESSION_OPERATIONS[kind] : undefined;
  if (campaignOp !== undefined) {
    const campaign = ownField(request, 'campaign');
    if (typeof campaign !== 'string' || campaign === '') return fail('invalid-request', 'GWS names the campaign in the path: `campaign` must be a campaign name.', undefined, '$.campaign');
    return ok({ method: 'POST', path: `/api/v2/me/outbound-campaigns/${encodeURIComponent(campaign)}`, body: { operationName: campaignOp, ...common } });
  }
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(OPERATIONS, kind)) {
    return fail('unsupported-request', 'The stored GWS Outbound API pages document no operation for this request.', undefined, '$.kind');
  }
  const op = kind as keyof typeof OPERATIONS;
  const handle = ownField(request, 'handle');
  const campaign = ownField(request, 'campaign');
  if (typeof handle !== 'number' || !Number.isSafeInteger(handle) || handle < 0) return fail('invalid-request', '`handle` must be a record handle.', undefined, '$.handle');
  if (typeof campaign !== 'string' || campaign === '') return fail('invalid-request', '`campaign` must be a campaign name.', undefined, '$.campaign');
  const body: Record<string, string | number> = { operationName: OPERATIONS[op], ...common, campaignName: campaign };
  if (typeof callingList === 'string' && op !== 'chained-records' && op !== 'reschedule') body.callingList = callingList;
  if (op === 'do-not-call') {
    const scope = ownField(request, 'scope');
    if (scope !== 'record' && scope !== 'chain') return fail('invalid-request', '`scope` must be record or chain.', undefined, '$.scope');
    body.chainAttribute = scope === 'chain' ? 'AllChain' : 'RecordOnly';
  }
  if (op === 'reschedule') {
    const type = ownField(request, 'callbackType');
    const when = ownField(request, 'dialSchedTime');
    if (type !== 'personal' && type !== 'campaign') return fail('invalid-request', '`callbackType` must be personal or campaign.', undefined, '$.callbackType');
    if (typeof when !== 'number' || !Number.isSafeInteger(when) || when < 0) return fail('invalid-request', '`dialSchedTime` must be epoch seconds.', undefined, '$.dialSchedTime');
    body.callbackType = type === 'personal' ? 'Personal' : 'Campaign';
    body.timestamp = when;
  }
  return ok({ method: 'POST', path: `/api/v2/me/outbound-records/${handle}`, body });
}
