import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/**
 * A seeded random source (pure-rand's xoroshiro128+), so the same seed always gives the
 * same graph. Each part of the generator takes its own stream, derived from the seed and
 * a name, so adding entities in one part does not shift the choices of another.
 */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number, stream = '') {
    this.rng = xoroshiro128plus(mix(seed, stream));
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.rng);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }

  pick<T>(values: readonly T[]): T {
    return values[this.int(0, values.length - 1)];
  }

  /** k different values, in the order they were drawn (all of them when k >= length). */
  sample<T>(values: readonly T[], k: number): T[] {
    const pool = [...values];
    const out: T[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(this.int(0, pool.length - 1), 1)[0]);
    return out;
  }
}

/** A 32-bit seed from the run's seed and a stream name (FNV-1a over the name). */
function mix(seed: number, stream: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  return h | 0;
}
