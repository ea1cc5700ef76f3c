import type { WebCallbackErrorCode } from './codes.js';

/**
 * A field of the Reschedule Callback view.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const f: webcallback.Field = 'from';
 * ```
 */
export type Field = 'on' | 'from' | 'till' | 'to';

/**
 * Why the view's values cannot be committed: a field, a stable code and a message.
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const p: webcallback.Problem = { field: 'from', code: 'time-in-past', message: 'The new time has passed.' };
 * ```
 */
export interface Problem {
  /** The field to mark. */
  readonly field: Field;
  /** A stable code. */
  readonly code: WebCallbackErrorCode;
  /** A human-readable explanation. */
  readonly message: string;
}
