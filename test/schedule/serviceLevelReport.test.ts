import highsLoader from 'highs';
import { solveSchedule, type HighsRuntime } from '../../src/core/schedule/solveSchedule';
import { scheduleServiceLevels } from '../../src/core/schedule/serviceLevelReport';
import { generateTemplates } from '../../src/core/schedule/generateTemplates';
import { baseStaff } from '../../src/core/staffing/baseStaff';
import { intervalMetrics } from '../../src/core/staffing/intervalMetrics';
import { dayForecast } from '../staffing/dayProfile';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const objective = { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 };

describe('SL each interval gets from the schedule', () => {
  it('a `cover` schedule of the Erlang C requirement gives every interval ≥ 80/20 and the day too; shrinkage lowers it', () => {
    const staff = baseStaff(dayForecast, objective);
    if (!staff.ok) throw new Error(staff.message);
    const required = new Array<number>(48).fill(0);
    staff.value.forEach((s, i) => (required[14 + i] = s.agents)); // 07:00 is slot 14
    const gen = generateTemplates({ firstStart: 7 * 60, lastStart: 17 * 60, everyMinutes: 30, lengths: [240, 480] });
    if (!gen.ok) throw new Error(gen.message);
    const r = solveSchedule(highs, { intervalMinutes: 30, days: [{ label: 'Monday', weekday: 0 }], required: [required], templates: gen.value, objective: 'cover' });
    if (!r.ok) throw new Error(r.message);
    const forecast = r.value.solution.coverage.map((_, slot) => (slot >= 14 && slot < 42 ? dayForecast[slot - 14] : { calls: 0, ahtSeconds: 240 }));
    const sl = scheduleServiceLevels(r.value.solution.coverage, forecast, objective);
    expect(sl.ok).toBe(true);
    if (!sl.ok) return;
    for (const x of sl.value.intervals) {
      expect(x.serviceLevel).toBeGreaterThanOrEqual(0.8);
      // Independently: the prediction is Erlang C for the agents counted.
      if (x.calls > 0) expect(x.serviceLevel).toBeCloseTo(intervalMetrics({ calls: x.calls, ahtSeconds: 240 }, x.agents, objective, '').serviceLevel, 12);
    }
    expect(sl.value.days[0].serviceLevel).toBeGreaterThanOrEqual(0.8);
    const shrunk = scheduleServiceLevels(r.value.solution.coverage, forecast, objective, 0.3);
    if (shrunk.ok) expect(shrunk.value.days[0].serviceLevel).toBeLessThan(sl.value.days[0].serviceLevel);
  });

  it('rejects a forecast of the wrong length', () => {
    const r = scheduleServiceLevels([], [{ calls: 1, ahtSeconds: 1 }], objective);
    expect(!r.ok && r.message).toBe('the forecast has 1 intervals for 0 scheduled intervals');
  });
});
