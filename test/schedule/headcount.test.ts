/** Headcount and FTE in plan.json (issue 13): people on the roster by contract, and paid hours ÷ full-time hours. */
import { PLAN_TIMEOUT_MS, sharedPlan } from '../support/sharedPlans';

test('the sample plan: headcount = roster length (by contract), FTE = paid hours ÷ full-time weekly hours', async () => {
  const { schedule } = await sharedPlan('sample');
  expect(schedule.headcount).not.toBeNull();
  expect(schedule.headcount?.total).toBe(schedule.roster.length);
  for (const { contract, agents } of schedule.headcount?.byContract ?? []) {
    expect(agents).toBe(schedule.roster.filter((a) => a.contract === contract).length);
  }
  const rostered = schedule.roster.reduce((s, a) => s + a.weeklyHours, 0);
  expect(rostered).toBeCloseTo(schedule.paidHours, 6); // every paid hour is someone's
  expect(schedule.fullTimeWeeklyHours).toBe(40); // the sample's maxWeeklyHours
  expect(schedule.fte).toBeCloseTo(schedule.paidHours / 40, 9); // a 7-day horizon
}, PLAN_TIMEOUT_MS);
