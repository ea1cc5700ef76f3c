import { describe, fail, isInstant as coreIsInstant, isRecord, maxInstant, ok, ownField, type Result } from '../core/internal.js';
import {
  DAY as timeDAY,
  HOUR as timeHOUR,
  MINUTE as timeMINUTE,
  compatibleInstant as timeCompatibleInstant,
  daysBetween,
  offsetTimeline,
  parseDate,
  rangeLabeller,
  segmentIndex as timeSegmentIndex,
  timelineOffset as timeTimelineOffset,
  wallDate,
  wallMidnight,
  zone as parseZone,
  type LocalDate,
  type OffsetSegment,
  type Timeline,
  type ZoneName,
} from '../time/index.js';
import type { CallbackCode } from './codes.js';
import type { Slot } from './slot.js';
import { isMadeSlots } from './slot-list.js';

// Bound once at load: the hot loops below read module locals, not re-exported bindings (which a
// dev-mode module loader turns into getter chains). The durations are time's own constants, not copies:
// reading them through the import in the loops doubled the callback bench under vitest (issue 16).
const DAY = timeDAY;
const isInstant = coreIsInstant;
const HOUR = timeHOUR;
const MINUTE = timeMINUTE;
const compatibleInstant = timeCompatibleInstant;
const segmentIndex = timeSegmentIndex;
const timelineOffset = timeTimelineOffset;

/**
 * Why a grid cell cannot be chosen. Checked in this order, the first that applies wins:
 * - `past`: the cell has started (`start < at`).
 * - `time-too-soon`: it starts before `at` plus the minimum notice (the code a machine refuses such a time with).
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
export type CellReason = 'past' | 'time-too-soon' | 'beyond-horizon' | 'closed' | 'full';

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

/** A slot's capacity and remaining count: whole numbers from 0 (NaN, negatives and fractions are refused). */
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

interface Checked {
  readonly zone: ZoneName;
  readonly label: (fromMinute: number, untilMinute: number) => string;
  readonly cellMs: number;
  readonly at: number;
  readonly slots: readonly Slot[];
  readonly span: 'day' | 'slots';
  readonly lower: number;
  readonly upper: number;
}

/** A refusal naming the JSON path of the bad field and the kind and size of what was found, never its text. */
function bad(code: CallbackCode, path: string, expected: string, value: unknown): Result<never, CallbackCode> {
  return fail(code, `${path} must be ${expected}, not ${describe(value)}.`, { found: describe(value) }, path);
}

/** Reads the shared fields of a grid input (untrusted), each exactly once, and checks them. */
function check(input: unknown): Result<Checked, CallbackCode> {
  if (!isRecord(input)) return bad('invalid-config', '$', 'a grid input object', input);
  const zoneRaw = ownField(input, 'zone');
  const z = parseZone(zoneRaw);
  if (!z.ok) return bad('unknown-zone', '$.zone', 'an IANA zone', zoneRaw);
  const at = ownField(input, 'at');
  if (!isInstant(at)) return bad('invalid-instant', '$.at', `epoch milliseconds from 0 to ${maxInstant}`, at);
  const locale = ownField(input, 'locale');
  const hour12 = ownField(input, 'hour12');
  if (hour12 !== undefined && typeof hour12 !== 'boolean') return bad('invalid-config', '$.hour12', 'a boolean', hour12);
  // The labeller refuses any other string (over 64 characters, not a tag) with the same code and details.
  if (typeof locale !== 'string') return bad('invalid-locale', '$.locale', 'a BCP 47 locale', locale);
  const label = rangeLabeller(locale, hour12);
  if (!label.ok) return fail('invalid-locale', label.error.message, { found: describe(locale) }, '$.locale');
  const slotsRaw = ownField(input, 'slots');
  if (!Array.isArray(slotsRaw) || slotsRaw.length > 100_000) return bad('invalid-slots', '$.slots', 'a list of at most 100000 slots', slotsRaw);
  // A list computeSlots made holds frozen plain slots: their fields are read directly and the slots kept
  // as they are; any other slot is read once into a frozen copy. Both are checked alike.
  const made = isMadeSlots(slotsRaw);
  const slots: Slot[] = [];
  let longest = 0;
  for (let i = 0; i < slotsRaw.length; i += 1) {
    const s: unknown = (slotsRaw as readonly unknown[])[i];
    let start: unknown;
    let end: unknown;
    let capacity: unknown;
    let remaining: unknown;
    if (made) {
      ({ start, end, capacity, remaining } = s as Slot);
    } else {
      if (!isRecord(s)) return bad('invalid-slots', `$.slots[${i}]`, 'a slot { start, end, capacity, remaining }', s);
      start = ownField(s, 'start');
      end = ownField(s, 'end');
      capacity = ownField(s, 'capacity');
      remaining = ownField(s, 'remaining');
    }
    if (!isInstant(start)) return bad('invalid-slots', `$.slots[${i}].start`, 'an instant', start);
    if (!isInstant(end) || end <= start) return bad('invalid-slots', `$.slots[${i}].end`, 'an instant after `start`', end);
    const prev = slots[i - 1];
    if (prev !== undefined && start < prev.end) return bad('invalid-slots', `$.slots[${i}].start`, 'at or after the end of the slot before (slots sorted, not overlapping)', start);
    // Whole numbers from 0: NaN, infinities, negatives and fractions never reach a cell.
    if (!isCount(capacity)) return bad('invalid-slots', `$.slots[${i}].capacity`, 'a whole number from 0', capacity);
    if (!isCount(remaining)) return bad('invalid-slots', `$.slots[${i}].remaining`, 'a whole number from 0', remaining);
    // A plain copy, read once: a getter cannot change a slot between the check and the cells.
    slots.push(made ? (s as Slot) : Object.freeze({ start, end, capacity, remaining }));
    longest = Math.max(longest, end - start);
  }
  const cellRaw = ownField(input, 'cellMinutes');
  const cellMinutes = cellRaw ?? (longest > 0 ? Math.min(120, Math.max(5, Math.round(longest / MINUTE))) : 30);
  if (typeof cellMinutes !== 'number' || !Number.isInteger(cellMinutes) || cellMinutes < 1 || cellMinutes > 1440) return bad('invalid-config', '$.cellMinutes', 'whole minutes from 1 to 1440', cellRaw);
  const notice = ownField(input, 'noticeMinutes') ?? 0;
  if (typeof notice !== 'number' || !Number.isInteger(notice) || notice < 0 || notice > 525_600) return bad('invalid-config', '$.noticeMinutes', 'whole minutes from 0 to 525600', notice);
  const horizon = ownField(input, 'horizonDays');
  if (horizon !== undefined && (typeof horizon !== 'number' || !Number.isInteger(horizon) || horizon < 1 || horizon > 3660)) return bad('invalid-config', '$.horizonDays', 'whole days from 1 to 3660', horizon);
  const span = ownField(input, 'span') ?? 'day';
  if (span !== 'day' && span !== 'slots') return bad('invalid-config', '$.span', "'day' or 'slots'", span);
  return ok({
    zone: z.value,
    label: label.value,
    cellMs: cellMinutes * MINUTE,
    at,
    slots,
    span,
    lower: at + notice * MINUTE,
    upper: horizon === undefined ? Number.POSITIVE_INFINITY : at + horizon * DAY,
  });
}

