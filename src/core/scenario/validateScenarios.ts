import { invalid, success, type Result } from '../result';
import {
  badLabel,
  badName,
  duplicateName,
  mustBeAtLeast0,
  mustBePositive,
  noScenariosMessage,
  notNumber,
  scenarioNotObject,
} from './messages';
import { slTargetProblem } from './slTargetProblem';
import type { Scenario } from './types';

/** Field bounds of a scenario's numbers: the one place they live. */
const NUMERIC_FIELDS: readonly { key: keyof Scenario; bound: 'moreThan0' | 'atLeast0'; optional: boolean }[] = [
  { key: 'volumeFactor', bound: 'moreThan0', optional: false },
  { key: 'targetSeconds', bound: 'atLeast0', optional: false },
  { key: 'ahtFactor', bound: 'moreThan0', optional: true },
  { key: 'shrinkageFactor', bound: 'atLeast0', optional: true },
];

/**
 * Every problem in a list of scenarios, each naming the scenario and the
 * field (for a form, or a config report that lists all problems at once).
 * Accepts untyped input (JSON).
 *
 * @example scenarioProblems([{ ...mid, name: 'high', slTarget: 1, targetSeconds: 0 }])
 *   //=> ['scenario high: an SL target of 100% can never be reached with finite staff']
 */
export function scenarioProblems(scenarios: readonly Scenario[]): string[] {
  if (!Array.isArray(scenarios) || scenarios.length === 0) return [noScenariosMessage];
  const problems: string[] = [];
  const seen = new Set<string>();
  scenarios.forEach((s: Scenario, i) => {
    if (s === null || typeof s !== 'object') {
      problems.push(scenarioNotObject(i));
      return;
    }
    const nameOk = typeof s.name === 'string' && s.name.trim() !== '';
    if (!nameOk) problems.push(badName(i, s.name));
    const name = nameOk ? s.name : String(i + 1);
    if (nameOk && seen.has(s.name)) problems.push(duplicateName(s.name));
    seen.add(name);
    if (typeof s.label !== 'string' || s.label.trim() === '') problems.push(badLabel(name, s.label));
    const sl = slTargetProblem(s.slTarget, `scenario ${name}: `);
    if (sl) problems.push(sl);
    for (const f of NUMERIC_FIELDS) {
      const v: unknown = s[f.key];
      if (v === undefined && f.optional) continue;
      if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(notNumber(name, f.key, v));
      else if (f.bound === 'moreThan0' && !(v > 0)) problems.push(mustBePositive(name, f.key, v));
      else if (f.bound === 'atLeast0' && !(v >= 0)) problems.push(mustBeAtLeast0(name, f.key, v));
    }
  });
  return problems;
}

/**
 * Checks the high / mid / low scenarios (step 9) before any plan is run.
 *
 * @returns the scenarios, or `invalid` listing every problem ('; '-separated).
 * @example validateScenarios([{ name: 'high', label: 'High', volumeFactor: 1.1, slTarget: 1, targetSeconds: 0 }])
 *   //=> invalid('scenario high: an SL target of 100% can never be reached with finite staff')
 */
export function validateScenarios(scenarios: readonly Scenario[]): Result<readonly Scenario[]> {
  const problems = scenarioProblems(scenarios);
  return problems.length > 0 ? invalid(problems.join('; ')) : success(scenarios);
}
