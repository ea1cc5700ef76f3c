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
 *   rescheduleQueue: null,
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
  /**
   * Workspace's `webcallback.reschedule-queue`: the queue in which the server places a rescheduled web
   * callback and from which it delivers it again at the new time (the machine then waits for
   * `callback-delivered` and sets no timer), or `null` (default): the desktop shows the notification
   * itself at the new time (a `wake`, then a `tick`). See `genesys.workspaceOptions`.
   */
  readonly rescheduleQueue: string | null;
}

/**
 * The defaults: 15 minutes to 8 hours, DST policy `compatible`, no minimum lead, the local notification.
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
  rescheduleQueue: null,
});

const POLICIES: readonly unknown[] = ['compatible', 'earlier', 'later', 'reject'];

function wholeMinutes(value: unknown, fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback;
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/**
 * Reads a partial configuration from untrusted data, filling in the defaults. Refuses (`invalid-input`)
 * durations that are not whole minutes, a minimum above the maximum, a maximum over 24 hours, a negative
 * lead, an unknown DST policy or a `rescheduleQueue` that is not `null` or a string of 1 to 255
 * characters. Never throws.
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
  if (!isRecord(value)) return fail('invalid-input', 'The configuration must be an object.', undefined, '$.config');
  const min = wholeMinutes(ownField(value, 'minDurationMinutes'), defaultConfig.minDurationMinutes, 1, 1440);
  const max = wholeMinutes(ownField(value, 'maxDurationMinutes'), defaultConfig.maxDurationMinutes, 1, 1440);
  const lead = wholeMinutes(ownField(value, 'minLeadMinutes'), defaultConfig.minLeadMinutes, 0, 525_600);
  const policy = ownField(value, 'policy') ?? defaultConfig.policy;
  if (min === null) return fail('invalid-input', 'minDurationMinutes must be whole minutes from 1 to 1440.', undefined, '$.config.minDurationMinutes');
  if (max === null || min > max) return fail('invalid-input', 'maxDurationMinutes must be whole minutes from minDurationMinutes to 1440.', undefined, '$.config.maxDurationMinutes');
  if (lead === null) return fail('invalid-input', 'The minimum lead must be a whole number of minutes, 0 or more.', undefined, '$.config.minLeadMinutes');
  if (!POLICIES.includes(policy)) return fail('invalid-input', `Unknown DST policy (${typeof policy === 'string' ? `a string of ${policy.length} characters` : typeof policy}).`, undefined, '$.config.policy');
  const queue = ownField(value, 'rescheduleQueue') ?? null;
  if (queue !== null && (typeof queue !== 'string' || queue.trim() === '' || queue.length > 255)) {
    return fail('invalid-input', 'rescheduleQueue must be null or a queue name of 1 to 255 characters.', undefined, '$.config.rescheduleQueue');
  }
  return ok(Object.freeze({ minDurationMinutes: min, maxDurationMinutes: max, policy: policy as DstPolicy, minLeadMinutes: lead, rescheduleQueue: queue === null ? null : queue.trim() }));
}
