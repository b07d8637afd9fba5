/** The WFM functions as a cell sees them: arguments, defaults, percent rule, broadcasting, errors with messages. */
import fc from 'fast-check';
import { evaluateByName } from '../../src/functions/evaluate';
import { catalog } from '../../src/functions/catalog';
import type { CellResult } from '../../src/functions/cellError';
import { messagesFor } from '../../src/functions/messagesFor';

const one = (name: string, ...args: unknown[]): CellResult => evaluateByName(name, args as never)[0][0];

describe('values', () => {
  test('the five named in the brief', () => {
    expect(one('AGENTS_REQUIRED', 2000, 210, 0.8, 20)).toBe(243);
    expect(one('ERLANGC', 100, 180, 14)).toBeCloseTo(0.1741319, 7);
    expect(one('TRUNKS_ERLANGB', 4.461, 0.01)).toBe(10);
    expect(one('SERVICE_LEVEL', 100, 180, 14, 20)).toBeCloseTo(0.88835, 5);
    // planning guide worked example: 720,000 × 1.12 × 7.1% ÷ 31 × 1.469 × share ≈ 149
    const share = 149 / 2713; // the example's 10:00–10:30 share of a Monday (≈ 149 of ≈ 2,713)
    expect(Math.round(one('FORECAST_RATIO', 720000, 0.12, 0.071, 31, 1.469, share) as number)).toBe(149);
  });

  test('worked example steps reproduce the guide within its rounding', () => {
    const year = 720000 * 1.12;
    expect(Math.round(year)).toBe(806400);
    expect(Math.round(year * 0.071)).toBe(57254);
    expect(Math.round((year * 0.071) / 31)).toBe(1847);
    expect(Math.round(((year * 0.071) / 31) * 1.469)).toBe(2713);
    // with interval share 1 the function returns the whole Monday; percentages as numbers work too
    expect(one('FORECAST_RATIO', 720000, '12%', 7.1, 31, 1.469, 1)).toMatchObject({ error: '#VALUE!' });
    expect(Math.round(one('FORECAST_RATIO', 720000, 12, 7.1, 31, 1.469, 1) as number)).toBe(2713);
  });

  test('percent rule: 0.8, 80% (stored 0.8) and 80 mean the same; > 100 is an error', () => {
    expect(one('AGENTS_REQUIRED', 2000, 210, 80, 20)).toBe(243);
    expect(one('AGENTS_REQUIRED', 2000, 210, 150, 20)).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/sl_target.*got 150/) });
    expect(one('TRUNKS_ERLANGB', 4.461, 1)).toBe(0); // 1 = 100% blocking: no trunk needed
    expect(one('TRUNKS_ERLANGB', 4.461, 1.0001)).toBe(10); // read as 1.0001%
  });

  test('empty optional arguments take their defaults', () => {
    expect(one('SERVICE_LEVEL', 100, 180, 14, 20, null, 300)).toBeCloseTo(0.916792, 6);
    expect(one('SERVICE_LEVEL', 100, 180, 14, 20, '', 300)).toBeCloseTo(0.916792, 6);
    expect(one('SERVICE_LEVEL', 100, 180, 14, 20, 30)).toBe(one('SERVICE_LEVEL', 100, 180, 14, 20));
    expect(one('SL_ACHIEVED', 80, 95, 3, 5)).toBe(0.8); // method 3 by default
    expect(one('SL_ACHIEVED', 80, 95, 3, 5, 2)).toBeCloseTo(80 / 95, 12);
  });

  test('0 calls need 0 agents; occupancy and ASA are defined', () => {
    expect(one('AGENTS_REQUIRED', 0, 180, 0.8, 20)).toBe(0);
    expect(one('ASA', 0, 180, 0)).toBe(0);
    expect(one('SERVICE_LEVEL', 0, 180, 0, 20)).toBe(1);
  });
});

