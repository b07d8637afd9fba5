/**
 * A plan from a configuration that names only the centre, the history and the
 * currency: what the history says (interval length, opening hours, the first
 * open day after it, shifts from the opening hours) is taken and reported, and
 * no calls are forecast when the centre is closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import highsLoader from 'highs';
import { runPlan } from '../../src/core/plan/runPlan';
import { DEFAULT_PATIENCE_SECONDS, settingsFromData } from '../../src/core/plan/steps/settings';
import { workloadDataStep } from '../../src/core/plan/steps/workloadData';
import { validatePlanConfig } from '../../src/core/plan/validateConfig';
import { PLAN_TIMEOUT_MS } from '../support/sharedPlans';

const HISTORY = readFileSync(join(__dirname, '..', '..', 'examples', 'sample-history.csv'), 'utf8');
const minimal = (over: Record<string, unknown> = {}) => {
  const r = validatePlanConfig({ centre: { name: 'Minimal' }, data: { history: 'sample-history.csv' }, costs: { currency: 'EUR' }, ...over });
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('settings from the data', () => {
  const config = minimal();
  const data = workloadDataStep(HISTORY, 'sample-history.csv', config);
  if (!data.ok) throw new Error(data.message);

  it('takes the interval, opening hours, first open day and shifts from the history, and says so', () => {
    const { config: settings, notes } = settingsFromData(config, data.value);
    expect(settings.data.intervalMinutes).toBe(30);
    // the history ends on Saturday 31 October 2026; Sundays are closed, so the plan starts on Monday
    expect(settings.forecast.from).toBe('2026-11-02');
    expect(settings.schedule.templates.length).toBeGreaterThan(0);
    const codes = notes.map((n) => (n.code === 'plan.derived' ? `${n.code}:${n.params.setting}` : n.code === 'plan.assumed' ? `${n.code}:${n.params.what}` : n.code));
    expect(codes).toEqual(['plan.derived:intervalMinutes', 'plan.derivedOpeningHours', 'plan.derived:horizonStart', 'plan.derivedShifts', 'plan.derivedContracts', 'plan.assumed:noShrinkage', 'plan.assumed:noRates']);
    expect(settings.schedule.contracts?.map((c) => [c.name, c.share])).toEqual([['Full-time', 0.7], ['Part-time', 0.3]]);
    const contracts = notes.find((n) => n.code === 'plan.derivedContracts');
    expect(contracts?.code === 'plan.derivedContracts' && contracts.params.contracts.map((c) => c.share)).toEqual([0.7, 0.3]);
    const hours = notes.find((n) => n.code === 'plan.derivedOpeningHours');
    expect(hours?.params).toEqual({ hours: ['08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '09:00-17:00', null] });
  });

  it('what the plan gives is kept and not reported; Erlang A without patience or per-call records assumes a stated one', () => {
    const given = minimal({
      centre: { name: 'Given', openingHours: '24/7' },
      data: { history: 'x', intervalMinutes: 30 },
      forecast: { from: '2026-11-04' },
      staffing: { model: 'erlangA' },
      shrinkage: { absence: 0.1 },
    });
    const { config: settings, notes, openingHours } = settingsFromData(given, data.value);
    expect(openingHours.every((d) => d?.open === 0 && d.close === 1440)).toBe(true);
    expect(settings.forecast.from).toBe('2026-11-04');
    expect(settings.staffing.patienceSeconds).toBe(DEFAULT_PATIENCE_SECONDS);
    expect(notes.map((n) => n.code)).toEqual(['plan.derivedShifts', 'plan.derivedContracts', 'plan.derived', 'plan.assumed']);
    expect(notes[2].params).toEqual({ setting: 'patience', value: '180', source: 'default' });
  });

  it('a config of centre, history and currency alone is a complete plan, with no calls while the centre is closed', async () => {
    const r = runPlan({ config, historyText: HISTORY, historySource: 'sample-history.csv', highs: await highsLoader(), runAt: '2026-11-01T00:00:00Z' });
    if (!r.ok) throw new Error(r.message);
    const plan = r.value;
    expect(plan.scenarios.map((s) => s.id)).toEqual(['high', 'mid', 'low']);
    expect(plan.schedule.paidHours).toBeGreaterThan(0);
    expect(plan.schedule.coverage.every((c) => c.under === 0)).toBe(true);
    const saturday = plan.intervals.filter((i) => i.weekday === 'Saturday');
    expect(saturday.filter((i) => i.calls > 0).map((i) => i.start)[0]).toBe('09:00');
    expect(saturday.filter((i) => i.start < '09:00' || i.start >= '17:00').every((i) => i.calls === 0 && i.closed)).toBe(true);
    expect(plan.intervals.filter((i) => i.weekday === 'Sunday').every((i) => i.calls === 0)).toBe(true);
  }, PLAN_TIMEOUT_MS);
});
