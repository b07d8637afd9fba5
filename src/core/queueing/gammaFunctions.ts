/**
 * Logarithm of the gamma function, ln Γ(z), for z > 0: Stirling's series
 * after shifting the argument above 10 (absolute error ≈ 1e-15·ln z).
 *
 * @example logGamma(5) //=> ln 24 = 3.1780538…
 */
export function logGamma(z: number): number {
  let shift = 0;
  while (z < 10) {
    shift -= Math.log(z);
    z += 1;
  }
  const inv = 1 / z;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
  return shift + (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + series;
}

/**
 * Digamma ψ(z) = d/dz ln Γ(z), for z > 0: asymptotic series after shifting
 * the argument above 10.
 *
 * @example digamma(1) //=> −0.5772156649… (minus Euler's constant)
 */
export function digamma(z: number): number {
  let shift = 0;
  while (z < 10) {
    shift -= 1 / z;
    z += 1;
  }
  const inv = 1 / z;
  const inv2 = inv * inv;
  const series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 / 240)));
  return shift + Math.log(z) - 0.5 * inv - series;
}