describe('bad input gives the documented error and message', () => {
  const cases: [string, unknown[], string, RegExp][] = [
    ['text in a number argument', ['AGENTS_REQUIRED', 'abc', 210, 0.8, 20], '#VALUE!', /calls must be a number \(got "abc"\)/],
    ['a boolean', ['ERLANGC', true, 180, 14], '#VALUE!', /calls must be a number \(got TRUE\)/],
    ['negative calls', ['AGENTS_REQUIRED', -5, 210, 0.8, 20], '#VALUE!', /calls must be 0 or more \(got -5\)/],
    ['zero AHT', ['AGENTS_REQUIRED', 100, 0, 0.8, 20], '#VALUE!', /aht must be greater than 0 seconds \(got 0\)/],
    ['negative AHT', ['ERLANGC', 100, -5, 14], '#VALUE!', /aht must be greater than 0 seconds \(got -5\)/],
    ['SL target 0', ['AGENTS_REQUIRED', 100, 180, 0, 20], '#VALUE!', /sl_target must be greater than 0%/],
    ['SL target 150', ['AGENTS_REQUIRED', 100, 180, 150, 20], '#VALUE!', /sl_target .* \(got 150\)/],
    ['100% within 0 s', ['AGENTS_REQUIRED', 100, 180, 1, 0], '#N/A', /no agent count reaches 100% within 0 s/],
    ['100% within 20 s', ['AGENTS_REQUIRED', 100, 180, '100' as never, 20], '#VALUE!', /sl_target must be a number/],
    ['empty required argument', ['AGENTS_REQUIRED', null, 180, 0.8, 20], '#VALUE!', /calls is required/],
    ['fractional agents', ['ERLANGC', 100, 180, 14.5], '#VALUE!', /agents must be a whole number \(got 14.5\)/],
    ['huge load', ['AGENTS_REQUIRED', 1e7, 86400, 0.8, 20], '#VALUE!', /offered load is .* Erlangs; NineStep computes up to 1,000,000/],
    ['infinite value', ['ERLANGC', Infinity, 180, 14], '#VALUE!', /calls must be a finite number/],
    ['unstable ASA', ['ASA', 100, 180, 10], '#N/A', /queue grows without limit/],
    ['occupancy with 0 agents', ['OCCUPANCY', 100, 180, 0], '#N/A', /undefined with 0 agents/],
    ['shrinkage 100%', ['SCHEDULED_STAFF', 100, 1], '#VALUE!', /shrinkage must be below 100%/],
    ['answered_within > answered', ['SL_ACHIEVED', 120, 100, 0, 0], '#VALUE!', /answered_within \(120\) cannot exceed answered \(100\)/],
    ['no calls to measure', ['SL_ACHIEVED', 0, 0, 0, 0], '#N/A', /.+/],
    ['method 5', ['SL_ACHIEVED', 1, 2, 0, 0, 5], '#VALUE!', /method must be at most 4/],
    ['0% blocking', ['TRUNKS_ERLANGB', 10, 0], '#N/A', /no trunk count reaches 0% blocking/],
    ['too few arguments', ['ERLANGC', 100, 180], '#VALUE!', /ERLANGC takes 3 to 4 arguments \(got 2\)/],
    ['unknown function', ['ERLANGX', 1], '#VALUE!', /unknown function ERLANGX/],
  ];
  test.each(cases)('%s', (_label, [name, ...args], code, message) => {
    const cell = one(name as string, ...args);
    expect(cell).toMatchObject({ error: code });
    expect((cell as { message: string }).message).toMatch(message);
  });
});

describe('ranges and array constants', () => {
  test('a range spills its shape; single values broadcast', () => {
    const result = evaluateByName('AGENTS_REQUIRED', [[[2000], [100], [0]], 210, 0.8, 20]);
    expect(result).toEqual([[243], [expect.any(Number)], [0]]);
    const grid = evaluateByName('ERLANGC', [[[100, 200], [300, 400]], 180, [[20, 30], [40, 50]]]);
    expect(grid.length).toBe(2);
    expect(grid[0].length).toBe(2);
  });

  test('each element gets its own value or error', () => {
    const result = evaluateByName('AGENTS_REQUIRED', [[[2000, -1, 'x']], 210, 0.8, 20]);
    expect(result[0][0]).toBe(243);
    expect(result[0][1]).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/calls must be 0 or more/) });
    expect(result[0][2]).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/calls must be a number/) });
  });

  test('two ranges of different shapes are one error naming them', () => {
    const result = evaluateByName('ERLANGC', [[[1, 2]], [[1], [2], [3]], 5]);
    expect(result).toEqual([[{ error: '#VALUE!', message: 'calls is 1×2 and aht is 3×1; ranges must have the same shape, or be single cells' }]]);
  });

  test('a 1×1 range behaves as a single value', () => {
    expect(evaluateByName('AGENTS_REQUIRED', [[[2000]], [[210]], 0.8, 20])).toEqual([[243]]);
  });
});

