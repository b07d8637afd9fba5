import fc from 'fast-check';
import {
  costBreakdown,
  costFormulaSpec,
  COST_CATEGORY_IDS,
  expressionNames,
  renderCostFormula,
  type CostBreakdown,
  type CostDrivers,
  type CostRates,
  type MonthCost,
} from '../../src/core/cost';
import { evaluate, type Value } from './formulaEvaluator';
import { arbDrivers, arbRates } from './arbitraries';
import { RATES, SMALL_PLAN } from './fixtures';

const spec = costFormulaSpec();

/** Evaluates the whole budget sheet the way a spreadsheet would: month rows, then the horizon row. */
function recalculate(drivers: CostDrivers, rates: CostRates) {
  const rateEnv: Record<string, Value> = {};
  for (const name of spec.rates) rateEnv[name] = rates[name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof CostRates];
  const driverEnv = (m: Record<string, unknown>): Record<string, Value> =>
    Object.fromEntries(spec.drivers.map((n) => [n, m[n.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] as number]));
  const rows = drivers.months.map((m) => {
    const env: Record<string, Value> = { ...rateEnv, ...driverEnv(m as unknown as Record<string, unknown>), hiring_cost: m.hiringCost ?? 0 };
    for (const f of [...spec.derived, ...spec.categories, ...spec.totals]) env[f.name] = evaluate(f.expression, env);
    return env;
  });
  // horizon row: drivers and categories are SUMs of their month columns; totals re-evaluated
  const horizon: Record<string, Value> = { ...rateEnv };
  for (const n of [...spec.drivers, ...spec.categories.map((c) => c.name)]) {
    horizon[n] = rows.reduce((s, r) => s + (r[n] as number), 0);
  }
  for (const f of spec.totals) horizon[f.name] = evaluate(f.expression, horizon);
  return { rows, horizon };
}

const same = (sheet: Value, engine: number | undefined): void => {
  if (engine === undefined) expect(sheet).toBe('');
  else expect(sheet).toBe(engine);
};

function expectSheetMatchesEngine(drivers: CostDrivers, rates: CostRates, b: CostBreakdown): void {
  const { rows, horizon } = recalculate(drivers, rates);
  rows.forEach((row, i) => {
    const m: MonthCost = b.months[i];
    expect(row.seats).toBe(m.seats);
    for (const c of spec.categories) expect(row[c.name]).toBe(m.byCategory[c.category]);
    expect(row.total_cost).toBe(m.total);
    same(row.cost_per_call, m.costPerCall);
    same(row.cost_per_handled_minute, m.costPerHandledMinute);
  });
  for (const c of spec.categories) expect(horizon[c.name]).toBe(b.total.byCategory[c.category]);
  expect(horizon.total_cost).toBe(b.total.total);
  same(horizon.cost_per_call, b.total.costPerCall);
  same(horizon.cost_per_handled_minute, b.total.costPerHandledMinute);
  same(horizon.labour_share, b.total.labourShare);
}

describe('costFormulaSpec: the live formulas compute exactly what costBreakdown computes', () => {
  it('lists the expected expressions', () => {
    const byCat = Object.fromEntries(spec.categories.map((c) => [c.category, c.expression]));
    expect(byCat).toEqual({
      labour: 'paid_hours*hourly_wage*(1+on_cost_rate)+hiring_cost',
      supervision: 'paid_hours/supervisor_ratio*supervisor_hourly_wage*(1+on_cost_rate)',
      space: 'seats*seat_monthly_cost',
      equipment: 'seats*equipment_per_seat_monthly',
      licences: 'seats*licences_per_seat_monthly',
      trunks: 'trunks*trunk_monthly_cost+trunk_minutes*trunk_usage_per_minute',
      network: 'network_monthly',
      professionalServices: 'professional_services_monthly',
      sharedPlatforms: 'shared_platforms_monthly',
    });
    expect(spec.derived).toEqual([
      {
        name: 'seats',
        label: 'Seats',
        expression: 'CEILING(ROUND(peak_scheduled_agents*(1+seat_spare_rate),6),1)',
        uses: ['peak_scheduled_agents', 'seat_spare_rate'],
      },
    ]);
    expect(spec.categories.map((c) => c.category)).toEqual([...COST_CATEGORY_IDS]);
    expect(spec.totals.map((t) => t.name)).toEqual(['total_cost', 'cost_per_call', 'cost_per_handled_minute', 'labour_share']);
    expect(spec.totals[0].expression).toBe(
      'labour_cost+supervision_cost+space_cost+equipment_cost+licences_cost+trunks_cost+network_cost+professional_services_cost+shared_platforms_cost',
    );
  });

  it('every name a formula uses is a rate, a driver or an earlier output', () => {
    const known = new Set([...spec.rates, ...spec.drivers, ...spec.linked]);
    for (const f of [...spec.derived, ...spec.categories, ...spec.totals]) {
      for (const n of f.uses) expect(known.has(n)).toBe(true);
      known.add(f.name);
    }
    expect(expressionNames('IF(calls>0,total_cost/calls,"")')).toEqual(['calls', 'total_cost']);
  });

  it('on the hand-worked plan, exactly', () => {
    const r = costBreakdown(SMALL_PLAN, RATES);
    if (!r.ok) throw new Error(r.message);
    expectSheetMatchesEngine(SMALL_PLAN, RATES, r.value);
  });

  it('on random plans, bit for bit (including 100 × 1.1 seats and months without calls)', () => {
    fc.assert(
      fc.property(arbDrivers, arbRates, (drivers, rates) => {
        const r = costBreakdown(drivers, rates);
        if (!r.ok) throw new Error(r.message);
        expectSheetMatchesEngine(drivers, rates, r.value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderCostFormula', () => {
  it('binds names to cells, leaving functions and "" alone', () => {
    const cpc = spec.totals.find((t) => t.name === 'cost_per_call')!;
    expect(renderCostFormula(cpc.expression, { calls: 'C5', total_cost: 'P5' })).toEqual({ ok: true, value: '=IF(C5>0,P5/C5,"")' });
    expect(renderCostFormula(spec.derived[0].expression, { peak_scheduled_agents: 'F5', seat_spare_rate: 'seat_spare_rate' })).toEqual({
      ok: true,
      value: '=CEILING(ROUND(F5*(1+seat_spare_rate),6),1)',
    });
  });
  it('refuses a formula with a name that has no cell', () => {
    const r = renderCostFormula('seats*seat_monthly_cost', { seats: 'H5' });
    expect(r).toEqual({ ok: false, code: 'invalid', message: 'no cell given for seat_monthly_cost in formula seats*seat_monthly_cost' });
  });
  it('does not confuse a name with a longer one that contains it (trunks / trunks_cost)', () => {
    expect(renderCostFormula('trunks*trunk_monthly_cost', { trunks: 'G5', trunk_monthly_cost: '$C$9' })).toEqual({
      ok: true,
      value: '=G5*$C$9',
    });
  });
});
