import { readFileSync, existsSync } from 'fs';
import path from 'path';
import { addDays, sundayFirstWeekday } from '../../src/core/calendar/dates';
import { IntervalRecord } from '../../src/core/workload/intervalRecord';
import { toDaySeries } from '../../src/core/forecast/daySeries';
import { detectAnomalies } from '../../src/core/forecast/anomalies';
import { repairAnomalies, fromDaySeries } from '../../src/core/forecast/repair';
import { importIntervalText } from '../../src/core/workload/intervalTable';

const STARTS = [480, 510, 540, 570, 600];
const SHAPE = [100, 300, 400, 200, 100];
/** Six weeks of weekdays with a fixed pattern plus small deterministic wiggle (±2%). */
function series(edit?: (date: string, k: number, v: number) => number) {
  const recs: IntervalRecord[] = [];
  for (let i = 0; i < 42; i++) {
    const date = addDays('2024-01-01', i);
    if (sundayFirstWeekday(date) === 0 || sundayFirstWeekday(date) === 6) continue;
    STARTS.forEach((start, k) => {
      const v = Math.round(SHAPE[k] * (1 + 0.02 * Math.sin(i * 7 + k)));
      recs.push({ date, start, offered: edit ? edit(date, k, v) : v });
    });
  }
  return toDaySeries(recs, 30);
}

describe('anomaly detection and repair', () => {
  test('a clean series raises no flag', () => {
    expect(detectAnomalies(series())).toEqual([]);
  });
  test('an outage interval is flagged low, a spike high, an outage day as a whole day', () => {
    const s = series((date, k, v) => (date === '2024-01-17' && k === 2 ? 40 : date === '2024-01-24' && k === 1 ? 900 : date === '2024-02-06' ? Math.round(v / 2) : v));
    const flags = detectAnomalies(s);
    expect(flags.map((f) => [f.date, f.start, f.kind])).toEqual([
      ['2024-01-17', 540, 'low'],
      ['2024-01-24', 510, 'high'],
      ['2024-02-06', undefined, 'low'],
    ]);
  });
  test('repair by comparable periods restores the pattern; rejected flags are left alone', () => {
    const s = series((date, k, v) => (date === '2024-01-17' && k === 2 ? 40 : v));
    const flags = detectAnomalies(s);
    const fixed = repairAnomalies(s, flags, 'comparable');
    expect(fixed.repairs).toHaveLength(1);
    expect(fixed.repairs[0]).toMatchObject({ date: '2024-01-17', start: 540, before: 40, method: 'comparable' });
    expect(fixed.repairs[0].after).toBeGreaterThan(390);
    expect(fixed.repairs[0].after).toBeLessThan(410);
    expect(s.calls[s.dates.indexOf('2024-01-17')][2]).toBe(40); // the input is not modified
    const overridden = repairAnomalies(s, flags.map((f) => ({ ...f, accepted: false })), 'comparable');
    expect(overridden.repairs).toEqual([]);
  });
  test('repair by interpolation uses the neighbouring intervals', () => {
    const s = series((date, k, v) => (date === '2024-01-17' && k === 2 ? 40 : v));
    const i = s.dates.indexOf('2024-01-17');
    const r = repairAnomalies(s, detectAnomalies(s), 'interpolate');
    expect(r.repairs[0].after).toBeCloseTo((s.calls[i][1] + s.calls[i][3]) / 2, 9);
  });
  test('repair by model fill of a whole day gives a plausible day', () => {
    const s = series((date, _k, v) => (date === '2024-02-06' ? Math.round(v / 2) : v));
    const r = repairAnomalies(s, detectAnomalies(s), 'model');
    expect(r.repairs).toHaveLength(5);
    const total = r.repairs.reduce((a, x) => a + x.after, 0);
    expect(total).toBeGreaterThan(1050);
    expect(total).toBeLessThan(1150);
    expect(fromDaySeries(r.series).filter((x) => x.date === '2024-02-06').reduce((a, x) => a + x.offered, 0)).toBeCloseTo(total, 9);
  });
});

const FILE = path.resolve(__dirname, '../../../shared/data/bank-calls-5min-2003.csv');
(existsSync(FILE) ? test : test.skip)('real data: the day after Labor Day is flagged high, the 2003-04-11 late-morning dip low', () => {
  const imp = importIntervalText(readFileSync(FILE, 'utf8'));
  if (!imp.ok) throw new Error(imp.message);
  const flags = detectAnomalies(toDaySeries(imp.value.records, 5));
  // 2003-09-02 (Tuesday after Labor Day): 42,889 calls against a median Tuesday near 32,000
  expect(flags.find((f) => f.date === '2003-09-02' && f.start === undefined)?.kind).toBe('high');
  // 2003-04-11 11:00: 155 calls where a Friday usually has ~270 at that time
  expect(flags.find((f) => f.date === '2003-04-11' && f.start === 660)?.kind).toBe('low');
});
