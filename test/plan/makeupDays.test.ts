/**
 * China's make-up working days (调休) end to end: a zh-CN plan (holidays "CN"
 * by default) of a centre open Monday to Friday only, over 27 September – 12
 * October 2025. The State Council's notice for 2025 (国办发明电〔2024〕12号)
 * makes Sunday 28 September and Saturday 11 October working days for National
 * Day (1–8 October off). The make-up days must be forecast, staffed and
 * scheduled with a weekday's pattern and hours although the history has no
 * weekend, and "Update today" must accept one; a plain Saturday and Sunday
 * stay closed.
 * Synthetic history: every weekday 09:00–17:00, Mondays 200 calls a half hour,
 * Fridays 100, other weekdays 150, AHT 240 s; so by hand a make-up day worked
 * as a Monday forecasts 16 × 200 = 3200 calls and one worked as a Friday 16 ×
 * 100 = 1600 (historical average of constant days), in the weekday's hours.
 */
import highsLoader from 'highs';
import chineseDays from 'chinese-days';
import { addDays, weekday } from '../../src/core/calendar/dates';
import { DEFAULT_CLEANING } from '../../src/core/plan/cleanHistory';
import { runPlan } from '../../src/core/plan/runPlan';
import { makeupTemplates } from '../../src/core/plan/scheduleHorizon';
import { reforecastToday } from '../../src/core/plan/steps/reforecast';
import type { PlanResult } from '../../src/core/plan/planResult';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';

const LEVEL = [200, 150, 150, 150, 100];
const AHT = 240;

/** Every weekday from..to (30 minutes, 09:00–17:00) and the days in `also`, worked as the weekday given; no data on `skip`. */
function history(from: string, to: string, also: ReadonlyMap<string, number> = new Map(), skip: ReadonlySet<string> = new Set()): { date: string; start: number; offered: number }[] {
  const out: { date: string; start: number; offered: number }[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const as = also.get(d) ?? weekday(d);
    if (as >= 5 || skip.has(d)) continue;
    for (let m = 540; m < 1020; m += 30) out.push({ date: d, start: m, offered: LEVEL[as] });
  }
  return out;
}

function historyCsv(from: string, to: string): string {
  const lines = ['date,interval_start,offered,answered,abandoned,answered_within,abandoned_within,talk_seconds,acw_seconds'];
  for (const { date, start, offered: n } of history(from, to)) {
    const hhmm = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
    lines.push(`${date},${hhmm},${n},${n},0,${n},0,${n * (AHT - 40)},${n * 40}`);
  }
  return `${lines.join('\n')}\n`;
}

