/** Standard normal density. */
function phi(z: number): number {
  return 0.3989422804014327 * Math.exp(-0.5 * z * z);
}

/** Standard normal CDF (W. J. Cody's erfc via a rational approximation, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
}

/** E[max(0, X)] for X normal with mean `mu` and variance `variance`. */
export function expectedExcess(mu: number, variance: number): number {
  if (variance <= 1e-12) return mu > 0 ? mu : 0;
  const sigma = Math.sqrt(variance);
  const z = mu / sigma;
  if (z < -8) return 0;
  return sigma * phi(z) + mu * normalCdf(z);
}

const POISSON_99 = [0.01005, 0.1486, 0.436, 0.8232, 1.2791, 1.7853, 2.3302, 2.9061, 3.5075, 4.1302, 4.7712];

/**
 * The largest Poisson mean whose 99th percentile is at most `h` (so that, if the expected abandons of a
 * plan are at most this, more than `h` abandons has about a 1% chance).
 */
export function poissonMeanWithin(h: number): number {
  if (h < 0) return 0;
  const i = Math.floor(h);
  if (i < POISSON_99.length) return POISSON_99[i] ?? 0;
  const s = (-2.326 + Math.sqrt(2.326 * 2.326 + 4 * (i + 0.5))) / 2;
  return 0.92 * s * s;
}
