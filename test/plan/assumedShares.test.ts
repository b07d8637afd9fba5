/**
 * Contract shares the plan assumed (derived contracts, 70% full-time) are
 * dropped where no schedule can keep them, and only those: a centre open
 * four hours a day has only 4-hour shifts, on which no full-time week (37.5 h
 * over 5 days) can be worked, so the plan schedules part-timers alone and
 * says why; the same contracts given by the planner fail with the reason. And
 * the mix is the centre's: teams scheduled apart are not each held to it.
 */
import highsLoader from 'highs';
import { addDays } from '../../src/core/calendar/dates';
import { formatClock } from '../../src/core/calendar/clock';
import { renderNote } from '../../src/core/notes/render';
import { runPlan } from '../../src/core/plan/runPlan';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import type { HighsRuntime } from '../../src/core/schedule/types';

/** Four weeks open 10:00–14:00 every day, 10 calls of 180 s a half-hour (5 and 5 in two queues). */
function history(): string {
  const lines = ['date,interval_start,queue,offered,answered,talk_seconds'];
  for (let d = 0; d < 28; d++) for (let k = 20; k < 28; k++) for (const q of ['Sales', 'Care']) lines.push(`${addDays('2026-10-05', d)},${formatClock(k * 30)},${q},5,5,900`);
  return lines.join('\n');
}

async function plan(schedule: Record<string, unknown>, queues: unknown = 'total') {
  const highs = (await highsLoader()) as unknown as HighsRuntime;
  const config = validatePlanConfig({ centre: { name: 'short days' }, costs: { currency: 'USD', hourlyWage: 20 }, data: { history: 'h.csv', queues }, schedule: { timeLimitSeconds: 20, ...schedule } });
  if (!config.ok) throw new Error(config.message);
  return runPlan({ config: config.value, historyText: history(), historySource: 'h.csv', highs, runAt: '2026-12-01T00:00:00Z' });
}

describe('assumed contract shares', () => {
  test('no full-time week fits 4-hour days: part-timers alone, and a note naming the assumed mix', async () => {
    const r = await plan({});
    if (!r.ok) throw new Error(r.message);
    const { schedule } = r.value;
    expect(schedule.roster.length).toBeGreaterThan(0);
    expect(new Set(schedule.roster.map((a) => a.contract))).toEqual(new Set(['Part-time']));
    for (const a of schedule.roster) for (const h of a.weeklyHours) expect(h).toBeGreaterThanOrEqual(20 - 1e-9);
    const dropped = schedule.notes.find((n) => n.code === 'schedule.assumedSharesDropped');
    expect(dropped && renderNote(dropped, 'en')).toContain('no schedule keeps the assumed contract mix (70% Full-time, 30% Part-time)');
    expect(dropped && renderNote(dropped, 'zh-CN')).toContain('假定的合同比例');
  }, 120_000);

  test("the planner's own shares are never dropped: the plan fails and says which rule", async () => {
    const r = await plan({
      contracts: [
        { name: 'Full-time', weeklyHours: { min: 37.5, max: 40 }, days: { min: 5, max: 5 }, share: 0.7 },
        { name: 'Part-time', weeklyHours: { min: 20, max: 30 }, days: { min: 3, max: 5 }, share: 0.3 },
      ],
      generators: [{ firstStart: '10:00', lastStart: '10:00', everyMinutes: 30, lengths: [240] }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/contract|Full-time/i);
  }, 120_000);

  test('teams scheduled apart are not each held to the centre-wide mix, and the plan says so', async () => {
    const r = await plan({ teams: 'separate' }, 'separate');
    if (!r.ok) throw new Error(r.message);
    const [first] = r.value.schedule.notes;
    expect(first).toMatchObject({ code: 'schedule.assumedSharesDropped', params: { why: 'teams' } });
    expect(renderNote(first, 'en')).toContain("the assumed contract mix (70% Full-time, 30% Part-time) is the centre's, and the teams are scheduled apart");
    expect(renderNote(first, 'zh-CN')).toContain('各团队分开排班');
    expect(r.value.schedule.teams?.map((t) => t.name)).toEqual(['Care', 'Sales']);
  }, 120_000);
});
