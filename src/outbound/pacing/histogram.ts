/**
 * Fixed-size, decaying histograms of durations, kept in the pacer state as plain number arrays in
 * **cumulative** form: entry `k` is the weight of the samples in bins `0..k`, so the last entry is the
 * total and the distribution function is read without building anything. Delay histograms (time to
 * answer, time to fail) use one-second bins; holding times (talk, wrap-up) use geometric bins whose
 * edges are `1.2^k − 1` seconds, fine at the start and wide in the tail. When the total weight passes a
 * cap every entry is halved, so old samples fade and drift is followed.
 */

/** Number of one-second delay bins; the last bin holds everything from 63 s on. */
export const DELAY_BINS = 64;
/** Number of geometric holding-time bins (up to about 7.6 hours). */
export const HOLD_BINS = 56;
const LOG_GROWTH = Math.log(1.2);

/** What a histogram measures: a delay (one-second bins) or a holding time (geometric bins). */
export type HistogramKind = 'delay' | 'hold';

/** Bin of a delay in seconds. */
function delayBin(seconds: number): number {
  const k = Math.floor(seconds);
  return k < 0 ? 0 : k >= DELAY_BINS ? DELAY_BINS - 1 : k;
}

/** Bin of a holding time in seconds, by its logarithm. */
function holdBinByLog(seconds: number): number {
  const k = Math.floor(Math.log(Math.max(0, seconds) + 1) / LOG_GROWTH);
  return k >= HOLD_BINS ? HOLD_BINS - 1 : k;
}

const HOLD_EDGES: Float64Array = Float64Array.from({ length: HOLD_BINS + 1 }, (_, k) => Math.pow(1.2, k) - 1);

/** Whole seconds covered by {@link HOLD_BIN_AT}: holding times up to two hours find their bin without a logarithm. */
const HOLD_TABLE_SECONDS = 7200;
/** The holding bin of each whole second (a constant table, built once). */
const HOLD_BIN_AT: Uint8Array = Uint8Array.from({ length: HOLD_TABLE_SECONDS }, (_, s) => holdBinByLog(s));

/** Bin of a holding time in seconds (a table look-up up to two hours, the logarithm beyond). */
export function holdBin(seconds: number): number {
  if (seconds >= HOLD_TABLE_SECONDS) return holdBinByLog(seconds);
  // The bin of the whole second, moved up when an edge falls inside that second.
  let k = HOLD_BIN_AT[seconds > 0 ? Math.floor(seconds) : 0] ?? 0;
  while (k + 1 < HOLD_BINS && (HOLD_EDGES[k + 1] ?? 0) <= seconds) k++;
  return k;
}

/** A cumulative histogram with one more sample, halved first when its weight would pass `cap`. */
export function addSample(cum: readonly number[], kind: HistogramKind, seconds: number, cap: number): readonly number[] {
  const n = cum.length;
  const next = Array.from(cum);
  if ((cum[n - 1] ?? 0) + 1 > cap) for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) * 0.5;
  for (let i = kind === 'delay' ? delayBin(seconds) : holdBin(seconds); i < n; i++) next[i] = (next[i] ?? 0) + 1;
  return Object.freeze(next);
}

/** An empty cumulative histogram of the given kind. */
export function emptyBins(kind: HistogramKind): readonly number[] {
  return Object.freeze(Array.from({ length: kind === 'delay' ? DELAY_BINS : HOLD_BINS }, () => 0));
}

/** The total weight of a cumulative histogram (0: no samples). */
export function totalOf(cum: readonly number[]): number {
  return cum[cum.length - 1] ?? 0;
}

/**
 * P(X ≤ seconds) of a delay histogram, linear inside a bin (0 with no samples).
 *
 * @param total - {@link totalOf} the histogram, passed in because a decision reads one histogram many times.
 */
export function delayCdf(cum: readonly number[], total: number, seconds: number): number {
  if (seconds <= 0 || total <= 0) return 0;
  const n = cum.length;
  if (seconds >= n) return 1;
  const k = Math.floor(seconds);
  const below = k > 0 ? (cum[k - 1] ?? 0) : 0;
  return (below + ((cum[k] ?? 0) - below) * (seconds - k)) / total;
}

/** P(X ≤ seconds) of a holding-time histogram, linear inside a bin (0 with no samples). */
export function holdCdf(cum: readonly number[], total: number, seconds: number): number {
  if (seconds <= 0 || total <= 0) return 0;
  if (seconds >= (HOLD_EDGES[HOLD_BINS] ?? 0)) return 1;
  const k = holdBin(seconds);
  const lo = HOLD_EDGES[k] ?? 0;
  const hi = HOLD_EDGES[k + 1] ?? lo + 1;
  const below = k > 0 ? (cum[k - 1] ?? 0) : 0;
  return (below + ((cum[k] ?? 0) - below) * ((seconds - lo) / (hi - lo))) / total;
}

/** The `q`-quantile in seconds of a delay histogram, by inverting its piecewise-linear CDF. */
export function delayQuantile(cum: readonly number[], total: number, q: number): number {
  const want = q * total;
  for (let k = 0; k < cum.length; k++) {
    const c = cum[k] ?? 0;
    if (c >= want) {
      const below = k > 0 ? (cum[k - 1] ?? 0) : 0;
      return c > below ? k + (want - below) / (c - below) : k;
    }
  }
  return cum.length;
}
