/**
 * The Capacity sheet recalculated by headless LibreOffice (as recalculation.test.ts):
 * its flows and costs equal the capacity engine's; a doubled AttritionRate moves
 * leavers, trainees, the hiring cost and the budget's labour and total by what
 * the engine's flow function computes at that rate with the same hires; a wage
 * 10% higher raises labour by exactly its wage-driven share (trainees' wages
 * included, recruiting and training not); the year's stock rows are the monthly
 * maxima; every named input is read by a formula and every money column is in
 * the plan's currency. A Chinese workbook (sheet names renamed) recalculates too.
 * Without soffice this test fails, unless NINESTEP_SKIP_LIBREOFFICE=1.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { weeksIn } from '../../src/core/capacity';
import { COST_TABLE_COLUMNS, CAPACITY_TABLE_COLUMNS, TEMPLATE_CONTRACTS, budgetTotalRows, buildFillPlans, capacityTotalRows, columnLetter, isMoneyFormat } from '../../src/report';
import { applyFillPlan } from '../../src/workbook/file';
import { CAPACITY_ASSUMPTIONS, fixtureCapacity } from '../report/fixtures/capacity';
import { makePlanResult, RATES } from '../report/fixtures/planResult';
import { SKIP, readValues, recalculate, soffice } from './libreoffice';

const capCol = (key: string): string => columnLetter(CAPACITY_TABLE_COLUMNS.findIndex((c) => c.key === key) + 1);
const budgetCol = (key: string): string => columnLetter(COST_TABLE_COLUMNS.findIndex((c) => c.key === key) + 1);
const CAP = capacityTotalRows(12);
const BUDGET = budgetTotalRows(12);
/** A recalculated number: exceljs reads a formula's cached 0 as no result (LibreOffice writes <v>0</v>). */
const n = (x: unknown): number => (x === undefined ? 0 : Number(x));
const cents = (x: unknown): number => Math.round(n(x) * 100);

