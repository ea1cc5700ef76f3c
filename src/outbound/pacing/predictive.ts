import type { Decision } from './decide.js';
import { cdfOf, cdfAt, delayQuantile } from './histogram.js';
import { headroomOf, windowCounts } from './ledger.js';
import { expectedExcess, normalCdf, poissonMeanWithin } from './normal.js';
import type { PacingState } from './state.js';
import { brakeOf, surplusOf } from './surplus.js';

/** Outcomes needed before the model is trusted. */
const MIN_OUTCOMES = 30;
/** Live answers needed (for the answer-delay distribution). */
const MIN_ANSWERS = 5;
/** Quantiles of the answer delay at which a new call's answer is evaluated (equal weights). */
const CHECKPOINTS = [0.1, 0.3, 0.5, 0.7, 0.9] as const;
const K = CHECKPOINTS.length;
/** Quarter-second age bins of ringing calls (up to the delay histogram's 64 s). */
const AGE_BINS = 256;
/**
 * The marginal-risk threshold at gain 1: a new call is placed while its chance of finding no agent
 * when answered stays under `BASE_RISK × gain`. The gain loop moves the threshold to wherever the
 * measured abandonment meets the target, so this only sets where the loop starts.
 */
const BASE_RISK = 0.1;

/**
 * Scratch buffers reused by every plan (the plan is synchronous and never re-entered, so sharing them
 * is invisible to callers and saves allocating on every decision).
 */
const scratch = {
  x: new Float64Array(K),
  newP: new Float64Array(K),
  net: new Float64Array(K),
  netVar: new Float64Array(K),
  ringingDemand: new Float64Array(K),
  ages: new Float64Array(AGE_BINS),
};

/**
 * The predictive plan, a base-stock rule on the agents' pipeline. For each checkpoint `x` (quantiles
 * of the learnt time to answer) it forecasts the **net supply** when a call dialled now would be
 * answered: ready agents, plus talking and wrap-up agents free by `x` plus the abandonment grace
 * (given how long each has already been busy), minus the live answers that will want an agent first
 * (answers waiting now, ringing calls answered by `x` given their age). The forecast is normal, its
 * variance the Bernoulli noise of every agent and call plus the uncertainty of the hit rate.
 *
 * The `n`-th new call is placed while its own chance of finding no agent (net supply, less the other
 * new calls answered before it, at most zero) stays under the marginal-risk threshold: dialling stops
 * where the next call's risk, not the average risk, reaches the threshold, which is the efficient rule.
 * The gain loop sets the threshold from outcomes. Independently, the expected abandons of everything in
 * progress must fit what the compliance window's headroom can still take.
 */
