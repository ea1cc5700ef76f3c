import { d, fail, ok, type Result } from '../../core/internal.js';
import type { AbandonRule } from './ledger.js';
import { pacingRules } from '../contact-policy/pacing.js';
import type { Preset, PresetId } from '../contact-policy/types.js';

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
  /** The legal ceiling enforced in every mode's statistics and by predictive planning; default FCC (3% over 30 days), or the preset's. */
  readonly compliance?: AbandonRule;
  /**
   * Contact-policy presets (ids such as `'uk'`, or preset objects) the campaign is paced under: the
   * abandonment limit, the seconds before a live answer is abandoned, the minimum ring time and whether
   * AMD false positives count come from their rows. Options given beside a preset may only be stricter.
   */
  readonly preset?: PresetId | Preset | readonly (PresetId | Preset)[];
  /**
   * Seconds an unanswered call rings at least before the host gives it up; default 15, or the presets'
   * ring minimum (a value given beside a preset may only be longer). Every `Decision` carries it.
   * US: 15 seconds or four rings (47 CFR 64.1200(a)(6); 16 CFR 310.4(b)(4)(ii)); UK: 15 seconds (Ofcom).
   * The citations live in the presets' rows (`us.ring-minimum`, `uk.ring-minimum`).
   */
  readonly minRingSeconds?: number;
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
  /** Minimum ring time of every call the host places for this pacer, seconds. */
  readonly minRingSeconds: number;
  /** `abandoned`: a `no-contact` event flagged `amdFalsePositive` counts as an abandoned live answer (Ofcom). */
  readonly amdFalsePositives: 'abandoned' | 'not-counted';
}

/**
 * The ring minimum when no preset sets one: 15 seconds, the US rule, also Ofcom's 15 seconds. Its
 * source of truth is the `us.ring-minimum` row of the contact-policy presets (src/compliance/presets.ts:
 * 47 CFR 64.1200(a)(6), do not disconnect an unanswered telemarketing call before 15 seconds or four
 * rings; the TSR's safe harbor, 16 CFR 310.4(b)(4)(ii), says the same); a test holds the two equal.
 */
const DEFAULT_MIN_RING_SECONDS = 15;

type Fields = Readonly<Record<string, unknown>>;
type Read<T> = Result<T, 'invalid-config'>;

/** Reads one field with a core decoder; a problem becomes `invalid-config` at its JSON path. */
function field<T>(data: Fields, key: string, path: string, decoder: d.Decoder<T>): Read<T> {
  const read = d.run(d.object({ [key]: decoder }), data, path);
  if (read instanceof d.Problem) return fail('invalid-config', read.message, undefined, read.path);
  return ok((read as Readonly<Record<string, T>>)[key] as T);
}

/** A number in a range; `above`/`below` make a bound exclusive. */
function range(min: number, max: number, expected: string, exclusive: { readonly above?: boolean; readonly below?: boolean } = {}): d.Decoder<number> {
  return d.refine(d.number({ min, max, expected }), (n) => ((exclusive.above === true && n <= min) || (exclusive.below === true && n >= max) ? expected : undefined));
}

/** A field with a default when absent. */
function withDefault<T>(decoder: d.Decoder<T>, fallback: T): d.Decoder<T> {
  return (value, path) => (value === undefined ? fallback : decoder(value, path));
}

const share = range(0, 1, 'a number above 0 and below 1', { above: true, below: true });
const abandonWindow = d.literal('30d', '24h');
const abandonRule: d.Decoder<AbandonRule> = d.map(d.object({ abandonRate: share, window: abandonWindow }), (r) => Object.freeze({ abandonRate: r.abandonRate, window: r.window }));
const busyFactor = d.map(d.object({ busyFactor: share }), (t) => Object.freeze({ busyFactor: t.busyFactor }));
const averageWait = d.map(d.object({ averageWaitSeconds: range(0, 3600, 'seconds above 0 and at most 3600', { above: true }) }), (t) =>
  Object.freeze({ averageWaitSeconds: t.averageWaitSeconds }),
);

/** A predictive target: the shape is picked by the field it has. */
const predictiveTarget: d.Decoder<PredictiveTarget> = (value, path) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new d.Problem(path, `${path} must be an object, not ${d.describe(value)}.`);
  const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);
  if (has('abandonRate')) return abandonRule(value, path);
  if (has('busyFactor')) return busyFactor(value, path);
  if (has('averageWaitSeconds')) return averageWait(value, path);
  return new d.Problem(path, `${path} needs one of abandonRate (with window), busyFactor or averageWaitSeconds.`);
};

const modes = d.literal('progressive', 'power', 'predictive', 'adaptive');

/**
 * Reads and completes a configuration found at `path` (`$` on its own, `$.config` inside a start
 * input). Every refusal is `invalid-config` with the JSON path of the offending field; messages
 * describe the value found by kind and size only.
 *
 * @internal
 */
export function readConfig(config: unknown, path: string): Read<NormalizedConfig> {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return fail('invalid-config', `${path} must be an object, not ${d.describe(config)}.`, undefined, path);
  }
  try {
    return readFields(config as Fields, path);
  } catch {
    return fail('invalid-config', `${path} could not be read.`, undefined, path);
  }
}

