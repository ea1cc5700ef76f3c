/**
 * The latest instant dialdesk supports: 9999-12-30T00:00Z (epoch milliseconds). Every local date of an
 * instant up to it, in any zone, is still a supported date (up to 9999-12-31), so no area ever meets a
 * date it cannot name. It is the one range for every machine, parser and selector.
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.maxInstant === Date.UTC(9999, 11, 30); // true
 * ```
 */
export const maxInstant = 253_402_128_000_000;

/**
 * True for an instant dialdesk supports: a finite number of epoch milliseconds from 0 to
 * {@link maxInstant}, and not `-0` (which a JSON round trip would turn into `0`).
 *
 * @example
 * ```ts
 * import { core } from 'dialdesk';
 * core.isInstant(1_764_000_000_000); // true
 * core.isInstant(1e300); // false: beyond maxInstant
 * core.isInstant(-0); // false
 * ```
 */
export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= maxInstant && !Object.is(value, -0);
}
