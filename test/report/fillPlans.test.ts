import { COST_CATEGORIES } from '../../src/core/cost';
import { TEMPLATE_CONTRACTS, buildFillPlans, findTable, isFormula, isText, weekOf, type FillPlan, type TableCellValue } from '../../src/report';
import { makePlanResult } from './fixtures/planResult';

const result = makePlanResult();
const plans = buildFillPlans(result);
const byName = (w: string): FillPlan => plans.find((p) => p.workbook === w)!;
const allValues = (p: FillPlan): TableCellValue[] =>
  p.operations.flatMap((o) => (o.kind === 'table' ? o.rows.flat() : o.kind === 'cell' ? [o.value] : []));

describe('buildFillPlans', () => {
  it('makes forecast, schedule and one budget per scenario', () => {
    expect(plans.map((p) => p.fileName)).toEqual(['forecast.xlsx', 'schedule.xlsx', 'budget-high.xlsx', 'budget-mid.xlsx', 'budget-low.xlsx']);
  });

  it.each(plans.map((p) => [p.workbook, p] as const))('%s: every table and name is in the template contract', (_w, plan) => {
    const contract = TEMPLATE_CONTRACTS[plan.template];
    const names = contract.sheets.flatMap((s) => s.cells.map((c) => c.name));
    for (const op of plan.operations) {
      if (op.kind === 'table') {
        const t = findTable(contract, op.table);
        expect(t?.sheet.name).toBe(op.sheet);
        expect(op.columns).toEqual(t!.table.columns.map((c) => c.header));
        for (const row of op.rows) expect(row).toHaveLength(op.columns.length);
      } else if (op.kind === 'cell' || (op.kind === 'formula' && op.name)) expect(names).toContain(op.name);
    }
  });

  it('never leaves a bare string: every string is marked as text', () => {
    for (const p of plans) for (const v of allValues(p)) expect(typeof v).not.toBe('string');
    const forecast = byName('forecast');
    expect(forecast.operations).toContainEqual({ kind: 'cell', name: 'Centre', value: { text: result.centre } });
    expect(forecast.operations).toContainEqual({ kind: 'cell', name: 'ForecastMethod', value: { text: '+ratio decomposition' } });
  });

  it('forecast: one row per interval, undefined ASA left empty', () => {
    const t = byName('forecast').operations.find((o) => o.kind === 'table' && o.table === 'StaffingTable');
    expect(t?.kind === 'table' && t.rows.length).toBe(result.intervals.length);
    expect(t?.kind === 'table' && t.rows[7][8]).toBeNull();
  });

  it('schedule: roster is one row per agent and week with shifts under their weekdays', () => {
    const t = byName('schedule').operations.find((o) => o.kind === 'table' && o.table === 'RosterTable');
    if (t?.kind !== 'table') throw new Error('no roster');
    expect(t.rows).toHaveLength(3);
    expect(t.rows[1]).toEqual([{ text: '=cmd|calc' }, { text: '2026-01-05' }, { text: 'Off' }, { text: '16:00–00:30' }, null, null, null, null, null, 20]);
    expect(weekOf('2026-01-11')).toEqual({ monday: '2026-01-05', weekday: 6 });
  });

  it('schedule: a paid holiday shows as such in the roster, not as a day off or a shift', () => {
    const withHoliday = makePlanResult();
    withHoliday.schedule.roster[0].paidHolidays = [{ date: '2026-01-06', hours: 7.5 }];
    const t = buildFillPlans(withHoliday).find((p) => p.workbook === 'schedule')!.operations.find((o) => o.kind === 'table' && o.table === 'RosterTable');
    if (t?.kind !== 'table') throw new Error('no roster');
    expect(t.rows[0].slice(2, 4)).toEqual([{ text: '08:00–16:30' }, { text: 'Holiday (paid)' }]);
  });

  it('budget: drivers as values, every cost a formula whose cached result is the engine figure', () => {
    const mid = result.scenarios[1];
    const plan = byName('budget-mid');
    const t = plan.operations.find((o) => o.kind === 'table');
    if (t?.kind !== 'table') throw new Error('no cost table');
    expect(t.rows).toHaveLength(12);
    const first = t.rows[0];
    expect(first[0]).toBe(46023); // 2026-01 as a real date (its first day), formatted 'mmm yyyy'
    expect(first[1]).toBe(mid.drivers.months[0].paidHours);
    const labour = first[8];
    expect(isFormula(labour) && labour.formula).toBe('=B21*hourly_wage*(1+on_cost_rate)+Capacity!K22');
    expect(isFormula(labour) && labour.result).toBe(mid.costs.months[0].byCategory.labour);
    const formulas = first.filter(isFormula);
    expect(formulas).toHaveLength(1 + COST_CATEGORIES.length + 2); // seats, categories, total, cost per call
    const total = plan.operations.find((o) => o.kind === 'formula' && o.name === 'TotalCost');
    expect(total).toMatchObject({ formula: '=R33', result: mid.costs.total.total });
    expect(plan.operations).toContainEqual({ kind: 'cell', name: 'hourly_wage', value: 21.5, numFmt: '"EUR" #,##0.00' });
  });

  it('is pure data (JSON round-trips)', () => {
    expect(JSON.parse(JSON.stringify(plans))).toEqual(plans);
    expect(isText({ text: 'x' })).toBe(true);
  });
});