function readFields(config: Fields, path: string): Read<NormalizedConfig> {
  const mode = field(config, 'mode', path, modes);
  if (!mode.ok) return mode;
  const lines = field(config, 'maxLinesPerAgent', path, withDefault(range(1, 20, 'a number from 1 to 20'), 3));
  if (!lines.ok) return lines;
  const rawPreset = field(config, 'preset', path, d.unknownValue);
  if (!rawPreset.ok) return rawPreset;
  const presetPath = `${path}.preset`;
  const fromPreset = rawPreset.value === undefined ? null : pacingRules(Array.isArray(rawPreset.value) ? rawPreset.value : [rawPreset.value]);
  if (fromPreset !== null && !fromPreset.ok) {
    return fail('invalid-config', `${presetPath} cannot be used (${fromPreset.error.code}).`, { cause: fromPreset.error.code }, presetPath);
  }
  const presetRules = fromPreset?.value ?? null;
  const maxAfter = presetRules?.abandonAfterSeconds ?? 60;
  const after = field(config, 'abandonAfterSeconds', path, withDefault(range(0, maxAfter, `seconds above 0 and at most ${maxAfter}`, { above: true }), presetRules?.abandonAfterSeconds ?? 2));
  if (!after.ok) return after;
  const minRing = presetRules?.minRingSeconds ?? 1;
  const ring = field(config, 'minRingSeconds', path, withDefault(range(minRing, 600, `seconds from ${minRing} to 600`), presetRules?.minRingSeconds ?? DEFAULT_MIN_RING_SECONDS));
  if (!ring.ok) return ring;
  let compliance: AbandonRule = presetRules?.compliance ?? { abandonRate: 0.03, window: '30d' };
  const given = field(config, 'compliance', path, d.optional(abandonRule));
  if (!given.ok) return given;
  if (given.value !== undefined) {
    const limit = presetRules?.compliance;
    if (limit !== null && limit !== undefined && (given.value.window !== limit.window || given.value.abandonRate > limit.abandonRate)) {
      return fail('invalid-config', `${path}.compliance must be at least as strict as the preset's (${limit.abandonRate} over ${limit.window}).`, undefined, `${path}.compliance`);
    }
    compliance = given.value;
  }
  let ratio = 1;
  if (mode.value === 'progressive' || mode.value === 'power') {
    const rule = range(1, lines.value, `a number from 1 to maxLinesPerAgent (${lines.value})`);
    const r = field(config, 'ratio', path, mode.value === 'progressive' ? withDefault(rule, 1) : rule);
    if (!r.ok) return r;
    ratio = r.value;
  }
  let goal: PredictiveTarget | null = null;
  if (mode.value === 'predictive') {
    const t = field(config, 'target', path, predictiveTarget);
    if (!t.ok) return t;
    goal = t.value;
    if ('abandonRate' in goal && given.value === undefined && presetRules?.compliance == null) compliance = goal;
  }
  const drop = field(config, 'dropTarget', path, withDefault(share, compliance.abandonRate));
  if (!drop.ok) return drop;
  const onDrop = field(config, 'onDrop', path, withDefault(d.literal('halve', 'drop-to-one'), 'halve' as const));
  if (!onDrop.ok) return onDrop;
  const interval = field(config, 'intervalSeconds', path, withDefault(range(1, 3600, 'seconds from 1 to 3600'), 15));
  if (!interval.ok) return interval;
  return ok(
    Object.freeze({
      mode: mode.value,
      ratio,
      target: goal,
      maxLinesPerAgent: lines.value,
      abandonAfterSeconds: after.value,
      compliance: Object.freeze({ abandonRate: compliance.abandonRate, window: compliance.window }),
      dropTarget: drop.value,
      onDrop: onDrop.value,
      intervalSeconds: interval.value,
      minRingSeconds: ring.value,
      amdFalsePositives: presetRules?.amdFalsePositives ?? 'not-counted',
    }),
  );
}

/**
 * Validates and completes a {@link PacingConfig}. Refuses with `invalid-config` and the JSON path of
 * the offending field in `error.path` (for example `$.target.abandonRate`); the message describes what
 * was found by kind, never by its text.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.pacing.normalizeConfig({ mode: 'power', ratio: 0 });
 * if (!r.ok) r.error.path; // '$.ratio'
 * ```
 */
export function normalizeConfig(config: unknown): Result<NormalizedConfig, 'invalid-config'> {
  return readConfig(config, '$');
}

/**
 * Checks a completed configuration as kept in a saved state (internal: `restore` uses it).
 *
 * @internal
 */
export const savedConfig: d.Decoder<NormalizedConfig> = d.refine(
  d.object({
    mode: modes,
    ratio: range(1, 20, 'a number from 1 to 20'),
    target: d.nullable(predictiveTarget),
    maxLinesPerAgent: range(1, 20, 'a number from 1 to 20'),
    abandonAfterSeconds: range(0, 60, 'seconds above 0 and at most 60', { above: true }),
    compliance: abandonRule,
    dropTarget: share,
    onDrop: d.literal('halve', 'drop-to-one'),
    intervalSeconds: range(1, 3600, 'seconds from 1 to 3600'),
    minRingSeconds: range(1, 600, 'seconds from 1 to 600'),
    amdFalsePositives: d.literal('abandoned', 'not-counted'),
  }),
  (c) =>
    c.ratio > c.maxLinesPerAgent
      ? 'a configuration whose ratio is at most maxLinesPerAgent'
      : (c.mode === 'predictive') !== (c.target !== null)
        ? 'a configuration with a target in predictive mode only'
        : undefined,
);
