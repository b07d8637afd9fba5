/**
 * The plan's step modules (src/core/plan/steps), each on inputs whose answer
 * is known without the code: the planning guide's worked figures (100 calls
 * of 180 s at 80/20 in half an hour need 14 agents; 10 lines carry 4.461 E
 * at 1% blocking), exact arithmetic (14 ÷ (1 − 0.3) = 20), and the failures
 * each step owns, as codes with values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ForecastInterval } from '../../src/core/forecast/forecast';
import type { PlanConfig } from '../../src/core/plan/planConfig';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { forecastHorizon, forecastStep } from '../../src/core/plan/steps/forecast';
import { staffHorizon } from '../../src/core/plan/steps/intervalPlan';
import { serviceObjectiveStep, serviceSummary } from '../../src/core/plan/steps/objective';
import type { PlanSettings } from '../../src/core/plan/steps/settings';
import { checkpoints } from '../../src/core/plan/steps/progress';
import { scheduleStep } from '../../src/core/plan/steps/schedule';
import { shrinkageStep, shrinkageSummary } from '../../src/core/plan/steps/shrinkage';
import { type StaffingSettings, staffStep, staffingSettings } from '../../src/core/plan/steps/staffing';
import { trunksStep } from '../../src/core/plan/steps/trunks';
import { workloadDataStep } from '../../src/core/plan/steps/workloadData';
import type { HighsRuntime } from '../../src/core/schedule/solveSchedule';
import type { IntervalRecord } from '../../src/core/workload/intervalRecord';
import { deriveOpeningHours } from '../../src/core/workload/openingHours';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = JSON.parse(readFileSync(join(ROOT, 'examples', 'sample-centre.json'), 'utf8'));

/** The sample centre's configuration with some sections replaced, validated. */
function configWith(over: Record<string, unknown> = {}): PlanConfig {
  const r = validatePlanConfig({ ...SAMPLE, ...over });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** The configuration as the plan runs it, with the history's interval length (30 minutes here). */
const resolved = (config: PlanConfig): PlanSettings => ({ ...config, data: { ...config.data, intervalMinutes: config.data.intervalMinutes ?? 30 } });
const erlangC = resolved(configWith({ staffing: { model: 'erlangC' }, shrinkage: { absence: 0.3 }, trunks: { blocking: 0.01, ivrSeconds: 0, talkShare: 1 } }));
const objectiveOf = (config: PlanSettings) => serviceObjectiveStep(config);
const settingsOf = (config: PlanSettings, scenario?: Parameters<typeof staffingSettings>[3], fallbackAht = 180): StaffingSettings =>
  staffingSettings(config, objectiveOf(config), fallbackAht, scenario);
/** One interval on Monday 2026-11-02 at 09:00. */
const at9 = (calls: number, aht?: number): ForecastInterval => ({ date: '2026-11-02', start: 540, calls, aht });

describe('step 1: service objective', () => {
  it('Erlang C has no patience; Erlang A staffs with the settled patience', () => {
    expect(objectiveOf(erlangC)).toEqual({ slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30, maxOccupancy: 0.9, patienceSeconds: undefined });
    const a = resolved(configWith({ staffing: { model: 'erlangA', patienceSeconds: 180 } }));
    expect(objectiveOf(a).patienceSeconds).toBe(180);
    expect(serviceSummary(a, objectiveOf(a)).model).toBe('Erlang A');
  });
});

describe('step 2: workload data', () => {
  const table = 'date,interval_start,offered,answered,talk_seconds\n2026-10-05,09:00,10,10,1800\n2026-10-05,09:15,12,12,2000\n';

  it('reads the intervals and sums them', () => {
    const r = workloadDataStep(table, 'mine.csv', configWith({ data: { history: 'mine.csv', intervalMinutes: 15 } }));
    expect(r.ok && r.value.summary.totalCalls).toBe(22);
  });

  it('a history coarser than the configured intervals fails with both lengths (a finer one is summed, with a warning)', () => {
    const hourly = 'date,interval_start,offered,answered,talk_seconds\n2026-10-05,09:00,10,10,1800\n2026-10-05,10:00,12,12,2000\n2026-10-05,11:00,9,9,1700\n';
    const r = workloadDataStep(hourly, 'mine.csv', erlangC);
    expect(!r.ok && r.note).toMatchObject({ code: 'plan.intervalMismatch', params: { configured: 30, history: 60 } });
    expect(workloadDataStep(table, 'mine.csv', erlangC)).toMatchObject({ ok: true, value: { summary: { totalCalls: 22, intervalMinutes: 30 } } });
  });

  it('a file with nothing usable fails naming the file', () => {
    const r = workloadDataStep('date,interval_start,offered\n', 'empty.csv', erlangC);
    expect(!r.ok && r.message).toMatch(/^empty\.csv: /);
    expect(!r.ok && r.where).toEqual({ file: 'empty.csv' });
  });
});

describe('step 3: forecast', () => {
  // four weeks of Mondays to Fridays, 10 calls an interval 09:00–11:00
  const records: IntervalRecord[] = [];
  for (let d = 0; d < 28; d++) {
    const date = new Date(Date.UTC(2026, 9, 5 + d)).toISOString().slice(0, 10);
    if ([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) continue;
    for (let s = 540; s < 660; s += 30) records.push({ date, start: s, offered: 10, answered: 10, talkSeconds: 1800 });
  }
  const settings = { ...erlangC.forecast, from: undefined, days: 3, method: 'historical-average' as const };

  it('the horizon starts the day after the history (Friday 30 October) and lasts `days` days; weekends are closed', () => {
    const r = forecastHorizon(records, 30, settings);
    if (!r.ok) throw new Error(r.message);
    expect([r.value.from, r.value.to]).toEqual(['2026-10-31', '2026-11-02']);
    expect(r.value.predicted.intervals.filter((i) => i.date === '2026-10-31').every((i) => i.calls === 0)).toBe(true);
    const monday = r.value.predicted.intervals.filter((i) => i.date === '2026-11-02' && i.calls > 0);
    expect(monday.map((i) => i.calls)).toEqual([10, 10, 10, 10]);
  });

  it("the plan's step adds twelve budget months from the horizon's first day", () => {
    const r = forecastStep(records, 30, { ...settings, growth: 0, openingHours: deriveOpeningHours(records, 30) });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.months.map((m) => m.month)).toEqual([
      '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09',
    ]);
    expect(r.value.summary.totalCalls).toBe(40);
  });
});

describe('steps 4–6: staff, trunks, shrinkage', () => {
  it('the guide: 100 calls of 180 s at 80/20 need 14 agents — also as 50 calls × volume 2, or AHT 120 s × 1.5', () => {
    const plain = staffStep([at9(100, 180)], settingsOf(erlangC));
    const doubled = staffStep([at9(50, 180)], settingsOf(erlangC, { slTarget: 0.8, targetSeconds: 20, volumeFactor: 2 }));
    const longer = staffStep([at9(100, 120)], settingsOf(erlangC, { slTarget: 0.8, targetSeconds: 20, volumeFactor: 1, ahtFactor: 1.5 }));
    for (const r of [plain, doubled, longer]) expect(r.ok && r.value[0].staffing.agents).toBe(14);
    expect(doubled.ok && doubled.value[0].forecast.calls).toBe(100);
  });

  it("an interval without AHT uses the history's; with none at all the step fails with 'plan.noAht'", () => {
    expect(staffStep([at9(100)], settingsOf(erlangC, undefined, 180)).ok && 14).toBe(14);
    const none = staffStep([at9(100)], settingsOf(erlangC, undefined, 0));
    expect(!none.ok && none.note?.code).toBe('plan.noAht');
  });

  it('the guide: 10 lines carry 4.461 E at 1% blocking; the peak is the busiest interval', () => {
    // 4.461 E over half an hour = 40.149 calls holding a line 200 s each (talk share 1, no wait at this staffing)
    const staffed = staffStep([at9(40.149, 200), { ...at9(10, 200), start: 570 }], settingsOf(erlangC));
    if (!staffed.ok) throw new Error(staffed.message);
    const trunks = trunksStep(staffed.value.map((s) => ({ ...s, staffing: { ...s.staffing, asaSeconds: 0 } })), settingsOf(erlangC));
    expect(trunks.ok && trunks.value.rows[0].trunks).toBe(10);
    expect(trunks.ok && [trunks.value.peakTrunks, trunks.value.peakLabel]).toEqual([10, '2026-11-02 09:00']);
  });

  it('30% shrinkage turns 14 agents into 20 to schedule; a factor that reaches 100% fails naming the day', () => {
    const rows = staffHorizon([at9(100, 180)], settingsOf(erlangC));
    expect(rows.ok && [rows.value[0].agents, rows.value[0].shrinkage, rows.value[0].scheduledRequired]).toEqual([14, 0.3, 20]);
    const staffed = staffStep([at9(100, 180)], settingsOf(erlangC));
    if (!staffed.ok) throw new Error(staffed.message);
    const tooMuch = shrinkageStep(staffed.value, settingsOf(erlangC, { slTarget: 0.8, targetSeconds: 20, volumeFactor: 1, shrinkageFactor: 4 }));
    expect(!tooMuch.ok && [tooMuch.note?.code, tooMuch.where, tooMuch.message]).toEqual([
      'plan.shrinkageTooHigh', { date: '2026-11-02' }, '2026-11-02: shrinkage × factor reaches 120.0%; it must stay below 100%',
    ]);
    expect(shrinkageSummary(erlangC.shrinkage, '2026-11-02')).toMatchObject({ ok: true, value: { total: 0.3 } });
  });
});

describe('step 7: schedule', () => {
  it("a horizon without calls fails with 'plan.nothingToSchedule' before the solver is asked", () => {
    const rows = staffHorizon([at9(0, 180)], settingsOf(erlangC));
    if (!rows.ok) throw new Error(rows.message);
    const r = scheduleStep(undefined as unknown as HighsRuntime, rows.value, erlangC, objectiveOf(erlangC));
    expect(!r.ok && r.note?.code).toBe('plan.nothingToSchedule');
  });
});

describe('progress', () => {
  it('announces each step by its number (no words: each face words it), and stops with a code once cancelled', () => {
    const seen: unknown[] = [];
    const signal = { aborted: false };
    const checkpoint = checkpoints((p) => seen.push(p), signal);
    expect(checkpoint(4)).toBeUndefined();
    signal.aborted = true;
    expect(checkpoint(5)?.note?.code).toBe('plan.cancelled');
    expect(seen).toEqual([{ step: 4 }, { step: 5 }]);
  });
});
