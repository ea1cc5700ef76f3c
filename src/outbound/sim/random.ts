import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { Distribution } from './scenario.js';

/** A seeded source of uniform numbers in [0, 1) (pure-rand's xoroshiro128+, 53-bit floats). */
export interface Random {
  /** The next uniform number in [0, 1). */
  readonly next: () => number;
}

/**
 * The generator's state for a safe-integer seed: every bit of the seed counts. The seed splits into
 * its signed low 32 bits and the rest (`hi`, at most 2^21 in size); the state is pure-rand's
 * `xoroshiro128plus(lo)` state `[-1, ~lo, lo, 0]` with `hi` folded into the first and last words, so a
 * seed from -2^31 to 2^31 - 1 (where `hi` is 0) gives the sequence it always gave, and seeds that differ
 * only above bit 31 (1 and 2^32 + 1) give different sequences.
 */
export function seedState(seed: number): readonly [number, number, number, number] {
  const lo = seed | 0;
  const hi = (seed - lo) / 2 ** 32;
  return [~hi, ~lo, lo, hi | 0];
}

/** A seeded generator; the same safe-integer seed gives the same sequence on every machine. */
export function seeded(seed: number): Random {
  const rng = xoroshiro128plusFromState(seedState(seed));
  return { next: () => uniformFloat64(rng) };
}

/** A sample in seconds. Lognormal draws use Box–Muller with the moments matched to `mean` and `sd`. */
export function sample(rnd: Random, d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.seconds;
    case 'uniform':
      return d.min + (d.max - d.min) * rnd.next();
    case 'exponential':
      return -d.mean * Math.log(1 - rnd.next());
    case 'lognormal': {
      const s2 = Math.log(1 + (d.sd * d.sd) / (d.mean * d.mean));
      const mu = Math.log(d.mean) - s2 / 2;
      const u1 = 1 - rnd.next();
      const u2 = rnd.next();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      return Math.exp(mu + Math.sqrt(s2) * z);
    }
  }
}

/** The mean of a distribution, seconds. */
export function meanOf(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.seconds;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'exponential':
    case 'lognormal':
      return d.mean;
  }
}
