/** Headcount and FTE in plan.json (issue 13): people on the roster by contract, and paid hours ÷ full-time hours. */
import { PLAN_TIMEOUT_MS, sharedPlan } from '../support/sharedPlans';

test('the sample plan: headcount = roster length (by contract), FTE = paid hours ÷ full-time weekly hours', async () => {
  const { schedule } = await sharedPlan('sample');
  expect(schedule.headcount).not.toBeNull();
  expect(schedule.headcount?.total).toBe(schedule.roster.length);
  for (const { contract, agents } of schedule.headcount?.byContract ?? []) {
    expect(agents).toBe(schedule.roster.filter((a) => a.contract === contract).length);
  }
  // Every rotation week pays the solved week's hours: on the sample's closed holidays (examples/sample-centre.json:
  // Thanksgiving 26 November falls in week 4) the shifts of the solved week's day at their place are paid, not worked.
  const holiday = '2026-11-26';
  const day = schedule.rosterDays.indexOf(holiday) % 7;
  const onHoliday = schedule.roster.flatMap((a) => a.paidHolidays.filter((h) => h.date === holiday)).reduce((s, h) => s + h.hours, 0);
  expect(onHoliday).toBeCloseTo(schedule.days[day].paidHours, 6);
  expect(schedule.roster.flatMap((a) => a.shifts).filter((x) => x.start.startsWith(holiday))).toEqual([]);
  for (let w = 0; w < (schedule.rotation?.weeks ?? 0); w++) expect(schedule.roster.reduce((s, a) => s + a.weeklyHours[w], 0)).toBeCloseTo(schedule.paidHours, 6);
  expect(schedule.fullTimeWeeklyHours).toBe(40); // the sample's maxWeeklyHours
  expect(schedule.fte).toBeCloseTo(schedule.paidHours / 40, 9); // a 7-day horizon
}, PLAN_TIMEOUT_MS);
