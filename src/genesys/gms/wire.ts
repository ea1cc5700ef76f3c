import type { lifecycle } from '../../callback/index.js';

type CallbackStatus = lifecycle.CallbackStatus;
type CompletionReason = lifecycle.CompletionReason;

/**
 * The wire vocabulary of the GMS Callback Services API, each string with its source. Only `genesys/gms`
 * spells these; the domain areas speak camelCase and kebab-case.
 *
 * Sources:
 * - [GMS-CB] GMS API Reference, "Callback Services API" (docs.genesys.com/Documentation/GMS/latest/API/CallbackServicesAPI):
 *   service URL `http://<host>:<port>/genesys/1/service/callback/{callback-execution-name}`, the create example
 *   (`POST /genesys/1/service/callback/...`, `Content-Type: application/x-www-form-urlencoded`,
 *   `_customer_number=...`), the callback states and the reasons for `COMPLETED`, the keys always returned by
 *   queries (`_id, _desired_time, _service_name, _callback_state, _expiration_time, _customer_number, _url,
 *   _callback_reason`), the options `_request_time_bucket`, `_business_hours_service`.
 * - [GMS-CAL] GMS API Reference, "Calendar Service API": the period parameters `start`, `number-of-days`, `end`
 *   ("ISO 8601 format, using UTC as timezone").
 * - [GMS-SDK] Genesys's GMS client libraries (GMSLibrary for iOS, `CallbackApiRequest.swift`; the GMS Android
 *   callback demo): methods and paths of cancel (DELETE `.../{service}/{id}`), reschedule (PUT
 *   `.../{service}/{id}` with `_new_desired_time`), availability v1 (`/1/service/callback/{service}/availability`
 *   with `start`, `number-of-days`, `end`, `max-time-slots`) and v2 (`/2/service/callback/{service}/availability`,
 *   adding `timezone`, `report-busy`, `start-ms`, `end-ms`), query by id (`/1/service/callback?_id=`).
 * - [ENG] Engagement API v3 reference (GenesysPureEngage engagement-client): `GET
 *   /engagement/v3/callbacks/availability/{service-name}` with `start`, `end`, `numberOfDays`, `maxTimeSlots`,
 *   `timezone`, `reportBusy`; the callback states `SCHEDULED, QUEUED, ROUTING, PROCESSING, COMPLETED`;
 *   `desiredTime` "ISO 8601 yyyy-MM-ddTHH:mm:ss.SSSZ such as 2013-05-28T15:30:00.000Z".
 *
 * Not confirmed (no source text reached): the brief's underscore spellings `_start`, `_number_of_days`,
 * `_end`, `_max_time_slots` for availability; every source above spells them without underscore, so those
 * are used. The exact body of a create response beyond `_id`, and of GMS v2 availability beyond `slots`.
 */
export const GMS_BASE = '/genesys';

/** Request body keys [GMS-CB] create example; [GMS-SDK] reschedule. */
export const KEY = Object.freeze({
  customerNumber: '_customer_number',
  desiredTime: '_desired_time',
  newDesiredTime: '_new_desired_time',
  id: '_id',
  state: '_callback_state',
  reason: '_callback_reason',
} as const);

/** Availability query parameters [GMS-CAL], [GMS-SDK] (v1: the first four; v2 adds the rest). */
export const QUERY = Object.freeze({
  start: 'start',
  numberOfDays: 'number-of-days',
  end: 'end',
  maxTimeSlots: 'max-time-slots',
  timezone: 'timezone',
  reportBusy: 'report-busy',
} as const);

/** Engagement v3 availability query parameters [ENG] `queryAvailabilityV2`. */
export const ENGAGEMENT_QUERY = Object.freeze({
  start: 'start',
  numberOfDays: 'numberOfDays',
  end: 'end',
  maxTimeSlots: 'maxTimeSlots',
  timezone: 'timezone',
  reportBusy: 'reportBusy',
} as const);

/** Engagement v3 callback operations and keys [ENG] CallbacksApi, CreateCallbackParms, CallbackIdParms, Callback. */
export const ENGAGEMENT = Object.freeze({
  create: '/engagement/v3/callbacks/create',
  cancel: '/engagement/v3/callbacks/cancel',
  retrieve: '/engagement/v3/callbacks/retrieve',
  serviceName: 'serviceName',
  phoneNumber: 'phoneNumber',
  desiredTime: 'desiredTime',
  offerType: 'cbOfferType',
  id: 'id',
  state: 'callbackState',
  reason: 'callbackReason',
} as const);

/** `cbOfferType` values [ENG] CreateCallbackParms: "Possible values are ASAP, SCHEDULED, COMBINED_SCHEDULED_AND_ASAP". */
export const OFFER_TYPES = Object.freeze({ asap: 'ASAP', scheduled: 'SCHEDULED', 'combined-scheduled-and-asap': 'COMBINED_SCHEDULED_AND_ASAP' } as const);

/** `_callback_state` values [GMS-CB] "callback states" (and [ENG] `callbackState`). */
export const STATES: Readonly<Record<string, CallbackStatus>> = Object.freeze({
  SCHEDULED: 'scheduled',
  QUEUED: 'queued',
  ROUTING: 'routing',
  PROCESSING: 'processing',
  COMPLETED: 'completed',
});

/**
 * `_callback_reason` values for `COMPLETED` [GMS-CB] "Reason for COMPLETED". `FAIL_USER_UNREACHABLE` is the
 * name `FAIL_CALL_TO_CUSTOMER` replaced in GMS 8.5.102.14; an older server may still send it.
 */
export const REASONS: Readonly<Record<string, CompletionReason>> = Object.freeze({
  CANCELLED: 'cancelled',
  AGENT_CONNECTED: 'agent-connected',
  NOT_AVAILABLE: 'not-available',
  FAIL_TIMEOUT_TTL: 'time-to-live-expired',
  FAIL_TARGET_NOT_FOUND: 'target-not-found',
  FAIL_INTERACTION_DELETED: 'interaction-deleted',
  FAIL_NO_CUSTOMER_NUMBER: 'no-customer-number',
  FAIL_USER_NO_CONFIRM: 'customer-not-confirmed',
  FAIL_QUEUEING: 'queueing-failed',
  FAIL_AGENT_CONNECT: 'agent-connect-failed',
  FAIL_CALL_TO_CUSTOMER: 'customer-call-failed',
  FAIL_USER_UNREACHABLE: 'customer-call-failed',
  FAIL_LOAD_MESSAGE_FILE: 'message-file-not-loaded',
  FAIL_IXN_UNKNOWN_MEDIA_TYPE: 'unsupported-media',
  FAIL_ERROR: 'failed',
});

/** `AGENT_PREVIEW_CANCEL_AFTER_<n>REJECTS` [GMS-CB]: the agent rejected the preview n times. */
export const PREVIEW_REJECTS = /^AGENT_PREVIEW_CANCEL_AFTER_([1-9][0-9]{0,5})REJECTS$/;
