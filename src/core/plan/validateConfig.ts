import type { z } from 'zod';
import { type Result, invalid, success } from '../result';
import { type PlanConfig, planConfigSchema } from './planConfig';

/** One problem in a configuration: where, and what is wrong. */
export interface ConfigProblem {
  /** dotted path, e.g. "service.slTarget" or "scenarios[0].volumeFactor" */
  field: string;
  message: string;
}

const shown = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

const pathOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(the configuration)';

/** A zod issue in plain words, with the value received. */
function describe(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? ` (got ${shown(issue.input)})` : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${article(issue.expected)}${got}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} item(s)${got}`
        : issue.origin === 'string' ? `must not be empty` : `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}${got}`;
    case 'too_big':
      return issue.origin === 'array' ? `takes at most ${issue.maximum} item(s)` : `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}${got}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    case 'unrecognized_keys':
      return `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'invalid_union':
      return `is not a valid value${got}: expected a fraction 0–1, {"byMonth": [12 fractions]} or {"byWeekday": [7 fractions]}`;
    default:
      return `${issue.message}${got}`;
  }
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/**
 * Validates a plan configuration (parsed JSON) and fills in defaults. Lists
 * every problem, each naming its field, plus the cross-field rules: total
 * shrinkage below 100%, a "mid" scenario, Erlang A with a patience or records.
 */
export function validatePlanConfig(input: unknown): Result<PlanConfig> & { problems?: ConfigProblem[] } {
  const parsed = planConfigSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ field: pathOf(issue.path), message: describe(issue) }));
    return { ...invalid(formatProblems(problems)), problems };
  }
  const config = parsed.data;
  const problems: ConfigProblem[] = [];
  const worstShrinkage = Object.values(config.shrinkage).reduce<number>((sum, value) => {
    if (value === undefined) return sum;
    if (typeof value === 'number') return sum + value;
    return sum + Math.max(...('byMonth' in value ? value.byMonth : value.byWeekday));
  }, 0);
  if (worstShrinkage >= 1) {
    problems.push({ field: 'shrinkage', message: `total shrinkage reaches ${(worstShrinkage * 100).toFixed(1)}%; it must stay below 100% (nobody would be left on the phones)` });
  }
  const names = config.scenarios.map((s) => s.name);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) problems.push({ field: `scenarios[${i}].name`, message: `"${name}" is used twice` });
  });
  const roster = config.schedule.roster;
  if (roster?.minWorkDays !== undefined && roster.maxWorkDays !== undefined && roster.minWorkDays > roster.maxWorkDays) {
    problems.push({ field: 'schedule.roster.minWorkDays', message: `(${roster.minWorkDays}) cannot exceed maxWorkDays (${roster.maxWorkDays})` });
  }
  config.forecast.events.forEach((event, i) => {
    if (event.to < event.from) problems.push({ field: `forecast.events[${i}]`, message: `ends (${event.to}) before it starts (${event.from})` });
  });
  if (problems.length > 0) return { ...invalid(formatProblems(problems)), problems };
  return success(config);
}

/** Every problem on its own line: "service.slTarget must be less than 1 (got 1.2)". */
export function formatProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((p) => `${p.field} ${p.message}`).join('\n');
}
