import type { DecisionReason } from '../pacing/decide.js';
import type { AbandonWindow, EvaluatedWindow } from '../pacing/index.js';

/**
 * Mean and 95th percentile of a set of waits, seconds (both 0 when there were none).
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const w: outbound.sim.WaitFigures = { meanSeconds: 0.4, p95Seconds: 1.6, count: 1200 };
 * ```
 */
export interface WaitFigures {
  /** Mean, seconds. */
  readonly meanSeconds: number;
  /** 95th percentile (nearest rank), seconds. */
  readonly p95Seconds: number;
  /** How many waits were measured. */
  readonly count: number;
}

/**
 * Abandonment over the shift.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const a: outbound.sim.AbandonFigures = {
 *   answered: 1000, abandoned: 20, rate: 0.02, amdFalsePositives: 0,
 *   worstWindow: { window: '30d', endsAt: 0, answers: 1000, abandons: 20, rate: 0.02 },
 *   worstHour: { endsAt: 0, answers: 120, abandons: 4, rate: 0.033 },
 *   byPreset: {},
 * };
 * ```
 */
export interface AbandonFigures {
  /** Live answers (what the pacer saw as answered). */
  readonly answered: number;
  /** Abandoned live answers. */
  readonly abandoned: number;
  /** `abandoned / answered` over the shift. */
  readonly rate: number;
  /** The worst rolling window of the compliance rule (a shift shorter than the window is one window). */
  readonly worstWindow: EvaluatedWindow & {
    /** The rule's window. */
    readonly window: AbandonWindow;
  };
  /** The worst rolling 60-minute window with at least 30 live answers (a diagnostic, not a legal figure). */
  readonly worstHour: EvaluatedWindow;
  /** Live people hung up on because AMD took them for a machine (Ofcom counts them as abandoned). */
  readonly amdFalsePositives: number;
  /**
   * The shift's rate as each contact-policy preset with an abandonment row computes it (`us`,
   * `us-debt`, `us-fl`, `ca`, `uk`): live people only, AMD false positives added where the row counts
   * them. A shift-level figure beside `worstWindow`, which follows the pacer's own rule.
   */
  readonly byPreset: Readonly<Record<string, PresetRate>>;
}

/**
 * The shift's abandonment as one preset's rule computes it.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const r: outbound.sim.PresetRate = { rule: 'uk.abandonment', limit: 0.03, window: '24h', answered: 1030, abandoned: 50, rate: 0.0485, withinLimit: false };
 * ```
 */
export interface PresetRate {
  /** The abandonment row used. */
  readonly rule: string;
  /** Its limit. */
  readonly limit: number;
  /** Its window (the figure here covers the shift). */
  readonly window: AbandonWindow;
  /** Live people who answered (plus AMD false positives where the rule counts them). */
  readonly answered: number;
  /** Of them, abandoned (plus AMD false positives where the rule counts them). */
  readonly abandoned: number;
  /** `abandoned / answered`, 0 with no answers. */
  readonly rate: number;
  /** True when the rate is at most the limit. */
  readonly withinLimit: boolean;
}

/**
 * One slice of the shift for charts.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const p: outbound.sim.TimelinePoint = { fromMinute: 0, minutes: 10, occupancy: 0.9, answered: 40, abandoned: 1, abandonRate: 0.025, cumulativeAbandonRate: 0.025 };
 * ```
 */
export interface TimelinePoint {
  /** Start of the slice, minutes after the start of the shift. */
  readonly fromMinute: number;
  /** Length of the slice, minutes. */
  readonly minutes: number;
  /** (Talk + wrap-up) / logged-in time within the slice. */
  readonly occupancy: number;
  /** Live answers in the slice. */
  readonly answered: number;
  /** Abandons in the slice. */
  readonly abandoned: number;
  /** `abandoned / answered` in the slice. */
  readonly abandonRate: number;
  /** Abandonment rate from the start of the shift to the end of the slice. */
  readonly cumulativeAbandonRate: number;
}

/**
 * What a simulated shift produced.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.sim.simulate({ ...outbound.sim.defaultScenario(), shiftHours: 0.5 }, { seed: 1 });
 * if (r.ok) console.log(r.value.occupancy, r.value.abandonment.rate);
 * ```
 */
export interface SimReport {
  /** The strategy's label: `progressive`, `power`, `adaptive` or `predictive`. */
  readonly strategy: string;
  /** The seed. */
  readonly seed: number;
  /** Agents at the start. */
  readonly agents: number;
  /** Shift length, hours. */
  readonly shiftHours: number;
  /** (Talk + wrap-up) / logged-in time, over all agents. */
  readonly occupancy: number;
  /** Talk minutes per logged-in agent-hour. */
  readonly talkMinutesPerAgentHour: number;
  /** Abandonment figures. */
  readonly abandonment: AbandonFigures;
  /** How long connected customers waited after answering. */
  readonly customerWait: WaitFigures;
  /** How long agents waited from ready to their next call. */
  readonly agentWait: WaitFigures;
  /** Calls dialed. */
  readonly dials: number;
  /** Calls connected to an agent. */
  readonly connects: number;
  /** `dials / connects`. */
  readonly dialsPerConnect: number;
  /** Highest number of calls in progress per available agent at any moment. */
  readonly peakLinesPerAgent: number;
  /** Connected calls per hour of shift. */
  readonly contactsPerHour: number;
  /** How often `decide` gave each reason (only reasons that occurred). */
  readonly decisions: Readonly<Partial<Record<DecisionReason, number>>>;
  /** The shift in slices, for charts. */
  readonly timeline: readonly TimelinePoint[];
}

/** Mean and nearest-rank 95th percentile. */
export function waitFigures(values: number[]): WaitFigures {
  const n = values.length;
  if (n === 0) return { meanSeconds: 0, p95Seconds: 0, count: 0 };
  let sum = 0;
  for (const v of values) sum += v;
  values.sort((a, b) => a - b);
  return { meanSeconds: sum / n, p95Seconds: values[Math.min(n - 1, Math.ceil(0.95 * n) - 1)] ?? 0, count: n };
}
