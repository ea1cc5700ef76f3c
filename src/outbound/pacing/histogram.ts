/**
 * Fixed-size, decaying histograms of durations, kept in the pacer state as plain number arrays.
 * Delay histograms (time to answer, time to fail) use one-second bins; holding times (talk, wrap-up)
 * use geometric bins whose edges are `1.2^k − 1` seconds, fine at the start and wide in the tail.
 * When the total weight passes a cap every bin is halved, so old samples fade and drift is followed.
 */

/** Number of one-second delay bins; the last bin holds everything from 63 s on. */
export const DELAY_BINS = 64;
/** Number of geometric holding-time bins (up to about 7.6 hours). */
export const HOLD_BINS = 56;
const LOG_GROWTH = Math.log(1.2);

/** Bin of a delay in seconds. */
function delayBin(seconds: number): number {
  const k = Math.floor(seconds);
  return k < 0 ? 0 : k >= DELAY_BINS ? DELAY_BINS - 1 : k;
}

/** Bin of a holding time in seconds. */
function holdBin(seconds: number): number {
  const k = Math.floor(Math.log(Math.max(0, seconds) + 1) / LOG_GROWTH);
  return k >= HOLD_BINS ? HOLD_BINS - 1 : k;
}

/** Lower edge of holding bin k, seconds. */
function holdEdge(k: number): number {
  return Math.pow(1.2, k) - 1;
}

const HOLD_EDGES: readonly number[] = Object.freeze(Array.from({ length: HOLD_BINS + 1 }, (_, k) => holdEdge(k)));

/** A histogram with one more sample, halved first when its weight would pass `cap`. */
export function addSample(bins: readonly number[], kind: 'delay' | 'hold', seconds: number, cap: number): readonly number[] {
  const n = bins.length;
  let total = 1;
  for (let i = 0; i < n; i++) total += bins[i] ?? 0;
  const next = Array.from(bins);
  if (total > cap) for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) * 0.5;
  const k = kind === 'delay' ? delayBin(seconds) : holdBin(seconds);
  next[k] = (next[k] ?? 0) + 1;
  return Object.freeze(next);
}

/** An empty histogram of the given kind. */
export function emptyBins(kind: 'delay' | 'hold'): readonly number[] {
  return Object.freeze(Array.from({ length: kind === 'delay' ? DELAY_BINS : HOLD_BINS }, () => 0));
}

/**
 * A cumulative distribution built once per decision from a histogram: `cum[k]` is the share of weight
 * below the upper edge of bin k. `total` 0 means no samples.
 */
export interface Cdf {
  readonly cum: Float64Array;
  readonly total: number;
  readonly kind: 'delay' | 'hold';
  /** Hold kind: the CDF at every whole second up to {@link FINE_SECONDS}, for lookups without a logarithm. */
  readonly fine: Float64Array | null;
}

/** Steps of the fine table of a holding-time CDF, and their length in seconds. */
const FINE_STEPS = 600;
const FINE_STEP = 2;
const FINE_SECONDS = FINE_STEPS * FINE_STEP;

/**
 * The CDFs built so far, by histogram array identity. A pure memo: histograms are frozen and replaced,
 * never changed, so one array always has the same CDF; the memo only saves recomputation, and an entry
 * goes when its histogram is collected.
 */
const memo = new WeakMap<readonly number[], Cdf>();

/** The CDF of a histogram (built once per histogram array). */
export function cdfOf(bins: readonly number[], kind: 'delay' | 'hold'): Cdf {
  const known = memo.get(bins);
  if (known !== undefined && known.kind === kind) return known;
  const cdf = computeCdf(bins, kind);
  memo.set(bins, cdf);
  return cdf;
}

function computeCdf(bins: readonly number[], kind: 'delay' | 'hold'): Cdf {
  const cum = new Float64Array(bins.length);
  let total = 0;
  for (let k = 0; k < bins.length; k++) {
    total += bins[k] ?? 0;
    cum[k] = total;
  }
  if (total > 0) for (let k = 0; k < cum.length; k++) cum[k] = (cum[k] ?? 0) / total;
  if (kind === 'delay') return { cum, total, kind, fine: null };
  const fine = new Float64Array(FINE_STEPS + 1);
  let k = 0;
  for (let i = 1; i <= FINE_STEPS; i++) {
    if ((fine[i - 1] ?? 0) >= 1 - 1e-12) {
      fine.fill(1, i);
      break;
    }
    const t = i * FINE_STEP;
    while (k < HOLD_BINS - 1 && (HOLD_EDGES[k + 1] ?? 0) <= t) k++;
    const lo = HOLD_EDGES[k] ?? 0;
    const hi = HOLD_EDGES[k + 1] ?? lo + 1;
    const below = k > 0 ? (cum[k - 1] ?? 0) : 0;
    fine[i] = below + ((cum[k] ?? 0) - below) * ((t - lo) / (hi - lo));
  }
  return { cum, total, kind, fine };
}

/** P(X <= seconds), linear inside a bin. */
export function cdfAt(cdf: Cdf, seconds: number): number {
  if (seconds <= 0) return 0;
  const { cum } = cdf;
  const n = cum.length;
  if (cdf.kind === 'delay') {
    if (seconds >= n) return 1;
    const k = Math.floor(seconds);
    const below = k > 0 ? (cum[k - 1] ?? 0) : 0;
    return below + ((cum[k] ?? 0) - below) * (seconds - k);
  }
  const fine = cdf.fine;
  if (fine !== null && seconds < FINE_SECONDS) {
    const u = seconds / FINE_STEP;
    const i = Math.floor(u);
    const lo = fine[i] ?? 0;
    return lo + ((fine[i + 1] ?? lo) - lo) * (u - i);
  }
  const k = Math.floor(Math.log(seconds + 1) / LOG_GROWTH);
  if (k >= n) return 1;
  const lo = HOLD_EDGES[k] ?? 0;
  const hi = HOLD_EDGES[k + 1] ?? lo + 1;
  const below = k > 0 ? (cum[k - 1] ?? 0) : 0;
  return below + ((cum[k] ?? 0) - below) * ((seconds - lo) / (hi - lo));
}

/** The `q`-quantile in seconds (delay histograms), by inverting the piecewise-linear CDF. */
export function delayQuantile(cdf: Cdf, q: number): number {
  const { cum } = cdf;
  for (let k = 0; k < cum.length; k++) {
    const c = cum[k] ?? 0;
    if (c >= q) {
      const below = k > 0 ? (cum[k - 1] ?? 0) : 0;
      return c > below ? k + (q - below) / (c - below) : k;
    }
  }
  return cum.length;
}
