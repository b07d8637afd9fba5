/**
 * Erlang B blocking probability for `servers` lines offered `traffic` Erlangs.
 *
 * @param traffic offered load, Erlangs (≥ 0)
 * @param servers number of lines or agents (whole, ≥ 0)
 * @returns blocking probability in [0, 1]
 * @example erlangB(4.461, 10) //=> 0.0099995…
 */
export function erlangB(traffic: number, servers: number): number {
  return 1 / inverseErlangB(traffic, servers);
}

/** Below this load the recurrence simply starts at zero lines. */
const WARM_START_MIN_TRAFFIC = 200;

/**
 * 1 / B(servers, traffic), by the recurrence of the planning guide (step 4),
 * `B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))`, written for y = 1/B:
 * `y(n) = 1 + (n/A)·y(n−1)`. Infinity where B underflows to 0.
 *
 * The recurrence forgets its starting value: an error in y(n−1) reaches y(n)
 * shrunk by the factor (1 − B(n)). For large loads it therefore starts
 * 12·√A + 40 lines below min(N, A), from the asymptote B ≈ 1 − n/A; the
 * damping summed from there exceeds e^−70, so the result equals the full
 * recurrence to rounding at O(√A) instead of O(A) cost.
 */
export function inverseErlangB(traffic: number, servers: number): number {
  if (traffic <= 0) return servers === 0 ? 1 : Infinity;
  let n = 0;
  let inverse = 1;
  if (traffic >= WARM_START_MIN_TRAFFIC) {
    const start = Math.floor(Math.min(servers, traffic) - 12 * Math.sqrt(traffic) - 40);
    if (start > 0) {
      n = start;
      inverse = 1 / (1 - start / traffic);
    }
  }
  const perLine = 1 / traffic;
  // Four lines per pass: y(n+4) = (1 + a4 + a4·a3 + a4·a3·a2) + a4·a3·a2·a1·y(n)
  // with a_k = (n+k)/A, so the dependent chain is one multiply-add per four lines.
  while (n + 4 <= servers && inverse !== Infinity) {
    const a1 = (n + 1) * perLine;
    const a2 = (n + 2) * perLine;
    const a3 = (n + 3) * perLine;
    const a4 = (n + 4) * perLine;
    const a43 = a4 * a3;
    const a432 = a43 * a2;
    inverse = 1 + a4 + a43 + a432 + a432 * a1 * inverse;
    n += 4;
  }
  while (n < servers && inverse !== Infinity) {
    n += 1;
    inverse = 1 + n * perLine * inverse;
  }
  return inverse;
}
