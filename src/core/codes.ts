/**
 * Error codes shared by every machine. Each area adds its own codes; these are the common ones.
 *
 * - `invalid-event`: the event is not an object with a string `type`, or a field is missing or mistyped.
 * - `unknown-event`: the event's `type` is not one this machine knows.
 * - `invalid-instant`: `at` is not a finite, non-negative number of epoch milliseconds.
 * - `time-went-backwards`: `at` is earlier than the last event the machine accepted.
 * - `event-not-allowed`: a well-formed event that the current state does not accept.
 * - `invalid-input`: `start` was given input it cannot use.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.commonCodes.includes('time-went-backwards'); // true
 * ```
 */
export const commonCodes = Object.freeze([
  'invalid-event',
  'unknown-event',
  'invalid-instant',
  'time-went-backwards',
  'event-not-allowed',
  'invalid-input',
] as const);

/**
 * One of the {@link commonCodes}.
 *
 * @example
 * ```ts
 * import type { core } from 'dialdesk';
 * const code: core.CommonCode = 'event-not-allowed';
 * ```
 */
export type CommonCode = (typeof commonCodes)[number];
