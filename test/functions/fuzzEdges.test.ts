/**
 * Edge defects found by fuzzing the Excel adapters (issue 11): each call
 * below once hung, returned a value outside its range, searched for seconds
 * and blamed the wrong target, or surfaced as an internal error. Each must
 * answer at once with a value in range or a message naming what is too large.
 */
import { evaluateByName } from '../../src/functions/evaluate';
import type { CellResult } from '../../src/functions/cellError';
import { messagesFor } from '../../src/functions/messagesFor';

/** One call and its time, after a first call (so the time is the call's own, not loading or compiling the code). */
const timed = (name: string, ...args: unknown[]): { cell: CellResult; ms: number } => {
  evaluateByName(name, args as never);
  const started = performance.now();
  const cell = evaluateByName(name, args as never)[0][0];
  return { cell, ms: performance.now() - started };
};

describe('Erlang A answers in milliseconds, whatever its arguments', () => {
  test('ASA with a subnormal interval is a bounds error, at once', () => {
    const { cell, ms } = timed('ASA', 2868, 5e-324, 403, 5e-324, 30);
    expect(cell).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/^interval must be 1 or more minutes/) });
    expect(ms).toBeLessThan(50);
  });

  test('ABANDON_RATE with 10^15 calls is a bounds error naming calls, at once', () => {
    const { cell, ms } = timed('ABANDON_RATE', 1e15, 1e-9, 10, 600);
    expect(cell).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/^calls must be at most 10,000,000 \(got 1000000000000000\)/) });
    expect(ms).toBeLessThan(50);
  });

  test('callers arriving within one mean patience are bounded, naming calls and patience', () => {
    // 10 million calls in a minute, patience a day: 1.44e10 arrivals per patience
    const { cell, ms } = timed('ABANDON_RATE', 1e7, 0.001, 10, 86_400, 1);
    expect(cell).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/calls arriving within one mean patience.*up to 10,000,000 \(lower calls or patience/) });
    expect(ms).toBeLessThan(50);
    const { cell: zh } = { cell: evaluateByName('ABANDON_RATE', [1e7, 0.001, 10, 86_400, 1], messagesFor('zh-CN'))[0][0] };
    expect(zh).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(/patience/) });
  });

  test('the heaviest allowed Erlang A questions still answer within 50 ms', () => {
    for (const args of [
      [1e7, 0.001, 10, 6000, 1440], // 1.15e7/1440 min… arrivals per patience at the bound's edge
      [1e7, 0.1, 700, 600, 1440],
      [3000, 300, 500, 864_000, 30],
    ]) {
      const { cell, ms } = timed('ABANDON_RATE', ...args);
      if (typeof cell === 'number') expect(cell).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThan(50);
    }
    const { ms } = timed('AGENTS_REQUIRED', 1e7, 0.005, 0.8, 20, 1440, null, 864_000);
    expect(ms).toBeLessThan(50);
  });
});

describe('probabilities stay in [0, 1] and indices in their range', () => {
  test('ABANDON_RATE with 0 agents is exactly 1', () => {
    expect(timed('ABANDON_RATE', 1674, 91, 0, 120).cell).toBe(1);
  });

  test('WEEKDAY_INDEX of the only weekday with calls is exactly 7', () => {
    expect(evaluateByName('WEEKDAY_INDEX', [[[44586]], [[2561]], 2])).toEqual([[7]]);
  });
});

describe('an occupancy cap that cannot be met is named at once', () => {
  test('AGENTS_REQUIRED(2000, 210, 0.8, 20, 30, 1e-12)', () => {
    const { cell, ms } = timed('AGENTS_REQUIRED', 2000, 210, 0.8, 20, 30, 1e-12);
    // the cap needs ceil(233.33… / 1e-12) agents, far beyond what the engine staffs
    expect(cell).toMatchObject({ error: '#N/A', message: expect.stringMatching(/max_occupancy.*1e-10%.*233,333,333,333,334 agents/) });
    expect(ms).toBeLessThan(20);
  });

  test('a cap that can be met is met by ceil(traffic / cap) agents when the SL needs fewer', () => {
    // 233.33 Erlangs at 50%: 467 agents (466 would run at 50.07%); 80/20 needs only 243
    expect(timed('AGENTS_REQUIRED', 2000, 210, 0.8, 20, 30, 0.5).cell).toBe(467);
    expect(timed('AGENTS_REQUIRED', 2000, 210, 0.8, 20, 30, 0.5, 120).cell).toBeGreaterThanOrEqual(466);
  });
});

describe('overflow is a bounds message naming the argument, never an internal error', () => {
  test.each([
    ['TRUNK_LOAD', [100, 300, 20, 1e-320], /^interval must be 1 or more minutes/],
    ['TRUNK_LOAD', [1e308, 300, 20, 30], /^calls must be at most 10,000,000/],
    ['SCHEDULED_STAFF', [1e308, 0.5], /^agents must be at most 1,000,000/],
    ['FORECAST_RATIO', [1e308, 0.5, 0.5, 1, 7, 1], /^annual_calls must be at most 1,000,000,000,000/],
    ['FORECAST_ACCURACY', [[[1e300], [1]], [[-1e300], [1]], 'R2'], /^actual value 1 must be at most 1,000,000,000,000/],
    ['FORECAST_ACCURACY', [[[1], [2]], [[1e300], [1]], 'R2'], /^forecast value 1 must be at most 1,000,000,000,000/],
    ['MONTH_SHARE', [[['2024-01-01'], ['2024-02-01']], [[1e308], [1e308]], 1], /calls 1 .* at most 1,000,000,000,000/],
  ])('%s(%j)', (name, args, message) => {
    const cell = evaluateByName(name, args as never)[0][0];
    expect(cell).toMatchObject({ error: '#VALUE!', message: expect.stringMatching(message) });
    expect((cell as { message: string }).message).not.toMatch(/internal error/);
  });
});
