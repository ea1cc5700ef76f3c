import type { LocalDate, LocalTime, Weekday, ZoneName } from '../time/index.js';

/**
 * The bucket sizes a callback schedule can use, in minutes.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * callback.bucketSizes.includes(15); // true
 * ```
 */
export const bucketSizes = Object.freeze([5, 10, 15, 20, 30, 60, 120] as const);

/**
 * One of the {@link bucketSizes}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const size: callback.BucketMinutes = 15;
 * ```
 */
export type BucketMinutes = (typeof bucketSizes)[number];

/**
 * An open period of one local day in the business zone: `[from, until)` of wall-clock time. `until` may
 * be `24:00` (the end of the day); periods never cross midnight (split one into two days instead).
 *
 * @example
 * ```ts
 * import type { callback, time } from 'dialdesk';
 * declare const eight: time.LocalTime; // '08:00', from time.parseTime or a state
 * declare const noon: time.LocalTime; // '12:00', from time.parseTime or a state
 * const morning: callback.OpenPeriod = { from: eight, until: noon };
 * ```
 */
export interface OpenPeriod {
  /** Opening wall-clock time, `HH:mm`. Buckets start here and every bucket size after it. */
  readonly from: LocalTime;
  /** Closing wall-clock time, `HH:mm` or `24:00`, after `from`. A bucket that would end after it is not offered. */
  readonly until: LocalTime | '24:00';
}

/**
 * A capacity that changes from a local start time on, for one weekday.
 *
 * @example
 * ```ts
 * import type { callback, time } from 'dialdesk';
 * declare const noon: time.LocalTime; // '12:00', from time.parseTime or a state
 * const step: callback.CapacityStep = { from: noon, capacity: 2 };
 * ```
 */
export interface CapacityStep {
  /** From this bucket start time on (until the next step), `HH:mm`. */
  readonly from: LocalTime;
  /** Callbacks per bucket. */
  readonly capacity: number;
}

/**
 * Capacity per weekday and local start time, parsed from `{ default?: n, mon: { '0900': 4, '1200': 2 } }`:
 * on Mondays, buckets starting 09:00 to 11:59 take 4 callbacks and buckets from 12:00 on take 2;
 * buckets before the first step (or on a weekday without steps) take `default`.
 *
 * @example
 * ```ts
 * import type { callback, time } from 'dialdesk';
 * declare const nine: time.LocalTime; // '09:00', from time.parseTime or a state
 * declare const noon: time.LocalTime; // '12:00', from time.parseTime or a state
 * const table: callback.CapacityTable = {
 *   default: 0,
 *   weekly: { mon: [{ from: nine, capacity: 4 }, { from: noon, capacity: 2 }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
 * };
 * ```
 */
export interface CapacityTable {
  /** Capacity where no step applies (0 when the input had no `default`). */
  readonly default: number;
  /** The steps of each weekday, sorted by `from`. */
  readonly weekly: Readonly<Record<Weekday, readonly CapacityStep[]>>;
}

/**
 * Validated availability rules, as returned by {@link parseAvailabilityConfig}: plain JSON data.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.parseAvailabilityConfig({
 *   zone: 'America/New_York', bucketMinutes: 15, capacity: 2,
 *   weekly: { mon: [{ from: '08:00', until: '20:00' }] },
 * });
 * if (r.ok) r.value.horizonDays; // 30
 * ```
 */
export interface AvailabilityRules {
  /** The business zone (canonical IANA name): hours, special dates and capacity times are read there. */
  readonly zone: ZoneName;
  /** The bucket size in minutes. */
  readonly bucketMinutes: BucketMinutes;
  /** Open periods of each weekday, sorted and non-overlapping (empty = closed). */
  readonly weekly: Readonly<Record<Weekday, readonly OpenPeriod[]>>;
  /** Dates whose periods replace their weekday's (an empty list closes the date). */
  readonly special: Readonly<Record<LocalDate, readonly OpenPeriod[]>>;
  /** One capacity for every bucket, or a {@link CapacityTable}. */
  readonly capacity: number | CapacityTable;
  /** Minimum notice in minutes: no slot starts before `at` plus this. */
  readonly noticeMinutes: number;
  /** Horizon in days: no slot starts at or after `at` plus this many 24-hour days. */
  readonly horizonDays: number;
}

/**
 * The raw input of {@link parseAvailabilityConfig} (what a host keeps in its configuration). Every field is
 * checked; this type only documents the expected shape.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const config: callback.AvailabilityConfig = {
 *   zone: 'Europe/London',
 *   bucketMinutes: 30,
 *   weekly: { mon: [{ from: '09:00', until: '12:00' }, { from: '13:00', until: '17:00' }] },
 *   special: { '2026-12-25': [], '2026-12-24': [{ from: '09:00', until: '12:00' }] },
 *   capacity: { default: 1, mon: { '0900': 4, '1200': 2 } },
 *   noticeMinutes: 60,
 *   horizonDays: 14,
 * };
 * ```
 */
export interface AvailabilityConfig {
  /** The business zone, an IANA name. */
  readonly zone: string;
  /** 5, 10, 15, 20, 30, 60 or 120. */
  readonly bucketMinutes: number;
  /** Open periods per weekday (`mon` ... `sun`), `{ from: 'HH:mm', until: 'HH:mm' or '24:00' }`; a missing weekday is closed. */
  readonly weekly: Readonly<Partial<Record<Weekday, readonly {
    /** Opening time, `HH:mm`. */
    readonly from: string;
    /** Closing time, `HH:mm` or `24:00`. */
    readonly until: string;
  }[]>>>;
  /** Special dates (`YYYY-MM-DD`) replacing their weekday: `[]` is closed. */
  readonly special?: Readonly<Record<string, readonly {
    /** Opening time, `HH:mm`. */
    readonly from: string;
    /** Closing time, `HH:mm` or `24:00`. */
    readonly until: string;
  }[]>>;
  /** A non-negative integer, or `{ default?: n, mon?: { '0900': n, ... }, ... }` (keys `HHmm` or `HH:mm`). */
  readonly capacity: number | Readonly<Record<string, number | Readonly<Record<string, number>>>>;
  /** Minimum notice in minutes (integer, default 0). */
  readonly noticeMinutes?: number;
  /** Horizon in days (integer 1 to 366, default 30). */
  readonly horizonDays?: number;
}
