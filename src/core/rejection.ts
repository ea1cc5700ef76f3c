/**
 * Why a machine refused an event or a parser refused its input.
 *
 * `code` is stable kebab-case and safe to switch on; `message` is for people and may change; `path` is
 * the JSON path of the offending value (`$.callback.numbers[0]`) when one value is to blame; `details`
 * carries other structured context (the limit that was crossed, the pending request).
 *
 * @example
 * ```ts
 * import type { Rejection } from 'dialdesk';
 * const why: Rejection = { code: 'time-in-past', message: 'The callback time has passed.', path: '$.time' };
 * ```
 */
export interface Rejection<Code extends string = string> {
  /** Stable kebab-case error code, for example `slot-unavailable` or `unknown-zone`. */
  readonly code: Code;
  /** A human-readable explanation; not part of the contract. */
  readonly message: string;
  /** The JSON path of the offending value, such as `$.callback.numbers[0]` (`$` is the whole input or event). */
  readonly path?: string;
  /** Optional structured context (the limit that was crossed, the pending request). */
  readonly details?: unknown;
}

/**
 * Builds a frozen {@link Rejection} (internal: areas import it by path).
 */
export function rejection<Code extends string>(code: Code, message: string, details?: unknown, path?: string): Rejection<Code> {
  const r: { code: Code; message: string; path?: string; details?: unknown } = { code, message };
  if (path !== undefined) r.path = path;
  if (details !== undefined) r.details = details;
  return Object.freeze(r);
}
