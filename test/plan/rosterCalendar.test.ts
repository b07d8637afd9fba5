/**
 * The published roster against China's calendar (rosterSummary.ts,
 * rosterCalendar.ts): a zh-CN plan (holidays "CN" by default) of a centre open
 * Monday to Friday 09:00–17:00 that works the make-up days (调休), one week
 * scheduled and a 4-week rotation published. Every published shift's date and
 * every open date is checked against chinese-days (the State Council's
 * arrangement: National Day 1–8 October 2025 off, Sunday 28 September and
 * Saturday 11 October working days), not against the plan's own calendar.
 */
import highsLoader from 'highs';
import chineseDays from 'chinese-days';
import { addDays } from '../../src/core/calendar/dates';
import { runPlan } from '../../src/core/plan/runPlan';
import type { PlanResult } from '../../src/core/plan/planResult';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';

/** The centre's days: China's working days (weekdays not off, and the make-up days). */
const open = (date: string): boolean => chineseDays.isWorkday(date);

/** Half hours 09:00–17:00 of every working day from..to, 150 calls each, AHT 240 s. */
function historyCsv(from: string, to: string): string {
  const lines = ['date,interval_start,offered,answered,abandoned,answered_within,abandoned_within,talk_seconds,acw_seconds'];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (!open(d)) continue;
    for (let m = 540; m < 1020; m += 30) lines.push(`${d},${String(m / 60 | 0).padStart(2, '0')}:${m % 60 === 0 ? '00' : '30'},150,150,0,150,0,${150 * 200},${150 * 40}`);
  }
  return `${lines.join('\n')}\n`;
}

async function plan(from: string, historyTo: string, historyFrom = '2025-07-07'): Promise<PlanResult> {
  const config = validatePlanConfig({
    locale: 'zh-CN',
    centre: { name: '调休' },
    data: { history: 'history.csv' },
    costs: { currency: 'CNY' },
    forecast: { method: 'historical-average', from, days: 7 },
    scenarios: [{ name: 'mid', label: 'Mid', volumeFactor: 1, slTarget: 0.8, targetSeconds: 20 }],
    schedule: { timeLimitSeconds: 60 },
  });
  if (!config.ok) throw new Error(config.message);
  const r = runPlan({ config: config.value, historyText: historyCsv(historyFrom, historyTo), historySource: 'history.csv', highs: await highsLoader(), runAt: `${historyTo}T18:00:00Z` });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const shiftDates = (p: PlanResult) => [...new Set(p.schedule.roster.flatMap((a) => a.shifts.map((s) => s.start.slice(0, 10))))].sort();
const codes = (p: PlanResult) => p.schedule.notes.filter((n) => n.code.startsWith('schedule.roster'));

test('chinese-days has the 2025 arrangement this test is built on', () => {
  expect(['2025-09-28', '2025-10-11', '2025-10-09'].map(open)).toEqual([true, true, true]);
  expect(['2025-10-01', '2025-10-08', '2025-10-18', '2025-10-12'].map(open)).toEqual([false, false, false, false]);
});

test('a solved week with make-up Saturday 11 October: no shift on the later, closed Saturdays; every open date of the 4 weeks staffed', async () => {
  const p = await plan('2025-10-09', '2025-10-08');
  expect(p.schedule.rosterDays).toHaveLength(28);
  expect(p.schedule.rosterDays[27]).toBe('2025-11-05');
  const worked = shiftDates(p);
  expect(worked.filter((d) => !open(d))).toEqual([]);
  expect(p.schedule.rosterDays.filter((d) => open(d) && !worked.includes(d))).toEqual([]);
  expect(worked).toContain('2025-10-11');
  expect(codes(p)).toEqual([{ code: 'schedule.rosterClosedDates', params: { dates: ['2025-10-18', '2025-10-25', '2025-11-01'] } }]);
  // each later week works the solved week's lines once, less the make-up Saturday's shifts (the schedule's paid hours on 11 October)
  const weekHours = (w: number) => p.schedule.roster.reduce((s, a) => s + a.weeklyHours[w], 0);
  const saturday = p.schedule.assignments.filter((a) => a.date === '2025-10-11').reduce((s, a) => s + a.paidHours, 0);
  expect(saturday).toBeGreaterThan(0);
  for (const w of [1, 2, 3]) expect(weekHours(w)).toBeCloseTo(weekHours(0) - saturday, 6);
}, 120_000);

test('a solved week with National Day: the roster stops before the week whose open days (9–11 October) it did not staff', async () => {
  const p = await plan('2025-09-29', '2025-09-28');
  expect(p.schedule.rosterDays).toEqual(Array.from({ length: 7 }, (_, i) => addDays('2025-09-29', i)));
  const worked = shiftDates(p);
  expect(worked).toEqual(['2025-09-29', '2025-09-30']);
  expect(worked.filter((d) => !open(d))).toEqual([]);
  expect(p.schedule.rotation?.weeks).toBe(1);
  // the holidays are paid, not worked (contracts.ts, holidayShare): no shift on them in the schedule either, so none is dropped
  expect(p.schedule.assignments.filter((a) => !open(a.date))).toEqual([]);
  expect(codes(p).map((n) => n.params)).toEqual([{ weeks: 4, published: 1, from: '2025-10-06', dates: ['2025-10-09', '2025-10-10', '2025-10-11'] }]);
  const holidays = p.schedule.notes.find((n) => n.code === 'schedule.paidHolidays');
  expect(holidays?.params).toMatchObject({ dates: ['2025-10-01', '2025-10-02', '2025-10-03'], hours: p.schedule.paidHolidayHours });
  expect(p.schedule.roster.flatMap((a) => a.paidHolidays.map((h) => h.date)).filter((d) => open(d))).toEqual([]);
  expect(p.schedule.paidHolidayHours).toBeGreaterThan(0);
}, 120_000);

test('a plain solved week whose rotation reaches Qingming (Friday 4 April 2025): that Friday is a paid holiday of the rostered agents, not worked, and their week keeps its hours', async () => {
  const p = await plan('2025-03-17', '2025-03-16', '2024-11-04');
  expect(p.schedule.rosterDays).toHaveLength(28);
  expect(open('2025-04-04')).toBe(false);
  const worked = shiftDates(p);
  expect(worked.filter((d) => !open(d))).toEqual([]);
  expect(p.schedule.rosterDays.filter((d) => open(d) && !worked.includes(d))).toEqual([]);
  expect(codes(p)).toEqual([{ code: 'schedule.rosterHolidays', params: { dates: ['2025-04-04'] } }]);
  // the Friday's shifts of the solved week (21 March), paid on 4 April instead of worked
  const friday = p.schedule.assignments.filter((a) => a.date === '2025-03-21').reduce((s, a) => s + a.paidHours, 0);
  const paidOnHoliday = p.schedule.roster.flatMap((a) => a.paidHolidays.filter((h) => h.date === '2025-04-04')).reduce((s, h) => s + h.hours, 0);
  expect(friday).toBeGreaterThan(0);
  expect(paidOnHoliday).toBeCloseTo(friday, 6);
  const weekHours = (w: number) => p.schedule.roster.reduce((s, a) => s + a.weeklyHours[w], 0);
  for (const w of [1, 2, 3]) expect(weekHours(w)).toBeCloseTo(weekHours(0), 6);
}, 120_000);
