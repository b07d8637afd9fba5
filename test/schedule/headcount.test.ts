/** Headcount and FTE in plan.json (issue 13): people on the roster by contract, and paid hours ÷ full-time hours. */
import { PLAN_TIMEOUT_MS, sharedPlan } from '../support/sharedPlans';

test('the sample plan: headcount = roster length (by contract), FTE = paid hours ÷ full-time weekly hours', async () => {
  const { schedule } = await sharedPlan('sample');
  expect(schedule.headcount).not.toBeNull();
  expect(schedule.headcount?.total).toBe(schedule.roster.length);
  for (const { contract, agents } of schedule.headcount?.byContract ?? []) {
    expect(agents).toBe(schedule.roster.filter((a) => a.contract === contract).length);
  }
  // Every rotation week works the solved week's shifts: every paid hour is someone's, every week, but on the
  // sample's closed holidays (examples/sample-centre.json: Thanksgiving 26 November falls in week 4), which lose the
  // paid hours of the solved week's day at their place.
  const closed = ['2026-11-26', '2026-12-25', '2027-01-01'];
  const lost = (w: number) => schedule.rosterDays.slice(7 * w, 7 * w + 7).reduce((s, d, i) => s + (closed.includes(d) ? schedule.days[i].paidHours : 0), 0);
  expect(lost(3)).toBeGreaterThan(0);
  for (let w = 0; w < (schedule.rotation?.weeks ?? 0); w++) expect(schedule.roster.reduce((s, a) => s + a.weeklyHours[w], 0)).toBeCloseTo(schedule.paidHours - lost(w), 6);
  expect(schedule.fullTimeWeeklyHours).toBe(40); // the sample's maxWeeklyHours
  expect(schedule.fte).toBeCloseTo(schedule.paidHours / 40, 9); // a 7-day horizon
}, PLAN_TIMEOUT_MS);