async function plan(centre: Record<string, unknown> = {}): Promise<PlanResult> {
  const config = validatePlanConfig({
    locale: 'zh-CN',
    centre: { name: '调休', ...centre },
    data: { history: 'history.csv' },
    costs: { currency: 'CNY' },
    forecast: { method: 'historical-average', from: '2025-09-27', days: 16 },
    scenarios: [{ name: 'mid', label: 'Mid', volumeFactor: 1, slTarget: 0.8, targetSeconds: 20 }],
    schedule: { timeLimitSeconds: 60 },
  });
  if (!config.ok) throw new Error(config.message);
  const r = runPlan({ config: config.value, historyText: historyCsv('2025-07-07', '2025-09-26'), historySource: 'history.csv', highs: await highsLoader(), runAt: '2025-09-26T18:00:00Z' });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const day = (p: PlanResult, date: string) => {
  const rows = p.intervals.filter((r) => r.date === date);
  const open = rows.filter((r) => !r.closed);
  return {
    calls: rows.reduce((s, r) => s + r.calls, 0),
    hours: open.length === 0 ? null : `${open[0].start}-${open[open.length - 1].start}`,
    required: rows.reduce((s, r) => s + r.scheduledRequired, 0),
    scheduled: p.schedule.coverage.filter((c) => c.date === date).reduce((s, c) => s + c.scheduled, 0),
    shifts: p.schedule.assignments.filter((a) => a.date === date).reduce((s, a) => s + a.count, 0),
  };
};

test('chinese-days has the 2025 National Day arrangement this test is built on', () => {
  expect(chineseDays.isWorkday('2025-09-28')).toBe(true);
  expect(chineseDays.isWorkday('2025-10-11')).toBe(true);
  expect(chineseDays.isWorkday('2025-09-27')).toBe(false);
  expect(chineseDays.isWorkday('2025-10-12')).toBe(false);
  expect(chineseDays.isHoliday('2025-10-08')).toBe(true);
});

test('the shifts of the weekday a make-up day is worked as may start on it; others are left as they are', () => {
  const shift = (name: string, days?: number[]) => ({ name, start: 540, minutes: 480, breaks: [], ...(days ? { days } : {}) });
  const templates = [shift('weekdays', [0, 1, 2, 3, 4]), shift('Mondays', [0]), shift('any day')];
  // Saturday 11 October 2025 worked as a Friday (4), Sunday 28 September as a Monday (0)
  const out = makeupTemplates(templates, ['2025-09-28', '2025-10-11', '2025-10-13'], new Map([['2025-09-28', 0], ['2025-10-11', 4]]));
  expect(out.map((t) => [t.name, t.days])).toEqual([['weekdays', [0, 1, 2, 3, 4, 5, 6]], ['Mondays', [0, 6]], ['any day', undefined]]);
  // a make-up day outside the problem's days changes nothing
  expect(makeupTemplates(templates, ['2025-10-13'], new Map([['2025-10-11', 4]]))).toEqual(templates);
});

describe('a weekday-only centre in China, opening hours from the history', () => {
  let p: PlanResult;
  beforeAll(async () => { p = await plan(); }, 120_000);

  test('make-up Sunday 28 September: forecast as a Monday, staffed and scheduled', () => {
    const d = day(p, '2025-09-28');
    expect(d.calls).toBeCloseTo(3200, 6);
    expect(d.hours).toBe('09:00-16:30');
    expect(d.required).toBeGreaterThan(0);
    expect(d.scheduled).toBeGreaterThan(0);
    expect(d.shifts).toBeGreaterThan(0);
  });

  test('make-up Saturday 11 October: forecast as a Friday, staffed and every interval covered', () => {
    const d = day(p, '2025-10-11');
    expect(d.calls).toBeCloseTo(1600, 6);
    expect(d.hours).toBe('09:00-16:30');
    expect(d.shifts).toBeGreaterThan(0);
    const rows = p.intervals.filter((r) => r.date === '2025-10-11' && !r.closed);
    const cover = new Map(p.schedule.coverage.filter((c) => c.date === '2025-10-11').map((c) => [c.start, c]));
    expect(rows).toHaveLength(16);
    expect(rows.filter((r) => !(r.scheduledRequired > 0)).map((r) => r.start)).toEqual([]);
    expect(rows.filter((r) => (cover.get(r.start)?.scheduled ?? 0) < Math.ceil(r.scheduledRequired - 1e-9)).map((r) => r.start)).toEqual([]);
  });

  test('a plain Saturday and Sunday, and the holidays, stay closed', () => {
    for (const date of ['2025-09-27', '2025-10-12', '2025-10-01', '2025-10-04', '2025-10-08']) {
      expect([date, day(p, date)]).toEqual([date, { calls: 0, hours: null, required: 0, scheduled: 0, shifts: 0 }]);
    }
  });

  test('the plan says the make-up days are worked, and as which weekday, assumed', () => {
    const makeup = p.forecast.notes.find((n) => n.code === 'forecast.makeupDays');
    expect(makeup?.params).toEqual({ region: 'CN', days: [{ date: '2025-09-28', pattern: 0 }, { date: '2025-10-11', pattern: 4 }], open: true, learned: false, seen: 0 });
  });
});

test('configured opening hours: a make-up Saturday keeps Friday\'s hours (09:00–13:00) though Saturdays are closed', async () => {
  const p = await plan({ openingHours: { Mon: '09:00-17:00', Tue: '09:00-17:00', Wed: '09:00-17:00', Thu: '09:00-17:00', Fri: '09:00-13:00', Sat: 'closed', Sun: 'closed' } });
  const d = day(p, '2025-10-11');
  // the Friday profile is flat, so its 16 intervals' calls all land in the 8 open ones: still 1600 for the day
  expect(d.calls).toBeCloseTo(1600, 6);
  expect(d.hours).toBe('09:00-12:30');
  expect(d.required).toBeGreaterThan(0);
  expect(d.shifts).toBeGreaterThan(0);
  expect(day(p, '2025-09-27').calls).toBe(0);
}, 120_000);

test('Update today on a make-up Saturday: open in a Friday\'s hours, not refused as a closed Saturday', () => {
  // the centre worked make-up Sunday 28 September and closed for National Day; today is Saturday 11 October, 12:00
  const records = history('2025-08-04', '2025-10-11', new Map([['2025-09-28', 0], ['2025-10-11', 4]]), new Set(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08']));
  const r = reforecastToday(records, 30, '2025-10-11', '12:00', { method: 'historical-average', holidays: 'CN', events: [], cleaning: DEFAULT_CLEANING });
  if (!r.ok) throw new Error(r.message);
  // the morning ran as forecast (6 intervals of a Friday's 100 calls): the rest of the day unchanged
  expect(r.value.revised.actualSoFar).toBe(600);
  expect(r.value.revised.forecastSoFar).toBeCloseTo(600, 6);
  expect(r.value.revised.factor).toBeCloseTo(1, 6);
});
