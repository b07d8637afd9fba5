/**
 * A solved week with a closed public holiday, end to end: a zh-CN plan
 * (holidays "CN" by default) of a centre open Monday to Friday, the week of
 * 31 March – 6 April 2025, in which Friday 4 April is Qingming (清明节; the
 * State Council's notice for 2025, 国办发明电〔2024〕12号: 4–6 April off, no
 * make-up day). Shifts and contracts are the plan's own (full-time 37.5–40 h
 * over 5 days, part-time 20–30 h over 3–5 days). The holiday must get no
 * shift — in the schedule and in the roster, so no shift is dropped — while
 * the agents whose working week includes it are paid for it within their
 * contract (contracts.ts, holidayShare).
 * Synthetic history: every weekday 10 February – 28 March 2025 (no holiday in
 * it), 09:00–17:00 in half hours, 150 calls each, AHT 240 s.
 */
import highsLoader from 'highs';
import chineseDays from 'chinese-days';
import { addDays, weekday } from '../../src/core/calendar/dates';
import { runPlan } from '../../src/core/plan/runPlan';
import type { PlanResult } from '../../src/core/plan/planResult';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { FULL_TIME, PART_TIME } from '../../src/core/schedule/contracts';

const HOLIDAY = '2025-04-04';
const AHT = 240;

function historyCsv(from: string, to: string): string {
  const lines = ['date,interval_start,offered,answered,abandoned,answered_within,abandoned_within,talk_seconds,acw_seconds'];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (weekday(d) >= 5) continue;
    for (let m = 540; m < 1020; m += 30) {
      const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      lines.push(`${d},${hhmm},150,150,0,150,0,${150 * (AHT - 40)},${150 * 40}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

let plan: PlanResult;
beforeAll(async () => {
  const config = validatePlanConfig({
    locale: 'zh-CN',
    centre: { name: '清明' },
    data: { history: 'history.csv' },
    costs: { currency: 'CNY' },
    forecast: { method: 'historical-average', from: '2025-03-31', days: 7 },
    scenarios: [{ name: 'mid', label: 'Mid', volumeFactor: 1, slTarget: 0.8, targetSeconds: 20 }],
    schedule: { timeLimitSeconds: 60 },
  });
  if (!config.ok) throw new Error(config.message);
  const r = runPlan({ config: config.value, historyText: historyCsv('2025-02-10', '2025-03-28'), historySource: 'history.csv', highs: await highsLoader(), runAt: '2025-03-28T18:00:00Z' });
  if (!r.ok) throw new Error(r.message);
  plan = r.value;
}, 120_000);

test('chinese-days has the 2025 Qingming arrangement this test is built on', () => {
  expect(chineseDays.isHoliday(HOLIDAY)).toBe(true);
  expect(chineseDays.isWorkday('2025-04-03')).toBe(true);
  expect(chineseDays.isWorkday('2025-03-29')).toBe(false); // no make-up Saturday before it
});

test('the holiday is closed and gets no shift: not in the schedule, not in the roster, so no dropped-shift note', () => {
  expect(plan.intervals.filter((r) => r.date === HOLIDAY).every((r) => r.closed && r.calls === 0)).toBe(true);
  expect(plan.schedule.assignments.filter((a) => a.date === HOLIDAY)).toEqual([]);
  expect(plan.schedule.roster.flatMap((a) => a.shifts).filter((s) => s.start.startsWith(HOLIDAY))).toEqual([]);
  expect(plan.schedule.notes.map((n) => n.code)).not.toContain('schedule.rosterClosedDates');
  expect(plan.schedule.roster.length).toBeGreaterThan(0);
});

test('the agents whose week includes Friday are paid for the holiday, within their contract, and paid hours = shifts + holidays', () => {
  const s = plan.schedule;
  const shiftHours = s.assignments.reduce((sum, a) => sum + a.paidHours, 0);
  expect(s.paidHolidayHours).toBeGreaterThan(0);
  expect(s.paidHours).toBeCloseTo(shiftHours + s.paidHolidayHours, 6);
  const paid = s.roster.filter((a) => a.paidHolidays.length > 0);
  expect(paid.length).toBeGreaterThan(0);
  expect(paid.every((a) => a.paidHolidays.every((h) => h.date === HOLIDAY && h.hours > 0))).toBe(true);
  expect(s.roster.reduce((sum, a) => sum + a.paidHolidays.reduce((h, x) => h + x.hours, 0), 0)).toBeCloseTo(s.paidHolidayHours, 4);
  for (const a of s.roster) {
    const c = a.contract === FULL_TIME.name ? FULL_TIME : PART_TIME;
    expect(a.weeklyHours[0]).toBeGreaterThanOrEqual(c.weeklyHours.min - 1e-9);
    expect(a.weeklyHours[0]).toBeLessThanOrEqual(c.weeklyHours.max + 1e-9);
    const firstWeek = a.shifts.filter((x) => x.start < '2025-04-07').length + a.paidHolidays.filter((h) => h.date < '2025-04-07').length;
    expect(firstWeek).toBeGreaterThanOrEqual(c.days.min);
    expect(firstWeek).toBeLessThanOrEqual(c.days.max);
  }
  const note = s.notes.find((n) => n.code === 'schedule.paidHolidays');
  expect(note?.params).toEqual({ dates: [HOLIDAY], agents: paid.length, hours: s.paidHolidayHours });
});

test('coverage counts only shifts: every open interval covered, none scheduled on the holiday', () => {
  const open = plan.intervals.filter((r) => !r.closed && r.scheduledRequired > 0);
  expect(open.length).toBeGreaterThan(0);
  expect(plan.schedule.coverage.filter((c) => c.under > 1e-9)).toEqual([]);
  expect(plan.schedule.coverage.filter((c) => c.date === HOLIDAY && c.scheduled > 0)).toEqual([]);
});
