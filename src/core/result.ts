import { rejection, type Rejection } from './rejection.js';

/**
 * The outcome of a total function such as a parser: a value, or a {@link Rejection}. Never a throw.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.zone('asia/calcutta');
 * if (r.ok) r.value; // 'Asia/Kolkata'
 * ```
 */
export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Rejection<Code> };

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Builds a failed {@link Result}.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.fail('invalid-date', 'Not a calendar date.', { value: '2026-02-30' }).ok; // false
 * ```
 */
export function fail<Code extends string>(
  code: Code,
  message: string,
  details?: unknown,
): { readonly ok: false; readonly error: Rejection<Code> } {
  return { ok: false, error: rejection(code, message, details) };
}
