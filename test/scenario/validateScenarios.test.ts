import {
  DEFAULT_SCENARIOS,
  scenarioForecast,
  scenarioObjective,
  scenarioProblems,
  slTargetProblem,
  validateScenarios,
  type Scenario,
} from '../../src/core/scenario';

const mid = DEFAULT_SCENARIOS[1];
const untyped = <T>(x: unknown): T => x as T;
const message = (r: { ok: boolean; message?: string }): string | undefined => (r.ok ? undefined : r.message);

describe('DEFAULT_SCENARIOS', () => {
  it('high = +10% at 85/20, mid = forecast at 80/20, low = −10% at 70/30; valid', () => {
    expect(DEFAULT_SCENARIOS.map((s) => [s.name, s.volumeFactor, s.slTarget, s.targetSeconds])).toEqual([
      ['high', 1.1, 0.85, 20],
      ['mid', 1, 0.8, 20],
      ['low', 0.9, 0.7, 30],
    ]);
    expect(validateScenarios(DEFAULT_SCENARIOS).ok).toBe(true);
  });
});

describe('validateScenarios: clear messages naming the scenario and field', () => {
  it('100/0 can never be reached', () => {
    const r = validateScenarios([{ ...mid, name: 'high', slTarget: 1, targetSeconds: 0 }]);
    expect(r).toEqual({
      ok: false,
      code: 'invalid',
      message: 'scenario high: an SL target of 100% can never be reached with finite staff',
    });
    // written as a percentage
    expect(message(validateScenarios([{ ...mid, slTarget: 100 }]))).toBe(
      'scenario mid: an SL target of 100% can never be reached with finite staff',
    );
  });
  it('a percentage where a fraction belongs', () => {
    expect(message(validateScenarios([{ ...mid, slTarget: 85 }]))).toBe(
      'scenario mid: slTarget is a fraction (0.8 for 80%); got 85 — did you mean 0.85?',
    );
  });
  it('SL 0, negative, NaN, text', () => {
    expect(message(validateScenarios([{ ...mid, slTarget: 0 }]))).toBe('scenario mid: slTarget must be a fraction above 0 and below 1 (got 0)');
    expect(message(validateScenarios([{ ...mid, slTarget: -0.2 }]))).toBe('scenario mid: slTarget must be a fraction above 0 and below 1 (got -0.2)');
    expect(message(validateScenarios([{ ...mid, slTarget: NaN }]))).toBe('scenario mid: slTarget must be a fraction above 0 and below 1 (got NaN)');
    expect(message(validateScenarios([untyped<Scenario>({ ...mid, slTarget: '0.8' })]))).toBe(
      'scenario mid: slTarget must be a fraction above 0 and below 1 (got "0.8")',
    );
  });
  it('volume factor ≤ 0, negative answer time, bad optional factors', () => {
    expect(message(validateScenarios([{ ...mid, volumeFactor: 0 }]))).toBe('scenario mid: volumeFactor must be more than 0 (got 0)');
    expect(message(validateScenarios([{ ...mid, volumeFactor: -0.1 }]))).toBe('scenario mid: volumeFactor must be more than 0 (got -0.1)');
    expect(message(validateScenarios([{ ...mid, targetSeconds: -20 }]))).toBe('scenario mid: targetSeconds must be 0 or more (got -20)');
    expect(message(validateScenarios([{ ...mid, ahtFactor: 0 }]))).toBe('scenario mid: ahtFactor must be more than 0 (got 0)');
    expect(message(validateScenarios([{ ...mid, shrinkageFactor: -1 }]))).toBe('scenario mid: shrinkageFactor must be 0 or more (got -1)');
    expect(message(validateScenarios([untyped<Scenario>({ ...mid, volumeFactor: '1.1' })]))).toBe(
      'scenario mid: volumeFactor must be a number (got "1.1")',
    );
    expect(message(validateScenarios([untyped<Scenario>({ name: 'x', label: 'X', slTarget: 0.8 })]))).toBe(
      'scenario x: volumeFactor must be a number (got nothing); scenario x: targetSeconds must be a number (got nothing)',
    );
  });
  it('names, labels, duplicates, empty lists, non-objects', () => {
    expect(message(validateScenarios([]))).toBe('scenarios must list at least one scenario');
    expect(message(validateScenarios(untyped<Scenario[]>(null)))).toBe('scenarios must list at least one scenario');
    expect(message(validateScenarios([mid, mid]))).toBe('scenario mid is given more than once');
    expect(message(validateScenarios([{ ...mid, name: ' ' }]))).toBe('scenario 1: name must be a non-empty text such as "high" (got " ")');
    expect(message(validateScenarios([{ ...mid, label: '' }]))).toBe('scenario mid: label must be a non-empty text (got "")');
    expect(message(validateScenarios(untyped<Scenario[]>([3])))).toBe('scenario 1 must be an object');
  });
  it('lists every problem at once', () => {
    const problems = scenarioProblems([
      { ...DEFAULT_SCENARIOS[0], slTarget: 1, targetSeconds: 0 },
      { ...mid, volumeFactor: 0 },
      DEFAULT_SCENARIOS[2],
    ]);
    expect(problems).toEqual([
      'scenario high: an SL target of 100% can never be reached with finite staff',
      'scenario mid: volumeFactor must be more than 0 (got 0)',
    ]);
  });
  it('slTargetProblem alone', () => {
    expect(slTargetProblem(0.8)).toBeUndefined();
    expect(slTargetProblem(1)).toBe('an SL target of 100% can never be reached with finite staff');
    expect(slTargetProblem(Infinity)).toBe('slTarget must be a fraction above 0 and below 1 (got Infinity)');
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
