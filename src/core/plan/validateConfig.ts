import type { z } from 'zod';
import { type Result, invalid, success } from '../result';
import { SHRINKAGE_CATEGORIES } from '../staffing/shrinkage';
import { breakRuleSchema, columnsSchema, eventSchema, type PlanConfig, planConfigSchema, rosterSchema, scenarioSchema, shrinkageValueSchema } from './planConfig';

/**
 * What kind of problem, so an edge can word it in the user's language (the
 * wizard's catalogue has one message per code; `message` is the English one).
 */
export type ProblemCode =
  | 'required' | 'wrongType' | 'tooFewItems' | 'empty' | 'atLeast' | 'greaterThan' | 'tooManyItems' | 'atMost' | 'lessThan'
  | 'oneOf' | 'unknownKeys' | 'shrinkageShape' | 'shrinkageTotal' | 'duplicateName' | 'minAboveMax' | 'eventOrder' | 'duplicateColumn'
  | 'breakOutsideShift' | 'breakWindowReversed' | 'breaksOverlap' | 'other';

/** One problem in a configuration: where, and what is wrong. */
export interface ConfigProblem {
  /** dotted path, e.g. "service.slTarget" or "scenarios[0].volumeFactor" */
  field: string;
  message: string;
  /** the kind of problem and its values (`got` is the value received as shown in `message`) */
  code?: ProblemCode;
  params?: Readonly<Record<string, string | number>>;
}

const shown = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

const pathOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(the configuration)';

/** A zod issue in plain words, with the value received, and its code and values for other languages. */
function describe(issue: z.core.$ZodIssue): Pick<ConfigProblem, 'message' | 'code' | 'params'> {
  const gotValue = 'input' in issue ? shown(issue.input) : undefined;
  const got = gotValue === undefined ? '' : ` (got ${gotValue})`;
  const p = (params: Record<string, string | number>) => (gotValue === undefined ? params : { ...params, got: gotValue });
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { message: `is required (${issue.expected})`, code: 'required', params: { expected: issue.expected } }
        : { message: `must be ${article(issue.expected)}${got}`, code: 'wrongType', params: p({ expected: issue.expected }) };
    case 'too_small':
      if (issue.origin === 'array') return { message: `needs at least ${issue.minimum} item(s)${got}`, code: 'tooFewItems', params: p({ n: Number(issue.minimum) }) };
      if (issue.origin === 'string') return { message: `must not be empty`, code: 'empty', params: {} };
      return { message: `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}${got}`, code: issue.inclusive ? 'atLeast' : 'greaterThan', params: p({ n: Number(issue.minimum) }) };
    case 'too_big':
      if (issue.origin === 'array') return { message: `takes at most ${issue.maximum} item(s)`, code: 'tooManyItems', params: { n: Number(issue.maximum) } };
      return { message: `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}${got}`, code: issue.inclusive ? 'atMost' : 'lessThan', params: p({ n: Number(issue.maximum) }) };
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { message: `must be one of ${values}${got}`, code: 'oneOf', params: p({ values }) };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return { message: `has unknown field(s) ${keys} (check the spelling)`, code: 'unknownKeys', params: { keys } };
    }
    case 'invalid_union':
      return { message: `is not a valid value${got}: expected a fraction 0–1, {"byMonth": [12 fractions]} or {"byWeekday": [7 fractions]}`, code: 'shrinkageShape', params: p({}) };
    default:
      return { message: `${issue.message}${got}`, code: 'other', params: p({ message: issue.message }) };
  }
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/**
 * Validates a plan configuration (parsed JSON) and fills in defaults. Lists
 * every problem, each naming its field, plus the cross-field rules (see
 * {@link crossFieldProblems}), which run on whatever parts parse even when
 * other parts are invalid, so the list is complete from the first keystroke.
 */
export function validatePlanConfig(input: unknown): Result<PlanConfig> & { problems?: ConfigProblem[] } {
  const parsed = planConfigSchema.safeParse(input, { reportInput: true });
  const problems: ConfigProblem[] = parsed.success ? [] : parsed.error.issues.map((issue): ConfigProblem => ({ field: pathOf(issue.path), ...describe(issue) }));
  problems.push(...crossFieldProblems(input));
  if (problems.length > 0 || !parsed.success) return { ...invalid(formatProblems(problems)), problems };
  return success(parsed.data);
}

const sectionOf = (input: unknown, key: string): unknown =>
  input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The rules no single field can check: total shrinkage below 100%, scenario
 * names used once, min ≤ max work days, events ending after they start, one
 * column per field, breaks inside their shift. Each rule reads only the parts of `input` that parse on
 * their own (a shrinkage category, a scenario, an event), so a problem
 * elsewhere never hides one of these.
 */
