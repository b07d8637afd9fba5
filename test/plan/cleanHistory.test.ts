/**
 * Cleaning before the forecast, on the embedded sample: its generator
 * (examples/generate-sample.ts) cuts calls to 5% on 2026-03-17 10:00–13:00 (an
 * outage) and adds 60% from 13:00 to 15:00 (the catch-up). Both must be flagged
 * and repaired; the user's override must leave an interval exactly as observed;
 * and the plan runner must forecast from the repaired history and report it.
 */
import { renderNote } from '../../src/core/notes/render';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanHistory } from '../../src/core/plan/cleanHistory';
import { loadHistory } from '../../src/core/plan/loadHistory';
import { PLAN_TIMEOUT_MS, sharedPlan, solveSample } from '../support/sharedPlans';

const ROOT = join(__dirname, '..', '..');
const TEXT = readFileSync(join(ROOT, 'examples', 'sample-history.csv'), 'utf8');
const loaded = loadHistory(TEXT, 'auto', 30);
if (!loaded.ok) throw new Error(loaded.message);
const records = loaded.value.records;
const OUTAGE = ['10:00', '10:30', '11:00', '11:30', '12:00', '12:30'];
const SURGE = ['13:00', '13:30', '14:00', '14:30'];
const at = (recs: typeof records, date: string, clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return recs.filter((r) => r.date === date && r.start === h * 60 + m);
};

test('the outage and the catch-up surge on 2026-03-17 are flagged and repaired to about what comparable Tuesdays had', () => {
  const cleaned = cleanHistory(records, 30, { repair: 'comparable', overrides: [] });
  const day = cleaned.anomalies.filter((a) => a.date === '2026-03-17');
  expect(day.map((a) => a.start)).toEqual([...OUTAGE, ...SURGE]);
  for (const a of day) {
    expect(a.kind).toBe(OUTAGE.includes(a.start!) ? 'low' : 'high');
    expect(a.accepted).toBe(true);
    expect(a.overridden).toBe(false);
    expect(a.repairedTo).toBeDefined();
    // repaired near the detector's expectation (comparable Tuesdays), far from what was observed
    expect(Math.abs(a.repairedTo! - a.expected) / a.expected).toBeLessThan(0.25);
    expect(Math.abs(a.repairedTo! - a.observed)).toBeGreaterThan(100);
    const [record] = at(cleaned.records, '2026-03-17', a.start!);
    expect(record.offered).toBeCloseTo(a.repairedTo!, 9);
    // every count scaled together: AHT and the answered share stay as observed
    const [raw] = at(records, '2026-03-17', a.start!);
    expect((record.talkSeconds! + record.acwSeconds!) / record.answered!).toBeCloseTo((raw.talkSeconds! + raw.acwSeconds!) / raw.answered!, 9);
  }
  // the day's total moves from the damaged one back towards a normal Tuesday
  const total = (recs: typeof records) => recs.filter((r) => r.date === '2026-03-17').reduce((s, r) => s + r.offered, 0);
  expect(total(cleaned.records)).toBeGreaterThan(total(records) + 1000);
  // the busy first open days of a month (billing days in the sample) are flagged but kept:
  // whole busy days start unaccepted, since they are usually real demand
  const billingDays = cleaned.anomalies.filter((a) => a.start === undefined && a.kind === 'high');
  expect(billingDays.length).toBeGreaterThan(0);
  expect(billingDays.every((a) => !a.accepted && a.repairedTo === undefined)).toBe(true);
  expect(renderNote(cleaned.notes[0], 'en')).toMatch(new RegExp(`anomalies flagged in the history: \\d+ repaired \\(comparable\\), ${billingDays.length} kept as observed`));
  // records away from the flags are untouched
  expect(at(cleaned.records, '2026-03-18', '10:00')).toEqual(at(records, '2026-03-18', '10:00'));
});

test('an override keeps the interval exactly as observed; the other flags are still repaired', () => {
  const cleaned = cleanHistory(records, 30, {
    repair: 'comparable',
    overrides: [{ date: '2026-03-17', start: '10:00', accept: false }, { date: '2026-03-18', start: '09:00', accept: false }],
  });
  const ten = cleaned.anomalies.find((a) => a.date === '2026-03-17' && a.start === '10:00')!;
  expect(ten).toMatchObject({ accepted: false, overridden: true, observed: 26 });
  expect(ten.repairedTo).toBeUndefined();
  expect(at(cleaned.records, '2026-03-17', '10:00')).toEqual(at(records, '2026-03-17', '10:00'));
  expect(cleaned.anomalies.find((a) => a.date === '2026-03-17' && a.start === '10:30')!.repairedTo).toBeGreaterThan(300);
  expect(cleaned.notes.map((n) => renderNote(n, 'en'))).toContain('the override for 2026-03-18 09:00 matches no flagged anomaly and was ignored');
  const busyDays = cleaned.anomalies.filter((a) => a.start === undefined && a.kind === 'high').length;
  expect(renderNote(cleaned.notes[0], 'en')).toMatch(new RegExp(`${busyDays + 1} kept as observed`));
});

test.each(['interpolate', 'model'] as const)('repair by %s also fills the outage', (repair) => {
  const cleaned = cleanHistory(records, 30, { repair, overrides: [] });
  for (const clock of OUTAGE) {
    const a = cleaned.anomalies.find((x) => x.date === '2026-03-17' && x.start === clock)!;
    expect(a.repairedTo).toBeGreaterThan(250);
  }
});

test('the plan forecasts from the repaired history and reports every flag; overriding the outage leaves it in', async () => {
  const repaired = await sharedPlan(); // the sample's cleaning is the default: comparable, no overrides
  const solved = await solveSample((c) => {
    c.forecast.cleaning = { repair: 'comparable', overrides: [...OUTAGE, ...SURGE].map((start) => ({ date: '2026-03-17', start, accept: false })) };
  });
  if (!solved.ok) throw new Error(solved.message);
  const kept = solved.value;
  const outage = (p: typeof repaired) => p.forecast.anomalies.filter((a) => a.date === '2026-03-17');
  expect(repaired.forecast.repairMethod).toBe('comparable');
  expect(outage(repaired).every((a) => a.accepted && a.repairedTo !== undefined)).toBe(true);
  expect(outage(kept).every((a) => !a.accepted && a.overridden && a.repairedTo === undefined)).toBe(true);
  expect(renderNote(repaired.forecast.notes[0], 'en')).toMatch(/anomalies flagged/);
  // the outage lost more calls than the surge added, so the repaired March is busier in the budget year
  const march = (p: typeof repaired) => p.forecast.monthly.find((m) => m.month.endsWith('-03'))!.calls;
  expect(march(repaired)).toBeGreaterThan(march(kept));
  // the history summary is what the file held, repaired or not
  expect(repaired.history.totalCalls).toBe(kept.history.totalCalls);
}, PLAN_TIMEOUT_MS);
