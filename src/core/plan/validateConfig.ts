import type { z } from 'zod';
import { type Result, invalid, success } from '../result';
import { slUnreachable } from '../scenario/messages';
import type { SlTargetFault } from '../scenario/slTargetProblem';
import { SL_TARGET_RANGE } from '../staffing/slTarget';
import { SHRINKAGE_CATEGORIES } from '../staffing/shrinkage';
import type { ColumnField } from '../workload/columnMapping';
import { breakRuleSchema, capacitySchema, columnsSchema, eventSchema, type PlanConfig, type PlanConfigInput, planConfigSchema, rosterSchema, scenarioSchema, shrinkageValueSchema, skillGroupSchema } from './planConfig';

/** The paths below a value of type T: ".a.b" into objects, "[0]" into lists. */
type Below<T> = T extends readonly (infer E)[] ? `[${number}]` | `[${number}]${Below<NonNullable<E>>}` : T extends object ? { [K in keyof T & string]: `.${K}` | `.${K}${Below<NonNullable<T[K]>>}` }[keyof T & string] : never;

/**
 * A field of the configuration, as problems name it: "service.slTarget",
 * "scenarios[0].volumeFactor" — derived from the config type, so a misspelt
 * path does not compile. "(the configuration)" is the whole of it.
 */
export type ConfigPath = (Below<PlanConfigInput> extends `.${infer P}` ? P : never) | '(the configuration)';

/**
 * What kind of problem, so an edge can word it in the user's language (the
 * wizard's catalogue has one message per code; `message` is the English one).
 */
export type ProblemCode =
  | 'required' | 'wrongType' | 'tooFewItems' | 'empty' | 'atLeast' | 'greaterThan' | 'tooManyItems' | 'atMost' | 'lessThan'
  | 'oneOf' | 'unknownKeys' | 'shrinkageShape' | 'shrinkageTotal' | 'duplicateName' | 'minAboveMax' | 'classSizeReversed' | 'eventOrder' | 'duplicateColumn'
  | 'breakOutsideShift' | 'breakWindowReversed' | 'breaksOverlap' | 'tooLong' | 'tooDeep' | 'notADate'
  | 'slUnreachable' | 'slPercent' | 'unknownRegion' | 'holidaysShape' | 'other';

/** One problem in a configuration: where, and what is wrong. */
export interface ConfigProblem {
  /** dotted path, e.g. "service.slTarget" or "scenarios[0].volumeFactor" (a ConfigPath; written through `at`) */
  field: string;
  message: string;
  /** the kind of problem and its values (`got` is the value received as shown in `message`) */
  code?: ProblemCode;
  params?: Readonly<Record<string, string | number>>;
  /** the scenario's name when the field is inside one, so a report can say which (`scenarios[1]` alone does not) */
  scenario?: string;
}

const shown = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/** A field named by a rule of this module: typed, so a misspelt path does not compile. */
const at = (path: ConfigPath): ConfigPath => path;

/** A zod issue's path in the config's words (zod paths follow the schema, so they are ConfigPaths). */
const pathOf = (path: readonly PropertyKey[]): ConfigPath =>
  (path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(the configuration)') as ConfigPath;

/**
 * data.queues is "total", "separate" or a list: when a list is given, its own
 * issues (a queue's missing name, its channel) name the queue's field rather
 * than the union as a whole.
 */
function listIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.path[issue.path.length - 1] !== 'queues') return [issue];
  const list = issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
  return list ? list.map((i) => ({ ...i, path: [...issue.path, ...i.path] })) : [issue];
}

/**
 * The value an issue received: a refinement over an object that names one of
 * its fields (its path ends in the field) received that field's value, not the
 * whole object (a voice queue's responseHours: "(got 4)").
 */
