import { fail, isInstant, ok, type Result } from '../core/internal.js';
import { addDays, daysBetween, formatTime, parseDate, zone as parseZone, type LocalDate, type ZoneName } from '../time/index.js';
import { dateToUtcMidnight } from '../time/local-values.js';
import type { CallbackErrorCode } from './codes.js';
import { rangeLabeller } from './labels.js';
import type { Slot } from './slot.js';
import { buildTimeline, compatibleInstant, offsetAt, segmentIndex, type OffsetSegment, type Timeline } from './timeline.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Why a grid cell cannot be chosen. Checked in this order, the first that applies wins:
 * - `past`: the cell has started (`start < at`).
 * - `too-soon`: it starts before `at` plus the minimum notice.
 * - `beyond-horizon`: it starts at or after `at` plus the horizon.
 * - `closed`: no slot covers it (outside business hours, a closed date, a zero capacity).
 * - `full`: its slot has no remaining capacity.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const why: callback.CellReason = 'full';
 * ```
 */
export type CellReason = 'past' | 'too-soon' | 'beyond-horizon' | 'closed' | 'full';

/**
 * One cell of the schedule grid: a slot, or a stretch of closed time.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const cell: callback.GridCell = {
 *   start: Date.UTC(2026, 10, 24, 15), end: Date.UTC(2026, 10, 24, 15, 15), label: '10:00 AM – 10:15 AM',
 *   available: true, reason: null, slot: { start: Date.UTC(2026, 10, 24, 15), end: Date.UTC(2026, 10, 24, 15, 15), capacity: 4, remaining: 2 },
 * };
 * ```
 */
export interface GridCell {
  /** First instant, epoch ms UTC. */
  readonly start: number;
  /** First instant after the cell, epoch ms UTC. */
  readonly end: number;
  /** The time range in the display zone and locale, for example `10:00 AM – 10:15 AM`. */
  readonly label: string;
  /** True when the cell is a slot that can be chosen now. */
  readonly available: boolean;
  /** Why it cannot be chosen, or `null` when it can. */
  readonly reason: CellReason | null;
  /** The slot behind the cell, or `null` for closed time. */
  readonly slot: Slot | null;
}

/**
 * The schedule grid of one local day in the display zone.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.grid({ slots: [], date: '2026-11-24', zone: 'UTC', at: Date.UTC(2026, 10, 23), locale: 'en-GB', cellMinutes: 60 });
 * if (r.ok) r.value.cells.length; // 24 closed cells
 * ```
 */
export interface Grid {
  /** The local date shown. */
  readonly date: LocalDate;
  /** The display zone (canonical). */
  readonly zone: ZoneName;
  /** First instant of the day in the display zone. */
  readonly start: number;
  /** First instant of the next day. */
  readonly end: number;
  /** Cells in time order, covering the day (or only from the first to the last slot with `span: 'slots'`). */
  readonly cells: readonly GridCell[];
  /** How many cells are available. */
  readonly availableCount: number;
}

/**
 * Input of {@link grid}.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const input: callback.GridInput = { slots: [], date: '2026-11-24', zone: 'Europe/Paris', at: Date.UTC(2026, 10, 24, 8), locale: 'fr-FR' };
 * ```
 */
export interface GridInput {
  /** Slots sorted by start and non-overlapping (as computed or parsed); may span many days. */
  readonly slots: readonly Slot[];
  /** The local date to show, in the display zone. */
  readonly date: string;
  /** The display zone (may differ from the business zone). */
  readonly zone: string;
  /** Now, epoch ms UTC. */
  readonly at: number;
  /** A BCP 47 locale for the labels. */
  readonly locale: string;
  /** Force a 12-hour or 24-hour clock in labels; by default the locale decides. */
  readonly hour12?: boolean;
  /** Minimum notice in minutes (cells starting earlier are `too-soon`); default 0. */
  readonly noticeMinutes?: number;
  /** Horizon in days from `at` (cells starting at or after it are `beyond-horizon`); default none. */
  readonly horizonDays?: number;
  /** Length of closed cells in minutes; default the longest slot given (at most 120), or 30. */
  readonly cellMinutes?: number;
  /** `day` (default): cells cover the whole day; `slots`: only from the first slot to the last one of the day. */
  readonly span?: 'day' | 'slots';
}

