/**
 * Scenarios (step 9) are checked by the PlanConfig schema, built from
 * SCENARIO_NUMBER_FIELDS: each message names the field, the scenario and the
 * value received. Then applying a scenario to a forecast and a shrinkage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import {
  DEFAULT_SCENARIOS,
  scenarioForecast,
  scenarioObjective,
  slTargetProblem,
  type Scenario,
} from '../../src/core/scenario';

const mid = DEFAULT_SCENARIOS[1];
/** The problems, one a line, of the sample config with these scenarios. */
const problems = (scenarios: unknown): string[] => {
  const config = JSON.parse(readFileSync(join(__dirname, '../../examples/sample-centre.json'), 'utf8'));
  config.scenarios = scenarios;
  const r = validatePlanConfig(config);
  return r.ok ? [] : r.message.split('\n');
};

describe('DEFAULT_SCENARIOS', () => {
  it('high = +10% at 85/20, mid = forecast at 80/20, low = −10% at 70/30; valid', () => {
    expect(DEFAULT_SCENARIOS.map((s) => [s.name, s.volumeFactor, s.slTarget, s.targetSeconds])).toEqual([
      ['high', 1.1, 0.85, 20],
      ['mid', 1, 0.8, 20],
      ['low', 0.9, 0.7, 30],
    ]);
    expect(problems(DEFAULT_SCENARIOS)).toEqual([]);
  });
});

