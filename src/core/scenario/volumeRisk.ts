import type { ServiceObjective } from '../staffing/types';
import { rosterServiceLevel } from './rosterCommitment';
import type { RosterInterval, TargetProbability, VolumeRiskPoint } from './types';

/** The volumes the volume risk shows: forecast −10%, as forecast, +10%. */
export const VOLUME_RISK_FACTORS = [0.9, 1, 1.1] as const;

/** The largest volume factor the break-even search tries (5× the forecast). */
const MAX_FACTOR = 5;
/** The break-even factor is found to this precision (bisection). */
const FACTOR_TOLERANCE = 1e-4;

/** The roster's SL at forecast −10%, as forecast and +10% (Erlang, each interval from its agents on the phones). */
export function volumeRisk(roster: readonly RosterInterval[], objective: ServiceObjective): VolumeRiskPoint[] {
  return VOLUME_RISK_FACTORS.map((volumeFactor) => ({ volumeFactor, serviceLevel: rosterServiceLevel(roster, objective, volumeFactor) }));
}

/**
 * Standard normal CDF Φ(z), from the complementary error function by its
 * Chebyshev fit (Numerical Recipes, 2nd ed., §6.2 `erfcc`: fractional error below 1.2e-7).
 * @example normalCdf(1.959964) //=> 0.975…
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807
    + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Probability that the roster meets the scenario's SL target over the week,
 * given the forecast's backtest error.
 *
 * Model: the week's calls are the forecast × F, one factor F for every
 * interval (a forecast error of level, the kind a backtest's wMAPE measures),
 * with F lognormal of mean 1: ln F ~ N(−σ²/2, σ²). σ is set so that a normal
 * relative error with standard deviation σ has the backtest's mean absolute
 * relative error: E|e| = σ·√(2/π), so σ = wMAPE·√(π/2). The roster's SL falls
 * as F grows, so P(SL ≥ target) = P(F ≤ f*) = Φ((ln f* + σ²/2) ÷ σ), with f*
 * the break-even factor where the roster's SL equals the target (bisection on
 * `rosterServiceLevel`, 1e-4).
 *
 * @param forecastError the chosen method's backtest wMAPE (fraction, ≥ 0; 0: the forecast is taken as exact)
 * @example targetProbability(roster, objective, 0.054) //=> { probability: 0.99…, forecastError: 0.054, breakEvenVolumeFactor: 1.05… }
 */
export function targetProbability(roster: readonly RosterInterval[], objective: ServiceObjective, forecastError: number): TargetProbability {
  const meets = (f: number) => rosterServiceLevel(roster, objective, f) >= objective.slTarget;
  const sigma = forecastError * Math.sqrt(Math.PI / 2);
  if (meets(MAX_FACTOR)) return { probability: 1, forecastError, breakEvenVolumeFactor: null };
  let lo = 0;
  let hi = MAX_FACTOR;
  if (meets(1)) lo = 1;
  else hi = 1;
  while (hi - lo > FACTOR_TOLERANCE) {
    const mid = (lo + hi) / 2;
    if (meets(mid)) lo = mid;
    else hi = mid;
  }
  const breakEven = (lo + hi) / 2;
  const probability = sigma === 0 ? (breakEven >= 1 ? 1 : 0) : breakEven <= 0 ? 0 : normalCdf((Math.log(breakEven) + (sigma * sigma) / 2) / sigma);
  return { probability, forecastError, breakEvenVolumeFactor: breakEven };
}
