/**
 * The test's own queueing reference, independent of src/core/queueing: the
 * M/M/N+M birth–death chain (Erlang A; Erlang C when nobody abandons) and a
 * tagged caller's wait found by uniformisation of its absorbing chain, the
 * method of scripts/fixtures/queueing_reference.py (there with a matrix
 * exponential in 50-digit mpmath). Checked against that fixture in
 * test/scenario/rosterCommitment.test.ts. Meant for a contact centre's
 * intervals (up to a few hundred agents): the Poisson weights start at
 * e^(−Λt), which underflows past Λt ≈ 700.
 */

export interface QueueCase {
  calls: number;
  ahtSeconds: number;
  agents: number;
  targetSeconds: number;
  intervalMinutes: number;
  /** mean patience, seconds; undefined: nobody abandons (Erlang C) */
  patienceSeconds?: number;
}

/** SL (answered within the target ÷ offered), abandonment and occupancy of one stationary interval. */
export function queueChain(q: QueueCase): { serviceLevel: number; abandonRate: number; occupancy: number } {
  const lam = q.calls / (q.intervalMinutes * 60);
  const mu = 1 / q.ahtSeconds;
  const th = q.patienceSeconds === undefined ? 0 : 1 / q.patienceSeconds;
  const n = q.agents;
  if (q.calls === 0) return { serviceLevel: 1, abandonRate: 0, occupancy: 0 };
  if (th === 0 && lam >= n * mu) return { serviceLevel: 0, abandonRate: 0, occupancy: 1 };
  // unnormalised stationary probabilities of 0 … n + K − 1 in the system, rescaled as they grow
  const p: number[] = [1];
  let sum = 1;
  for (let i = 1; i <= n; i += 1) {
    p.push((p[i - 1] * lam) / (i * mu));
    sum += p[i];
    if (sum > 1e250) {
      for (let k = 0; k <= i; k += 1) p[k] /= 1e250;
      sum /= 1e250;
    }
  }
  for (let k = 1; ; k += 1) {
    const next = (p[p.length - 1] * lam) / (n * mu + k * th);
    p.push(next);
    sum += next;
    if (next < 1e-18 * sum && k > 5) break;
    if (sum > 1e250) {
      for (let i = 0; i < p.length; i += 1) p[i] /= 1e250;
      sum /= 1e250;
    }
  }
  const pi = p.map((x) => x / sum);
  const K = pi.length - n; // callers already waiting that an arrival can find: 0 … K − 1
  let queue = 0;
  for (let j = 0; j < K; j += 1) queue += j * pi[n + j];
  const abandonRate = th === 0 ? 0 : (th * queue) / lam;
  // tagged caller with j ahead: moves on at n·mu + j·th, abandons at th; uniformised at rate Λ
  const rate = n * mu + K * th;
  const t = q.targetSeconds;
  const servedBy = new Float64Array(K); // P(served within the steps so far | j ahead)
  const within = new Float64Array(K);
  const lt = rate * t;
  let weight = Math.exp(-lt); // Poisson(step; Λt)
  // Poisson(Λt) beyond Λt + 12√(Λt) + 30 steps weighs below 1e-20
  const steps = Math.ceil(lt + 12 * Math.sqrt(lt) + 30);
  for (let step = 0; step <= steps; step += 1) {
    if (step > 0) {
      for (let j = K - 1; j >= 0; j -= 1) {
        const move = (n * mu + j * th) / rate;
        const stay = 1 - move - th / rate;
        servedBy[j] = move * (j === 0 ? 1 : servedBy[j - 1]) + stay * servedBy[j];
      }
      weight *= lt / step;
    }
    for (let j = 0; j < K; j += 1) within[j] += weight * servedBy[j];
  }
  let serviceLevel = 0;
  for (let i = 0; i < n; i += 1) serviceLevel += pi[i];
  for (let j = 0; j < K; j += 1) serviceLevel += pi[n + j] * within[j];
  return { serviceLevel, abandonRate, occupancy: n > 0 ? (lam * (1 - abandonRate)) / (mu * n) : 0 };
}
