/**
 * Why a machine refused an event or a parser refused its input.
 *
 * `code` is stable kebab-case and safe to switch on; `message` is for people and may change;
 * `details` carries structured context such as the offending field or JSON path.
 *
 * @example
 * ```ts
 * import type { Rejection } from 'dialdesk';
 * const why: Rejection = { code: 'time-in-past', message: 'The callback time has passed.', details: { field: 'time' } };
 * ```
 */
export interface Rejection<Code extends string = string> {
  /** Stable kebab-case error code, for example `slot-unavailable` or `unknown-zone`. */
  readonly code: Code;
  /** A human-readable explanation; not part of the contract. */
  readonly message: string;
  /** Optional structured context (a field name, a JSON path, the limit that was crossed). */
  readonly details?: unknown;
}

/**
 * Builds a frozen {@link Rejection}.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * const r = core.rejection('unknown-zone', 'Not an IANA zone: Mars/Base', { zone: 'Mars/Base' });
 * r.code; // 'unknown-zone'
 * ```
 */
export function rejection<Code extends string>(code: Code, message: string, details?: unknown): Rejection<Code> {
  return Object.freeze(details === undefined ? { code, message } : { code, message, details });
}
