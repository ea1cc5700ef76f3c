import { HOUR } from '../../time/index.js';
import { fail, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import { checkWorkload, LAST_INSTANT, MAX_LIST, MIN_MEAN_SECONDS } from './budget.js';

/**
 * A fixed duration.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const d: outbound.sim.FixedDistribution = { kind: 'fixed', seconds: 20 };
 * ```
 */
export interface FixedDistribution {
  /** Discriminant. */
  readonly kind: 'fixed';
  /** The duration, seconds. */
  readonly seconds: number;
}

/**
 * An exponential duration.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const d: outbound.sim.ExponentialDistribution = { kind: 'exponential', mean: 180 };
 * ```
 */
export interface ExponentialDistribution {
  /** Discriminant. */
  readonly kind: 'exponential';
  /** Mean, seconds (at least 0.001: instants are milliseconds). */
  readonly mean: number;
}

/**
 * A lognormal duration given by its mean and standard deviation (not those of the logarithm).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const d: outbound.sim.LognormalDistribution = { kind: 'lognormal', mean: 180, sd: 120 };
 * ```
 */
export interface LognormalDistribution {
  /** Discriminant. */
  readonly kind: 'lognormal';
  /** Mean, seconds (at least 0.001: instants are milliseconds). */
  readonly mean: number;
  /** Standard deviation, seconds (above 0). */
  readonly sd: number;
}

/**
 * A duration uniform between two bounds.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const d: outbound.sim.UniformDistribution = { kind: 'uniform', min: 5, max: 15 };
 * ```
 */
export interface UniformDistribution {
  /** Discriminant. */
  readonly kind: 'uniform';
  /** Shortest, seconds. */
  readonly min: number;
  /** Longest, seconds (at least `min`). */
  readonly max: number;
}

/**
 * A distribution of durations in seconds.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const talk: outbound.sim.Distribution = { kind: 'lognormal', mean: 180, sd: 120 };
 * ```
 */
export type Distribution = FixedDistribution | ExponentialDistribution | LognormalDistribution | UniformDistribution;

/**
 * One kind of attempt that ends without a live person, its share of non-live attempts and how long
 * it takes to end.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const busy: outbound.sim.NonLiveOutcome = { result: 'busy', share: 0.2, seconds: { kind: 'uniform', min: 2, max: 6 } };
 * ```
 */
export interface NonLiveOutcome {
  /** The call result reported to the pacer (`answering-machine` is special: see {@link AmdSettings}). */
  readonly result: string;
  /** Relative weight among non-live outcomes (the shares are normalised). */
  readonly share: number;
  /** Seconds from dial to the end of the attempt (capped by the ring timeout for `no-answer`). */
  readonly seconds: Distribution;
}

/**
 * Answering-machine detection. With AMD on, machines end as `no-contact` and a share of live answers
 * is wrongly classed as a machine (a false positive: the person is hung up on; Ofcom counts these as
 * abandoned calls, so the report counts them apart). With AMD off, machines are answered, connected to
 * an agent who spends `machineSeconds` on them, and count as live answers for the pacer.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const amd: outbound.sim.AmdSettings = { enabled: true, falsePositiveRate: 0.03, machineSeconds: 10 };
 * ```
 */
export interface AmdSettings {
  /** Whether AMD is on. */
  readonly enabled: boolean;
  /** Share of live answers classed as machines (0 to 1). */
  readonly falsePositiveRate: number;
  /** With AMD off: seconds an agent spends on a connected machine. */
  readonly machineSeconds: number;
}

/**
 * A point of the live-answer probability's course over the shift (linear between points).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const p: outbound.sim.HitRatePoint = { atHours: 4, hitRate: 0.2 };
 * ```
 */
export interface HitRatePoint {
  /** Hours after the start of the shift. */
  readonly atHours: number;
  /** Live-answer probability at that time. */
  readonly hitRate: number;
}

/**
 * A staffing change: agents logging in (positive) or out (negative) at a time.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.sim.StaffChange = { atHours: 6, agents: -5 };
 * ```
 */
export interface StaffChange {
  /** Hours after the start of the shift. */
  readonly atHours: number;
  /** Agents joining (positive) or leaving after their current call (negative). */
  readonly agents: number;
}

/**
 * Breaks: each agent goes not-ready for `minutes` every `everyMinutes` (staggered across agents;
 * a busy agent starts the break after the call).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const b: outbound.sim.Breaks = { everyMinutes: 120, minutes: 10 };
 * ```
 */
export interface Breaks {
  /** Minutes between an agent's breaks. */
  readonly everyMinutes: number;
  /** Length of a break, minutes. */
  readonly minutes: number;
}

/**
 * A campaign shift to simulate.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const s: outbound.sim.Scenario = { ...outbound.sim.defaultScenario(), agents: 50, hitRate: 0.1 };
 * ```
 */
export interface Scenario {
  /** Agents logged in at the start (1 to 1000). */
  readonly agents: number;
  /** Shift length in hours (above 0, at most 24). */
  readonly shiftHours: number;
  /** When the shift starts, epoch milliseconds UTC (the events carry real instants). */
  readonly startAt: number;
  /** Live-answer probability of an attempt at the start (0 to 1). */
  readonly hitRate: number;
  /** How the live-answer probability changes over the shift (linear between points). */
  readonly hitRateChanges: readonly HitRatePoint[];
  /** Seconds from dial to a live answer. */
  readonly answerSeconds: Distribution;
  /** The mix of non-live outcomes. */
  readonly nonLive: readonly NonLiveOutcome[];
  /** Talk time. */
  readonly talkSeconds: Distribution;
  /** Wrap-up time (a fixed 0 for none). */
  readonly wrapSeconds: Distribution;
  /**
   * Seconds a call rings before it is given up as no answer (1 to 600). `simulate` refuses a value below the
   * pacer's ring minimum (`minRingSeconds`: 15 by default and under the `us` and `uk` presets).
   */
  readonly ringTimeoutSeconds: number;
  /** Answering-machine detection. */
  readonly amd: AmdSettings;
  /** Breaks, or `null` for none. */
  readonly breaks: Breaks | null;
  /** Log-ins and log-outs during the shift. */
  readonly staffChanges: readonly StaffChange[];
  /** How often the host asks the pacer to decide, seconds (it also asks whenever an agent becomes ready). */
  readonly decideEverySeconds: number;
}

/**
 * The default scenario: 20 agents, an 8-hour shift, a 30% live-answer rate, answers after 5 to 15 s,
 * non-live attempts ending at 20 s, exponential talk of 180 s, no wrap-up, 30 s ring timeout.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.sim.defaultScenario().agents; // 20
 * ```
 */
export function defaultScenario(): Scenario {
  return {
    agents: 20,
    shiftHours: 8,
    startAt: Date.UTC(2026, 10, 24, 14, 0),
    hitRate: 0.3,
    hitRateChanges: [],
    answerSeconds: { kind: 'uniform', min: 5, max: 15 },
    nonLive: [{ result: 'no-answer', share: 1, seconds: { kind: 'fixed', seconds: 20 } }],
    talkSeconds: { kind: 'exponential', mean: 180 },
    wrapSeconds: { kind: 'fixed', seconds: 0 },
    ringTimeoutSeconds: 30,
    amd: { enabled: false, falsePositiveRate: 0, machineSeconds: 10 },
    breaks: null,
    staffChanges: [],
    decideEverySeconds: 1,
  };
}

type Fields = Readonly<Record<string, unknown>>;

function bad<T>(path: string, rule: string, value: unknown): Result<T> {
  return fail('invalid-scenario', `\`${path}\` must be ${rule}.`, { path, value });
}

function number(data: Fields, key: string, path: string, min: number, max: number, exclusiveMin = false): Result<number> {
  const v = ownField(data, key);
  const p = `${path}.${key}`;
  if (typeof v !== 'number' || !Number.isFinite(v) || v > max || (exclusiveMin ? v <= min : v < min)) {
    return bad(p, `a number ${exclusiveMin ? 'above' : 'from'} ${min} ${exclusiveMin ? 'and at most' : 'to'} ${max}`, v);
  }
  return ok(v);
}

/** Validates a distribution; `path` is where it sits. */
function distribution(value: unknown, path: string): Result<Distribution> {
  if (!isRecord(value)) return bad(path, 'an object with a `kind`', value);
  const kind = ownField(value, 'kind');
  const LIMIT = 86_400;
  switch (kind) {
    case 'fixed': {
      const s = number(value, 'seconds', path, 0, LIMIT);
      return s.ok ? ok({ kind, seconds: s.value }) : s;
    }
    case 'exponential': {
      const m = number(value, 'mean', path, MIN_MEAN_SECONDS, LIMIT);
      return m.ok ? ok({ kind, mean: m.value }) : m;
    }
    case 'lognormal': {
      const m = number(value, 'mean', path, MIN_MEAN_SECONDS, LIMIT);
      if (!m.ok) return m;
      const s = number(value, 'sd', path, 0, LIMIT, true);
      return s.ok ? ok({ kind, mean: m.value, sd: s.value }) : s;
    }
    case 'uniform': {
      const lo = number(value, 'min', path, 0, LIMIT);
      if (!lo.ok) return lo;
      const hi = number(value, 'max', path, lo.value, LIMIT);
      return hi.ok ? ok({ kind, min: lo.value, max: hi.value }) : hi;
    }
    default:
      return bad(`${path}.kind`, "'fixed', 'exponential', 'lognormal' or 'uniform'", kind);
  }
}

function list<T>(value: unknown, path: string, item: (v: unknown, p: string) => Result<T>): Result<readonly T[]> {
  if (!Array.isArray(value)) return bad(path, 'an array', value);
  if (value.length > MAX_LIST) return bad(path, `an array of at most ${MAX_LIST} items`, { length: value.length });
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const r = item(value[i], `${path}[${i}]`);
    if (!r.ok) return r;
    out.push(r.value);
  }
  return ok(out);
}

