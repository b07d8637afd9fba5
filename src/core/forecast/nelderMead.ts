/**
 * Derivative-free minimisation by the Nelder–Mead simplex (Nelder & Mead 1965, "A simplex
 * method for function minimization", Computer Journal 7), with the standard coefficients
 * (reflection 1, expansion 2, contraction ½, shrink ½) and R's optim stopping rule: the
 * spread of the simplex's values within reltol × (|best| + reltol).
 */

export interface NelderMeadOptions {
  /** Initial step per coordinate (default 10% of the start, or 0.00025 at 0). */
  steps?: readonly number[];
  /** Relative tolerance on the objective (default 1e-8, as R's optim). */
  reltol?: number;
  /** Most function evaluations (default 2000). */
  maxEvaluations?: number;
}

/**
 * Minimises f from x0; infinite or NaN values count as +∞ (a bound violated).
 * @example nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).x //=> ≈ [1, -2]
 */
export function nelderMead(f: (x: number[]) => number, x0: readonly number[], opts: NelderMeadOptions = {}): { x: number[]; value: number; evaluations: number } {
  const n = x0.length;
  const reltol = opts.reltol ?? 1e-8;
  const maxEval = opts.maxEvaluations ?? 2000;
  let evaluations = 0;
  const value = (x: number[]) => { evaluations++; const v = f(x); return Number.isFinite(v) ? v : Infinity; };
  const simplex: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const x = x0.slice();
    x[i] += opts.steps?.[i] ?? (x0[i] !== 0 ? 0.1 * x0[i] : 0.00025);
    simplex.push(x);
  }
  let values = simplex.map(value);
  const at = (c: number[], towards: number[], t: number) => c.map((ci, j) => ci + t * (towards[j] - ci));
  while (evaluations < maxEval) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const s = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    simplex.splice(0, simplex.length, ...s);
    const best = values[0];
    const worst = values[n];
    if (Number.isFinite(worst) && worst - best <= reltol * (Math.abs(best) + reltol)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;
    const reflected = at(centroid, simplex[n], -1);
    const fr = value(reflected);
    if (fr < best) {
      const expanded = at(centroid, simplex[n], -2);
      const fe = value(expanded);
      if (fe < fr) { simplex[n] = expanded; values[n] = fe; } else { simplex[n] = reflected; values[n] = fr; }
    } else if (fr < values[n - 1]) {
      simplex[n] = reflected; values[n] = fr;
    } else {
      const outside = fr < worst;
      const contracted = at(centroid, outside ? reflected : simplex[n], 0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : worst)) { simplex[n] = contracted; values[n] = fc; } else {
        for (let i = 1; i <= n; i++) { simplex[i] = at(simplex[0], simplex[i], 0.5); values[i] = value(simplex[i]); }
      }
    }
  }
  let bi = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[bi]) bi = i;
  return { x: simplex[bi], value: values[bi], evaluations };
}
