/** PlanConfig validation: every problem listed, each naming its field and what is accepted. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConfigPath, validatePlanConfig, withoutBom } from '../../src/core/plan/validateConfig';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import { problemText } from '../../src/taskpane/i18n/problems';

const sample = () => JSON.parse(readFileSync(join(__dirname, '../../examples/sample-centre.json'), 'utf8'));

test('the embedded sample config is valid and defaults are filled in', () => {
  const result = validatePlanConfig(sample());
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.value.forecast.method).toBe('auto');
  expect(result.value.trunks.blocking).toBe(0.01);
  expect(result.value.scenarios.map((s) => s.ahtFactor)).toEqual([1, 1, 1]);
});

test('wrong types, out-of-range values, unknown fields and bad enums are all reported with their fields', () => {
  const config = sample();
  config.service.slTarget = 'eighty';
  config.service.targetSeconds = -5;
  config.costs.hourlyWage = -20;
  config.costs.currency = 'dollars';
  config.forecast.method = 'crystal-ball';
  config.staffing.patience = 180; // typo for patienceSeconds
  const result = validatePlanConfig(config);
  expect(result.ok).toBe(false);
  const byField = Object.fromEntries((result.problems ?? []).map((p) => [p.field, p.message]));
  expect(byField['service.slTarget']).toMatch(/must be a number \(got "eighty"\)/);
  expect(byField['service.targetSeconds']).toMatch(/at least 0 \(got -5\)/);
  expect(byField['costs.hourlyWage']).toMatch(/at least 0 \(got -20\)/);
  expect(byField['costs.currency']).toMatch(/3-letter currency code/);
  expect(byField['forecast.method']).toMatch(/must be one of "auto", .*"holt-winters"/);
  expect(byField.staffing).toMatch(/unknown field\(s\) "patience"/);
  if (!result.ok) expect(result.message.split('\n')).toHaveLength(6);
});

test('an impossible SL objective (100/0) is refused for the plan and for a scenario', () => {
  const config = sample();
  config.service.slTarget = 1;
  config.scenarios[0].slTarget = 1;
  config.scenarios[0].targetSeconds = 0;
  const result = validatePlanConfig(config);
  expect(result.ok).toBe(false);
  const fields = (result.problems ?? []).map((p) => p.field);
  expect(fields).toEqual(expect.arrayContaining(['service.slTarget', 'scenarios[0].slTarget']));
  expect(result.problems?.find((p) => p.field === 'service.slTarget')?.message).toMatch(/less than 1 \(got 1\)/);
});

test('cross-field rules: shrinkage ≥ 100%, duplicate scenarios, min > max working days, an event ending before it starts', () => {
  const config = sample();
  config.shrinkage = { absence: 0.5, leave: { byMonth: [0.1, 0.1, 0.1, 0.1, 0.1, 0.6, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1] } };
  config.scenarios[1].name = 'high';
  config.schedule.roster = { minWorkDays: 6, maxWorkDays: 5 };
  config.forecast.events = [{ name: 'launch', from: '2026-11-05', to: '2026-11-03', factor: 1.2 }];
  const result = validatePlanConfig(config);
  expect(result.ok).toBe(false);
  const text = result.ok ? '' : result.message;
  expect(text).toMatch(/shrinkage total shrinkage reaches 110.0%/);
  expect(text).toMatch(/scenarios\[1\].name "high" is used twice/);
  expect(text).toMatch(/minWorkDays \(6\) cannot exceed maxWorkDays \(5\)/);
  expect(text).toMatch(/forecast.events\[0\] ends \(2026-11-03\) before it starts/);
});

test('not an object at all, and an empty object', () => {
  expect(validatePlanConfig(42).ok).toBe(false);
  const empty = validatePlanConfig({});
  expect(empty.ok).toBe(false);
  // what no history can tell and no default can stand for: the centre, its history and its currency
  expect((empty.problems ?? []).map((p) => p.field)).toEqual(['centre', 'data', 'costs']);
});

test('cross-field rules reach the user while other parts are still invalid (no history yet, a typo elsewhere)', () => {
  const config = sample();
  config.data.history = ''; // a new wizard user has not imported the history
  config.service.slTarget = 'eighty';
  config.shrinkage = { absence: 0.6, leave: 0.5, training: 'lots' }; // one category invalid, the valid ones already ≥ 100%
  config.scenarios[1].name = 'high';
  config.scenarios[2].volumeFactor = -1; // that scenario is invalid, its name still counts
  config.scenarios[2].name = 'high';
  config.schedule.templates = 'none'; // the schedule section fails, its roster rules are still checked
  config.schedule.roster = { minWorkDays: 6, maxWorkDays: 5 };
  config.forecast.events = [{ name: 'launch', from: '2026-11-05', to: '2026-11-03', factor: 1.2 }, { name: '', from: 'soon', to: '2026-11-01', factor: 1 }];
  const result = validatePlanConfig(config);
  expect(result.ok).toBe(false);
  const byField = new Map((result.problems ?? []).map((p) => [p.field, p]));
  expect(byField.get('data.history')?.message).toMatch(/must not be empty/);
  expect(byField.get('service.slTarget')?.message).toMatch(/must be a number/);
  expect(byField.get('shrinkage.training')).toBeDefined();
  expect(byField.get('shrinkage')).toMatchObject({ message: expect.stringMatching(/total shrinkage reaches 110.0%/), code: 'shrinkageTotal' });
  expect(byField.get('scenarios[1].name')?.message).toBe('"high" is used twice');
  expect(byField.get('scenarios[2].name')?.message).toBe('"high" is used twice');
  expect(byField.get('schedule.roster.minWorkDays')?.message).toMatch(/\(6\) cannot exceed maxWorkDays \(5\)/);
  expect(byField.get('forecast.events[0]')?.message).toMatch(/ends \(2026-11-03\) before it starts/);
  expect(byField.has('forecast.events[1]')).toBe(false); // its own fields are reported instead
  expect(byField.get('forecast.events[1].from')).toBeDefined();
});

test('column overrides: one column per field; the cleaning section has defaults and refuses unknown fields', () => {
  const config = sample();
  config.data.columns = { offered: '来电量', answered: '来电量' };
  const twice = validatePlanConfig(config);
  expect(twice.problems).toEqual([expect.objectContaining({ field: 'data.columns.answered', message: 'reads the same column "来电量" as offered; choose another column' })]);
  config.data.columns = { offered: '来电量', calls: 'x' };
  expect(validatePlanConfig(config).problems?.[0]).toMatchObject({ field: 'data.columns', message: expect.stringMatching(/unknown field\(s\) "calls"/) });
  delete config.data.columns;
  const ok = validatePlanConfig(config);
  expect(ok.ok && ok.value.forecast.cleaning).toEqual({ repair: 'comparable', overrides: [] });
  config.forecast.cleaning = { repair: 'guess', overrides: [{ date: '2026-03-17', start: '25:00', accept: 'yes' }] };
  const fields = (validatePlanConfig(config).problems ?? []).map((p) => p.field);
  expect(fields).toEqual(expect.arrayContaining(['forecast.cleaning.repair', 'forecast.cleaning.overrides[0].start', 'forecast.cleaning.overrides[0].accept']));
});

test('breaks must lie inside their shift, open before they close, and fixed breaks must not overlap', () => {
  const config = sample();
  config.schedule.generators[0].breaks['480'] = [
    { offset: 210, minutes: 30, paid: false, latestOffset: 460 }, // latest start + 30 = 490 > 480
    { offset: 100, minutes: 15, paid: true },
    { offset: 110, minutes: 15, paid: true }, // overlaps the one before
  ];
  config.schedule.generators[0].breaks['510'] = [{ offset: 300, minutes: 30, paid: false, latestOffset: 200 }];
  config.schedule.templates = [{ name: 'Late', start: '14:00', minutes: 300, breaks: [{ offset: 290, minutes: 15, paid: false }] }];
  const result = validatePlanConfig(config);
  expect(result.ok).toBe(false);
  const byField = Object.fromEntries((result.problems ?? []).map((p) => [p.field, p]));
  expect(byField['schedule.generators[0].breaks.480[0]']).toMatchObject({ code: 'breakOutsideShift', params: { end: 490, length: 480 } });
  expect(byField['schedule.generators[0].breaks.480[2]']).toMatchObject({ code: 'breaksOverlap', params: { other: 2 } });
  expect(byField['schedule.generators[0].breaks.510[0].latestOffset']).toMatchObject({ code: 'breakWindowReversed' });
  expect(byField['schedule.templates[0].breaks[0]'].message).toBe("ends 305 minutes after the shift starts, after the shift's 300 minutes");
  expect(result.problems).toHaveLength(4);
  // a break that just fits (ends at the shift's end) is fine
  config.schedule.templates[0].breaks[0].offset = 285;
  expect((validatePlanConfig(config).problems ?? []).some((p) => p.field.startsWith('schedule.templates'))).toBe(false);
});

describe('config limits: each refused with a message naming the field, before any work', () => {
  const problemsOf = (config: unknown): string[] => {
    const r = validatePlanConfig(config);
    return r.ok ? [] : r.message.split('\n');
  };

  test('nesting 5,000 deep is refused in words, not a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = [deep];
    const config = sample();
    config.centre.name = deep;
    expect(problemsOf(config)).toEqual(['centre.name[0] nests deeper than 32 levels (a plan configuration needs at most 6); check the brackets']);
    const objects = sample();
    let nested: Record<string, unknown> = {};
    objects.forecast.cleaning = nested;
    for (let i = 0; i < 5000; i++) nested = (nested.a = {}) as Record<string, unknown>;
    expect(problemsOf(objects)).toEqual(['forecast.cleaning.a nests deeper than 32 levels (a plan configuration needs at most 6); check the brackets']);
    // the deepest real fields (generator breaks) are well within the limit
    const generators = sample();
    generators.schedule.generators = [{ firstStart: '08:00', lastStart: '12:00', everyMinutes: 30, lengths: [480], breaks: { 480: [{ offset: 240, minutes: 30, paid: false }] } }];
    expect(problemsOf(generators)).toEqual([]);
  });

  test('a scenario name is short and safe for a file name (it names budget-<name>.xlsx)', () => {
    const config = sample();
    config.scenarios[0].name = 'h'.repeat(300);
    config.scenarios[1].name = 'mid/../../x';
    expect(problemsOf(config)).toEqual([
      'scenarios[0].name must be at most 40 characters (got 300)',
      `scenarios[1].name expected a lower-case name such as "high" (a-z, 0-9 and '-', at most 40 characters: it names the file budget-<name>.xlsx) (got "mid/../../x")`,
    ]);
    config.scenarios[0].name = 'h'.repeat(40);
    config.scenarios[1].name = 'mid';
    expect(problemsOf(config)).toEqual([]);
  });

  test('texts that reach cells are bounded (200 characters, far below Excel’s 32,767)', () => {
    const huge = 'x'.repeat(10_000_000);
    const config = sample();
    config.scenarios[1].label = huge;
    config.forecast.events = [{ name: huge, from: '2026-11-03', to: '2026-11-05', factor: 1.2 }];
    config.data.columns = { offered: huge };
    expect(problemsOf(config)).toEqual([
      'data.columns.offered must be at most 200 characters (got 10000000)',
      'forecast.events[0].name must be at most 200 characters (got 10000000)',
      'scenarios[1].label must be at most 200 characters (got 10000000) (scenario "mid")',
    ]);
  });

  test('money and rates have a ceiling, so budgets stay finite', () => {
    const config = sample();
    config.costs.hourlyWage = 1e308;
    config.budgetQuestion = { budget: 1e308 };
    expect(problemsOf(config)).toEqual([
      'costs.hourlyWage must be at most 1000000000000 (got 1e+308)',
      'budgetQuestion.budget must be at most 1000000000000000 (got 1e+308)',
    ]);
  });

  test('a holiday, event or cleaning date must be on the calendar', () => {
    const config = sample();
    config.forecast.holidays = ['2026-02-31', '2026-02-28'];
    config.forecast.events = [{ name: 'launch', from: '2026-04-31', to: '2026-05-02', factor: 1.2 }];
    config.forecast.from = '2026-13-01';
    expect(problemsOf(config)).toEqual([
      'forecast.from must be a calendar date "YYYY-MM-DD" (got "2026-13-01")',
      'forecast.holidays[0] must be a calendar date "YYYY-MM-DD" (got "2026-02-31")',
      'forecast.events[0].from must be a calendar date "YYYY-MM-DD" (got "2026-04-31")',
    ]);
  });

  test('a config saved with a UTF-8 byte-order mark parses', () => {
    const text = `\uFEFF${JSON.stringify(sample())}`;
    expect(() => JSON.parse(text)).toThrow();
    expect(validatePlanConfig(JSON.parse(withoutBom(text))).ok).toBe(true);
    expect(withoutBom('{}')).toBe('{}');
  });

  test('the new problems read in the wizard’s languages', () => {
    const config = sample();
    let deepName: unknown = 'x';
    for (let i = 0; i < 40; i++) deepName = [deepName];
    config.centre.name = deepName;
    const deep = validatePlanConfig(config).problems ?? [];
    const other = sample();
    other.forecast.holidays = ['2026-02-31'];
    other.scenarios[0].label = 'x'.repeat(201);
    other.scenarios[1].slTarget = 85;
    other.scenarios[2].slTarget = 1;
    const all = [...deep, ...(validatePlanConfig(other).problems ?? [])];
    expect(all.map((p) => p.code)).toEqual(['tooDeep', 'notADate', 'tooLong', 'slPercent', 'slUnreachable']);
    const en = createI18n('en').t;
    const zh = createI18n('zh-CN').t;
    for (const p of all) {
      expect(problemText(p, en)).toBe(p.message);
      expect(problemText(p, zh)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

test('field paths are typed from the config type: a misspelt path does not compile (checked by tsc)', () => {
  const paths: ConfigPath[] = ['staffing.patienceSeconds', 'scenarios[2].volumeFactor', 'schedule.generators[0].breaks.480[1].offset', 'data.columns.offered'];
  // @ts-expect-error "patientSeconds" is not a field of staffing
  const misspelt: ConfigPath = 'staffing.patientSeconds';
  // @ts-expect-error scenarios is a list: its items are reached by [n]
  const unindexed: ConfigPath = 'scenarios.volumeFactor';
  // every problem the validator reports names such a path
  const config = sample();
  config.staffing.patienceSeconds = -1;
  expect((validatePlanConfig(config).problems ?? []).map((p) => p.field)).toEqual(['staffing.patienceSeconds']);
  expect([...paths, misspelt, unindexed]).toHaveLength(6);
});

test('data.queues: a listed queue’s fault names its field (not the union of "total", "separate" and a list); another value names the three shapes', () => {
  const problems = (queues: unknown) => {
    const config = sample();
    config.data.queues = queues;
    return (validatePlanConfig(config).problems ?? []).map((p) => [p.field, p.code]);
  };
  expect(problems([{ name: 'Billing' }, { channel: 'voice' }])).toEqual([['data.queues[1].name', 'required']]);
  expect(problems([{ name: 'Billing', channel: 'fax' }])).toEqual([['data.queues[0].channel', 'oneOf']]);
  expect(problems('pooled')).toEqual([['data.queues', 'oneOf']]);
  const zh = createI18n('zh-CN').t;
  const config = sample();
  config.data.queues = 'pooled';
  const [problem] = validatePlanConfig(config).problems ?? [];
  expect(problemText(problem, zh)).toMatch(/^必须是 "total", "separate", \[.+\] 之一（输入为 "pooled"）$/);
});

test('a queue field of another channel names the field and the value it got, not the whole queue', () => {
  const config = sample();
  config.data.queues = [{ name: 'Billing', channel: 'voice', responseHours: 4 }, { name: 'Mail', channel: 'email', concurrency: 2 }];
  const byField = Object.fromEntries((validatePlanConfig(config).problems ?? []).map((p) => [p.field, p.message]));
  expect(byField['data.queues[0].responseHours']).toBe('responseHours is for e-mail queues (channel "email") (got 4)');
  expect(byField['data.queues[1].concurrency']).toBe('concurrency is for chat queues (channel "chat") (got 2)');
});