function received(issue: z.core.$ZodIssue): { value: unknown } | undefined {
  if (!('input' in issue)) return undefined;
  const input = issue.input;
  const key = issue.path[issue.path.length - 1];
  if (issue.code === 'custom' && typeof input === 'object' && input !== null && !Array.isArray(input) && typeof key === 'string' && key in input) {
    return { value: (input as Record<string, unknown>)[key] };
  }
  return { value: input };
}

/** A zod issue in plain words, with the value received, and its code and values for other languages. */
function describe(issue: z.core.$ZodIssue): Pick<ConfigProblem, 'message' | 'code' | 'params'> {
  const input = received(issue);
  const gotValue = input === undefined ? undefined : shown(input.value);
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
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? issue.input.length : 0;
        return { message: `must be at most ${issue.maximum} characters (got ${length})`, code: 'tooLong', params: { n: Number(issue.maximum), length } };
      }
      return { message: `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}${got}`, code: issue.inclusive ? 'atMost' : 'lessThan', params: p({ n: Number(issue.maximum) }) };
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { message: `must be one of ${values}${got}`, code: 'oneOf', params: p({ values }) };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return { message: `has unknown field(s) ${keys} (check the spelling)`, code: 'unknownKeys', params: { keys } };
    }
    case 'custom':
      if (issue.params?.slTarget) return slTargetWords(issue.params.slTarget as SlTargetFault, issue.input);
      if (issue.params?.region) return { message: `names no region${got}: use a country code such as "CN", "US", "GB", or a country and subdivision such as "US-CA", "DE-BY"`, code: 'unknownRegion', params: p({}) };
      if (issue.params?.date) return { message: `must be a calendar date "YYYY-MM-DD"${got}`, code: 'notADate', params: p({}) };
      return { message: `${issue.message}${got}`, code: 'other', params: p({ message: issue.message }) };
    case 'invalid_union':
      if (issue.path[issue.path.length - 1] === 'queues') {
        const values = '"total", "separate", [{ "name": …, "callTypes": […], "channel": "voice" | "chat" | "email" }, …]';
        return { message: `must be one of ${values}${got}`, code: 'oneOf', params: p({ values }) };
      }
      if (issue.path[issue.path.length - 1] === 'holidays') {
        return { message: `is not a valid value${got}: expected a list of dates ["YYYY-MM-DD", …], a region such as "CN" or "US-CA", or {"region": "CN", "dates": […], "except": […]}`, code: 'holidaysShape', params: p({}) };
      }
      return { message: `is not a valid value${got}: expected a fraction 0–1, {"byMonth": [12 fractions]} or {"byWeekday": [7 fractions]}`, code: 'shrinkageShape', params: p({}) };
    default:
      return { message: `${issue.message}${got}`, code: 'other', params: p({ message: issue.message }) };
  }
}

