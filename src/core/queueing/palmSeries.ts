import { digamma, logGamma } from './gammaFunctions';

/**
 * The series behind Erlang A (M/M/N+M, Palm's queue with exponential
 * patience). With x = N·patience/AHT and y = λ·patience, the queue states
 * N+j are weighted relative to state N by
 *   t_j = y^j / ((x+1)(x+2)…(x+j)),   t_0 = 1,
 * and every Erlang A quantity is a sum of t_j with a simple weight
 * (derivation in erlangA.ts). Each sum is returned scaled: true sum =
 * sum · e^logScale.
 */
export interface PalmSums {
  /** ln of the common scale of the sums */
  logScale: number;
  /** Σ t_j — the mass of the queue states relative to state N */
  total: number;
  /** Σ t_j (j+1)/(x+j+1) — callers who abandon */
  abandon: number;
  /** Σ t_j / (x+j+1) — callers served after a wait, ÷ x */
  served: number;
  /** Σ t_j H_j / (x+j+1), H_j = Σ_{k=1}^{j+1} 1/(x+k) — their waiting time, ÷ (x·patience) */
  waitMoment: number;
  /**
   * Σ t_j q^j / (x+j+1) for the `discount` q given (the `served` sum of the
   * series with y·q in place of y, on the same scale), summed in the same pass;
   * undefined when the sum started near a far peak (then sum that series apart).
   */
  servedDiscounted: number | undefined;
}

/** Relative size of the neglected tail. */
const TAIL = 1e-18;
/** Sums are rescaled when they pass this size. */
const RESCALE_AT = 1e200;
const RESCALE_LOG = Math.log(RESCALE_AT);
/**
 * When the terms rise for more than this many steps before they peak, the
 * sum starts near the peak (10√y steps before it, where the terms are
 * below e^−45 of the peak) with its scale from ln Γ; the scale then only
 * affects quantities far below double precision.
 */
const FORWARD_STEPS_MAX = 200_000;
/**
 * A hard end to the loop, never reached within the callers' bounds
 * (bounds.ts: y ≤ 1e7 sums under 10⁶ terms); it keeps a NaN or infinite
 * argument from looping for ever.
 */
const MAX_TERMS = 20_000_000;

/**
 * Sums the Palm series for x ≥ 0, y ≥ 0. Cost: O(√y + |y − x|) terms,
 * capped at O(√y) by starting near the peak when it is far out. With a
 * `discount` q in (0, 1] the discounted served sum comes in the same pass
 * (its terms fall faster, so the main series' stopping rule covers it).
 */
export function palmSums(x: number, y: number, discount = 0): PalmSums {
  let j = 0;
  let term = 1;
  let logScale = 0;
  let harmonic = 1 / (x + 1);
  const skip = Math.floor(y - x - 10 * Math.sqrt(y));
  if (skip > FORWARD_STEPS_MAX) {
    j = skip;
    logScale = j * Math.log(y) - (logGamma(x + j + 1) - logGamma(x + 1));
    harmonic = digamma(x + j + 2) - digamma(x + 1);
  }
  let total = 0;
  let abandon = 0;
  let served = 0;
  let waitMoment = 0;
  const discounting = discount > 0 && j === 0;
  let discounted = 1; // q^j
  let servedDiscounted = 0;
  // One division a term: 1/(x+j+1) is this term's weight and, after the step,
  // both the harmonic sum's increment and the next weight.
  let weight = 1 / (x + j + 1);
  for (let terms = 0; terms < MAX_TERMS; terms += 1) {
    const weighted = term * weight;
    total += term;
    abandon += term * (j + 1) * weight;
    served += weighted;
    waitMoment += weighted * harmonic;
    if (discounting) {
      servedDiscounted += term * discounted * weight;
      discounted *= discount;
    }
    const ratio = y * weight;
    if (ratio < 1) {
      // Ratios fall from here on, so the tail is below term·r/(1−r); its
      // weights are at most 1 (abandon), 1/(x+j+1) (served) and that times
      // the harmonic sum, which grows by less than ln(1 + tail length).
      // (Each test below is tail ≤ TAIL·sum multiplied through by 1 − r.)
      const next = term * ratio;
      const room = TAIL * (1 - ratio);
      if (
        next <= room * abandon &&
        next * weight <= room * served &&
        next * weight * (harmonic + 50) <= room * waitMoment
      ) {
        break;
      }
    }
    term *= ratio;
    j += 1;
    weight = 1 / (x + j + 1);
    harmonic += weight;
    if (total > RESCALE_AT) {
      term /= RESCALE_AT;
      total /= RESCALE_AT;
      abandon /= RESCALE_AT;
      served /= RESCALE_AT;
      waitMoment /= RESCALE_AT;
      servedDiscounted /= RESCALE_AT;
      logScale += RESCALE_LOG;
    }
  }
  return { logScale, total, abandon, served, waitMoment, servedDiscounted: discounting ? servedDiscounted : undefined };
}
