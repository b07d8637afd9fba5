/**
 * The simulator's random numbers: xoshiro128** (Blackman & Vigna, "Scrambled
 * linear pseudorandom number generators", 2021; period 2^128 − 1, 32-bit
 * output), its 128-bit state filled by splitmix32 from (seed, replication) so
 * every replication has its own stream and the same (seed, replication) gives
 * the same numbers in Node, in a Web Worker and in any browser.
 *
 * Pure integer arithmetic (Math.imul, shifts); no allocation per draw.
 */

const TWO_POW_MINUS_32 = 2 ** -32;
// Built-ins bound once: a global lookup in the hot path is slow where the global
// object is a sandbox (Jest's vm context: ~10× slower), and costs nothing here.
const { imul, log, sqrt, sin, cos, PI } = Math;
const NAN = 0 / 0;

/** splitmix32 finaliser (Wellons' "lowbias32" constants): one well-mixed 32-bit word from another. */
function mix32(x: number): number {
  let z = x | 0;
  z ^= z >>> 16;
  z = imul(z, 0x21f0aaad);
  z ^= z >>> 15;
  z = imul(z, 0x735a2d97);
  z ^= z >>> 15;
  return z | 0;
}

/**
 * A seeded xoshiro128** stream.
 * @example const r = new Random(42, 0); r.uniform() // a number in (0, 1), the same on every run
 */
export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** the second normal of a Box–Muller pair, or NaN when none is kept */
  private spareNormal = NAN;

  /**
   * @param seed any integer (taken modulo 2^32)
   * @param stream the replication number (≥ 0): distinct streams for one seed
   */
  constructor(seed: number, stream = 0) {
    // splitmix32: a Weyl sequence from the seed and stream, each step finalised.
    let weyl = (mix32(seed >>> 0) ^ imul(stream + 1, 0x85ebca6b)) | 0;
    const next = (): number => {
      weyl = (weyl + 0x9e3779b9) | 0;
      return mix32(weyl);
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the one state xoshiro cannot leave
  }

  /** A stream from a given 128-bit state (four 32-bit words, not all 0): for checks against the reference implementation. */
  static fromState(s0: number, s1: number, s2: number, s3: number): Random {
    const r = new Random(0);
    r.s0 = s0 | 0;
    r.s1 = s1 | 0;
    r.s2 = s2 | 0;
    r.s3 = s3 | 0;
    return r;
  }

  /** The next 32-bit output, as an unsigned integer 0…2^32 − 1. */
  nextUint32(): number {
    const s1 = this.s1;
    const x = imul(s1, 5);
    const result = imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /** Uniform on the open interval (0, 1): the 2^32 midpoints, never 0 or 1 (so log is always finite). */
  uniform(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_MINUS_32;
  }

  /** Exponential with the given mean (> 0), by inversion: −mean·ln U. */
  exponential(mean: number): number {
    return -mean * log(this.uniform());
  }

  /** Standard normal, by the Box–Muller transform (pairs; the second is kept for the next call). */
  normal(): number {
    const spare = this.spareNormal;
    if (spare === spare) {
      this.spareNormal = NAN;
      return spare;
    }
    const radius = sqrt(-2 * log(this.uniform()));
    const angle = 2 * PI * this.uniform();
    this.spareNormal = radius * sin(angle);
    return radius * cos(angle);
  }

  /** Binomial(n, p) by n Bernoulli trials (n is a head count of agents: small). */
  binomial(n: number, p: number): number {
    let k = 0;
    for (let i = 0; i < n; i += 1) if (this.uniform() < p) k += 1;
    return k;
  }
}
