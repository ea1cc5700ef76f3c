import { d, isInstant, rangeError } from '../../core/internal.js';
import { addDays, minutesToTime, resolve, type LocalDate, type LocalTime } from '../../time/index.js';
import type { RescheduleConfig } from './input.js';
import { proposalConfig } from './restore.js';
import { earliestInstant, entryZoneOf, readAt } from './zones.js';

/** What {@link proposeTime} reads of a configuration. */
type ProposalConfig = Pick<RescheduleConfig, 'entryZone' | 'contactZone' | 'agentZone' | 'minimumLeadMinutes' | 'stepMinutes' | 'dstPolicy'>;

/**
 * A date and time proposal on the agent's clock.
 *
 * @example
 * ```ts
 * import type { outbound, time } from 'dialdesk';
 * declare const date: time.LocalDate; // '2026-11-24', from time.parseDate or a state
 * declare const at: time.LocalTime; // '10:30', from time.parseTime or a state
 * const p: outbound.reschedule.Proposal = { date, time: at };
 * ```
 */
export interface Proposal {
  /** Local date in the entry zone. */
  readonly date: LocalDate;
  /** Local time in the entry zone, on the step grid. */
  readonly time: LocalTime;
}

/**
 * The default date and time of a fresh draft: the first time on the step grid (every `stepMinutes`
 * from midnight, in the entry zone) that is at least the minimum lead after `now` and that exists
 * under the DST policy. A grid time in a DST gap resolved forward is proposed as the wall time it
 * becomes (02:00 → 03:00), so the field never shows a time that does not exist.
 *
 * @throws RangeError when `config` is not a reschedule configuration (as `start` keeps it in
 * `state.config`: zones, entry zone, step, minimum lead and DST policy are read) or `now` is not a
 * supported instant.
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * // 10:07 in New York with a 30-minute step: 10:30.
 * const step = outbound.reschedule.machine.start({
 *   at: Date.UTC(2026, 10, 24, 15, 7), recordHandle: 1, chain: [],
 *   contactZone: 'America/New_York', agentZone: 'America/New_York',
 * });
 * if (step.ok) outbound.reschedule.proposeTime(step.state.config, Date.UTC(2026, 10, 24, 15, 7)); // { date: '2026-11-24', time: '10:30' }
 * ```
 */
export function proposeTime(config: RescheduleConfig, now: number): Proposal {
  const read = d.run(proposalConfig, config);
  if (read instanceof d.Problem) throw rangeError('outbound.reschedule.proposeTime', 'a reschedule configuration (state.config)', config);
  if (!isInstant(now)) throw rangeError('outbound.reschedule.proposeTime', 'an epoch-millisecond instant from 0 to core.maxInstant', now);
  return propose(read, now);
}

/** {@link proposeTime} on a configuration already checked (internal: `start` and the transitions). */
export function propose(config: ProposalConfig, now: number): Proposal {
  const zone = entryZoneOf(config);
  const earliest = earliestInstant(config, now);
  const reading = readAt(earliest, zone);
  const step = config.stepMinutes;
  const exact = reading.second === 0 && earliest % 1000 === 0;
  let minute = Math.ceil((reading.minuteOfDay + (exact ? 0 : 1 / 60)) / step) * step;
  let date = reading.date;
  for (let i = 0; i < (2 * 1440) / step + 4; i += 1) {
    if (minute >= 1440) {
      minute -= 1440;
      date = addDays(date, 1);
    }
    const r = resolve({ date, time: minutesToTime(minute), zone }, config.dstPolicy);
    if (r.ok && r.value.at >= earliest) return { date: r.value.date, time: r.value.time };
    minute += step;
  }
  return { date: reading.date, time: reading.time };
}