/** An SL target's fault in words; out-of-range values read as any bound does (range: SL_TARGET_RANGE). */
function slTargetWords(fault: SlTargetFault, value: unknown): Pick<ConfigProblem, 'message' | 'code' | 'params'> {
  const got = shown(value);
  switch (fault) {
    case 'unreachable':
      return { message: `must be less than ${SL_TARGET_RANGE.max} (got ${got}): ${slUnreachable('')}`, code: 'slUnreachable', params: { got } };
    case 'percent': {
      const suggestion = Number(value) / 100;
      return { message: `is a fraction (0.8 for 80%); got ${got} — did you mean ${suggestion}?`, code: 'slPercent', params: { got, suggestion } };
    }
    case 'tooLow':
      return { message: `must be greater than ${SL_TARGET_RANGE.min} (got ${got})`, code: 'greaterThan', params: { n: SL_TARGET_RANGE.min, got } };
    case 'tooHigh':
      return { message: `must be less than ${SL_TARGET_RANGE.max} (got ${got})`, code: 'lessThan', params: { n: SL_TARGET_RANGE.max, got } };
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
  const deep = tooDeep(input);
  if (deep) return { ...invalid(formatProblems([deep])), problems: [deep] };
  const parsed = planConfigSchema.safeParse(input, { reportInput: true });
  const problems: ConfigProblem[] = parsed.success ? [] : parsed.error.issues.flatMap(listIssues).map((issue): ConfigProblem => ({ field: pathOf(issue.path), ...describe(issue), ...inScenario(input, issue.path) }));
  problems.push(...crossFieldProblems(input));
  if (problems.length > 0 || !parsed.success) return { ...invalid(formatProblems(problems)), problems };
  return success(parsed.data);
}

/** The name of the scenario a path points into, when it has a usable one. */
function inScenario(input: unknown, path: readonly PropertyKey[]): Pick<ConfigProblem, 'scenario'> {
  if (path[0] !== 'scenarios' || typeof path[1] !== 'number') return {};
  const parsed = scenarioSchema.shape.name.safeParse(sectionOf(listOf(sectionOf(input, 'scenarios'))[path[1]], 'name'));
  return parsed.success ? { scenario: parsed.data } : {};
}

/**
 * How deep a configuration may nest, levels. The deepest real field is 6 down
 * (schedule.generators[0].breaks."480"[0].offset); far deeper input (5,000
 * levels) would exhaust the validator's stack, so it is refused first.
 */
export const MAX_CONFIG_DEPTH = 32;

/** The first place `input` nests deeper than MAX_CONFIG_DEPTH, as a problem (walked without recursion). */
function tooDeep(input: unknown): ConfigProblem | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_CONFIG_DEPTH) {
      const top = pathOf(path.slice(0, 3));
      return { field: top, message: `nests deeper than ${MAX_CONFIG_DEPTH} levels (a plan configuration needs at most 6); check the brackets`, code: 'tooDeep', params: { n: MAX_CONFIG_DEPTH } };
    }
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return undefined;
}

/** A config file's text without the byte-order mark some editors save (U+FEFF), ready for JSON.parse. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

const sectionOf = (input: unknown, key: string): unknown =>
  input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The rules no single field can check: total shrinkage below 100%, scenario
 * and skill-group names used once, min ≤ max work days and class size, events ending after they start, one
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
    problems.push({ field: at('shrinkage'), message: `total shrinkage reaches ${total}; it must stay below 100% (nobody would be left on the phones)`, code: 'shrinkageTotal', params: { total } });
  }
  const names = listOf(sectionOf(input, 'scenarios')).map((s) => {
    const parsed = scenarioSchema.shape.name.safeParse(sectionOf(s, 'name'));
    return parsed.success ? parsed.data : undefined;
  });
  names.forEach((name, i) => {
    if (name !== undefined && names.indexOf(name) !== i) problems.push({ field: at(`scenarios[${i}].name`), message: `"${name}" is used twice`, code: 'duplicateName', params: { name } });
  });
  const roster = rosterSchema.safeParse(sectionOf(sectionOf(input, 'schedule'), 'roster'));
  if (roster.success && roster.data.minWorkDays !== undefined && roster.data.maxWorkDays !== undefined && roster.data.minWorkDays > roster.data.maxWorkDays) {
    problems.push({ field: at('schedule.roster.minWorkDays'), message: `(${roster.data.minWorkDays}) cannot exceed maxWorkDays (${roster.data.maxWorkDays})`, code: 'minAboveMax', params: { min: roster.data.minWorkDays, max: roster.data.maxWorkDays } });
  }
  const classSize = capacitySchema.shape.classSize.safeParse(sectionOf(sectionOf(input, 'capacity'), 'classSize'));
  if (classSize.success && classSize.data.min > classSize.data.max) {
    problems.push({ field: at('capacity.classSize.min'), message: `(${classSize.data.min} heads) cannot exceed the largest class, capacity.classSize.max (${classSize.data.max} heads)`, code: 'classSizeReversed', params: { min: classSize.data.min, max: classSize.data.max } });
  }
  listOf(sectionOf(sectionOf(input, 'forecast'), 'events')).forEach((raw, i) => {
    const event = eventSchema.safeParse(raw);
    if (event.success && event.data.to < event.data.from) problems.push({ field: at(`forecast.events[${i}]`), message: `ends (${event.data.to}) before it starts (${event.data.from})`, code: 'eventOrder', params: { from: event.data.from, to: event.data.to } });
  });
  const columns = columnsSchema.safeParse(sectionOf(sectionOf(input, 'data'), 'columns'));
  if (columns.success && columns.data) {
    const seen = new Map<string, string>();
    for (const [field, header] of Object.entries(columns.data) as [ColumnField, string | undefined][]) {
      if (header === undefined) continue;
      const other = seen.get(header);
      if (other) problems.push({ field: at(`data.columns.${field}`), message: `reads the same column "${header}" as ${other}; choose another column`, code: 'duplicateColumn', params: { header, other } });
      else seen.set(header, field);
    }
  }
  problems.push(...skillGroupProblems(sectionOf(sectionOf(input, 'data'), 'skills')));
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

/** data.skills: each group named once, each queue listed once in a group (the groups that parse). */
function skillGroupProblems(list: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const groups = listOf(list).map((raw) => {
    const parsed = skillGroupSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  });
  const names = groups.map((g) => g?.group);
  groups.forEach((g, i) => {
    if (g === undefined) return;
    if (names.indexOf(g.group) !== i) problems.push({ field: at(`data.skills[${i}].group`), message: `"${g.group}" is used twice`, code: 'duplicateName', params: { name: g.group } });
    g.queues.forEach((queue, k) => {
      if (g.queues.indexOf(queue) !== k) problems.push({ field: at(`data.skills[${i}].queues[${k}]`), message: `"${queue}" is used twice`, code: 'duplicateName', params: { name: queue } });
    });
  });
  return problems;
}

