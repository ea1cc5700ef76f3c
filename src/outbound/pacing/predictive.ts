import type { Decision } from './decide.js';
import { buildCdf, cdfAt, delayQuantile, type Cdf } from './histogram.js';
import { AIM } from './learn.js';
import { headroomOf, windowCounts } from './ledger.js';
import { expectedExcess, poissonMeanWithin } from './normal.js';
import type { PacingState } from './state.js';

/** Outcomes needed before the model is trusted. */
const MIN_OUTCOMES = 30;
/** Live answers needed (for the answer-delay distribution). */
const MIN_ANSWERS = 5;
/** Quantiles of the answer delay at which supply and demand are compared. */
const CHECKPOINTS = [0.15, 0.4, 0.65, 0.9, 1] as const;
const K = CHECKPOINTS.length;
/** Abandons of headroom the guard keeps in reserve for calls already ringing. */
const RESERVE = 2;
/** Quarter-second age bins of ringing calls (up to the delay histogram's 64 s). */
const AGE_BINS = 256;
/**
 * Scratch buffers reused by every plan (the plan is synchronous and never re-entered, so sharing them
 * is invisible to callers and saves allocating on every decision).
 */
const scratch = {
  x: new Float64Array(K),
  newP: new Float64Array(K),
  supply: new Float64Array(K),
  supplyVar: new Float64Array(K),
  demand: new Float64Array(K),
  demandVar: new Float64Array(K),
  ringingDemand: new Float64Array(K),
  ages: new Float64Array(AGE_BINS),
};

/** P(an agent of this status and age is free within `y` seconds). */
function freeBy(talk: Cdf, wrap: Cdf, status: 'talking' | 'wrap-up', ageS: number, survivalAtAge: number, atAge: number, y: number, wrapMean: number, talkMean: number): number {
  if (status === 'talking') {
    if (talk.total === 0) return 0;
    if (survivalAtAge < 1e-6) return 1 - Math.exp(-Math.max(0, y - wrapMean) / Math.max(1, talkMean));
    const f = (cdfAt(talk, ageS + y - wrapMean) - atAge) / survivalAtAge;
    return f > 0 ? (f < 1 ? f : 1) : 0;
  }
  if (wrap.total === 0) return 0;
  if (survivalAtAge < 1e-6) return 1;
  const f = (cdfAt(wrap, ageS + y) - atAge) / survivalAtAge;
  return f > 0 ? (f < 1 ? f : 1) : 0;
}

/**
 * The predictive plan: compare, at a few instants over the answer-delay horizon, the expected number
 * of live answers (waiting, from ringing calls given their age, and from `n` new calls) with the
 * expected number of agents free within the abandonment grace after them (ready agents, plus talking
 * and wrap-up agents given their age); model the shortage as normal and take its expected excess as the
 * expected abandons. Place the most calls whose expected abandons stay within the budget (the gain
 * loop's share of the target rate times the expected live answers), and within what the compliance
 * window's headroom can take.
 */