describe('the scenario schema: clear messages naming the scenario and field', () => {
  it('100/0 can never be reached', () => {
    expect(problems([{ ...mid, name: 'high', slTarget: 1, targetSeconds: 0 }])).toEqual([
      'scenarios[0].slTarget must be less than 1 (got 1): an SL target of 100% can never be reached with finite staff (scenario "high")',
    ]);
    // written as a percentage
    expect(problems([{ ...mid, slTarget: 100 }])).toEqual([
      'scenarios[0].slTarget must be less than 1 (got 100): an SL target of 100% can never be reached with finite staff (scenario "mid")',
    ]);
  });
  it('a percentage where a fraction belongs', () => {
    expect(problems([{ ...mid, slTarget: 85 }])).toEqual(['scenarios[0].slTarget is a fraction (0.8 for 80%); got 85 — did you mean 0.85? (scenario "mid")']);
  });
  it('SL 0, negative, above 1, NaN, text', () => {
    expect(problems([{ ...mid, slTarget: 0 }])).toEqual(['scenarios[0].slTarget must be greater than 0 (got 0) (scenario "mid")']);
    expect(problems([{ ...mid, slTarget: -0.2 }])).toEqual(['scenarios[0].slTarget must be greater than 0 (got -0.2) (scenario "mid")']);
    expect(problems([{ ...mid, slTarget: 1.5 }])).toEqual(['scenarios[0].slTarget must be less than 1 (got 1.5) (scenario "mid")']);
    expect(problems([{ ...mid, slTarget: NaN }])).toEqual(['scenarios[0].slTarget must be a number (got null) (scenario "mid")']);
    expect(problems([{ ...mid, slTarget: '0.8' }])).toEqual(['scenarios[0].slTarget must be a number (got "0.8") (scenario "mid")']);
  });
  it('volume factor ≤ 0, negative answer time, bad optional factors, factors above 10', () => {
    expect(problems([{ ...mid, volumeFactor: 0 }])).toEqual(['scenarios[0].volumeFactor must be greater than 0 (got 0) (scenario "mid")']);
    expect(problems([{ ...mid, volumeFactor: -0.1 }])).toEqual(['scenarios[0].volumeFactor must be greater than 0 (got -0.1) (scenario "mid")']);
    expect(problems([{ ...mid, targetSeconds: -20 }])).toEqual(['scenarios[0].targetSeconds must be at least 0 (got -20) (scenario "mid")']);
    expect(problems([{ ...mid, ahtFactor: 0 }])).toEqual(['scenarios[0].ahtFactor must be greater than 0 (got 0) (scenario "mid")']);
    expect(problems([{ ...mid, shrinkageFactor: -1 }])).toEqual(['scenarios[0].shrinkageFactor must be at least 0 (got -1) (scenario "mid")']);
    expect(problems([{ ...mid, shrinkageFactor: 11 }])).toEqual(['scenarios[0].shrinkageFactor must be at most 10 (got 11) (scenario "mid")']);
    expect(problems([{ ...mid, volumeFactor: '1.1' }])).toEqual(['scenarios[0].volumeFactor must be a number (got "1.1") (scenario "mid")']);
    expect(problems([{ name: 'x', label: 'X', slTarget: 0.8 }])).toEqual([
      'scenarios[0].volumeFactor is required (number) (scenario "x")',
      'scenarios[0].targetSeconds is required (number) (scenario "x")',
    ]);
  });
  it('names, labels, duplicates, empty lists, non-objects', () => {
    expect(problems([])).toEqual(['scenarios needs at least 1 item(s) (got [])']);
    expect(problems(null)).toEqual(['scenarios must be an array (got null)']);
    expect(problems([mid, mid])).toEqual(['scenarios[1].name "mid" is used twice']);
    expect(problems([{ ...mid, name: ' ' }])).toEqual([
      `scenarios[0].name expected a lower-case name such as "high" (a-z, 0-9 and '-', at most 40 characters: it names the file budget-<name>.xlsx) (got " ")`,
    ]);
    expect(problems([{ ...mid, label: '' }])).toEqual(['scenarios[0].label must not be empty (scenario "mid")']);
    expect(problems([3])).toEqual(['scenarios[0] must be an object (got 3)']);
  });
  it('lists every problem at once', () => {
    expect(problems([{ ...DEFAULT_SCENARIOS[0], slTarget: 1, targetSeconds: 0 }, { ...mid, volumeFactor: 0 }, DEFAULT_SCENARIOS[2]])).toEqual([
      'scenarios[0].slTarget must be less than 1 (got 1): an SL target of 100% can never be reached with finite staff (scenario "high")',
      'scenarios[1].volumeFactor must be greater than 0 (got 0) (scenario "mid")',
    ]);
  });
  it('slTargetProblem alone (the inverse question and its grid)', () => {
    expect(slTargetProblem(0.8)).toBeUndefined();
    expect(slTargetProblem(1)).toBe('an SL target of 100% can never be reached with finite staff');
    expect(slTargetProblem(85, 'max: ')).toBe('max: slTarget is a fraction (0.8 for 80%); got 85 — did you mean 0.85?');
    expect(slTargetProblem(Infinity)).toBe('slTarget must be a fraction above 0 and below 1 (got Infinity)');
    expect(slTargetProblem('0.8')).toBe('slTarget must be a fraction above 0 and below 1 (got "0.8")');
  });
});

describe('applying a scenario', () => {
  const high: Scenario = { ...DEFAULT_SCENARIOS[0], ahtFactor: 0.9, shrinkageFactor: 1.2 };
  it('scales calls and AHT, keeps labels', () => {
    expect(scenarioForecast([{ label: '09:00', calls: 100, ahtSeconds: 200 }], high)).toEqual([
      { label: '09:00', calls: 100 * 1.1, ahtSeconds: 180 },
    ]);
    expect(scenarioForecast([{ calls: 50, ahtSeconds: 240 }], mid)).toEqual([{ calls: 50, ahtSeconds: 240 }]);
  });
  it('sets the objective, keeping interval length, cap and patience', () => {
    expect(scenarioObjective({ slTarget: 0.8, targetSeconds: 20, intervalMinutes: 15, patienceSeconds: 120 }, DEFAULT_SCENARIOS[2])).toEqual({
      slTarget: 0.7,
      targetSeconds: 30,
      intervalMinutes: 15,
      patienceSeconds: 120,
    });
  });

});
