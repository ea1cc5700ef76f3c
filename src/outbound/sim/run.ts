import { fail, isRecord, ok, ownField, type Result } from '../../core/internal.js';
import { machine, type PacingConfig } from '../pacing/index.js';
import { checkDialLoad } from './budget.js';
import type { SimReport } from './report.js';
import { parseScenario } from './scenario.js';
import { simulate as simulateShift } from './simulate.js';

/**
 * Options of {@link simulate}.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const o: outbound.sim.RunOptions = { seed: 42, strategy: { mode: 'progressive' } };
 * ```
 */
export interface RunOptions {
  /** The seed (an integer); the same seed and scenario give the same report on every machine. */
  readonly seed: number;
  /** The pacer configuration; default predictive with a 3% abandonment target over 30 days. */
  readonly strategy?: PacingConfig;
  /** Called with the share of the shift simulated (0 to 1), at most once per percent. */
  readonly onProgress?: (fraction: number) => void;
  /** Number of timeline slices; default 48. */
  readonly slices?: number;
}

/**
 * The default strategy of {@link simulate}: predictive at 3% abandonment over 30 days.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * outbound.sim.defaultStrategy.mode; // 'predictive'
 * ```
 */
export const defaultStrategy: PacingConfig = Object.freeze({ mode: 'predictive', target: Object.freeze({ abandonRate: 0.03, window: '30d' }) });

/**
 * Simulates one campaign shift: a discrete-event simulation that feeds the pacer the same events a
 * host would (agent status changes, dialed, answered, no-contact, connected, abandoned, ticks) and
 * dials what `decide` asks for. Refuses an invalid scenario (`invalid-scenario` with the field path),
 * seed (`invalid-seed`) or strategy (`invalid-config`).
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const scenario = { ...outbound.sim.defaultScenario(), agents: 10, shiftHours: 1 };
 * const a = outbound.sim.simulate(scenario, { seed: 7 });
 * const b = outbound.sim.simulate(scenario, { seed: 7 });
 * if (a.ok && b.ok) a.value.occupancy === b.value.occupancy; // true
 * ```
 */
export function simulate(scenario: unknown, options: RunOptions): Result<SimReport> {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  if (!isRecord(options)) return fail('invalid-seed', 'The options must be an object with a safe-integer `seed`.', { path: 'options' });
  const seed = ownField(options, 'seed');
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) return fail('invalid-seed', 'The seed must be a safe integer.', { path: 'options.seed' });
  const strategy = ownField(options, 'strategy') ?? defaultStrategy;
  const first = machine.start({ at: s.startAt, config: strategy as PacingConfig });
  if (!first.ok) return first.error.path === undefined ? first : fail(first.error.code, first.error.message, first.error.details, first.error.path.replace('$.config', '$.options.strategy'));
  // The ring minimum is the pacer's (its configuration, from the presets): a no-answer given up earlier breaks it.
  const ring = first.state.config.minRingSeconds;
  if (s.ringTimeoutSeconds < ring) {
    return fail('invalid-scenario', `\`scenario.ringTimeoutSeconds\` must be at least the pacer's ring minimum (${ring} s).`, { path: 'scenario.ringTimeoutSeconds' }, '$.scenario.ringTimeoutSeconds');
  }
  const slices = ownField(options, 'slices') ?? 48;
  if (typeof slices !== 'number' || !Number.isInteger(slices) || slices < 1 || slices > 10_000) return fail('invalid-config', '`slices` must be a whole number from 1 to 10000.', { path: 'options.slices' });
  const onProgress = ownField(options, 'onProgress');
  if (onProgress !== undefined && typeof onProgress !== 'function') return fail('invalid-config', '`onProgress` must be a function.', { path: 'options.onProgress' });
  const overload = checkDialLoad(s, first.state.config.maxLinesPerAgent);
  if (overload !== undefined) return fail('invalid-scenario', `\`scenario\` must be ${overload.rule}.`, { path: 'scenario', value: overload.value });
  const label = first.state.config.mode;
  return ok(simulateShift(s, first.state, label, seed, slices, onProgress as ((fraction: number) => void) | undefined));
}
