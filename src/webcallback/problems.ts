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