/**
 * Validates an untrusted scenario (for example parsed JSON) on top of {@link defaultScenario}: missing
 * fields take the default; a bad one is refused with `invalid-scenario` and its path in
 * `details.path` (for example `scenario.talkSeconds.mean` or `scenario.nonLive[1].share`).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.sim.parseScenario({ agents: 0 });
 * if (!r.ok) r.error.details; // { path: 'scenario.agents', value: 0 }
 * ```
 */
export function parseScenario(input: unknown): Result<Scenario> {
  const path = 'scenario';
  if (!isRecord(input)) return bad(path, 'an object', input);
  const d = defaultScenario();
  const merged: Fields = { ...(d as unknown as Fields) };
  for (const key of Object.keys(input)) {
    if (!Object.prototype.hasOwnProperty.call(d, key)) return bad(`${path}.${key}`, 'a known scenario field', ownField(input, key));
    Object.defineProperty(merged, key, { value: ownField(input, key), enumerable: true });
  }
  const agents = number(merged, 'agents', path, 1, 1000);
  if (!agents.ok) return agents;
  if (!Number.isInteger(agents.value)) return bad(`${path}.agents`, 'a whole number', agents.value);
  const hours = number(merged, 'shiftHours', path, 0, 24, true);
  if (!hours.ok) return hours;
  const startAt = number(merged, 'startAt', path, 0, LAST_INSTANT - hours.value * HOUR);
  if (!startAt.ok) return startAt;
  const hitRate = number(merged, 'hitRate', path, 0, 1);
  if (!hitRate.ok) return hitRate;
  const changes = list(ownField(merged, 'hitRateChanges'), `${path}.hitRateChanges`, (v, p) => {
    if (!isRecord(v)) return bad<HitRatePoint>(p, 'an object', v);
    const at = number(v, 'atHours', p, 0, hours.value);
    if (!at.ok) return at;
    const h = number(v, 'hitRate', p, 0, 1);
    return h.ok ? ok({ atHours: at.value, hitRate: h.value }) : h;
  });
  if (!changes.ok) return changes;
  for (let i = 1; i < changes.value.length; i++) {
    if ((changes.value[i]?.atHours ?? 0) < (changes.value[i - 1]?.atHours ?? 0)) return bad(`${path}.hitRateChanges[${i}].atHours`, 'in ascending order', changes.value[i]?.atHours);
  }
  const answer = distribution(ownField(merged, 'answerSeconds'), `${path}.answerSeconds`);
  if (!answer.ok) return answer;
  const nonLive = list(ownField(merged, 'nonLive'), `${path}.nonLive`, (v, p) => {
    if (!isRecord(v)) return bad<NonLiveOutcome>(p, 'an object', v);
    const result = ownField(v, 'result');
    if (typeof result !== 'string' || result.length === 0) return bad<NonLiveOutcome>(`${p}.result`, 'a non-empty string', result);
    const share = number(v, 'share', p, 0, 1e6, true);
    if (!share.ok) return share;
    const seconds = distribution(ownField(v, 'seconds'), `${p}.seconds`);
    return seconds.ok ? ok({ result, share: share.value, seconds: seconds.value }) : seconds;
  });
  if (!nonLive.ok) return nonLive;
  if (nonLive.value.length === 0 && hitRate.value < 1) return bad(`${path}.nonLive`, 'a non-empty array when hitRate is below 1', []);
  const talk = distribution(ownField(merged, 'talkSeconds'), `${path}.talkSeconds`);
  if (!talk.ok) return talk;
  const wrap = distribution(ownField(merged, 'wrapSeconds'), `${path}.wrapSeconds`);
  if (!wrap.ok) return wrap;
  const ring = number(merged, 'ringTimeoutSeconds', path, 1, 600);
  if (!ring.ok) return ring;
  const amdIn = ownField(merged, 'amd');
  if (!isRecord(amdIn)) return bad(`${path}.amd`, 'an object', amdIn);
  const enabled = ownField(amdIn, 'enabled');
  if (typeof enabled !== 'boolean') return bad(`${path}.amd.enabled`, 'a boolean', enabled);
  const fp = number(amdIn, 'falsePositiveRate', `${path}.amd`, 0, 1);
  if (!fp.ok) return fp;
  const ms = ownField(amdIn, 'machineSeconds') === undefined ? ok(10) : number(amdIn, 'machineSeconds', `${path}.amd`, 0, 3600);
  if (!ms.ok) return ms;
  const breaksIn = ownField(merged, 'breaks');
  let breaks: Breaks | null = null;
  if (breaksIn !== null) {
    if (!isRecord(breaksIn)) return bad(`${path}.breaks`, 'an object or null', breaksIn);
    const every = number(breaksIn, 'everyMinutes', `${path}.breaks`, 1, 1440);
    if (!every.ok) return every;
    const len = number(breaksIn, 'minutes', `${path}.breaks`, 0, every.value, true);
    if (!len.ok) return len;
    breaks = { everyMinutes: every.value, minutes: len.value };
  }
  const staff = list(ownField(merged, 'staffChanges'), `${path}.staffChanges`, (v, p) => {
    if (!isRecord(v)) return bad<StaffChange>(p, 'an object', v);
    const at = number(v, 'atHours', p, 0, hours.value);
    if (!at.ok) return at;
    const n = number(v, 'agents', p, -1000, 1000);
    if (!n.ok) return n;
    if (!Number.isInteger(n.value) || n.value === 0) return bad<StaffChange>(`${p}.agents`, 'a non-zero whole number', n.value);
    return ok({ atHours: at.value, agents: n.value });
  });
  if (!staff.ok) return staff;
  const every = number(merged, 'decideEverySeconds', path, 0.1, 60);
  if (!every.ok) return every;
  const scenario: Scenario = {
    agents: agents.value,
    shiftHours: hours.value,
    startAt: startAt.value,
    hitRate: hitRate.value,
    hitRateChanges: changes.value,
    answerSeconds: answer.value,
    nonLive: nonLive.value,
    talkSeconds: talk.value,
    wrapSeconds: wrap.value,
    ringTimeoutSeconds: ring.value,
    amd: { enabled, falsePositiveRate: fp.value, machineSeconds: ms.value },
    breaks,
    staffChanges: staff.value,
    decideEverySeconds: every.value,
  };
  const workload = checkWorkload(scenario);
  return workload === undefined ? ok(scenario) : bad(`${path}${workload.path}`, workload.rule, workload.value);
}
