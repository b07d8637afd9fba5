/**
 * Which rule makes a schedule impossible: the LP relaxation is solved again
 * with one rule dropped at a time (seats, the minimum rest, the contracts'
 * shares, the contracts themselves); the first whose removal makes it
 * feasible is named. LPs of this size take well under a second each, so the
 * message comes within the time limit. Null when no single rule explains it
 * (or the LP is feasible and only integrality fails).
 */
import type { Highs } from 'highs';
import type { RuleProblem } from '../notes/note';
import { buildModel } from './buildModel';
import { contractsOf, restMinutesOf } from './contracts';
import { expandPatterns } from './expandPatterns';
import type { ScheduleProblem } from './types';

/** A contract any agent could work: 1–6 days, 0–168 h. */
const ANY = { name: 'any', weeklyHours: { min: 0, max: 168 }, days: { min: 1, max: 6 } };

/**
 * @example diagnoseInfeasible(highs, { ...p, seats: { count: 3 } }) //=> { rule: 'seats', seats: 3 }
 */
export function diagnoseInfeasible(highs: Pick<Highs, 'createModel' | 'constants'>, p: ScheduleProblem): RuleProblem | null {
  const feasible = (q: ScheduleProblem): boolean => {
    const built = buildModel(q, expandPatterns(q));
    const lp = highs.createModel({ ...built.data, integrality: undefined });
    try {
      lp.options.set({ output_flag: false, time_limit: 5 });
      lp.run();
      return lp.getModelStatus() === highs.constants.modelStatus.optimal;
    } finally {
      lp.dispose();
    }
  };
  if (feasible(p)) return null;
  if (p.seats && feasible({ ...p, seats: undefined })) return { rule: 'seats', seats: p.seats.count };
  const rules = p.roster;
  if (!rules) return null;
  const contracts = contractsOf(rules);
  if (restMinutesOf(rules) > 0 && feasible({ ...p, roster: { ...rules, contracts, minRestHours: 0 } })) {
    return { rule: 'rest', restHours: restMinutesOf(rules) / 60 };
  }
  const shared = contracts.filter((c) => c.share !== undefined);
  if (shared.length > 0 && feasible({ ...p, roster: { ...rules, contracts: contracts.map(({ share: _, ...c }) => c) } })) {
    return { rule: 'shares', contracts: shared.map((c) => c.name) };
  }
  if (feasible({ ...p, roster: { ...rules, contracts: [ANY] } })) return { rule: 'contracts', contracts: contracts.map((c) => c.name) };
  return null;
}
