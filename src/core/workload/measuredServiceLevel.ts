/**
 * Measured service level from counts, by the four methods of the planning guide (step 1).
 */
import { reason } from '../failureReasons';
import { Result, success, invalid, failure } from '../result';

/** The four ways centres compute a measured SL (planning-guide.md, step 1). */
export type ServiceLevelMethod = 1 | 2 | 3 | 4;

/** What each method's base is, for messages and reports. */
export const SERVICE_LEVEL_METHODS: Readonly<Record<ServiceLevelMethod, string>> = {
  1: '(Aw + Bw) / (A + B): short abandons count as met',
  2: 'Aw / A: abandons ignored',
  3: 'Aw / (A + B): every abandon counts as missed',
  4: 'Aw / (A + B − Bw): short abandons excluded from the base',
};

/**
 * Measured SL as a fraction, with Aw = answered within Y s, A = answered, Bw = abandoned
 * within Y s, B = abandoned (planning-guide.md step 1):
 * 1: (Aw+Bw)/(A+B) · 2: Aw/A · 3: Aw/(A+B) · 4: Aw/(A+B−Bw).
 * Invalid when a count is negative or not finite, or Aw > A, Bw > B; no-answer when the
 * method's base is 0 (no calls to measure).
 * @example measuredServiceLevel(3, 80, 95, 3, 5) //=> success(0.8)
 */
export function measuredServiceLevel(
  method: ServiceLevelMethod,
  answeredWithin: number,
  answered: number,
  abandonedWithin: number,
  abandoned: number,
): Result<number> {
  if (![1, 2, 3, 4].includes(method)) return invalid(`method must be 1, 2, 3 or 4 (got ${String(method)})`);
  const args = { answered_within: answeredWithin, answered, abandoned_within: abandonedWithin, abandoned };
  for (const [k, v] of Object.entries(args)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return invalid(`${k} must be a number (got ${String(v)})`);
    if (v < 0) return invalid(`${k} must be 0 or more calls (got ${v})`);
  }
  if (answeredWithin > answered) {
    return failure('invalid', reason('notMore', { name: 'answered_within', value: answeredWithin, other: 'answered', otherValue: answered }));
  }
  if (abandonedWithin > abandoned) {
    return failure('invalid', reason('notMore', { name: 'abandoned_within', value: abandonedWithin, other: 'abandoned', otherValue: abandoned }));
  }
  let num: number;
  let den: number;
  switch (method) {
    case 1: num = answeredWithin + abandonedWithin; den = answered + abandoned; break;
    case 2: num = answeredWithin; den = answered; break;
    case 3: num = answeredWithin; den = answered + abandoned; break;
    default: num = answeredWithin; den = answered + abandoned - abandonedWithin; break;
  }
  if (den <= 0) return failure('no-answer', reason('noServiceBase', { method }));
  return success(num / den);
}
