import { isRecord, ok, ownField, type Result } from '../core/internal.js';
import { parseDate, parseTime, timeToMinutes, weekdays, zone as parseZone, type LocalDate, type LocalTime, type Weekday } from '../time/index.js';
import type { CallbackCode } from './codes.js';
import { child, refusedAt } from './path.js';
import { bucketSizes, type AvailabilityRules, type BucketMinutes, type CapacityStep, type CapacityTable, type OpenPeriod } from './rules.js';

type Parsed<T> = Result<T, CallbackCode>;

function bad(code: CallbackCode, path: string, message: string, value: unknown): Parsed<never> {
  return refusedAt(code, path, message, value);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** An `until` (`HH:mm` or `24:00`) with its minutes after midnight. */
function parseUntil(v: unknown): { readonly until: LocalTime | '24:00'; readonly minutes: number } | null {
  if (v === '24:00') return { until: v, minutes: 1440 };
  const t = parseTime(v);
  return t.ok ? { until: t.value, minutes: timeToMinutes(t.value) } : null;
}

/** Parses one day's list of open periods: sorted by the caller's order check, no overlaps (internal: `computeSlots` checks hand-built rules with it). */
export function parsePeriods(raw: unknown, path: string): Parsed<readonly OpenPeriod[]> {
  if (!Array.isArray(raw)) return bad('invalid-config', path, 'expected a list of { from, until } periods.', raw);
  const list = raw as readonly unknown[];
  const out: { from: LocalTime; until: LocalTime | '24:00'; a: number; b: number }[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const p = child(path, i);
    const item = list[i];
    if (!isRecord(item)) return bad('invalid-config', p, 'expected { from, until }.', item);
    const from = parseTime(ownField(item, 'from'));
    if (!from.ok) return bad('invalid-time', child(p, 'from'), 'expected HH:mm from 00:00 to 23:59.', ownField(item, 'from'));
    const untilRaw = ownField(item, 'until');
    const until = parseUntil(untilRaw);
    if (until === null) return bad('invalid-time', child(p, 'until'), 'expected HH:mm or 24:00.', untilRaw);
    const a = timeToMinutes(from.value);
    const b = until.minutes;
    if (b <= a) return bad('invalid-period', child(p, 'until'), '`until` must be after `from` (periods do not cross midnight).', untilRaw);
    out.push({ from: from.value, until: until.until, a, b });
  }
  const sorted = out.map((x, i) => ({ ...x, i })).sort((x, y) => x.a - y.a);
  for (let k = 1; k < sorted.length; k += 1) {
    const prev = sorted[k - 1] as (typeof sorted)[number];
    const cur = sorted[k] as (typeof sorted)[number];
    if (cur.a < prev.b) return bad('invalid-period', child(path, cur.i), `overlaps ${prev.from}–${prev.until}.`, list[cur.i]);
  }
  return ok(Object.freeze(sorted.map((x) => Object.freeze({ from: x.from, until: x.until }))));
}

function parseWeekly(raw: unknown): Parsed<Readonly<Record<Weekday, readonly OpenPeriod[]>>> {
  if (!isRecord(raw)) return bad('invalid-config', '$.weekly', 'expected { mon: [...], ... }.', raw);
  for (const key of Object.keys(raw)) {
    if (!(weekdays as readonly string[]).includes(key)) return bad('invalid-config', child('$.weekly', key), 'not a weekday (mon ... sun).', key);
  }
  const out = {} as Record<Weekday, readonly OpenPeriod[]>;
  for (const day of weekdays) {
    const v = ownField(raw, day);
    if (v === undefined) {
      out[day] = Object.freeze([]);
      continue;
    }
    const periods = parsePeriods(v, child('$.weekly', day));
    if (!periods.ok) return periods;
    out[day] = periods.value;
  }
  return ok(Object.freeze(out));
}

function parseSpecial(raw: unknown): Parsed<Readonly<Record<LocalDate, readonly OpenPeriod[]>>> {
  if (raw === undefined) return ok(Object.freeze({}));
  if (!isRecord(raw)) return bad('invalid-config', '$.special', 'expected { "YYYY-MM-DD": [...] }.', raw);
  const out: Record<LocalDate, readonly OpenPeriod[]> = {};
  for (const key of Object.keys(raw).sort()) {
    const path = child('$.special', key);
    const date = parseDate(key);
    if (!date.ok) return bad('invalid-date', path, 'keys must be dates written YYYY-MM-DD.', key);
    const periods = parsePeriods(ownField(raw, key), path);
    if (!periods.ok) return periods;
    out[date.value] = periods.value;
  }
  return ok(Object.freeze(out));
}

const STEP_KEY = /^(\d{2}):?(\d{2})$/;

function parseCapacity(raw: unknown): Parsed<number | CapacityTable> {
  if (typeof raw === 'number') {
    return isCount(raw) ? ok(raw) : bad('invalid-capacity', '$.capacity', 'expected a non-negative integer.', raw);
  }
  if (!isRecord(raw)) return bad('invalid-capacity', '$.capacity', 'expected a number or { default?, mon?: { "0900": n }, ... }.', raw);
  let def = 0;
  const weekly = {} as Record<Weekday, readonly CapacityStep[]>;
  for (const day of weekdays) weekly[day] = Object.freeze([]);
  for (const key of Object.keys(raw)) {
    const path = child('$.capacity', key);
    const v = ownField(raw, key);
    if (key === 'default') {
      if (!isCount(v)) return bad('invalid-capacity', path, 'expected a non-negative integer.', v);
      def = v;
      continue;
    }
    if (!(weekdays as readonly string[]).includes(key)) return bad('invalid-capacity', path, 'not `default` or a weekday (mon ... sun).', key);
    if (!isRecord(v)) return bad('invalid-capacity', path, 'expected { "0900": n, ... }.', v);
    const steps: CapacityStep[] = [];
    for (const time of Object.keys(v)) {
      const stepPath = child(path, time);
      const m = STEP_KEY.exec(time);
      const t = m ? parseTime(`${m[1]}:${m[2]}`) : null;
      if (t === null || !t.ok) return bad('invalid-capacity', stepPath, 'keys must be start times written HHmm or HH:mm.', time);
      const n = ownField(v, time);
      if (!isCount(n)) return bad('invalid-capacity', stepPath, 'expected a non-negative integer.', n);
      if (steps.some((s) => s.from === t.value)) return bad('invalid-capacity', stepPath, 'the same time appears twice.', time);
      steps.push(Object.freeze({ from: t.value, capacity: n }));
    }
    steps.sort((a, b) => timeToMinutes(a.from) - timeToMinutes(b.from));
    weekly[key as Weekday] = Object.freeze(steps);
  }
  return ok(Object.freeze({ default: def, weekly: Object.freeze(weekly) }));
}

function parseOptionalInt(raw: unknown, path: string, fallback: number, min: number, max: number): Parsed<number> {
  if (raw === undefined) return ok(fallback);
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > max) {
    return bad('invalid-config', path, `expected an integer from ${min} to ${max}.`, raw);
  }
  return ok(raw);
}