export function planPredictive(state: PacingState, at: number, floor: number, cap: number): Decision {
  const { stats, config } = state;
  let answerWeight = 0;
  for (const w of stats.answerDelay) answerWeight += w;
  // While more calls ring than have resolved, the outcomes seen are the quick ones (answers come before
  // no-answer timeouts), and the first talks to end are the short ones: the statistics would be biased
  // (censored), so stay progressive until about two calls per busy agent have ended.
  const busy = state.talking + state.wrapUp;
  if (stats.outcomes < MIN_OUTCOMES || answerWeight < MIN_ANSWERS || state.ringingCount > stats.outcomes || stats.talkSamples < 2 * busy) {
    return { place: floor, reason: 'learning' };
  }
  const rule = config.compliance;
  const counts = windowCounts(state.ledger, rule.window, at);
  // Not one more abandon fits the compliance window: progressive (it cannot abandon while agents stay ready).
  const room = headroomOf(counts.answers, counts.abandons, rule.abandonRate);
  if (room === 0) return { place: floor, reason: 'near-target' };
  const allowed = poissonMeanWithin(room);
  const brake = brakeOf(surplusOf(counts, rule));

  const p = stats.hitRate;
  const ans = cdfOf(stats.answerDelay, 'delay');
  const fail = cdfOf(stats.failDelay, 'delay');
  const talk = cdfOf(stats.talk, 'hold');
  const wrap = cdfOf(stats.wrap, 'hold');
  const grace = config.abandonAfterSeconds;
  const { x, newP, net, netVar, ringingDemand } = scratch;
  for (let k = 0; k < K; k++) {
    const xk = delayQuantile(ans, CHECKPOINTS[k] ?? 1);
    x[k] = xk;
    newP[k] = p * cdfAt(ans, xk);
  }
  // Supply: ready agents plus busy agents expected free by x + grace (conditional on their age).
  net.fill(state.ready - state.waitingCount);
  netVar.fill(0);
  const talkMean = stats.talkMean > 1 ? stats.talkMean : 1;
  const wrapMean = stats.wrapMean;
  for (const shard of state.agents) {
    for (const a of shard.values) {
      const talking = a.status === 'talking';
      if (!talking && a.status !== 'wrap-up') continue;
      const age = (at - a.since) / 1000;
      const cdf = talking ? talk : wrap;
      if (cdf.total === 0) continue;
      const atAge = cdfAt(cdf, age);
      const surv = 1 - atAge;
      // Talking agents also go through a wrap-up: shift their release by its mean.
      const shift = talking ? grace - wrapMean : grace;
      for (let k = 0; k < K; k++) {
        const y = (x[k] ?? 0) + shift;
        let f: number;
        if (surv < 1e-6) f = talking ? 1 - Math.exp(-(y > 0 ? y : 0) / talkMean) : 1;
        else {
          f = (cdfAt(cdf, age + y) - atAge) / surv;
          f = f > 0 ? (f < 1 ? f : 1) : 0;
        }
        net[k] = (net[k] ?? 0) + f;
        netVar[k] = (netVar[k] ?? 0) + f * (1 - f);
      }
    }
  }
  // Demand: ringing calls answered by x, given their age (calls dialled together share an age bin).
  ringingDemand.fill(0);
  const ages = scratch.ages.fill(0);
  for (const shard of state.ringing) {
    for (const dialedAt of shard.values) {
      const raw = Math.floor((at - dialedAt) / 250);
      const bin = raw < AGE_BINS ? raw : AGE_BINS - 1;
      ages[bin] = (ages[bin] ?? 0) + 1;
    }
  }
  for (let b = 0; b < AGE_BINS; b++) {
    const count = ages[b] ?? 0;
    if (count === 0) continue;
    const age = (b + 0.5) / 4;
    const fa = cdfAt(ans, age);
    const alive = p * (1 - fa) + (1 - p) * (1 - cdfAt(fail, age));
    if (alive <= 1e-9) continue;
    for (let k = 0; k < K; k++) {
      const q = (p * (cdfAt(ans, age + (x[k] ?? 0)) - fa)) / alive;
      ringingDemand[k] = (ringingDemand[k] ?? 0) + count * q;
      netVar[k] = (netVar[k] ?? 0) + count * q * (1 - q);
    }
  }
  for (let k = 0; k < K; k++) net[k] = (net[k] ?? 0) - (ringingDemand[k] ?? 0);
  // Uncertainty of the hit-rate estimate moves every call's chance together.
  const nEff = stats.outcomes < 300 ? stats.outcomes : 300;
  const relSd2 = (1 - p) / (p * nEff);

  const gain = state.control.gain;
  const threshold = BASE_RISK * gain * brake;
  /** The chance that the n-th new call, once answered, finds no agent (averaged over checkpoints). */
  const risk = (n: number): number => {
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const r = newP[k] ?? 0;
      const others = (n - 1) * r;
      const fromCalls = (ringingDemand[k] ?? 0) + others;
      const mu = (net[k] ?? 0) - others;
      // A quarter of a call's variance more keeps the tail honest when everything looks certain.
      const v = (netVar[k] ?? 0) + others * (1 - r) + relSd2 * fromCalls * fromCalls + 0.25;
      sum += normalCdf((0.5 - mu) / Math.sqrt(v));
    }
    return sum / K;
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
  let n = floor;
  while (n < hi && risk(n + 1) <= threshold) n++;
  // The compliance guard: never plan more expected abandons than the window's headroom can take.
  let guarded = false;
  while (n > floor && expectedAbandons(n) > allowed) {
    n--;
    guarded = true;
  }
  // Name the constraint that stopped the plan: the compliance window (its guard or its brake), or the model.
  const braked = brake < 1 && n < hi && risk(n + 1) <= BASE_RISK * gain;
  return { place: n, reason: guarded || braked ? 'near-target' : 'predictive' };
}
