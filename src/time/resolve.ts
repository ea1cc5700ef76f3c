import { fail, ok, ownField, type Result } from '../core/internal.js';
import { dateToUtcMidnight, parseDate, parseTime, utcMidnightToDate, minutesToTime } from './local-values.js';
import { DAY, MINUTE } from './durations.js';
import { offsetAt, pickInstant, wallInstants } from './engine.js';
import { zone as parseZone } from './zone.js';
import type { DstPolicy, LocalDate, LocalTime, ZoneName } from './types.js';
import type { TimeCode } from './codes.js';

/**
 * A local date and wall-clock time in a named zone: the input of {@link resolve}.
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const wall: time.WallTime = { date: '2026-03-08', time: '02:30', zone: 'America/New_York' };
 * ```
 */
export interface WallTime {
  /** The local date, `YYYY-MM-DD` (checked by {@link resolve}: input, so a plain string). */
  readonly date: string;
  /** The local time, `HH:mm` (checked). */
  readonly time: string;
  /** The IANA zone the wall time is read in (checked and canonicalised). */
  readonly zone: string;
}

/**
 * What kind of local time was resolved: one that exists once (`normal`), one skipped by a DST gap
 * (`gap`), or one that happens twice in a DST overlap (`overlap`).
 *
 * @example
 * ```ts
 * import type { time } from 'dialdesk';
 * const k: time.WallTimeKind = 'gap';
 * ```
 */
export type WallTimeKind = 'normal' | 'gap' | 'overlap';

/**
 * The instant a {@link WallTime} resolves to, and how.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * const r = time.resolve({ date: '2026-03-08', time: '02:30', zone: 'America/New_York' });
 * if (r.ok) [r.value.kind, r.value.shifted, r.value.time]; // ['gap', true, '03:30']
 * ```
 */
export interface Resolved {
  /** The instant, epoch milliseconds UTC. */
  readonly at: number;
  /** The canonical zone name. */
  readonly zone: ZoneName;
  /** The UTC offset at that instant, in minutes (e.g. -240 for EDT). */
  readonly offsetMinutes: number;
  /** Whether the wall time existed once, fell in a gap, or was ambiguous. */
  readonly kind: WallTimeKind;
  /** True when the instant's wall time differs from the one asked for (only in a gap). */
  readonly shifted: boolean;
  /** The local date at the instant (differs from the input only when a gap shift crosses midnight). */
  readonly date: LocalDate;
  /** The local time at the instant (`03:30` for `02:30` in a one-hour spring-forward gap). */
  readonly time: LocalTime;
}

const POLICIES: readonly string[] = ['compatible', 'earlier', 'later', 'reject'];

/**
 * Resolves a local date and time in a zone to an instant, with an explicit policy for DST gaps and
 * overlaps (see {@link DstPolicy}; default `compatible`). It never relies on luxon's guess for ambiguous
 * times: the candidate offsets are computed from the zone's rules, so the answer does not depend on
 * the machine's zone, date or season. Inputs are validated (`unknown-zone`, `invalid-date`,
 * `invalid-time`, `invalid-policy`); under `reject`, gaps and overlaps are refused with `time-in-gap`
 * and `time-ambiguous`. A gap shift is reported with `shifted: true` and the actual wall time.
 *
 * @example
 * ```ts
 * import { time } from 'dialdesk';
 * // Clocks go back at 02:00 on 2026-11-01 in New York: 01:30 happens twice.
 * const first = time.resolve({ date: '2026-11-01', time: '01:30', zone: 'America/New_York' });
 * const second = time.resolve({ date: '2026-11-01', time: '01:30', zone: 'America/New_York' }, 'later');
 * // first.value.at === Date.UTC(2026, 10, 1, 5, 30); second.value.at === Date.UTC(2026, 10, 1, 6, 30)
 * ```
 */
export function resolve(wall: WallTime, policy: DstPolicy = 'compatible'): Result<Resolved, TimeCode> {
  if (typeof wall !== 'object' || wall === null) return fail('invalid-input', 'Expected an object { date, time, zone }.', { kind: wall === null ? 'null' : typeof wall }, '$');
  const raw = wall as unknown as Readonly<Record<string, unknown>>;
  const z = parseZone(ownField(raw, 'zone'));
  if (!z.ok) return fail(z.error.code, z.error.message, z.error.details, '$.zone');
  const d = parseDate(ownField(raw, 'date'));
  if (!d.ok) return fail(d.error.code, d.error.message, d.error.details, '$.date');
  const t = parseTime(ownField(raw, 'time'));
  if (!t.ok) return fail(t.error.code, t.error.message, t.error.details, '$.time');
  if (typeof policy !== 'string' || !POLICIES.includes(policy)) {
    return fail('invalid-policy', 'A DST policy is one of compatible, earlier, later, reject.', { kind: policy === null ? 'null' : typeof policy });
  }
  return resolveValid(z.value, d.value, t.value, policy);
}

/** {@link resolve} for inputs already validated (canonical zone, valid date and time, valid policy). */
export function resolveValid(zone: ZoneName, date: LocalDate, time: LocalTime, policy: DstPolicy): Result<Resolved, TimeCode> {
  // The time is valid here: its minutes are read without parsing it again.
  const wallMs = dateToUtcMidnight(date) + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * MINUTE;
  const found = wallInstants(zone, wallMs);
  const { instants } = found;
  if (instants.length === 1) return ok(build(zone, instants[0] as number, 'normal', date, time, wallMs));
  if (policy === 'reject') {
    return instants.length === 2
      ? fail('time-ambiguous', `${date} ${time} happens twice in ${zone}.`, { date, time, zone, instants })
      : fail('time-in-gap', `${date} ${time} does not exist in ${zone}.`, { date, time, zone });
  }
  return ok(build(zone, pickInstant(found, wallMs, policy), instants.length === 2 ? 'overlap' : 'gap', date, time, wallMs));
}

function build(zone: ZoneName, at: number, kind: WallTimeKind, date: LocalDate, time: LocalTime, wallMs: number): Resolved {
  const offset = offsetAt(zone, at);
  const actualWall = at + offset * MINUTE;
  const shifted = actualWall !== wallMs;
  const actualDate = shifted ? utcMidnightToDate(actualWall - (((actualWall % DAY) + DAY) % DAY)) : date;
  const actualTime = shifted ? minutesToTime(Math.floor((((actualWall % DAY) + DAY) % DAY) / MINUTE)) : time;
  return Object.freeze({ at, zone, offsetMinutes: offset, kind, shifted, date: actualDate, time: actualTime });
}
