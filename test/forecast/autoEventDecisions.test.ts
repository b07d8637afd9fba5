/**
 * auto's backtest fits every candidate with the user's decisions on the recurring effects,
 * as the forecast fits the chosen one: a candidate scored without them would be judged on a
 * model the user overrode.
 */
import { addDays } from '../../src/core/calendar/dates';
import { chooseMethod } from '../../src/core/forecast/autoSelect';
import { rollingOriginBacktest } from '../../src/core/forecast/backtest';
import type { DaySeries } from '../../src/core/forecast/daySeries';
import type { ForecastMethod, MethodInput } from '../../src/core/forecast/methods/forecastMethod';
import { inferOpenCalendar } from '../../src/core/forecast/openCalendar';
import type { RecurringEventDecision } from '../../src/core/forecast/recurringEvents';

const dates = Array.from({ length: 42 }, (_, d) => addDays('2024-01-01', d));
const series: DaySeries = {
  intervalMinutes: 60, starts: [540, 600], dates,
  calls: dates.map(() => Float64Array.from([10, 12])),
  workSeconds: dates.map(() => new Float64Array(2).fill(NaN)),
  handled: dates.map(() => new Float64Array(2).fill(NaN)),
};
const calendar = inferOpenCalendar(dates);
const decisions: RecurringEventDecision[] = [{ event: 'firstBusinessDay', accept: false }, { event: 'afterClosure', accept: true, factor: 1.3 }];

/** A method that records the decisions each fit receives. */
function spy(seen: (readonly RecurringEventDecision[] | undefined)[]): ForecastMethod {
  return { name: 'spy', description: 'records its inputs', fit: (input: MethodInput) => { seen.push(input.eventDecisions); return () => Float64Array.from([10, 12]); } };
}

test('every backtest fit gets the decisions', () => {
  const seen: (readonly RecurringEventDecision[] | undefined)[] = [];
  const r = rollingOriginBacktest(series, calendar, [spy(seen)], { days: 5, eventDecisions: decisions });
  expect(r.ok).toBe(true);
  expect(seen).toHaveLength(5);
  for (const s of seen) expect(s).toEqual(decisions);
});

test('auto passes the forecast\'s decisions to its backtest: rejecting the after-closure effect changes calendar-regression\'s score', () => {
  // A closure (no data on a Wednesday) followed by a busy Thursday inside the backtest days.
  const closed = new Set(['2024-02-07']);
  const busy = new Set(['2024-01-11', '2024-01-25', '2024-02-08']);
  const days = dates.filter((d) => !closed.has(d) && d !== '2024-01-10' && d !== '2024-01-24');
  const s: DaySeries = { ...series, dates: days, calls: days.map((d) => Float64Array.from(busy.has(d) ? [20, 24] : [10 + (d.charCodeAt(9) % 3), 12])), workSeconds: days.map(() => new Float64Array(2).fill(NaN)), handled: days.map(() => new Float64Array(2).fill(NaN)) };
  const input = { series: s, calendar: inferOpenCalendar(days) };
  const score = (eventDecisions?: RecurringEventDecision[]) => chooseMethod({ ...input, eventDecisions }, { candidates: ['calendar-regression'] }).scores[0].figures.wmape!;
  const measured = score();
  const rejected = score([{ event: 'afterClosure', accept: false }]);
  expect(rejected).toBeGreaterThan(measured * 1.2);
});
