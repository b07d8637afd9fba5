/**
 * Confidence intervals over replications: each replication gives one figure
 * (its SL, ASA…), the replications are independent, and the 95% interval is
 * mean ± t(0.975, n − 1)·s/√n with s the sample standard deviation (Student t).
 */

/** t(0.975, df) for df = 1…30 (scipy.stats.t.ppf, 6 decimals). */
const T975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
  2.200985, 2.178813, 2.160369, 2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
  2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.04523, 2.042272,
];

const Z975 = 1.959963984540054;

/**
 * The 97.5% quantile of Student's t with `df` degrees of freedom (≥ 1): the
 * table up to 30, then the Cornish–Fisher expansion in 1/df to the fourth
 * order (error below 4e-8 from df 31; Abramowitz & Stegun 26.7.5).
 * @example tQuantile975(19) //=> 2.093024
 */
export function tQuantile975(df: number): number {
  if (df <= 30) return T975[Math.max(1, Math.floor(df)) - 1];
  const z = Z975;
  const z2 = z * z;
  const z3 = z2 * z;
  const z5 = z3 * z2;
  const z7 = z5 * z2;
  const z9 = z7 * z2;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

/** A figure estimated over replications. */
export interface Estimate {
  /** mean over the replications that have the figure */
  mean: number;
  /** half the width of the 95% confidence interval (null with fewer than 2 replications) */
  halfWidth: number | null;
  /** [low, high] of the 95% interval, mean ± halfWidth (null with fewer than 2 replications) */
  ci95: [number, number] | null;
  /** replications that have the figure (an interval with no call offered has no SL in that replication) */
  samples: number;
}

/**
 * Running means and variances of many figures at once (Welford's update, one
 * slot per figure), so replications are folded in without keeping them.
 */
export class Accumulators {
  readonly count: Float64Array;
  readonly mean: Float64Array;
  readonly m2: Float64Array;

  constructor(size: number) {
    this.count = new Float64Array(size);
    this.mean = new Float64Array(size);
    this.m2 = new Float64Array(size);
  }

  /** Folds one replication's value into slot `k`. */
  add(k: number, x: number): void {
    const n = this.count[k] + 1;
    this.count[k] = n;
    const delta = x - this.mean[k];
    this.mean[k] += delta / n;
    this.m2[k] += delta * (x - this.mean[k]);
  }

  /** Slot `k` as an estimate, or null when no replication had it. */
  estimate(k: number): Estimate | null {
    const n = this.count[k];
    if (n === 0) return null;
    const mean = this.mean[k];
    if (n < 2) return { mean, halfWidth: null, ci95: null, samples: n };
    const halfWidth = tQuantile975(n - 1) * Math.sqrt(this.m2[k] / (n - 1) / n);
    return { mean, halfWidth, ci95: [mean - halfWidth, mean + halfWidth], samples: n };
  }
}
