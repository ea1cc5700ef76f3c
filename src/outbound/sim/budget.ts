import { maxInstant } from '../../core/internal.js';
import { meanOf } from './random.js';
import type { Scenario } from './scenario.js';

/**
 * The last instant a simulated event may carry: the package's one supported range (`core.maxInstant`,
 * 9999-12-30T00:00Z), beyond which the pacer refuses `at` as `invalid-instant`.
 */
export const LAST_INSTANT = maxInstant;

/** Shortest mean of an exponential or lognormal duration, seconds: instants are whole milliseconds. */
export const MIN_MEAN_SECONDS = 0.001;

/** Longest list in a scenario (hit-rate points, staff changes, non-live outcomes). */
export const MAX_LIST = 1000;

/**
 * Shortest mean of an agent's call cycle (answer + talk + wrap-up), seconds. A cycle that can take no
 * time lets a ready agent dial, connect, hang up and be ready again at the same instant forever.
 */
export const MIN_CYCLE_SECONDS = 1;

/** Most connected calls a shift may be expected to have (each one's wait is kept for the percentiles). */
export const MAX_CONNECTS = 2_000_000;

/** Most dials a shift may be expected to have (about 10 minutes of simulation on a laptop). */
export const MAX_DIALS = 10_000_000;

/** Why a scenario is too heavy to simulate: a path below `scenario`, the rule and the figure. */
export interface Overload {
  readonly path: string;
  readonly rule: string;
  readonly value: Readonly<Record<string, number>>;
}

/** Most agents logged in at once, counting the staff changes in time order. */
export function peakAgents(s: Scenario): number {
  const changes = s.staffChanges.map((c, i) => ({ ...c, i })).sort((a, b) => a.atHours - b.atHours || a.i - b.i);
  let now = s.agents;
  let peak = now;
  for (const c of changes) {
    now = Math.max(0, now + c.agents);
    if (now > peak) peak = now;
  }
  return peak;
}

/** Whether some attempt can be an answering machine that is connected to an agent (AMD off). */
function connectsMachines(s: Scenario): boolean {
  if (s.amd.enabled) return false;
  const everNonLive = s.hitRate < 1 || s.hitRateChanges.some((p) => p.hitRate < 1);
  return everNonLive && s.nonLive.some((o) => o.result === 'answering-machine');
}

/** Mean seconds of an agent's shortest call cycle: answer + talk + wrap-up, or machine + wrap-up. */
export function cycleSeconds(s: Scenario): { readonly seconds: number; readonly path: string } {
  const wrap = meanOf(s.wrapSeconds);
  const live = meanOf(s.answerSeconds) + meanOf(s.talkSeconds) + wrap;
  let shortest = { seconds: live, path: '.talkSeconds' };
  if (connectsMachines(s)) {
    for (const o of s.nonLive) {
      if (o.result !== 'answering-machine') continue;
      const machine = meanOf(o.seconds) + s.amd.machineSeconds + wrap;
      if (machine < shortest.seconds) shortest = { seconds: machine, path: '.amd.machineSeconds' };
    }
  }
  return shortest;
}

/**
 * Refuses a scenario whose run could not end or would not fit: a call cycle that can take no time, or
 * more connected calls than {@link MAX_CONNECTS}. `undefined` when it can run to the end.
 */
export function checkWorkload(s: Scenario): Overload | undefined {
  const cycle = cycleSeconds(s);
  if (!(cycle.seconds >= MIN_CYCLE_SECONDS)) {
    return {
      path: cycle.path,
      rule: `long enough that an agent's call cycle (answer or machine, talk and wrap-up) averages at least ${MIN_CYCLE_SECONDS} s`,
      value: { cycleSeconds: cycle.seconds },
    };
  }
  const connects = Math.ceil((peakAgents(s) * s.shiftHours * 3600) / cycle.seconds);
  if (connects > MAX_CONNECTS) {
    return {
      path: '',
      rule: `small enough to simulate: about ${connects} connected calls, at most ${MAX_CONNECTS} (fewer agents, a shorter shift or longer calls)`,
      value: { connects },
    };
  }
  return undefined;
}

/**
 * Mean seconds a line stays taken by one dial: a live answer holds it through the talk, a non-live
 * attempt until it ends; at the live-answer rate (over the shift) that makes the line hold shortest.
 */
export function lineHoldSeconds(s: Scenario): number {
  const live = meanOf(s.answerSeconds) + meanOf(s.talkSeconds);
  let shares = 0;
  let weighted = 0;
  for (const o of s.nonLive) {
    shares += o.share;
    weighted += o.share * Math.min(meanOf(o.seconds), o.result === 'no-answer' ? s.ringTimeoutSeconds : Infinity);
  }
  const nonLive = shares > 0 ? weighted / shares : 0;
  const rates = [s.hitRate, ...s.hitRateChanges.map((p) => p.hitRate)];
  return Math.min(...rates.map((p) => p * live + (1 - p) * nonLive));
}

/**
 * Refuses a scenario that the strategy would dial too often: up to `linesPerAgent` lines per agent, each
 * redialed once its call ends (see {@link lineHoldSeconds}) but not before the next decision, more than
 * {@link MAX_DIALS} times.
 */
export function checkDialLoad(s: Scenario, linesPerAgent: number): Overload | undefined {
  const lineSeconds = Math.max(lineHoldSeconds(s), s.decideEverySeconds);
  const dials = Math.ceil((peakAgents(s) * linesPerAgent * s.shiftHours * 3600) / lineSeconds);
  if (dials <= MAX_DIALS) return undefined;
  return {
    path: '',
    rule: `small enough to simulate with this strategy: about ${dials} dials, at most ${MAX_DIALS} (fewer agents, a shorter shift, fewer lines per agent or a slower decision rate)`,
    value: { dials },
  };
}