/**
 * Input of {@link gridDays}: a {@link GridInput} for a range of dates.
 *
 * @example
 * ```ts
 * import type { callback } from 'dialdesk';
 * const input: callback.GridDaysInput = { slots: [], from: '2026-11-24', until: '2026-11-30', zone: 'UTC', at: 0, locale: 'en-US' };
 * ```
 */
export interface GridDaysInput extends Omit<GridInput, 'date'> {
  /** First local date (inclusive). */
  readonly from: string;
  /** Last local date (inclusive), at most 366 days after `from`. */
  readonly until: string;
}

interface Checked {
  readonly zone: ZoneName;
  readonly locale: string;
  readonly cellMs: number;
  readonly lower: number;
  readonly upper: number;
}

function check(input: Omit<GridInput, 'date'>): Result<Checked, CallbackErrorCode> {
  if (typeof input !== 'object' || input === null) return fail('invalid-config', 'Expected a grid input object.', { input });
  const z = parseZone(input.zone);
  if (!z.ok) return fail('unknown-zone', z.error.message, z.error.details);
  if (!isInstant(input.at)) return fail('invalid-instant', '`at` must be epoch milliseconds.', { at: input.at });
  const probe = formatTime(0, 'UTC', input.locale);
  if (!probe.ok) return fail('invalid-locale', probe.error.message, probe.error.details);
  if (!Array.isArray(input.slots)) return fail('invalid-slots', '`slots` must be a list of slots.', { slots: input.slots });
  const slots = input.slots;
  let longest = 0;
  for (let i = 0; i < slots.length; i += 1) {
    const s = slots[i] as Slot;
    if (typeof s !== 'object' || s === null || !isInstant(s.start) || !isInstant(s.end) || s.end <= s.start || (i > 0 && s.start < (slots[i - 1] as Slot).end)) {
      return fail('invalid-slots', `Slot ${i} is malformed, or out of order with the one before.`, { index: i });
    }
    longest = Math.max(longest, s.end - s.start);
  }
  const cellMinutes = input.cellMinutes ?? (longest > 0 ? Math.min(120, Math.max(5, Math.round(longest / MINUTE))) : 30);
  if (!Number.isInteger(cellMinutes) || cellMinutes < 1 || cellMinutes > 1440) return fail('invalid-config', '`cellMinutes` must be whole minutes from 1 to 1440.', { cellMinutes });
  const notice = input.noticeMinutes ?? 0;
  if (!Number.isInteger(notice) || notice < 0) return fail('invalid-config', '`noticeMinutes` must be a non-negative integer.', { noticeMinutes: notice });
  const horizon = input.horizonDays;
  if (horizon !== undefined && (!Number.isInteger(horizon) || horizon < 1)) return fail('invalid-config', '`horizonDays` must be a positive integer.', { horizonDays: horizon });
  return ok({
    zone: z.value,
    locale: input.locale,
    cellMs: cellMinutes * MINUTE,
    lower: input.at + notice * MINUTE,
    upper: horizon === undefined ? Number.POSITIVE_INFINITY : input.at + horizon * DAY,
  });
}

