import { DAY, MINUTE, local, maxInstant, type LocalReading, type ZoneName } from '../../time/index.js';
import type { RescheduleConfig } from './input.js';

/** The zone the agent's date and time entry is read in (see {@link RescheduleConfig.entryZone}). */
export function entryZoneOf(config: RescheduleConfig): ZoneName {
  return config.entryZone === 'contact' ? config.contactZone : config.agentZone;
}

/** Reads an instant in an already validated zone. */
export function readAt(at: number, zone: ZoneName): LocalReading {
  const r = local(at, zone);
  // Zones in the config were validated by `start`, and instants come from checked events.
  if (!r.ok) throw new Error(`reschedule: cannot read ${at} in ${zone}: ${r.error.code}`);
  return r.value;
}

/** The first and last selectable calendar days in the entry zone at `now`. */
export function selectableRange(config: RescheduleConfig, now: number): { readonly first: string; readonly last: string } {
  const z = entryZoneOf(config);
  return { first: readAt(now, z).date, last: readAt(latestInstant(config, now), z).date };
}

/** The earliest instant a callback may be at: now plus the minimum lead (and never now itself). */
export function earliestInstant(config: RescheduleConfig, now: number): number {
  return now + Math.max(config.minimumLeadMinutes * MINUTE, 1);
}

/** The latest instant a callback may be at: now plus the horizon. */
export function latestInstant(config: RescheduleConfig, now: number): number {
  return now + config.horizonDays * DAY;
}

/** The longest horizon a reschedule config may have, in days. */
export const MAX_HORIZON_DAYS = 366;

/**
 * The latest instant the machine accepts in an event or input: `time.maxInstant` less the longest
 * horizon, so that the last selectable instant is still a supported one.
 */
export const LATEST_INSTANT = maxInstant - MAX_HORIZON_DAYS * DAY;