describe('the Capacity sheet recalculated by LibreOffice', () => {
  if (!soffice) {
    (SKIP ? it.skip : it)('needs LibreOffice (soffice) on PATH — install libreoffice-calc, or set NINESTEP_SKIP_LIBREOFFICE=1 to skip', () => {
      throw new Error('soffice/libreoffice not found on PATH');
    });
    return;
  }
  const result = makePlanResult();
  const mid = result.scenarios.find((s) => s.id === 'mid')!;
  const plan = result.capacity.scenarios.find((s) => s.scenario === 'mid')!;
  const plainDrivers = { months: mid.drivers.months.map(({ hiringCost: _h, ...m }) => m) };
  let dir = '';
  const out = (name: string): string => join(dir, 'out', name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ninestep-capacity-'));
    const template = readFileSync(join(__dirname, '../../templates/budget.xlsx'));
    const en = buildFillPlans(result).find((p) => p.fileName === 'budget-mid.xlsx')!;
    const zh = buildFillPlans(result, { locale: 'zh-CN' }).find((p) => p.fileName === 'budget-mid.xlsx')!;
    const base = join(dir, 'budget-mid.xlsx');
    writeFileSync(base, await applyFillPlan(template, en));
    const zhPath = join(dir, 'budget-mid-zh.xlsx');
    writeFileSync(zhPath, await applyFillPlan(template, zh));
    const changed = async (name: string, sheet: string, address: string, value: number): Promise<string> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(base);
      wb.getWorksheet(sheet)!.getCell(address).value = value;
      const path = join(dir, name);
      await wb.xlsx.writeFile(path);
      return path;
    };
    const files = [
      base,
      zhPath,
      await changed('attrition-doubled.xlsx', 'Capacity', 'B6', 2 * CAPACITY_ASSUMPTIONS.attritionRate),
      await changed('wage-up.xlsx', 'Budget', 'E5', RATES.hourlyWage * 1.1),
    ];
    recalculate(files, join(dir, 'out'), join(dir, 'profile'));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every month equals the engine: headcount, leavers, trainees, productive FTE, costs; labour reads the hiring cost', async () => {
    const { value, errors } = await readValues(out('budget-mid.xlsx'), 'Capacity');
    expect(errors).toEqual([]);
    plan.months.forEach((m, i) => {
      const r = CAP.first + i;
      expect(n(value(`${capCol('headcount')}${r}`))).toBeCloseTo(m.headcount, 9);
      expect(n(value(`${capCol('leavers')}${r}`))).toBeCloseTo(m.leavers, 9);
      expect(n(value(`${capCol('trainees')}${r}`))).toBeCloseTo(m.trainees, 9);
      expect(n(value(`${capCol('productive_fte')}${r}`))).toBeCloseTo(m.productiveFte, 9);
      expect(cents(value(`${capCol('hiring_cost')}${r}`))).toBe(cents(m.hiringCost));
    });
    expect(plan.hiringCost).toBeGreaterThan(0);
    const budget = await readValues(out('budget-mid.xlsx'));
    expect(cents(budget.value(`${budgetCol('labour_cost')}${BUDGET.sum}`))).toBe(cents(mid.costs.total.byCategory.labour));
    expect(cents(budget.value('I9'))).toBe(cents(mid.costs.total.total));
  });

  it('the year rows: flows summed, stocks at their monthly maximum and average', async () => {
    const { value, ws } = await readValues(out('budget-mid.xlsx'), 'Capacity');
    const rows = plan.months.map((_, i) => CAP.first + i);
    for (const c of CAPACITY_TABLE_COLUMNS) {
      const monthly = rows.map((r) => n(value(`${capCol(c.key)}${r}`)));
      if (c.aggregate === 'stock') {
        expect(n(value(`${capCol(c.key)}${CAP.max}`))).toBe(Math.max(...monthly));
        expect(n(value(`${capCol(c.key)}${CAP.mean}`))).toBeCloseTo(monthly.reduce((a, b) => a + b, 0) / monthly.length, 9);
      }
      if (c.aggregate === 'sum') expect(n(value(`${capCol(c.key)}${CAP.sum}`))).toBeCloseTo(monthly.reduce((a, b) => a + b, 0), 6);
    }
    expect(n(value(`${capCol('headcount')}${CAP.max}`))).toBeCloseTo(plan.maxHeadcount, 9);
    expect(n(value(`${capCol('hires')}${CAP.sum}`))).toBe(plan.hires);
    expect([ws.getCell(`A${CAP.sum}`).value, ws.getCell(`A${CAP.max}`).value, ws.getCell(`A${CAP.mean}`).value]).toEqual(['Year: total', 'Year: max', 'Year: average']);
  });

  it('doubling AttritionRate moves leavers, trainees, the hiring cost, labour and the total by the engine’s flows at that rate', async () => {
    const doubled = fixtureCapacity('mid', plainDrivers, RATES, 2 * CAPACITY_ASSUMPTIONS.attritionRate);
    const { value, errors } = await readValues(out('attrition-doubled.xlsx'), 'Capacity');
    expect(errors).toEqual([]);
    doubled.months.forEach((m, i) => {
      const r = CAP.first + i;
      expect(n(value(`${capCol('hires')}${r}`))).toBe(plan.months[i].hires); // the same classes
      expect(n(value(`${capCol('headcount')}${r}`))).toBeCloseTo(m.headcount, 9);
      expect(n(value(`${capCol('leavers')}${r}`))).toBeCloseTo(m.leavers, 9);
      expect(n(value(`${capCol('trainees')}${r}`))).toBeCloseTo(m.trainees, 9);
      expect(n(value(`${capCol('productive_fte')}${r}`))).toBeCloseTo(m.productiveFte, 9);
    });
    expect(doubled.leavers).toBeGreaterThan(plan.leavers * 1.5);
    expect(n(value(`${capCol('leavers')}${CAP.sum}`))).toBeCloseTo(doubled.leavers, 6);
    expect(cents(value(`${capCol('hiring_cost')}${CAP.sum}`))).toBe(cents(doubled.hiringCost));
    const budget = await readValues(out('attrition-doubled.xlsx'));
    const delta = doubled.hiringCost - plan.hiringCost;
    // the same classes: fewer trainees survive their second month in class, so the hiring cost falls a little, while
    // productive FTE falls much more (the sheet's shortfall column shows what the higher attrition really costs)
    expect(delta).toBeLessThan(0);
    expect(doubled.months[11].productiveFte).toBeLessThan(plan.months[11].productiveFte - 5);
    expect(n(budget.value(`${budgetCol('labour_cost')}${BUDGET.sum}`))).toBeCloseTo(mid.costs.total.byCategory.labour + delta, 2);
    expect(n(budget.value('I9'))).toBeCloseTo(mid.costs.total.total + delta, 2);
  });

  it('a wage 10% higher raises labour by exactly its wage-driven share: paid hours and trainees, not recruiting or training', async () => {
    const onCost = 1 + RATES.onCostRate;
    const paidPart = mid.drivers.months.reduce((s, m) => s + m.paidHours * RATES.hourlyWage * onCost, 0);
    const traineeWages = plan.months.reduce(
      (s, m) => s + m.trainees * CAPACITY_ASSUMPTIONS.ftePerHead * CAPACITY_ASSUMPTIONS.fullTimeWeeklyHours * weeksIn(m.days) * RATES.hourlyWage * onCost,
      0,
    );
    const { value, errors } = await readValues(out('wage-up.xlsx'));
    expect(errors).toEqual([]);
    const labourNow = n(value(`${budgetCol('labour_cost')}${BUDGET.sum}`));
    expect(labourNow - mid.costs.total.byCategory.labour).toBeCloseTo(0.1 * (paidPart + traineeWages), 2);
    expect(n(value('I9')) - mid.costs.total.total).toBeCloseTo(0.1 * (paidPart + traineeWages), 2); // supervision does not read the agent wage
  });

  it('every named input is read by a formula, and every money column is in the plan’s currency', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'budget-mid.xlsx'));
    const formulas: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
      const v = c.value as { formula?: string } | null;
      if (v && typeof v === 'object' && typeof v.formula === 'string') formulas.push(v.formula);
    })));
    const inputs = TEMPLATE_CONTRACTS.budget.sheets.flatMap((s) => s.cells.filter((c) => c.role === 'input'));
    expect(inputs.map((c) => c.name)).toEqual(expect.arrayContaining(['AttritionRate', 'StartHeadcount', 'RecruitingCostPerHire', 'TrainingCostPerWeek', 'hourly_wage']));
    for (const c of inputs) expect([c.name, formulas.some((f) => new RegExp(`(^|[^A-Za-z0-9_])${c.name}([^A-Za-z0-9_(]|$)`).test(f))]).toEqual([c.name, true]);
    const capacity = wb.getWorksheet('Capacity')!;
    const money = CAPACITY_TABLE_COLUMNS.filter((c) => isMoneyFormat(c.numFmt));
    expect(money.map((c) => c.key)).toEqual(['trainee_cost', 'recruiting_cost', 'hiring_cost']);
    for (const c of money) for (const r of [CAP.first, CAP.last, CAP.sum]) expect(capacity.getCell(`${capCol(c.key)}${r}`).numFmt).toContain('"EUR"');
    for (const name of ['RecruitingCostPerHire', 'TrainingCostPerWeek']) {
      const cell = TEMPLATE_CONTRACTS.budget.sheets.flatMap((s) => s.cells).find((x) => x.name === name)!;
      expect(capacity.getCell(cell.address).numFmt).toContain('"EUR"');
    }
  });

  it('in Chinese: the sheets are renamed and the budget’s labour still reads the capacity sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out('budget-mid-zh.xlsx'));
    expect(wb.getWorksheet('人力容量')).toBeDefined();
    const { value, errors } = await readValues(out('budget-mid-zh.xlsx'), '预算');
    expect(errors).toEqual([]);
    expect(cents(value(`${budgetCol('labour_cost')}${BUDGET.sum}`))).toBe(cents(mid.costs.total.byCategory.labour));
  });
});