describe('every input, however bad, yields a number or an error with a message, never an exception or NaN', () => {
  const anyValue = fc.oneof(
    fc.double(),
    fc.integer({ min: -1000, max: 100000 }),
    fc.constantFrom(null, undefined, '', 'abc', true, false, 0, 1, 100, 1e308, -1e308, Number.NaN),
  );
  test.each(catalog.map((f) => [f.id, f.args.length]))('%s', (id, count) => {
    fc.assert(
      fc.property(fc.array(anyValue, { minLength: count as number, maxLength: count as number }), (args) => {
        const cell = evaluateByName(id as string, args as never)[0][0];
        if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
        else expect(cell.message.length).toBeGreaterThan(5);
      }),
      { numRuns: 300 },
    );
  });
});

describe('functions over history ranges', () => {
  test('FORECAST_ACCURACY by metric, with blank rows skipped', () => {
    const actual = [[100], [200], [null]];
    const forecast = [[110], [180], [null]];
    expect(evaluateByName('FORECAST_ACCURACY', [actual, forecast, 'WMAPE'])).toEqual([[30 / 300]]);
    expect(evaluateByName('FORECAST_ACCURACY', [actual, forecast])[0][0]).toBeCloseTo((0.1 + 0.1) / 2, 12);
    expect(evaluateByName('FORECAST_ACCURACY', [actual, forecast, 'hit_rate', 0.1])).toEqual([[1]]);
    expect(evaluateByName('FORECAST_ACCURACY', [actual, forecast, 'RMSE'])[0][0]).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/metric must be one of MAPE/) });
    expect(evaluateByName('FORECAST_ACCURACY', [[[1], [2]], [[1]]])[0][0]).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/same number of cells/) });
    expect(evaluateByName('FORECAST_ACCURACY', [[[1], ['x']], [[1], [2]]])[0][0]).toMatchObject({ message: 'actual value 2 must be a number (got "x")' });
  });

  test('shares and index from a history range feed FORECAST_RATIO', () => {
    // two Mondays and a Tuesday: Monday carries 300 of 400 calls over 2 weeks' Mondays…
    const dates = [['2024-01-01'], ['2024-01-01'], ['2024-01-02']];
    const starts = [['10:00'], ['10:30'], ['10:00']];
    const calls = [[30], [70], [100]];
    expect(evaluateByName('INTERVAL_SHARE', [dates, starts, calls, 600, 1])).toEqual([[0.3]]);
    const index = evaluateByName('WEEKDAY_INDEX', [dates, calls, 1])[0][0] as number;
    expect(index).toBeCloseTo((100 / 200) * 7, 12);
    expect(evaluateByName('WEEKDAY_INDEX', [dates, calls, 8])[0][0]).toMatchObject({ error: '#VALUE!' });
    expect(evaluateByName('MONTH_SHARE', [dates, calls, 1])[0][0]).toMatchObject({ error: '#N/A' }); // no complete year
  });
});

describe('messages of questions without an answer come in the display language', () => {
  test('zh-CN', () => {
    const zh = (name: string, ...args: unknown[]) => evaluateByName(name, args as never, messagesFor('zh-CN'))[0][0];
    expect(zh('AGENTS_REQUIRED', 100, 180, 1, 0)).toMatchObject({ error: '#N/A', message: '任何坐席数都无法在 0 秒内达到 100% 的服务水平' });
    expect(zh('TRUNKS_ERLANGB', 10, 0)).toMatchObject({ error: '#N/A', message: '任何中继线数都无法使呼损率降到 0%' });
    expect(zh('SL_ACHIEVED', 0, 0, 0, 0)).toMatchObject({ error: '#N/A', message: '方法 3 的计算基数中没有来电，服务水平无定义' });
    expect(zh('SL_ACHIEVED', 120, 100, 0, 0)).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/^answered_within（120）/) });
  });
});
