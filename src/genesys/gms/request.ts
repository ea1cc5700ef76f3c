import { rangeError } from '../../core/internal.js';
/**
 * The callback operations a desktop asks GMS for: `availability`, `create`, `reschedule`, `cancel`,
 * `query-state`.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.gms.operations.includes('query-state'); // true
 * ```
 */
export const operations = Object.freeze(['availability', 'create', 'reschedule', 'cancel', 'query-state'] as const);

/**
 * One of the {@link operations}.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const o: genesys.gms.Operation = 'cancel';
 * ```
 */
export type Operation = (typeof operations)[number];

/**
 * One HTTP request for the host to send, as data: `kind` is the operation, `requestId` the id the answer
 * must carry back (DESIGN §2's `request` of a `send-request` effect). `path` is relative to the GMS (or
 * Engagement) base URL; `query` and `body` are flat string maps, the body sent form-encoded
 * ({@link formBody}) or as JSON (`JSON.stringify(body)`), as `contentType` says.
 *
 * @example
 * ```ts
 * import type { genesys } from 'dialdesk';
 * const r: genesys.gms.HttpRequest = {
 *   kind: 'cancel', requestId: 'cancel-1', method: 'DELETE',
 *   path: '/genesys/1/service/callback/callback-for-desktop/cb-42', query: {}, body: null, contentType: null,
 * };
 * ```
 */
export interface HttpRequest {
  /** The operation. */
  readonly kind: Operation;
  /** The id the answer must carry. */
  readonly requestId: string;
  /** The HTTP method. */
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path, segments percent-encoded. */
  readonly path: string;
  /** Query parameters (not yet encoded). */
  readonly query: Readonly<Record<string, string>>;
  /** The body fields, or `null`. */
  readonly body: Readonly<Record<string, string>> | null;
  /** How to encode `body` (form for GMS, JSON for Engagement v3), or `null` when there is none. */
  readonly contentType: 'application/x-www-form-urlencoded' | 'application/json' | null;
}

/**
 * Encodes a request body as `application/x-www-form-urlencoded` (the encoding of the GMS create example).
 *
 * @throws RangeError when `body` is not an object of string fields (a value its type rules out); the
 * message describes the offending value by kind and size.
 *
 * @example
 * ```ts
 * import { genesys } from 'dialdesk';
 * genesys.gms.formBody({ _customer_number: '+1 555', _desired_time: '2026-11-24T15:00:00.000Z' });
 * // '_customer_number=%2B1%20555&_desired_time=2026-11-24T15%3A00%3A00.000Z'
 * ```
 */
export function formBody(body: Readonly<Record<string, string>>): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw rangeError('genesys.formBody', 'an object of string fields', body);
  const pairs: string[] = [];
  for (const k of Object.keys(body)) {
    // Each value is read once and must be a string: never converted (a nested array or a `toString` object is refused).
    const v: unknown = body[k];
    if (typeof v !== 'string') throw rangeError('genesys.formBody', `a string for field ${pairs.length + 1}`, v);
    pairs.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  }
  return pairs.join('&');
}
