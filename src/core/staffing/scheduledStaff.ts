import { invalid, success, type Result } from '../result';

/**
 * Scheduled staff: the people who must be on the schedule so that, after
 * shrinkage (absence, leave, training, breaks, off-phone work…), `agents` are
 * available on the phones.
 *
 * Formula (planning guide, step 6): `scheduled = agents ÷ (1 − shrinkage)`,
 * not `agents × (1 + shrinkage)` (which under-staffs: 30% shrinkage on 100
 * agents needs 142.9 scheduled, not 130). Unrounded; the caller rounds.
 *
 * @param agents base staff (agents on the phones), ≥ 0; may be fractional.
 * @param shrinkage total shrinkage as a fraction of paid time, 0 ≤ s < 1.
 * @returns scheduled staff, or `invalid` naming the bad argument.
 * @example scheduledStaff(100, 0.3) //=> success(142.857…)
 */
export function scheduledStaff(agents: number, shrinkage: number): Result<number> {
  if (!Number.isFinite(agents) || agents < 0) {
    return invalid(`agents must be a number ≥ 0 (got ${agents})`);
  }
  if (!Number.isFinite(shrinkage) || shrinkage < 0 || shrinkage >= 1) {
    return invalid(`shrinkage must be at least 0 and below 1 (100%) (got ${shrinkage})`);
  }
  return success(agents / (1 - shrinkage));
}
