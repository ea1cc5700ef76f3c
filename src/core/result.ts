import { rejection, type Rejection } from './rejection.js';

/**
 * A successful {@link Result}.
 *
 * @example
 * ```ts
 * import type { core } from 'dialdesk';
 * const r: core.Ok<number> = { ok: true, value: 1 };
 * ```
 */
export interface Ok<T> {
  /** Always `true`. */
  readonly ok: true;
  /** The parsed or computed value. */
  readonly value: T;
}

/**
 * A failed {@link Result}.
 *
 * @example
 * ```ts
 * import type { core } from 'dialdesk';
 * const r: core.Fail = { ok: false, error: { code: 'invalid-date', message: 'Not a date.' } };
 * ```
 */
export interface Fail<Code extends string = string> {
  /** Always `false`. */
  readonly ok: false;
  /** Why there is no value. */
  readonly error: Rejection<Code>;
}

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
export type Result<T, Code extends string = string> = Ok<T> | Fail<Code>;

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Builds a failed {@link Result}; `path` is the JSON path of the offending value, if one is to blame.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.fail('invalid-date', 'Not a calendar date.', undefined, '$.date').ok; // false
 * ```
 */
export function fail<Code extends string>(code: Code, message: string, details?: unknown, path?: string): Fail<Code> {
  return { ok: false, error: rejection(code, message, details, path) };
}
