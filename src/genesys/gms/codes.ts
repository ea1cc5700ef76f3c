/**
 * The refusal codes of `genesys.gms`, for the builders, the decoders and the bridge machine:
 *
 * Server answers (the dialog and lifecycle show these as the reason of a failed commit or request):
 * - `desired-time-outside-business-hours`: the desired time is outside the service's business hours
 *   (`_business_hours_service`).
 * - `time-slot-full`: the time bucket of the desired time has no capacity left.
 * - `desired-time-too-far`: the desired time is further ahead than `_reject_future_desired_time` allows.
 * - `duplicate-in-queue`: a callback for the same number is already queued (`_enable_in_queue_checking`).
 * - `throttled`: the server's throttle refused the request (too many callbacks for the number today).
 * - `callback-not-found`: no callback with that id (HTTP 404).
 * - `server-refused`: any other refusal (HTTP 4xx); `server-error`: HTTP 5xx.
 * - `invalid-response`: a success whose body does not have the documented shape (`details.path`).
 * - `unknown-completion-reason`: a `COMPLETED` callback whose `_callback_reason` is not a documented reason.
 * - `request-timed-out`: no answer before the deadline.
 *
 * Builders and bridge:
 * - `invalid-service`: the service name is empty or not a string, or a bucket GMS does not allow.
 * - `number-required`: a create without a customer number (`_customer_number` is mandatory).
 * - `unsupported-operation`: an effect this adapter does not send (a dialog `close`), or an operation the
 *   chosen API has no endpoint for.
 * - `invalid-request`: a malformed effect (missing request id, callback id or instants).
 * - `duplicate-request`: a request id already in flight; `unknown-request`: an answer for no request in flight.
 * - `invalid-instant`: an event whose `at` is not a supported instant (0 to `core.maxInstant`);
 *   `time-went-backwards`: an event earlier than the last one the bridge accepted.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.gms.codes.includes('time-slot-full'); // true
 * ```
 */
export const codes = Object.freeze([
  'desired-time-outside-business-hours',
  'time-slot-full',
  'desired-time-too-far',
  'duplicate-in-queue',
  'throttled',
  'callback-not-found',
  'server-refused',
  'server-error',
  'invalid-response',
  'unknown-completion-reason',
  'request-timed-out',
  'invalid-service',
  'number-required',
  'unsupported-operation',
  'invalid-request',
  'duplicate-request',
  'unknown-request',
  'invalid-input',
  'invalid-event',
  'invalid-instant',
  'time-went-backwards',
  'unknown-event',
  'invalid-state',
] as const);

/**
 * One of the {@link codes}.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const c: genesys.gms.GmsCode = 'duplicate-in-queue';
 * ```
 */
export type GmsCode = (typeof codes)[number];
