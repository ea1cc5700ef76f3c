import { DAY, MINUTE, local, type LocalDate, type LocalReading, type ZoneName } from '../../time/index.js';
import { maxInstant } from '../../core/internal.js';
import type { RescheduleConfig } from './input.js';
import { selectorAt } from '../../core/internal.js';

/** The zone the agent's date and time entry is read in (see {@link RescheduleConfig.entryZone}). */
export function entryZoneOf(config: Pick<RescheduleConfig, 'entryZone' | 'contactZone' | 'agentZone'>): ZoneName {
  return config.entryZone === 'contact' ? config.contactZone : config.agentZone;
}

/**
 * Reads an instant in a zone of the config. The zones were checked by `start` or `restore`, and every
 * instant read here is a checked event's `at` (at most {@link LATEST_INSTANT}), that plus the horizon,
 * or a resolved callback time that `assess` has found within the horizon; an instant outside the
 * supported range is read as the nearest supported one, so the reading cannot fail.
 */
export function readAt(at: number, zone: ZoneName): LocalReading {
  const r = local(Math.min(Math.max(at, 0), maxInstant), zone);
  if (r.ok) return r.value;
  // Unreachable for a state made by `start` or accepted by `restore`: both check the zones.
  throw new Error('reschedule: a zone of the state is not a zone (restore the state first)');
}

/**
 * The instant a selector reads at: `core`'s selector rule (`at`, or the state's last instant for an `at`
 * before it or not an instant), kept at or before {@link LATEST_INSTANT} unless the state is already past it.
 */
export function selectorInstant(lastAt: number, at: unknown): number {
  return Math.min(selectorAt(lastAt, at), Math.max(lastAt, LATEST_INSTANT));
}

/** The first and last selectable calendar days in the entry zone at `now`. */
export function selectableRange(config: RescheduleConfig, now: number): { readonly first: LocalDate; readonly last: LocalDate } {
  const z = entryZoneOf(config);
  return { first: readAt(now, z).date, last: readAt(latestInstant(config, now), z).date };
}

/** The earliest instant a callback may be at: now plus the minimum lead (and never now itself). */
export function earliestInstant(config: Pick<RescheduleConfig, 'minimumLeadMinutes'>, now: number): number {
  return now + Math.max(config.minimumLeadMinutes * MINUTE, 1);
}

/** The latest instant a callback may be at: now plus the horizon. */
export function latestInstant(config: RescheduleConfig, now: number): number {
  return now + config.horizonDays * DAY;
}

/** The longest horizon a reschedule config may have, in days. */
export const MAX_HORIZON_DAYS = 366;

/**
 * The latest instant the machine accepts in an event or input: `core.maxInstant` less the longest
 * horizon, so that the last selectable instant is still a supported one.
 */
export const LATEST_INSTANT = maxInstant - MAX_HORIZON_DAYS * DAY;
