/**
 * Least squares with a ridge (L2) penalty per coefficient, solved by Gaussian elimination
 * with partial pivoting on the normal equations (small problems: tens of coefficients).
 */

/**
 * Coefficients β minimising Σ (y − Xβ)² + Σ λ_j β_j². A λ of 0 gives ordinary least
 * squares (needs full-rank X). Returns undefined when the system is singular.
 * @example ridgeRegression([[1, 0], [1, 1], [1, 2]], [1, 3, 5], [0, 0]) //=> [1, 2]
 */
export function ridgeRegression(X: readonly (readonly number[])[], y: readonly number[], lambda: readonly number[]): number[] | undefined {
  const p = lambda.length;
  const M = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (i === j ? lambda[i] : 0)));
  const v = new Array(p).fill(0);
  for (let r = 0; r < X.length; r++) {
    const x = X[r];
    for (let i = 0; i < p; i++) {
      v[i] += x[i] * y[r];
      for (let j = 0; j < p; j++) M[i][j] += x[i] * x[j];
    }
  }
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    if (Math.abs(M[piv][c]) < 1e-12) return undefined;
    [M[c], M[piv]] = [M[piv], M[c]];
    [v[c], v[piv]] = [v[piv], v[c]];
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      if (f === 0) continue;
      for (let k = c; k < p; k++) M[r][k] -= f * M[c][k];
      v[r] -= f * v[c];
    }
  }
  return v.map((x, i) => x / M[i][i]);
}