export function planPredictive(state: PacingState, at: number, floor: number, cap: number): Decision {
  const { stats, config } = state;
  let answerWeight = 0;
  for (const w of stats.answerDelay) answerWeight += w;
  if (stats.outcomes < MIN_OUTCOMES || answerWeight < MIN_ANSWERS) return { place: floor, reason: 'learning' };
  const rule = config.compliance;
  const counts = windowCounts(state.ledger, rule.window, at);
  // The guard keeps a reserve of abandons: calls already ringing can still surprise it.
  const full = headroomOf(counts.answers, counts.abandons, rule.abandonRate);
  const room = full > RESERVE ? full - RESERVE : 0;
  const gain = state.control.gain;
  const allowed = poissonMeanWithin(room) * (gain < 1 ? gain : 1);
  if (allowed <= 0.011 && room === 0) return { place: floor, reason: 'near-target' };

  const p = stats.hitRate;
  const ans = buildCdf(stats.answerDelay, 'delay');
  const fail = buildCdf(stats.failDelay, 'delay');
  const talk = buildCdf(stats.talk, 'hold');
  const wrap = buildCdf(stats.wrap, 'hold');
  const grace = config.abandonAfterSeconds;
  const x = scratch.x;
  const newP = scratch.newP;
  for (let k = 0; k < K; k++) {
    x[k] = delayQuantile(ans, CHECKPOINTS[k] ?? 1);
    newP[k] = p * cdfAt(ans, x[k] ?? 0);
  }
  // Supply: ready agents plus agents expected free by x + grace.
  const supply = scratch.supply.fill(state.ready);
  const supplyVar = scratch.supplyVar.fill(0);
  for (const shard of state.agents) for (const a of shard.values) {
    if (a.status !== 'talking' && a.status !== 'wrap-up') continue;
    const age = (at - a.since) / 1000;
    const atAge = a.status === 'talking' ? cdfAt(talk, age) : cdfAt(wrap, age);
    const surv = 1 - atAge;
    for (let k = 0; k < K; k++) {
      const f = freeBy(talk, wrap, a.status, age, surv, atAge, (x[k] ?? 0) + grace, stats.wrapMean, stats.talkMean);
      supply[k] = (supply[k] ?? 0) + f;
      supplyVar[k] = (supplyVar[k] ?? 0) + f * (1 - f);
    }
  }
  // Demand: waiting answers (certain) plus ringing calls answered by x, given their age.
  const demand = scratch.demand.fill(state.waitingCount);
  const demandVar = scratch.demandVar.fill(0);
  const ringingDemand = scratch.ringingDemand.fill(0);
  let eventual = state.waitingCount;
  // Ringing calls grouped by age in quarter seconds (calls dialed together share an age).
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
    eventual += (count * p * (1 - fa)) / alive;
    for (let k = 0; k < K; k++) {
      const q = (p * (cdfAt(ans, age + (x[k] ?? 0)) - fa)) / alive;
      ringingDemand[k] = (ringingDemand[k] ?? 0) + count * q;
      demandVar[k] = (demandVar[k] ?? 0) + count * q * (1 - q);
    }
  }
  for (let k = 0; k < K; k++) demand[k] = (demand[k] ?? 0) + (ringingDemand[k] ?? 0);
  // Uncertainty of the hit-rate estimate moves every call's chance together.
  const nEff = stats.outcomes < 300 ? stats.outcomes : 300;
  const relSd2 = (1 - p) / (p * nEff);
  const target = config.target;
  const aim = target !== null && 'abandonRate' in target ? AIM * target.abandonRate : AIM * rule.abandonRate;

  const expectedAbandons = (n: number): number => {
    let worst = 0;
    for (let k = 0; k < K; k++) {
      const r = newP[k] ?? 0;
      const fromCalls = (ringingDemand[k] ?? 0) + n * r;
      const mu = (demand[k] ?? 0) + n * r - (supply[k] ?? 0);
      const v = (demandVar[k] ?? 0) + (supplyVar[k] ?? 0) + n * r * (1 - r) + relSd2 * fromCalls * fromCalls;
      const e = expectedExcess(mu, v);
      if (e > worst) worst = e;
    }
    return worst;
  };
  const withinBudget = (n: number, e: number): boolean => e <= gain * aim * (eventual + n * p);
  const feasible = (n: number): boolean => {
    const e = expectedAbandons(n);
    return withinBudget(n, e) && e <= allowed;
  };
  const hi = cap > floor ? cap : floor;
  if (feasible(hi)) return { place: hi, reason: 'predictive' };
  let lo = floor; // the floor is always allowed
  let top = hi; // infeasible
  while (top - lo > 1) {
    const mid = (lo + top) >>> 1;
    if (feasible(mid)) lo = mid;
    else top = mid;
  }
  // Name the constraint that stopped the plan: the compliance headroom, or the model's budget.
  const e = expectedAbandons(lo + 1);
  if (e > allowed && withinBudget(lo + 1, e)) return { place: lo, reason: 'near-target' };
  return { place: lo, reason: 'predictive' };
}
