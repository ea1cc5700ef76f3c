import { fail, isRecord, ok, ownField, type Result } from '../core/internal.js';
import type { DstPolicy } from '../time/index.js';

/**
 * How the reschedule view judges a new time. Every field has a default (see {@link defaultConfig}).
 *
 * @example
 * ```ts
 * import type { webcallback } from 'dialdesk';
 * const config: webcallback.WebCallbackConfig = {
 *   minDurationMinutes: 15,
 *   maxDurationMinutes: 480,
 *   policy: 'compatible',
 *   minLeadMinutes: 5,
 * };
 * ```
 */
export interface WebCallbackConfig {
  /** The shortest From–Till window, in minutes (default 15). */
  readonly minDurationMinutes: number;
  /** The longest From–Till window, in minutes (default 480, 8 hours; at most 1440). */
  readonly maxDurationMinutes: number;
  /** How a From in a DST gap or overlap becomes an instant (default `compatible`). */
  readonly policy: DstPolicy;
  /** How far ahead of now the new start must be, in minutes (default 0: any time in the future). */
  readonly minLeadMinutes: number;
}

/**
 * The defaults: 15 minutes to 8 hours, DST policy `compatible`, no minimum lead.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * webcallback.defaultConfig.maxDurationMinutes; // 480
 * ```
 */
export const defaultConfig: WebCallbackConfig = Object.freeze({
  minDurationMinutes: 15,
  maxDurationMinutes: 480,
  policy: 'compatible',
  minLeadMinutes: 0,
});

const POLICIES: readonly unknown[] = ['compatible', 'earlier', 'later', 'reject'];

function wholeMinutes(value: unknown, fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback;
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * Reads a partial configuration from untrusted data, filling in the defaults. Refuses (`invalid-input`)
 * durations that are not whole minutes, a minimum above the maximum, a maximum over 24 hours, a negative
 * lead or an unknown DST policy. Never throws.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const r = webcallback.parseConfig({ maxDurationMinutes: 120 });
 * if (r.ok) r.value.minDurationMinutes; // 15
 * ```
 */
export function parseConfig(value: unknown): Result<WebCallbackConfig, 'invalid-input'> {
  if (value === undefined || value === null) return ok(defaultConfig);
  if (!isRecord(value)) return fail('invalid-input', 'The configuration must be an object.', { path: '$.config' });
  const min = wholeMinutes(ownField(value, 'minDurationMinutes'), defaultConfig.minDurationMinutes, 1, 1440);
  const max = wholeMinutes(ownField(value, 'maxDurationMinutes'), defaultConfig.maxDurationMinutes, 1, 1440);
  const lead = wholeMinutes(ownField(value, 'minLeadMinutes'), defaultConfig.minLeadMinutes, 0, 525_600);
  const policy = ownField(value, 'policy') ?? defaultConfig.policy;
  if (min === null || max === null || min > max) {
    return fail('invalid-input', 'Durations must be whole minutes with 1 <= min <= max <= 1440.', { path: '$.config' });
  }
  if (lead === null) return fail('invalid-input', 'The minimum lead must be a whole number of minutes, 0 or more.', { path: '$.config.minLeadMinutes' });
  if (!POLICIES.includes(policy)) return fail('invalid-input', `Unknown DST policy: ${typeof policy === "string" ? policy : typeof policy}`, { path: '$.config.policy' });
  return ok(Object.freeze({ minDurationMinutes: min, maxDurationMinutes: max, policy: policy as DstPolicy, minLeadMinutes: lead }));
}