/**
 * Validates an availability configuration (see {@link AvailabilityConfig}) into {@link AvailabilityRules}.
 * Total: any input gives a value or a rejection whose `details.path` is the JSON path of the first bad
 * field (`$.weekly.mon[1].from`); never a throw, never a half-parsed value. Only own keys are read, so
 * `__proto__` and friends are inert (an unknown weekday key is refused rather than ignored, so that a
 * typo cannot silently close a day).
 *
 * @example
 * ```ts
 * import { callback } from 'dialdesk';
 * const r = callback.parseAvailabilityConfig({
 *   zone: 'America/New_York',
 *   bucketMinutes: 15,
 *   weekly: { mon: [{ from: '08:00', until: '20:00' }], tue: [{ from: '08:00', until: '20:00' }] },
 *   capacity: { default: 2, mon: { '0900': 4, '1200': 2 } },
 * });
 * r.ok; // true
 * ```
 */
export function parseAvailabilityConfig(raw: unknown): Result<AvailabilityRules, CallbackCode> {
  if (!isRecord(raw)) return bad('invalid-config', '$', 'expected an object.', raw);
  const zoneRaw = ownField(raw, 'zone');
  const zone = parseZone(zoneRaw);
  if (!zone.ok) return bad('unknown-zone', '$.zone', 'not an IANA time zone.', zoneRaw);
  const bucketRaw = ownField(raw, 'bucketMinutes');
  if (!(bucketSizes as readonly unknown[]).includes(bucketRaw)) {
    return bad('invalid-bucket', '$.bucketMinutes', `expected one of ${bucketSizes.join(', ')}.`, bucketRaw);
  }
  const weekly = parseWeekly(ownField(raw, 'weekly'));
  if (!weekly.ok) return weekly;
  const special = parseSpecial(ownField(raw, 'special'));
  if (!special.ok) return special;
  const capacity = parseCapacity(ownField(raw, 'capacity'));
  if (!capacity.ok) return capacity;
  const horizon = parseOptionalInt(ownField(raw, 'horizonDays'), '$.horizonDays', 30, 1, 366);
  if (!horizon.ok) return horizon;
  const notice = parseOptionalInt(ownField(raw, 'noticeMinutes'), '$.noticeMinutes', 0, 0, horizon.value * 1440);
  if (!notice.ok) return notice;
  const rules: AvailabilityRules = Object.freeze({
    zone: zone.value,
    bucketMinutes: bucketRaw as BucketMinutes,
    weekly: weekly.value,
    special: special.value,
    capacity: capacity.value,
    noticeMinutes: notice.value,
    horizonDays: horizon.value,
  });
  parsedRules.add(rules);
  return ok(rules);
}

/** Rules this parser made: deeply frozen and checked, so `computeSlots` need not check them again. */
const parsedRules = new WeakSet<object>();

/** Whether `rules` came from {@link parseAvailabilityConfig} (internal: `computeSlots` skips its checks for them). */
export function isParsedRules(rules: unknown): boolean {
  return typeof rules === 'object' && rules !== null && parsedRules.has(rules);
}