/** Index of the first slot starting at or after `t`. */
function firstStartingFrom(slots: readonly Slot[], t: number): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((slots[mid] as Slot).start >= t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function reasonOf(start: number, slot: Slot | null, at: number, c: Checked): CellReason | null {
  if (start < at) return 'past';
  if (start < c.lower) return 'too-soon';
  if (start >= c.upper) return 'beyond-horizon';
  if (slot === null) return 'closed';
  if (slot.remaining <= 0) return 'full';
  return null;
}

function dayGrid(input: Omit<GridInput, 'date'>, c: Checked, tl: Timeline, date: LocalDate): Grid {
  const wall0 = dateToUtcMidnight(date);
  const dayStart = compatibleInstant(tl, wall0);
  const dayEnd = compatibleInstant(tl, wall0 + DAY);
  const slots = input.slots;
  const cells: GridCell[] = [];
  let available = 0;
  const label = rangeLabeller(c.locale, input.hour12);
  // One offset for every instant looked at (the day, and slots up to 15 hours around it) unless a
  // transition falls among them.
  const seg = tl.segments[segmentIndex(tl, dayStart)] as OffsetSegment;
  const steady = seg.start <= wall0 - 16 * HOUR && seg.end > wall0 + DAY + 16 * HOUR;
  const minuteOf = (t: number): number => {
    const wall = t + (steady ? seg.offset : offsetAt(tl, t));
    return Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
  };
  const push = (start: number, end: number, slot: Slot | null) => {
    const reason = reasonOf(start, slot, input.at, c);
    if (reason === null) available += 1;
    cells.push(Object.freeze({ start, end, label: label(minuteOf(start), minuteOf(end)), available: reason === null, reason, slot }));
  };
  const fill = (from: number, to: number) => {
    for (let t = from; t < to; t += c.cellMs) push(t, Math.min(to, t + c.cellMs), null);
  };
  // Slots whose start reads this date in the display zone (offsets are within ±15 h of UTC).
  let cursor = dayStart;
  const before = firstStartingFrom(slots, dayStart) - 1;
  if (before >= 0) cursor = Math.max(cursor, (slots[before] as Slot).end); // a slot of the day before running past midnight
  for (let i = firstStartingFrom(slots, wall0 - 15 * HOUR); i < slots.length; i += 1) {
    const s = slots[i] as Slot;
    if (s.start >= wall0 + DAY + 15 * HOUR) break;
    const wall = s.start + (steady ? seg.offset : offsetAt(tl, s.start));
    if (wall < wall0 || wall >= wall0 + DAY) continue;
    if (s.start > cursor && (input.span !== 'slots' || cells.length > 0)) fill(cursor, s.start);
    push(s.start, s.end, s);
    cursor = Math.max(cursor, s.end);
  }
  if (input.span !== 'slots') fill(cursor, dayEnd);
  return Object.freeze({ date, zone: c.zone, start: dayStart, end: dayEnd, cells: Object.freeze(cells), availableCount: available });
}

/**
 * The schedule grid of one local day of the display zone: the slots whose start falls on that date
 * there (a display day may take slots from two business days), with the closed time between and around
 * them cut into grey cells of `cellMinutes` (from midnight, or from the end of the slot before), so a UI
 * shows closed hours as cells rather than gaps. Each cell carries its time-range label in the display zone
 * and locale, and whether it can be chosen now or why not (see {@link CellReason}).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const slots = [{ start: Date.UTC(2026, 10, 24, 15), end: Date.UTC(2026, 10, 24, 15, 15), capacity: 4, remaining: 2 }];
 * const r = callback.grid({ slots, date: '2026-11-24', zone: 'America/New_York', at: Date.UTC(2026, 10, 24, 12), locale: 'en-US', span: 'slots' });
 * if (r.ok) r.value.cells[0]?.label; // '10:00 AM – 10:15 AM'
 * ```
 */
export function grid(input: GridInput): Result<Grid, CallbackErrorCode> {
  const c = check(input);
  if (!c.ok) return c;
  const date = parseDate(input.date);
  if (!date.ok || date.value === '9999-12-31') return fail('invalid-date', 'Expected a date written YYYY-MM-DD.', { date: input.date });
  const wall0 = dateToUtcMidnight(date.value);
  const tl = buildTimeline(c.value.zone, wall0 - 16 * HOUR, wall0 + DAY + 16 * HOUR);
  return ok(dayGrid(input, c.value, tl, date.value));
}

/**
 * The grids of a range of local dates (inclusive), sharing one pass over the zone's offsets: the same as
 * calling {@link grid} for each date, faster.
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.gridDays({ slots: [], from: '2026-11-24', until: '2026-11-30', zone: 'UTC', at: 0, locale: 'en-US' });
 * if (r.ok) r.value.length; // 7
 * ```
 */
export function gridDays(input: GridDaysInput): Result<readonly Grid[], CallbackErrorCode> {
  const c = check(input);
  if (!c.ok) return c;
  const from = parseDate(input.from);
  const until = parseDate(input.until);
  if (!from.ok || !until.ok) return fail('invalid-date', 'Expected dates written YYYY-MM-DD.', { from: input.from, until: input.until });
  const days = daysBetween(from.value, until.value);
  if (days < 0 || days > 366 || until.value === '9999-12-31') return fail('invalid-date', '`until` must be from `from` to 366 days after it.', { from: input.from, until: input.until });
  const tl = buildTimeline(c.value.zone, dateToUtcMidnight(from.value) - 16 * HOUR, dateToUtcMidnight(until.value) + DAY + 16 * HOUR);
  const out: Grid[] = [];
  for (let i = 0; i <= days; i += 1) out.push(dayGrid(input, c.value, tl, addDays(from.value, i)));
  return ok(Object.freeze(out));
}
