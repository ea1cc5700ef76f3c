import { rejection, type Rejection } from './rejection.js';

/**
 * True for a non-null, non-array object. Reads on such a value should use own properties only
 * (see {@link ownField}) so that keys like `__proto__` stay inert.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.isRecord({ a: 1 }); // true
 * core.isRecord([1]); // false
 * ```
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an own property of untrusted data; inherited keys (`__proto__`, `constructor`, ...) read as `undefined`.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.ownField({ a: 1 }, 'a'); // 1
 * core.ownField({}, 'constructor'); // undefined
 * ```
 */
export function ownField(value: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/**
 * True for a finite, non-negative number: what an `at` instant (epoch milliseconds UTC) must be.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.isInstant(1_764_000_000_000); // true
 * core.isInstant(Number.NaN); // false
 * ```
 */
export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Checks the envelope every event shares: an object with a string `type` and a valid `at` that is not
 * earlier than `lastAt`. Returns `undefined` when the envelope is sound, or the {@link Rejection}.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.checkEnvelope({ type: 'tick', at: 5 }, 10)?.code; // 'time-went-backwards'
 * core.checkEnvelope({ type: 'tick', at: 15 }, 10); // undefined
 * ```
 */
export function checkEnvelope(event: unknown, lastAt: number): Rejection | undefined {
  if (!isRecord(event) || typeof ownField(event, 'type') !== 'string') {
    return rejection('invalid-event', 'An event must be an object with a string `type`.');
  }
  const at = ownField(event, 'at');
  if (!isInstant(at)) {
    return rejection('invalid-instant', '`at` must be a finite, non-negative epoch-millisecond number.', { at });
  }
  if (at < lastAt) {
    return rejection('time-went-backwards', `Event at ${at} is earlier than the last accepted event at ${lastAt}.`, {
      at,
      lastAt,
    });
  }
  return undefined;
}
