/**
 * One second in milliseconds: `1_000`.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const at = Date.UTC(2026, 10, 24) + 30 * time.SECOND;
 * ```
 */
export const SECOND = 1_000;

/**
 * One minute in milliseconds: `60_000`. The one copy of this number in the package.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const slotEnd = Date.UTC(2026, 10, 24, 15) + 15 * time.MINUTE;
 * ```
 */
export const MINUTE = 60_000;

/**
 * One hour in milliseconds: `3_600_000` (elapsed time: a local day can have 23 or 25 of them).
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const later = Date.UTC(2026, 10, 24, 15) + 2 * time.HOUR;
 * ```
 */
export const HOUR = 3_600_000;

/**
 * Twenty-four hours in milliseconds: `86_400_000`. Elapsed time, not a local day: use `time.day` for
 * the length of a calendar day in a zone.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const horizon = Date.UTC(2026, 10, 24) + 60 * time.DAY;
 * ```
 */
export const DAY = 86_400_000;
