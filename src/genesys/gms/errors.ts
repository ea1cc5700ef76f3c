import { isRecord, ownField, rejection, type Rejection } from '../../core/internal.js';
import { parseGmsAvailability, type Slot } from '../../callback/index.js';
import type { GmsCode } from './codes.js';

const MAX_ECHO = 300;

/** A server string kept for diagnosis: only a string, cut to a bounded length. */
function echo(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, MAX_ECHO) : undefined;
}

/**
 * How the server's words are recognised. GMS answers a refused request with an HTTP error status and a JSON
 * body `{ message, exception, error?, availability? }`: this shape, and the exception class
 * `com.genesyslab.gsg.services.callback.CallbackExceptionAvailability` for a desired time the office cannot
 * take ("Office closed at desired time"), are what Genesys's own GMS callback sample reads
 * (`CallbackRescheduleException { message, exception, error, availability }`); the `availability` map offers
 * other slots. The throttle text is the one Genesys's GMS functional tests assert (HTTP 503, "Callback for
 * _customer_number=... rejected because previous callbacks for this parameter were requested for more than N
 * times today.").
 *
 * NOT confirmed against the API reference (its error table was not reachable): the wording GMS uses for a
 * full bucket, for `_reject_future_desired_time` and for `_enable_in_queue_checking`. Those are recognised by
 * the keywords below and fall back to `server-refused` otherwise; a host that sees other wording can map
 * `details.exception` / `details.serverMessage` itself.
 */
const RULES: readonly (readonly [GmsCode, RegExp])[] = [
  ['throttled', /rejected because previous callbacks/i],
  ['duplicate-in-queue', /already (in (the )?queue|queued|exists)|duplicate|in[-_ ]queue/i],
  ['desired-time-too-far', /future|too far|reject_future_desired_time/i],
  ['time-slot-full', /full|capacity|bucket|max(imum)? (number of )?request/i],
  ['desired-time-outside-business-hours', /office hours|business hours|outside|closed/i],
];

const MESSAGES: Readonly<Record<string, string>> = {
  throttled: 'The server refused: too many callbacks were requested for this number today.',
  'duplicate-in-queue': 'A callback for this number is already waiting in the queue.',
  'desired-time-too-far': 'That time is too far ahead for this callback service.',
  'time-slot-full': 'That time slot is full.',
  'desired-time-outside-business-hours': 'That time is outside business hours.',
  'callback-not-found': 'The server knows no such callback.',
  'server-error': 'The callback server failed to answer the request.',
  'server-refused': 'The callback server refused the request.',
};

function classify(status: number, exception: string, message: string): GmsCode {
  const text = `${exception} ${message}`;
  for (const [code, pattern] of RULES) if (pattern.test(text)) return code;
  if (/CallbackExceptionAvailability$/.test(exception)) return 'desired-time-outside-business-hours';
  if (status === 404) return 'callback-not-found';
  return status >= 500 ? 'server-error' : 'server-refused';
}

/**
 * Reads a GMS error answer (any status outside 200–299) as a typed refusal the dialog or lifecycle shows:
 * its `code` is one of `desired-time-outside-business-hours`, `time-slot-full`, `desired-time-too-far`,
 * `duplicate-in-queue`, `throttled`, `callback-not-found`, `server-refused`, `server-error`; its `message`
 * is dialdesk's own (never the server's text); `details` keeps `status`, the server's `exception` and
 * `message` cut to 300 characters, and the alternative `slots` when the body offers an `availability` map.
 * Total on any body and status (a status that is not an HTTP status, 100 to 599, is kept as `0`).
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * const why = genesys.gms.decodeError(400, {
 *   message: 'Desired time is outside of office hours',
 *   exception: 'com.genesyslab.gsg.services.callback.CallbackExceptionAvailability',
 * });
 * why.code; // 'desired-time-outside-business-hours'
 * ```
 */
export function decodeError(status: number, body: unknown, bucketMinutes?: number): Rejection<GmsCode> {
  // The status is read as a plain HTTP status, never converted: an object here (even one with a
  // `toString` key) is no status, and the answer is judged as one without (status 0).
  const httpStatus = typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599 ? status : 0;
  const raw = isRecord(body) ? body : {};
  const exception = echo(ownField(raw, 'exception')) ?? '';
  const message = echo(ownField(raw, 'message')) ?? echo(ownField(raw, 'error')) ?? '';
  const code = classify(httpStatus, exception, message);
  let slots: readonly Slot[] | undefined;
  const offered = ownField(raw, 'availability');
  if (isRecord(offered)) {
    const parsed = parseGmsAvailability(offered, bucketMinutes === undefined ? {} : { durationMin: bucketMinutes });
    if (parsed.ok) slots = parsed.value.slots;
  }
  const details = {
    status: httpStatus,
    ...(exception === '' ? {} : { exception }),
    ...(message === '' ? {} : { serverMessage: message }),
    ...(slots === undefined ? {} : { slots }),
  };
  return rejection<GmsCode>(code, MESSAGES[code] ?? 'The callback server refused the request.', details);
}
