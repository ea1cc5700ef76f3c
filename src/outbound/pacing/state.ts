import type { NormalizedConfig } from './config.js';
import type { AbandonLedger } from './ledger.js';
import type { Shards } from './table.js';

/** An agent as the pacer's table keeps it: the status and since when (internal; hosts read `agents(state, at)`). */
export interface AgentRecord {
  /** Current status (logged-out agents are removed). */
  readonly status: 'ready' | 'talking' | 'wrap-up' | 'not-ready';
  /** When the agent entered this status, epoch milliseconds UTC. */
  readonly since: number;
}

/**
 * Statistics the pacer learns online. Durations are in seconds; histograms are fixed-size decaying
 * arrays in cumulative form (entry `k` is the weight of the samples in bins `0..k`, the last entry the
 * total weight), with one-second bins for delays and geometric bins with edges `1.2^k − 1` s for talk
 * and wrap-up.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.pacing.machine.start({ at: 0, config: { mode: 'predictive', target: { busyFactor: 0.9 } } });
 * if (r.ok) r.state.stats.hitRate; // the prior until outcomes arrive
 * ```
 */
export interface LearnedStats {
  /** Resolved attempts seen (answered or no-contact). */
  readonly outcomes: number;
  /** Exponentially weighted share of attempts answered live (window of about 300 attempts). */
  readonly hitRate: number;
  /** Cumulative histogram of seconds from dial to live answer. */
  readonly answerDelay: readonly number[];
  /** Cumulative histogram of seconds from dial to a no-contact result. */
  readonly failDelay: readonly number[];
  /** Cumulative histogram of talk times. */
  readonly talk: readonly number[];
  /** Cumulative histogram of wrap-up times (a call with no wrap-up counts 0). */
  readonly wrap: readonly number[];
  /** Completed talks seen. */
  readonly talkSamples: number;
  /** Exponentially weighted mean talk time, seconds. */
  readonly talkMean: number;
  /** Exponentially weighted mean wrap-up time, seconds. */
  readonly wrapMean: number;
  /** Exponentially weighted mean agent wait from ready to the next connected call, seconds. */
  readonly agentWaitMean: number;
}

/**
 * Feedback loops: the predictive gain and the adaptive baseline's dial level.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.pacing.machine.start({ at: 0, config: { mode: 'adaptive' } });
 * if (r.ok) r.state.control.dialLevel; // 1
 * ```
 */
export interface Control {
  /** Predictive: multiplier on the planned abandonment budget, learnt from outcomes (0.1 to 10). */
  readonly gain: number;
  /** Adaptive: lines per active agent, 1 to `maxLinesPerAgent`. */
  readonly dialLevel: number;
  /** Adaptive: when the level was last adjusted. */
  readonly lastAdjustAt: number;
}

/**
 * Running totals since start.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const r = outbound.pacing.machine.start({ at: 0, config: { mode: 'progressive' } });
 * if (r.ok) r.state.totals.dialed; // 0
 * ```
 */
export interface Totals {
  /** Calls dialed. */
  readonly dialed: number;
  /** Live answers. */
  readonly answered: number;
  /** Attempts that ended without a live person. */
  readonly noContact: number;
  /** Live answers connected to an agent. */
  readonly connected: number;
  /** Live answers abandoned. */
  readonly abandoned: number;
}

/**
 * The pacer's state: plain, deeply frozen JSON with a `version`. Save it with `JSON.stringify` and
 * bring it back with `outbound.pacing.machine.restore`. Besides the fields below, the saved JSON holds
 * the pacer's internal tables of agents and calls (hashed for speed; their layout is not part of the
 * contract): read agents and calls through the selectors `agents(state, at)` and `calls(state, at)`.
 *
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const { machine } = outbound.pacing;
 * const r = machine.start({ at: 0, config: { mode: 'progressive' } });
 * if (r.ok) machine.restore(JSON.parse(JSON.stringify(r.state))).ok; // true
 * ```
 */
export interface PacingState {
  /** Format version. */
  readonly version: 1;
  /** Last accepted instant, epoch milliseconds UTC. */
  readonly lastAt: number;
  /** The completed configuration. */
  readonly config: NormalizedConfig;
  /** Agents ready now. */
  readonly ready: number;
  /** Agents talking now. */
  readonly talking: number;
  /** Agents in wrap-up now. */
  readonly wrapUp: number;
  /** Agents logged in but not ready. */
  readonly notReady: number;
  /** Number of ringing calls. */
  readonly ringingCount: number;
  /** Number of waiting live answers. */
  readonly waitingCount: number;
  /** The campaign's abandonment ledger. */
  readonly ledger: AbandonLedger;
  /** What the pacer has learnt. */
  readonly stats: LearnedStats;
  /** Feedback loops. */
  readonly control: Control;
  /** Running totals. */
  readonly totals: Totals;
}

/**
 * The whole pacer state as the pacer itself reads it: {@link PacingState} and its hashed tables
 * (internal to the pacing area and the simulator).
 *
 * @internal
 */
export interface PacerData extends PacingState {
  /** Logged-in agents by id, spread over 16 shards by a hash of the id (so an update copies one shard). */
  readonly agents: Shards<AgentRecord>;
  /** Ringing calls: call id and the instant it was dialed. */
  readonly ringing: Shards<number>;
  /** Live answers waiting for an agent: call id and the instant it was answered. */
  readonly waiting: Shards<number>;
}

/** The internal view of a state the pacer made or restored (every such state has its tables). @internal */
export function dataOf(state: PacingState): PacerData {
  return state as PacerData;
}
