import { SECOND } from '../../time/index.js';
import { delayCdf, delayQuantile, holdBin, holdCdf, HOLD_BINS, totalOf } from './histogram.js';
import { dataOf, type PacingState } from './state.js';

/** Quantiles of the learnt answer delay at which a call dialled now is imagined answered (equal weights). */
export const CHECKPOINTS: readonly number[] = Object.freeze([1 / 4, 3 / 4]);
const K = CHECKPOINTS.length;
/** One-second age bins of ringing calls (the resolution of the delay histograms, up to their 64 s). */
const RING_BINS = 64;
/** Busy agents are grouped by status and by holding-time bin (the resolution of the talk histogram). */
const AGE_GROUPS = HOLD_BINS;

/**
 * The net-supply forecast of one decision, at each checkpoint `x[k]` seconds from now: the mean and
 * variance of (agents free by `x[k]` plus the abandonment grace) − (live answers wanting one first),
 * the expected answers of ringing calls among them, and `newP[k]`, the chance that a call dialled now
 * is answered live by `x[k]`.
 */
export interface Forecast {
  readonly x: Float64Array;
  readonly newP: Float64Array;
  readonly net: Float64Array;
  readonly netVar: Float64Array;
  readonly ringingDemand: Float64Array;
}

/**
 * Scratch buffers reused by every forecast. The forecast is synchronous, never re-entered, and read
 * before the next one starts (a plan consumes it at once), so sharing them is invisible to callers and
 * saves allocating on every decision.
 */
const out: Forecast = {
  x: new Float64Array(K),
  newP: new Float64Array(K),
  net: new Float64Array(K),
  netVar: new Float64Array(K),
  ringingDemand: new Float64Array(K),
};
const ringCount = new Float64Array(RING_BINS);
const groupCount = new Float64Array(2 * AGE_GROUPS);
const groupAgeSum = new Float64Array(2 * AGE_GROUPS);
/** The bins and groups in use by the current forecast, so that only those are read and cleared. */
const ringUsed = new Int32Array(RING_BINS);
const groupUsed = new Int32Array(2 * AGE_GROUPS);

/** Adds `count` busy agents of one age to the supply, given the holding-time histogram they are in. */
function addBusy(cum: readonly number[], total: number, count: number, age: number, shift: number, fallbackMean: number): void {
  const { x, net, netVar } = out;
  const atAge = holdCdf(cum, total, age);
  const surv = 1 - atAge;
  for (let k = 0; k < K; k++) {
    const y = (x[k] ?? 0) + shift;
    let f: number;
    // Past everything the histogram has seen: fall back to a memoryless release at the mean.
    if (surv < 1e-6) f = fallbackMean > 0 ? 1 - Math.exp(-(y > 0 ? y : 0) / fallbackMean) : 1;
    else {
      f = (holdCdf(cum, total, age + y) - atAge) / surv;
      f = f > 0 ? (f < 1 ? f : 1) : 0;
    }
    net[k] = (net[k] ?? 0) + count * f;
    netVar[k] = (netVar[k] ?? 0) + count * f * (1 - f);
  }
}

/**
 * Forecasts the net supply of agents for a call dialled at `at` (see {@link Forecast}): ready agents,
 * plus talking and wrap-up agents free by then given how long each has been busy (talking agents also
 * pass through a wrap-up, taken at its mean), minus live answers waiting now and ringing calls answered
 * by then given their age. Agents of one status whose ages fall in the same bin of the talk histogram
 * (within 20% of each other), and calls dialled within the same second, are computed once, so the cost grows with the spread of ages
 * rather than the number of agents and calls.
 */
export function forecast(state: PacingState, at: number): Forecast {
  const { stats, config } = state;
  const p = stats.hitRate;
  const ans = stats.answerDelay;
  const ansTotal = totalOf(ans);
  const fail = stats.failDelay;
  const failTotal = totalOf(fail);
  const { x, newP, net, netVar, ringingDemand } = out;
  for (let k = 0; k < K; k++) {
    const xk = delayQuantile(ans, ansTotal, CHECKPOINTS[k] ?? 1);
    x[k] = xk;
    newP[k] = p * delayCdf(ans, ansTotal, xk);
  }
  net.fill(state.ready - state.waitingCount);
  netVar.fill(0);
  ringingDemand.fill(0);

  // Supply: busy agents grouped by status and age.
  let groups = 0;
  const agents = dataOf(state).agents;
  for (let h = 0; h < agents.length; h++) {
    const values = agents[h]?.values ?? [];
    for (let v = 0; v < values.length; v++) {
      const a = values[v];
      if (a === undefined) continue;
      const offset = a.status === 'talking' ? 0 : a.status === 'wrap-up' ? AGE_GROUPS : -1;
      if (offset < 0) continue;
      const age = (at - a.since) / SECOND;
      const i = offset + holdBin(age);
      const c = groupCount[i] ?? 0;
      if (c === 0) groupUsed[groups++] = i;
      groupCount[i] = c + 1;
      groupAgeSum[i] = (groupAgeSum[i] ?? 0) + age;
    }
  }
  const talkTotal = totalOf(stats.talk);
  const wrapTotal = totalOf(stats.wrap);
  const grace = config.abandonAfterSeconds;
  const talkMean = stats.talkMean > 1 ? stats.talkMean : 1;
  for (let j = 0; j < groups; j++) {
    const i = groupUsed[j] ?? 0;
    const count = groupCount[i] ?? 0;
    const age = (groupAgeSum[i] ?? 0) / count;
    groupCount[i] = 0;
    groupAgeSum[i] = 0;
    if (i < AGE_GROUPS) {
      if (talkTotal > 0) addBusy(stats.talk, talkTotal, count, age, grace - stats.wrapMean, talkMean);
    } else if (wrapTotal > 0) addBusy(stats.wrap, wrapTotal, count, age, grace, 0);
  }

  // Demand: ringing calls grouped by age.
  let bins = 0;
  const ringing = dataOf(state).ringing;
  for (let h = 0; h < ringing.length; h++) {
    const values = ringing[h]?.values ?? [];
    for (let v = 0; v < values.length; v++) {
      const dialedAt = values[v] ?? at;
      const raw = Math.floor((at - dialedAt) / SECOND);
      const bin = raw < RING_BINS ? raw : RING_BINS - 1;
      const c = ringCount[bin] ?? 0;
      if (c === 0) ringUsed[bins++] = bin;
      ringCount[bin] = c + 1;
    }
  }
  for (let j = 0; j < bins; j++) {
    const b = ringUsed[j] ?? 0;
    const count = ringCount[b] ?? 0;
    ringCount[b] = 0;
    const age = b + 0.5;
    const fa = delayCdf(ans, ansTotal, age);
    const alive = p * (1 - fa) + (1 - p) * (1 - delayCdf(fail, failTotal, age));
    if (alive <= 1e-9) continue;
    for (let k = 0; k < K; k++) {
      const q = (p * (delayCdf(ans, ansTotal, age + (x[k] ?? 0)) - fa)) / alive;
      ringingDemand[k] = (ringingDemand[k] ?? 0) + count * q;
      netVar[k] = (netVar[k] ?? 0) + count * q * (1 - q);
    }
  }
  for (let k = 0; k < K; k++) net[k] = (net[k] ?? 0) - (ringingDemand[k] ?? 0);
  return out;
}
