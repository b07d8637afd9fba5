/**
 * Issue 13: combinations no schedule can keep are named — the rule and the
 * intervals or contracts — in the planner's language (en and zh-CN note
 * texts), and within the time limit (the LP relaxation, solved before the
 * MIP also under roster rules, proves it; no wall time is asserted here).
 * Each case is infeasible by hand: 9 agents needed against 8 seats; only
 * 4-hour shifts on Saturday for full-timers working 7.5–8 h shifts; 20 h of
 * rest with day shifts only (no two days in a row) for 5-day full-timers.
 */
import highsLoader from 'highs';
import { renderNote } from '../../src/core/notes/render';
import { solveSchedule, type HighsRuntime } from '../../src/core/schedule/solveSchedule';
import { WEEKDAYS } from '../../src/core/calendar/dates';
import type { Contract, ScheduleProblem } from '../../src/core/schedule/types';
import { hours, shift } from './helpers';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const week = WEEKDAYS.map((label, weekday) => ({ label, weekday }));
const FT: Contract = { name: 'Full-time', weeklyHours: { min: 37.5, max: 40 }, days: { min: 5, max: 5 } };
const day = shift('Day', 9, 8, { breaks: [{ offset: 240, minutes: 30, paid: false }] }); // 7.5 paid
const early = shift('Early', 6, 8, { breaks: [{ offset: 240, minutes: 30, paid: false }] });

function problem(required: number[][], extra: Partial<ScheduleProblem>): ScheduleProblem {
  return { intervalMinutes: 60, days: week, required, templates: [day, early], objective: 'cover', wrap: true, roster: { contracts: [FT] }, ...extra };
}

/** The failure's note, rendered in both languages. */
function failure(p: ScheduleProblem): { code: string; en: string; zh: string } {
  const r = solveSchedule(highs, p, { timeLimitSeconds: 30 });
  if (r.ok || !r.note) throw new Error(r.ok ? 'solved' : `no note: ${r.message}`);
  return { code: r.note.code, en: renderNote(r.note, 'en'), zh: renderNote(r.note, 'zh-CN') };
}

const weekdays = (level: number): number[][] => week.map((_, d) => (d < 5 ? hours(9, 17, level) : new Array<number>(24).fill(0))); // Monday–Friday 09:00–17:00

it('seats below the peak requirement under cover: the seats and the intervals', () => {
  const f = failure(problem(week.map((_, d) => (d === 2 ? hours(10, 12, 9, hours(9, 17, 4)) : hours(9, 17, 4))), { seats: { count: 8 } }));
  expect(f.code).toBe('schedule.seatsShort');
  expect(f.en).toMatch(/^the room's 8 seats cannot hold the agents required during Wednesday 10:00–12:00;/);
  expect(f.zh).toMatch(/^Wednesday 10:00–12:00所需坐席超过场地的 8 个工位/);
});

it('contracts that cannot fill the open hours: the hours no contract’s shift touches', () => {
  const saturday = weekdays(3).map((r, d) => (d === 5 ? hours(10, 14, 2) : r));
  const short = shift('Short', 10, 4, { days: [5] }); // only on Saturday, 4 paid hours: no full-timer works it
  const f = failure(problem(saturday, { templates: [{ ...day, days: [0, 1, 2, 3, 4] }, short] }));
  expect(f.code).toBe('schedule.contractsUncovered');
  expect(f.en).toMatch(/Saturday 10:00–14:00/);
  expect(f.zh).toMatch(/^Saturday 10:00–14:00需要坐席，但没有任何合同允许的班次/);
});

it('a rest rule no roster can keep: the rule, named from the LP relaxation', () => {
  const f = failure(problem(week.map(() => hours(9, 15, 2)), { roster: { contracts: [FT], minRestHours: 20 } }));
  expect(f.code).toBe('schedule.ruleInfeasible');
  expect(f.en).toBe('no schedule keeps 20 h of rest between shifts with these shifts and contracts (without it a schedule exists); lower the rest or add earlier/later shifts');
  expect(f.zh).toBe('没有排班能满足班次之间休息 20 小时的规则（去掉此规则即可排班）；请缩短最少休息，或添加更早/更晚开始的班次');
});