/** The offsets of a validated zone around a range of dates (null only outside the engine's range). */
function timelineOf(zone: ZoneName, start: number, end: number): Timeline | null {
  const r = offsetTimeline(zone, { start, end });
  return r.ok ? r.value : null;
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
  if (start < c.lower) return 'time-too-soon';
  if (start >= c.upper) return 'beyond-horizon';
  if (slot === null) return 'closed';
  if (slot.remaining <= 0) return 'full';
  return null;
}

function dayGrid(c: Checked, tl: Timeline, date: LocalDate, wall0: number): Grid {
  const dayStart = compatibleInstant(tl, wall0);
  const dayEnd = compatibleInstant(tl, wall0 + DAY);
  const slots = c.slots;
  const cells: GridCell[] = [];
  let available = 0;
  const label = c.label;
  // One offset for every instant looked at (the day, and slots up to 15 hours around it) unless a
  // transition falls among them.
  const seg = tl.segments[segmentIndex(tl, dayStart)] as OffsetSegment;
  const steady = seg.start <= wall0 - 16 * HOUR && seg.end > wall0 + DAY + 16 * HOUR;
  const minuteOf = (t: number): number => {
    const wall = t + (steady ? seg.offset : timelineOffset(tl, t));
    return Math.floor((((wall % DAY) + DAY) % DAY) / MINUTE);
  };
  const push = (start: number, end: number, slot: Slot | null) => {
    const reason = reasonOf(start, slot, c.at, c);
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
    const wall = s.start + (steady ? seg.offset : timelineOffset(tl, s.start));
    if (wall < wall0 || wall >= wall0 + DAY) continue;
    if (s.start > cursor && (c.span !== 'slots' || cells.length > 0)) fill(cursor, s.start);
    push(s.start, s.end, s);
    cursor = Math.max(cursor, s.end);
  }
  if (c.span !== 'slots') fill(cursor, dayEnd);
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
export function grid(input: GridInput): Result<Grid, CallbackCode> {
  const c = check(input);
  if (!c.ok) return c;
  const dateRaw = ownField(input as unknown as Readonly<Record<string, unknown>>, 'date');
  const date = parseDate(dateRaw);
  if (!date.ok || date.value === '9999-12-31') return bad('invalid-date', '$.date', 'a date written YYYY-MM-DD (at most 9999-12-30)', dateRaw);
  const wall0 = wallMidnight(date.value);
  const tl = timelineOf(c.value.zone, wall0 - 16 * HOUR, wall0 + DAY + 16 * HOUR);
  if (tl === null) return bad('invalid-date', '$.date', 'a date in the supported range', dateRaw);
  return ok(dayGrid(c.value, tl, date.value, wall0));
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
export function gridDays(input: GridDaysInput): Result<readonly Grid[], CallbackCode> {
  const c = check(input);
  if (!c.ok) return c;
  const raw = input as unknown as Readonly<Record<string, unknown>>;
  const fromRaw = ownField(raw, 'from');
  const untilRaw = ownField(raw, 'until');
  const from = parseDate(fromRaw);
  if (!from.ok) return bad('invalid-date', '$.from', 'a date written YYYY-MM-DD', fromRaw);
  const until = parseDate(untilRaw);
  if (!until.ok) return bad('invalid-date', '$.until', 'a date written YYYY-MM-DD', untilRaw);
  const days = daysBetween(from.value, until.value);
  if (days < 0 || days > 366 || until.value === '9999-12-31') return fail('invalid-date', '`until` must be from `from` to 366 days after it (and at most 9999-12-30).', { days }, '$.until');
  const first = wallMidnight(from.value);
  const tl = timelineOf(c.value.zone, first - 16 * HOUR, wallMidnight(until.value) + DAY + 16 * HOUR);
  if (tl === null) return bad('invalid-date', '$.from', 'a date in the supported range', fromRaw);
  const out: Grid[] = [];
  for (let i = 0, wall0 = first; i <= days; i += 1, wall0 += DAY) out.push(dayGrid(c.value, tl, wallDate(wall0), wall0));
  return ok(Object.freeze(out));
}
