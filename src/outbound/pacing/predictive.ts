import type { DecisionReason } from './decide.js';
import { CHECKPOINTS, forecast } from './forecast.js';
import { totalOf } from './histogram.js';
import { countWindow, headroomFor } from './ledger.js';
import { expectedExcess, normalCdf, poissonMeanWithin } from './normal.js';
import type { PacingState } from './state.js';
import { brakeOf, surplusOf } from './surplus.js';

/** Outcomes needed before the model is trusted. */
const MIN_OUTCOMES = 30;
/** Live answers needed (for the answer-delay distribution). */
const MIN_ANSWERS = 5;
/**
 * The marginal-risk threshold at gain 1: a new call is placed while its chance of finding no agent
 * when answered stays under `BASE_RISK × gain`. The gain loop moves the threshold to wherever the
 * measured abandonment meets the target, so this only sets where the loop starts.
 */
const BASE_RISK = 0.1;

/**
 * Whether the learnt statistics are not yet to be trusted, so that predictive stays progressive: too
 * few outcomes; or more calls ringing than have resolved (the outcomes seen are the quick ones, as
 * answers come before no-answer timeouts); or fewer completed calls than two per busy agent (the first
 * talks to end are the short ones). Those statistics would be biased (censored).
 */
export function learning(state: PacingState): boolean {
  const { stats } = state;
  const busy = state.talking + state.wrapUp;
  return stats.outcomes < MIN_OUTCOMES || totalOf(stats.answerDelay) < MIN_ANSWERS || state.ringingCount > stats.outcomes || stats.talkSamples < 2 * busy;
}

/**
 * The predictive plan. For each checkpoint `x` (quantiles of the learnt time to answer) it forecasts
 * the **net supply** when a call dialled now would be answered: ready agents, plus talking and
 * wrap-up agents free by `x` plus the abandonment grace (given how long each has already been busy),
 * minus the live answers that will want an agent first (answers waiting now, ringing calls answered by
 * `x` given their age). The forecast is normal, its variance the Bernoulli noise of every agent and
 * call plus the uncertainty of the hit rate.
 *
 * The `n`-th new call is placed while its own chance of finding no agent (net supply, less the other
 * new calls answered before it, at most zero; each checkpoint weighted by the chance that the call is
 * answered by then) stays under the marginal-risk threshold: dialling stops where the next call's
 * risk, not the average risk, reaches the threshold, which is the efficient rule. The threshold is
 * `BASE_RISK × gain × brake`: the gain loop sets it from outcomes, the compliance brake lowers it when
 * the window's surplus runs low. Independently, the expected abandons of everything in progress must
 * fit what the compliance window's headroom can still take.
 */
export function planPredictive(state: PacingState, at: number, floor: number, cap: number): { readonly place: number; readonly reason: DecisionReason } {
  const { stats, config } = state;
  const K = CHECKPOINTS.length;
  if (learning(state)) return { place: floor, reason: 'learning' };
  const rule = config.compliance;
  const counts = countWindow(state.ledger, rule.window, at);
  // Not one more abandon fits the compliance window: progressive (it cannot abandon while agents stay ready).
  const room = headroomFor(counts.answers, counts.abandons, rule.abandonRate);
  if (room === 0) return { place: floor, reason: 'near-target' };
  const allowed = poissonMeanWithin(room);
  const brake = brakeOf(surplusOf(counts, rule));

  const p = stats.hitRate;
  const { newP, net, netVar, ringingDemand } = forecast(state, at);
  // Uncertainty of the hit-rate estimate moves every call's chance together.
  const nEff = stats.outcomes < 300 ? stats.outcomes : 300;
  const relSd2 = (1 - p) / (p * nEff);

  const gain = state.control.gain;
  const threshold = BASE_RISK * gain * brake;
  /**
   * The chance that the n-th new call, once answered, finds no agent: at each checkpoint, weighted by
   * the chance that the call is answered by then (what one more call adds to the expected shortage there).
   */
  const risk = (n: number): number => {
    let sum = 0;
    let wsum = 0;
    for (let k = 0; k < K; k++) {
      const r = newP[k] ?? 0;
      const others = (n - 1) * r;
      const fromCalls = (ringingDemand[k] ?? 0) + others;
      const mu = (net[k] ?? 0) - others;
      // A quarter of a call's variance more keeps the tail honest when everything looks certain.
      const v = (netVar[k] ?? 0) + others * (1 - r) + relSd2 * fromCalls * fromCalls + 0.25;
      sum += r * normalCdf((0.5 - mu) / Math.sqrt(v));
      wsum += r;
    }
    return wsum > 0 ? sum / wsum : 0;
  };
  /** Expected abandons of everything in progress with n new calls (the worst checkpoint's shortage). */
  const expectedAbandons = (n: number): number => {
    let worst = 0;
    for (let k = 0; k < K; k++) {
      const r = newP[k] ?? 0;
      const fromCalls = (ringingDemand[k] ?? 0) + n * r;
      const v = (netVar[k] ?? 0) + n * r * (1 - r) + relSd2 * fromCalls * fromCalls;
      const e = expectedExcess(n * r - (net[k] ?? 0), v);
      if (e > worst) worst = e;
    }
    return worst;
  };
  const hi = cap > floor ? cap : floor;
  let n = largestWhere(floor, hi, (m) => risk(m) <= threshold);
  // The compliance guard: never plan more expected abandons than the window's headroom can take.
  const guarded = n > floor && expectedAbandons(n) > allowed;
  if (guarded) n = largestWhere(floor, n - 1, (m) => expectedAbandons(m) <= allowed);
  // Name the constraint that stopped the plan: the compliance window (its guard or its brake), or the model.
  const braked = brake < 1 && n < hi && risk(n + 1) <= BASE_RISK * gain;
  return { place: n, reason: guarded || braked ? 'near-target' : 'predictive' };
}

/**
 * The largest `n` in `[lo, hi]` for which `holds(n)` (`lo` itself always qualifies), for a `holds` that
 * is true up to some point and false after it: gallops up from `lo` (plans are usually a few calls), then
 * bisects, so a large line cap costs a logarithmic number of evaluations.
 */
function largestWhere(lo: number, hi: number, holds: (n: number) => boolean): number {
  let good = lo;
  let step = 1;
  while (good + step <= hi && holds(good + step)) {
    good += step;
    step *= 2;
  }
  let bad = good + step <= hi ? good + step : hi + 1;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (holds(mid)) good = mid;
    else bad = mid;
  }
  return good;
}