/**
 * The breaks of one shift of `minutes` (those that parse): each ends inside the
 * shift at its latest start, its window does not close before it opens, and
 * fixed breaks do not overlap.
 */
function breakProblems(list: unknown, minutes: number, field: `schedule.templates[${number}].breaks` | `schedule.generators[${number}].breaks.${string}`): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const fixed: { i: number; from: number; to: number }[] = [];
  listOf(list).forEach((raw, i) => {
    const parsed = breakRuleSchema.safeParse(raw);
    if (!parsed.success) return;
    const b = parsed.data;
    const latest = b.latestOffset ?? b.offset;
    if (b.latestOffset !== undefined && b.latestOffset < b.offset) {
      problems.push({ field: at(`${field}[${i}].latestOffset`), message: `(${b.latestOffset}) is before the earliest start (${b.offset})`, code: 'breakWindowReversed', params: { latest: b.latestOffset, earliest: b.offset } });
    } else if (latest + b.minutes > minutes) {
      problems.push({ field: at(`${field}[${i}]`), message: `ends ${latest + b.minutes} minutes after the shift starts, after the shift's ${minutes} minutes`, code: 'breakOutsideShift', params: { end: latest + b.minutes, length: minutes } });
    }
    if (b.latestOffset === undefined) fixed.push({ i, from: b.offset, to: b.offset + b.minutes });
  });
  fixed.sort((a, b) => a.from - b.from);
  for (let k = 1; k < fixed.length; k++) {
    if (fixed[k].from < fixed[k - 1].to) problems.push({ field: at(`${field}[${fixed[k].i}]`), message: `overlaps break ${fixed[k - 1].i + 1}`, code: 'breaksOverlap', params: { other: fixed[k - 1].i + 1 } });
  }
  return problems;
}

/** Every problem on its own line: "service.slTarget must be a fraction above 0 and below 1 (got 1.2)", naming the scenario when in one. */
export function formatProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((p) => `${p.field} ${p.message}${p.scenario ? ` (scenario "${p.scenario}")` : ''}`).join('\n');
}