export function crossFieldProblems(input: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const shrinkage = sectionOf(input, 'shrinkage');
  const worstShrinkage = SHRINKAGE_CATEGORIES.reduce<number>((sum, category) => {
    const value = shrinkageValueSchema.safeParse(sectionOf(shrinkage, category));
    if (!value.success) return sum;
    if (typeof value.data === 'number') return sum + value.data;
    return sum + Math.max(...('byMonth' in value.data ? value.data.byMonth : value.data.byWeekday));
  }, 0);
  if (worstShrinkage >= 1) {
    const total = `${(worstShrinkage * 100).toFixed(1)}%`;
    problems.push({ field: 'shrinkage', message: `total shrinkage reaches ${total}; it must stay below 100% (nobody would be left on the phones)`, code: 'shrinkageTotal', params: { total } });
  }
  const names = listOf(sectionOf(input, 'scenarios')).map((s) => {
    const parsed = scenarioSchema.shape.name.safeParse(sectionOf(s, 'name'));
    return parsed.success ? parsed.data : undefined;
  });
  names.forEach((name, i) => {
    if (name !== undefined && names.indexOf(name) !== i) problems.push({ field: `scenarios[${i}].name`, message: `"${name}" is used twice`, code: 'duplicateName', params: { name } });
  });
  const roster = rosterSchema.safeParse(sectionOf(sectionOf(input, 'schedule'), 'roster'));
  if (roster.success && roster.data.minWorkDays !== undefined && roster.data.maxWorkDays !== undefined && roster.data.minWorkDays > roster.data.maxWorkDays) {
    problems.push({ field: 'schedule.roster.minWorkDays', message: `(${roster.data.minWorkDays}) cannot exceed maxWorkDays (${roster.data.maxWorkDays})`, code: 'minAboveMax', params: { min: roster.data.minWorkDays, max: roster.data.maxWorkDays } });
  }
  listOf(sectionOf(sectionOf(input, 'forecast'), 'events')).forEach((raw, i) => {
    const event = eventSchema.safeParse(raw);
    if (event.success && event.data.to < event.data.from) problems.push({ field: `forecast.events[${i}]`, message: `ends (${event.data.to}) before it starts (${event.data.from})`, code: 'eventOrder', params: { from: event.data.from, to: event.data.to } });
  });
  const columns = columnsSchema.safeParse(sectionOf(sectionOf(input, 'data'), 'columns'));
  if (columns.success && columns.data) {
    const seen = new Map<string, string>();
    for (const [field, header] of Object.entries(columns.data)) {
      if (header === undefined) continue;
      const other = seen.get(header);
      if (other) problems.push({ field: `data.columns.${field}`, message: `reads the same column "${header}" as ${other}; choose another column`, code: 'duplicateColumn', params: { header, other } });
      else seen.set(header, field);
    }
  }
  const schedule = sectionOf(input, 'schedule');
  listOf(sectionOf(schedule, 'templates')).forEach((raw, i) => {
    const minutes = sectionOf(raw, 'minutes');
    if (typeof minutes === 'number') problems.push(...breakProblems(sectionOf(raw, 'breaks'), minutes, `schedule.templates[${i}].breaks`));
  });
  listOf(sectionOf(schedule, 'generators')).forEach((raw, i) => {
    const breaks = sectionOf(raw, 'breaks');
    for (const length of listOf(sectionOf(raw, 'lengths'))) {
      if (typeof length === 'number') problems.push(...breakProblems(sectionOf(breaks, String(length)), length, `schedule.generators[${i}].breaks.${length}`));
    }
  });
  return problems;
}

/**
 * The breaks of one shift of `minutes` (those that parse): each ends inside the
 * shift at its latest start, its window does not close before it opens, and
 * fixed breaks do not overlap.
 */
function breakProblems(list: unknown, minutes: number, field: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const fixed: { i: number; from: number; to: number }[] = [];
  listOf(list).forEach((raw, i) => {
    const parsed = breakRuleSchema.safeParse(raw);
    if (!parsed.success) return;
    const b = parsed.data;
    const latest = b.latestOffset ?? b.offset;
    if (b.latestOffset !== undefined && b.latestOffset < b.offset) {
      problems.push({ field: `${field}[${i}].latestOffset`, message: `(${b.latestOffset}) is before the earliest start (${b.offset})`, code: 'breakWindowReversed', params: { latest: b.latestOffset, earliest: b.offset } });
    } else if (latest + b.minutes > minutes) {
      problems.push({ field: `${field}[${i}]`, message: `ends ${latest + b.minutes} minutes after the shift starts, after the shift's ${minutes} minutes`, code: 'breakOutsideShift', params: { end: latest + b.minutes, length: minutes } });
    }
    if (b.latestOffset === undefined) fixed.push({ i, from: b.offset, to: b.offset + b.minutes });
  });
  fixed.sort((a, b) => a.from - b.from);
  for (let k = 1; k < fixed.length; k++) {
    if (fixed[k].from < fixed[k - 1].to) problems.push({ field: `${field}[${fixed[k].i}]`, message: `overlaps break ${fixed[k - 1].i + 1}`, code: 'breaksOverlap', params: { other: fixed[k - 1].i + 1 } });
  }
  return problems;
}

/** Every problem on its own line: "service.slTarget must be less than 1 (got 1.2)". */
export function formatProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((p) => `${p.field} ${p.message}`).join('\n');
}
