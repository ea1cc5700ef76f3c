import { selectorAt } from '../../core/internal.js';
import { planPredictive } from './predictive.js';
import { pacingState } from './selectors.js';
import type { PacingState } from './state.js';

/**
 * Why {@link decide} chose its number:
 *
 * - `no-agents`: no agent is ready, talking or in wrap-up (nobody to connect a call to): place nothing.
 * - `progressive`: `floor(ratio × ready) − calls ringing or waiting`.
 * - `power`: `floor(ratio × available agents) − calls in progress`.
 * - `adaptive`: `floor(dial level × (ready + talking)) − calls in progress` (VICIdial-style baseline).
 * - `learning`: predictive, but too few outcomes observed yet: progressive until the statistics exist.
 * - `near-target`: predictive, but the abandonment headroom of the compliance window is (nearly) used
 *   up: slowed down to progressive.
 * - `predictive`: the model's plan (expected abandons of the next seconds within budget).
 * - `line-cap`: the plan was cut to `maxLinesPerAgent` lines per available agent.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const why: outbound.pacing.DecisionReason = 'near-target';
 * ```
 */
export type DecisionReason = 'no-agents' | 'progressive' | 'power' | 'adaptive' | 'learning' | 'near-target' | 'predictive' | 'line-cap';

/**
 * The pacer's dial request: how many new calls to start now, why, and how long each must ring at
 * least before the host gives it up unanswered.
 *
 * The ring minimum comes from the configuration (`minRingSeconds`, at least the presets' rows): the US
 * requires 15 seconds or four rings (47 CFR 64.1200(a)(6); 16 CFR 310.4(b)(4)(ii): the presets' row
 * `us.ring-minimum`), Ofcom 15 seconds (persistent misuse statement, 2016: the row `uk.ring-minimum`). Ringing the seconds satisfies the four-rings alternative too.
 *
 * @example
 * ```ts
 * import type { outbound } from 'dialdesk';
 * const d: outbound.pacing.Decision = { place: 2, reason: 'predictive', minRingSeconds: 15 };
 * ```
 */
export interface Decision {
  /** Calls to start now (a non-negative integer). */
  readonly place: number;
  /** Why (see {@link DecisionReason}). */
  readonly reason: DecisionReason;
  /** Seconds each of these calls must ring at least before the host gives it up unanswered. */
  readonly minRingSeconds: number;
}

/** Calls started and not finished: ringing plus waiting for an agent. */
function pending(state: PacingState): number {
  return state.ringingCount + state.waitingCount;
}

/**
 * The progressive floor: never more new calls than `ratio × ready` minus calls ringing or waiting.
 *
 * @throws RangeError when `state` is not a pacing state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const s = outbound.pacing.machine.start({ at: 0, config: { mode: 'progressive' } });
 * if (s.ok) outbound.pacing.progressiveCalls(s.state); // 0
 * ```
 */
export function progressiveCalls(state: PacingState): number {
  return progressiveOf(pacingState('progressiveCalls', state));
}

function progressiveOf(state: PacingState): number {
  const n = Math.floor(state.config.ratio * state.ready + 1e-9) - pending(state);
  return n > 0 ? n : 0;
}

/**
 * The most new calls the line cap allows: `maxLinesPerAgent × available agents` minus calls in
 * progress (ringing, waiting and connected).
 *
 * @throws RangeError when `state` is not a pacing state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const s = outbound.pacing.machine.start({ at: 0, config: { mode: 'progressive' } });
 * if (s.ok) outbound.pacing.lineCap(s.state); // 0
 * ```
 */
export function lineCap(state: PacingState): number {
  return lineCapOf(pacingState('lineCap', state));
}

function lineCapOf(state: PacingState): number {
  const available = state.ready + state.talking + state.wrapUp;
  const n = Math.floor(state.config.maxLinesPerAgent * available + 1e-9) - pending(state) - state.talking;
  return n > 0 ? n : 0;
}

function capped(place: number, reason: DecisionReason, cap: number, ring: number): Decision {
  return place > cap ? { place: cap, reason: 'line-cap', minRingSeconds: ring } : { place, reason, minRingSeconds: ring };
}

/**
 * The pacer's selector: the dial request at `at`, how many new calls to start, why, and the ring
 * minimum each of them must get. Pure and fast (it reads the state and computes; nothing is stored). An
 * `at` before the state's last event (or not an instant) counts as that event's instant.
 * Call it whenever something changed, or on a short timer.
 *
 * @throws RangeError when `state` is not a pacing state (see the guide *Running a machine*, Selectors).
 * @example
 * ```ts
 * import { outbound } from 'dialdesk';
 * const { machine } = outbound.pacing;
 * const first = machine.start({ at: 0, config: { mode: 'progressive', preset: 'us' } });
 * if (first.ok) {
 *   let s = first.state;
 *   s = machine.transition(s, { type: 'agent', at: 0, agentId: 'a1', status: 'ready' }).state;
 *   s = machine.transition(s, { type: 'agent', at: 0, agentId: 'a2', status: 'ready' }).state;
 *   s = machine.transition(s, { type: 'dialed', at: 0, callId: 'c1' }).state;
 *   outbound.pacing.decide(s, 0); // { place: 1, reason: 'progressive', minRingSeconds: 15 }
 * }
 * ```
 */
export function decide(state: PacingState, at: number): Decision {
  state = pacingState('decide', state);
  at = selectorAt(state.lastAt, at);
  const available = state.ready + state.talking + state.wrapUp;
  const { config } = state;
  const ring = config.minRingSeconds;
  if (available === 0) return { place: 0, reason: 'no-agents', minRingSeconds: ring };
  const cap = lineCapOf(state);
  switch (config.mode) {
    case 'progressive':
      return capped(progressiveOf(state), 'progressive', cap, ring);
    case 'power': {
      const n = Math.floor(config.ratio * available + 1e-9) - pending(state) - state.talking;
      return capped(n > 0 ? n : 0, 'power', cap, ring);
    }
    case 'adaptive': {
      const n = Math.floor(state.control.dialLevel * (state.ready + state.talking) + 1e-9) - pending(state) - state.talking;
      return capped(n > 0 ? n : 0, 'adaptive', cap, ring);
    }
    case 'predictive': {
      const plan = planPredictive(state, at, progressiveOf(state), cap);
      return capped(plan.place, plan.reason, cap, ring);
    }
  }
}
