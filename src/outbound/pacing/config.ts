import { fail, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import type { AbandonRule, AbandonWindow } from './ledger.js';

/**
 * What a predictive pacer aims at: an abandonment rate over a window, an agent busy factor
 * (occupancy, 0 to 1), or an average agent wait between calls in seconds (Genesys OCS "average
 * waiting time"). Whatever the target, the compliance rule's headroom is never planned past.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const t: outbound.pacing.PredictiveTarget = { abandonRate: 0.03, window: '30d' };
 * ```
 */
export type PredictiveTarget = AbandonRule | BusyFactorTarget | AverageWaitTarget;

/**
 * Aim at an agent occupancy ((talk + wrap-up) / available time).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const t: outbound.pacing.BusyFactorTarget = { busyFactor: 0.85 };
 * ```
 */
export interface BusyFactorTarget {
  /** Target occupancy, above 0 and below 1. */
  readonly busyFactor: number;
}

/**
 * Aim at an average agent wait between calls.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const t: outbound.pacing.AverageWaitTarget = { averageWaitSeconds: 12 };
 * ```
 */
export interface AverageWaitTarget {
  /** Target mean seconds an agent waits from ready to the next connected call, above 0. */
  readonly averageWaitSeconds: number;
}

/**
 * Options every mode shares.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const o: outbound.pacing.CommonOptions = { maxLinesPerAgent: 3, abandonAfterSeconds: 2 };
 * ```
 */
export interface CommonOptions {
  /** Cap on calls in progress (ringing, waiting and connected) per available agent; default 3. */
  readonly maxLinesPerAgent?: number;
  /** Seconds a live answer may wait for an agent before it is abandoned; default 2 (FCC). */
  readonly abandonAfterSeconds?: number;
  /** The legal ceiling enforced in every mode's statistics and by predictive planning; default FCC (3% over 30 days). */
  readonly compliance?: AbandonRule;
}

/**
 * Progressive: one call per ready agent (or `ratio` calls), counting calls already in progress.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.pacing.ProgressiveConfig = { mode: 'progressive' };
 * ```
 */
export interface ProgressiveConfig extends CommonOptions {
  /** Discriminant. */
  readonly mode: 'progressive';
  /** Calls per ready agent, at least 1; default 1. */
  readonly ratio?: number;
}

/**
 * Power: a fixed number of lines per available agent (ready or busy).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.pacing.PowerConfig = { mode: 'power', ratio: 1.5 };
 * ```
 */
export interface PowerConfig extends CommonOptions {
  /** Discriminant. */
  readonly mode: 'power';
  /** Lines per available agent, at least 1. */
  readonly ratio: number;
}

/**
 * Predictive: dials ahead of free agents from statistics learnt online.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.pacing.PredictiveConfig = { mode: 'predictive', target: { abandonRate: 0.03, window: '30d' } };
 * ```
 */
export interface PredictiveConfig extends CommonOptions {
  /** Discriminant. */
  readonly mode: 'predictive';
  /** What to aim at. */
  readonly target: PredictiveTarget;
}

/**
 * The adaptive dial-level baseline of the VICIdial kind: a dial level between 1 and
 * `maxLinesPerAgent`, moved in proportion to ready agents minus waiting calls every `intervalSeconds`,
 * halved (or dropped to 1) while the abandonment rate is over `dropTarget`.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.pacing.AdaptiveConfig = { mode: 'adaptive', dropTarget: 0.03, onDrop: 'halve' };
 * ```
 */
export interface AdaptiveConfig extends CommonOptions {
  /** Discriminant. */
  readonly mode: 'adaptive';
  /** Drop (abandonment) rate above which the level is cut; default the compliance rate. */
  readonly dropTarget?: number;
  /** `halve` (default) or `drop-to-one` (VICIdial's hard limit). */
  readonly onDrop?: 'halve' | 'drop-to-one';
  /** Seconds between level adjustments; default 15. */
  readonly intervalSeconds?: number;
}

/**
 * A pacer configuration.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const c: outbound.pacing.PacingConfig = { mode: 'predictive', target: { busyFactor: 0.9 }, maxLinesPerAgent: 3 };
 * ```
 */
export type PacingConfig = ProgressiveConfig | PowerConfig | PredictiveConfig | AdaptiveConfig;

/**
 * A configuration with every default filled in, as kept in the state.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.pacing.normalizeConfig({ mode: 'progressive' });
 * if (r.ok) r.value.ratio; // 1
 * ```
 */
export interface NormalizedConfig {
  /** The mode. */
  readonly mode: PacingConfig['mode'];
  /** Ratio for progressive and power (1 otherwise). */
  readonly ratio: number;
  /** The predictive target, or `null` for the other modes. */
  readonly target: PredictiveTarget | null;
  /** Cap on calls in progress per available agent. */
  readonly maxLinesPerAgent: number;
  /** Seconds before a waiting live answer is abandoned. */
  readonly abandonAfterSeconds: number;
  /** The legal ceiling (the abandon-rate target itself when that is the predictive target). */
  readonly compliance: AbandonRule;
  /** Adaptive: the drop target. */
  readonly dropTarget: number;
  /** Adaptive: what to do over the drop target. */
  readonly onDrop: 'halve' | 'drop-to-one';
  /** Adaptive: seconds between adjustments. */
  readonly intervalSeconds: number;
}

type Fields = Readonly<Record<string, unknown>>;

function num(
  data: Fields,
  key: string,
  path: string,
  fallback: number | undefined,
  check: (n: number) => boolean,
  rule: string,
): Result<number> {
  const v = ownField(data, key);
  if (v === undefined && fallback !== undefined) return ok(fallback);
  if (typeof v !== 'number' || !Number.isFinite(v) || !check(v)) {
    return fail('invalid-config', `\`${path}.${key}\` must be ${rule}.`, { path: `${path}.${key}`, value: v });
  }
  return ok(v);
}

function window(value: unknown, path: string): Result<AbandonWindow> {
  if (value === '30d' || value === '24h') return ok(value);
  return fail('invalid-config', `\`${path}\` must be '30d' or '24h'.`, { path, value });
}

function rule(value: unknown, path: string): Result<AbandonRule> {
  if (!isRecord(value)) return fail('invalid-config', `\`${path}\` must be an object.`, { path, value });
  const rate = num(value, 'abandonRate', path, undefined, (n) => n > 0 && n < 1, 'a number above 0 and below 1');
  if (!rate.ok) return rate;
  const w = window(ownField(value, 'window'), `${path}.window`);
  if (!w.ok) return w;
  return ok(Object.freeze({ abandonRate: rate.value, window: w.value }));
}

function target(value: unknown, path: string): Result<PredictiveTarget> {
  if (!isRecord(value)) return fail('invalid-config', `\`${path}\` must be an object.`, { path, value });
  if (ownField(value, 'abandonRate') !== undefined) return rule(value, path);
  if (ownField(value, 'busyFactor') !== undefined) {
    const b = num(value, 'busyFactor', path, undefined, (n) => n > 0 && n < 1, 'a number above 0 and below 1');
    return b.ok ? ok(Object.freeze({ busyFactor: b.value })) : b;
  }
  if (ownField(value, 'averageWaitSeconds') !== undefined) {
    const w = num(value, 'averageWaitSeconds', path, undefined, (n) => n > 0 && n <= 3600, 'seconds above 0 and at most 3600');
    return w.ok ? ok(Object.freeze({ averageWaitSeconds: w.value })) : w;
  }
  return fail('invalid-config', `\`${path}\` needs one of abandonRate (with window), busyFactor or averageWaitSeconds.`, { path, value });
}

/**
 * Validates and completes a {@link PacingConfig}. Refuses with `invalid-config` and the offending field
 * path in `details.path` (for example `config.target.abandonRate`).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.pacing.normalizeConfig({ mode: 'power', ratio: 0 });
 * if (!r.ok) r.error.details; // { path: 'config.ratio', value: 0 }
 * ```
 */
export function normalizeConfig(config: unknown): Result<NormalizedConfig> {
  const path = 'config';
  if (!isRecord(config)) return fail('invalid-config', '`config` must be an object.', { path, value: config });
  const mode = ownField(config, 'mode');
  if (mode !== 'progressive' && mode !== 'power' && mode !== 'predictive' && mode !== 'adaptive') {
    return fail('invalid-config', "`config.mode` must be 'progressive', 'power', 'predictive' or 'adaptive'.", { path: 'config.mode', value: mode });
  }
  const lines = num(config, 'maxLinesPerAgent', path, 3, (n) => n >= 1 && n <= 20, 'a number from 1 to 20');
  if (!lines.ok) return lines;
  const after = num(config, 'abandonAfterSeconds', path, 2, (n) => n > 0 && n <= 60, 'seconds above 0 and at most 60');
  if (!after.ok) return after;
  let compliance: AbandonRule = { abandonRate: 0.03, window: '30d' };
  const c = ownField(config, 'compliance');
  if (c !== undefined) {
    const r = rule(c, 'config.compliance');
    if (!r.ok) return r;
    compliance = r.value;
  }
  let ratio = 1;
  if (mode === 'progressive' || mode === 'power') {
    const r = num(config, 'ratio', path, mode === 'progressive' ? 1 : undefined, (n) => n >= 1 && n <= lines.value, `a number from 1 to maxLinesPerAgent (${lines.value})`);
    if (!r.ok) return r;
    ratio = r.value;
  }
  let goal: PredictiveTarget | null = null;
  if (mode === 'predictive') {
    const t = target(ownField(config, 'target'), 'config.target');
    if (!t.ok) return t;
    goal = t.value;
    if ('abandonRate' in goal && c === undefined) compliance = goal;
  }
  const drop = num(config, 'dropTarget', path, compliance.abandonRate, (n) => n > 0 && n < 1, 'a number above 0 and below 1');
  if (!drop.ok) return drop;
  const onDrop = ownField(config, 'onDrop') ?? 'halve';
  if (onDrop !== 'halve' && onDrop !== 'drop-to-one') {
    return fail('invalid-config', "`config.onDrop` must be 'halve' or 'drop-to-one'.", { path: 'config.onDrop', value: onDrop });
  }
  const interval = num(config, 'intervalSeconds', path, 15, (n) => n >= 1 && n <= 3600, 'seconds from 1 to 3600');
  if (!interval.ok) return interval;
  return ok(
    Object.freeze({
      mode,
      ratio,
      target: goal,
      maxLinesPerAgent: lines.value,
      abandonAfterSeconds: after.value,
      compliance: Object.freeze({ ...compliance }),
      dropTarget: drop.value,
      onDrop,
      intervalSeconds: interval.value,
    }),
  );
}
