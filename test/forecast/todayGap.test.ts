/** The staffing gap of a revised rest of the day against the sample plan (test/fixtures/sample-plan.json). */
import plan from '../fixtures/sample-plan.json';
import { todayGap } from '../../src/core/plan/steps/reforecast';
import type { PlanResult } from '../../src/core/plan/planResult';
import type { Reforecast } from '../../src/core/forecast/reforecast';

const p = plan as unknown as PlanResult;
const day = p.intervals.filter((r) => r.date === '2026-11-02' && !r.closed);
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const revisedAt = (factor: number): Reforecast => ({
  from: 720, actualSoFar: 0, forecastSoFar: 1, weight: 0, factor, localDeviation: 0, restDayAhead: 0, restRevised: 0,
  intervals: day.map((r) => ({ start: minutes(r.start), dayAhead: r.calls, calls: minutes(r.start) < 720 ? r.calls : r.calls * factor })),
});

test('the plan’s own calls need the plan’s own agents: no gap beyond what the schedule over- or under-covers', () => {
  const rows = todayGap(p, '2026-11-02', revisedAt(1));
  if (!rows?.ok) throw new Error('no gap');
  expect(rows.value.length).toBe(day.filter((r) => minutes(r.start) >= 720).length);
  for (const r of rows.value) {
    expect(r.required).toBe(r.planRequired);
    const cover = p.schedule.coverage.find((c) => c.date === '2026-11-02' && c.start === r.start)!;
    expect(r.gap).toBe(r.planRequired - cover.scheduled);
  }
});
test('20% more calls in the afternoon need more agents in every interval', () => {
  const same = todayGap(p, '2026-11-02', revisedAt(1))!;
  const more = todayGap(p, '2026-11-02', revisedAt(1.2))!;
  if (!same.ok || !more.ok) throw new Error('no gap');
  more.value.forEach((r, i) => expect(r.required).toBeGreaterThan(same.value[i].required));
});
test('a day outside the plan’s horizon: no gap to show', () => {
  expect(todayGap(p, '2026-12-01', revisedAt(1))).toBeUndefined();
});
