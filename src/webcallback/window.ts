import { describe, fail, isRecord, ok, ownField, type Result } from '../core/internal.js';
import { MINUTE, addDays, daysBetween, local, resolve, timeToMinutes, type DstPolicy, type LocalDate, type LocalTime, type Resolved, type TimeCode, type ZoneName } from '../time/index.js';

/**
 * The instants and local readings of a draft's From–Till window.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const w = webcallback.windowOf({ on: '2026-03-08', from: '01:00', durationMinutes: 120, to: '1' }, 'America/New_York');
 * if (w.ok) [w.value.endTime, w.value.wallMinutes]; // ['04:00', 180]: the clocks skip 02:00 to 03:00
 * ```
 */
export interface DraftWindow {
  /** The start instant, epoch ms UTC. */
  readonly start: number;
  /** The end instant: `start` plus the duration, epoch ms UTC. */
  readonly end: number;
  /** The local date at the start (differs from On only when a gap shift crosses midnight). */
  readonly startDate: LocalDate;
  /** The local time at the start (differs from From only when From is in a gap). */
  readonly startTime: LocalTime;
  /** The local date at the end (the next day when Till crosses midnight). */
  readonly endDate: LocalDate;
  /** The local time at the end: the Till label. */
  readonly endTime: LocalTime;
  /** Whether From existed once (`normal`), fell in a DST gap (`gap`) or happened twice (`overlap`). */
  readonly kind: Resolved['kind'];
  /** True when From was in a gap and the start moved (the agent should be told). */
  readonly shifted: boolean;
  /** Elapsed minutes from start to end (the duration). */
  readonly durationMinutes: number;
  /** Wall-clock minutes from the start reading to the end reading (differs from the duration across a DST change). */
  readonly wallMinutes: number;
}

/**
 * Resolves a draft's window in the agent's zone under a DST policy (default `compatible`): the start is
 * On and From resolved with the policy, the end is the start plus the duration, read in the zone.
 * Refuses a From in a gap or overlap under `reject` (`time-in-gap`, `time-ambiguous`) and malformed
 * values (a draft that is not an object, or whose `durationMinutes` is not a finite number, is
 * `invalid-input` with the path of what is wrong); never throws.
 *
 * @example
 * ```ts
 * import { webcallback } from 'dialdesk';
 * const w = webcallback.windowOf({ on: '2026-11-24', from: '23:00', durationMinutes: 120, to: '1' }, 'Europe/Paris');
 * if (w.ok) [w.value.endDate, w.value.endTime]; // ['2026-11-25', '01:00']
 * ```
 */
export function windowOf(draft: { readonly on: string; readonly from: string; readonly durationMinutes: number; readonly to?: string }, zone: string, policy: DstPolicy = 'compatible'): Result<DraftWindow, TimeCode> {
  if (!isRecord(draft)) return fail('invalid-input', `A draft must be an object { on, from, durationMinutes, to }, not ${describe(draft)}.`, undefined, '$');
  const durationMinutes = ownField(draft, 'durationMinutes');
  if (typeof durationMinutes !== 'number' || !Number.isFinite(durationMinutes)) {
    return fail('invalid-input', `\`durationMinutes\` must be a finite number, not ${describe(durationMinutes)}.`, undefined, '$.durationMinutes');
  }
  const start = resolve({ date: ownField(draft, 'on'), time: ownField(draft, 'from'), zone } as Parameters<typeof resolve>[0], policy);
  if (!start.ok) return start;
  const end = start.value.at + durationMinutes * MINUTE;
  const reading = local(end, zone);
  if (!reading.ok) return reading;
  const wallMinutes =
    daysBetween(start.value.date, reading.value.date) * 1440 + reading.value.minuteOfDay - timeToMinutes(start.value.time);
  return ok(
    Object.freeze({
      start: start.value.at,
      end,
      startDate: start.value.date,
      startTime: start.value.time,
      endDate: reading.value.date,
      endTime: reading.value.time,
      kind: start.value.kind,
      shifted: start.value.shifted,
      durationMinutes,
      wallMinutes,
    }),
  );
}

/**
 * The start instant of On and From for computing durations: the configured policy, or `compatible`
 * where the policy is `reject` and From is in a gap or overlap (the refusal is reported elsewhere).
 */
export function looseStart(on: LocalDate, from: LocalTime, zone: ZoneName, policy: DstPolicy): number | null {
  const strict = resolve({ date: on, time: from, zone }, policy);
  if (strict.ok) return strict.value.at;
  const loose = resolve({ date: on, time: from, zone }, 'compatible');
  return loose.ok ? loose.value.at : null;
}

/**
 * Elapsed minutes from the instant `start` to the next instant after it at which the zone's clock shows
 * `till` (so a Till earlier than the start's time is on the next day; in a DST overlap the second
 * occurrence counts; in a gap, it moves forward by the gap like the `compatible` policy). Null for unreadable input.
 */
export function minutesUntilTill(start: number, till: LocalTime, zone: ZoneName): number | null {
  const reading = local(start, zone);
  if (!reading.ok) return null;
  for (const date of [reading.value.date, addDays(reading.value.date, 1), addDays(reading.value.date, 2)]) {
    const first = resolve({ date, time: till, zone }, 'earlier');
    // In a gap, Till moves forward by the gap as the `compatible` policy does (02:30 becomes 03:30).
    const policies = first.ok && first.value.kind === 'gap' ? (['later'] as const) : (['earlier', 'later'] as const);
    for (const policy of policies) {
      const r = resolve({ date, time: till, zone }, policy);
      if (r.ok && r.value.at > start) return Math.round((r.value.at - start) / MINUTE);
    }
  }
  return null;
}
