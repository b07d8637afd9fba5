/**
 * Real recalculation: headless LibreOffice (Debian libreoffice-calc) opens
 * each budget workbook written by the file executor, recalculates every
 * formula (forced through a private profile: OOXMLRecalcMode = always), and
 * saves it; we read the recalculated values back with exceljs and compare
 * them with costBreakdown's figures to the cent. A copy with a changed rate
 * proves the recalculation really happened (its cached totals are stale).
 * Without soffice this test fails, unless NINESTEP_SKIP_LIBREOFFICE=1.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { weeksIn } from '../../src/core/capacity';
import { COST_CATEGORIES, categoryCellName } from '../../src/core/cost';
import { BUDGET_HEADER_ROW, COST_TABLE_COLUMNS, budgetTotalRows, buildFillPlans, columnLetter } from '../../src/report';
import { applyFillPlan } from '../../src/workbook/file';
import { makePlanResult } from '../report/fixtures/planResult';
import { SKIP, readValues, recalculate, soffice } from './libreoffice';

const col = (key: string): string => columnLetter(COST_TABLE_COLUMNS.findIndex((c) => c.key === key) + 1);

const cents = (x: unknown): number => Math.round(Number(x) * 100);
const YEAR = budgetTotalRows(12);
const BUDGET_TOTAL_ROW = YEAR.sum;

describe('budget workbooks recalculated by LibreOffice', () => {
  if (!soffice) {
    (SKIP ? it.skip : it)('needs LibreOffice (soffice) on PATH — install libreoffice-calc, or set NINESTEP_SKIP_LIBREOFFICE=1 to skip', () => {
      throw new Error('soffice/libreoffice not found on PATH: install Debian libreoffice-calc, or set NINESTEP_SKIP_LIBREOFFICE=1 to skip this test');
    });
    return;
  }

  const result = makePlanResult();
  const budgets = buildFillPlans(result).filter((p) => p.template === 'budget');
  let dir = '';
  const outDir = (): string => join(dir, 'out');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ninestep-recalc-'));
    const template = readFileSync(join(__dirname, '../../templates/budget.xlsx'));
    const files: string[] = [];
    for (const plan of budgets) {
      const path = join(dir, plan.fileName);
      writeFileSync(path, await applyFillPlan(template, plan));
      files.push(path);
    }
    // a copy with the agent wage raised by 10 without touching the cached results
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files[1]);
    wb.getWorksheet('Budget')!.getCell('E5').value = result.rates.hourlyWage * 1.1;
    const changed = join(dir, 'budget-changed-rate.xlsx');
    await wb.xlsx.writeFile(changed);
    files.push(changed);
    recalculate(files, outDir(), join(dir, 'profile'));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['high', 'mid', 'low'])('budget-%s: no formula error and every total equals costBreakdown to the cent', async (id) => {
    const scenario = result.scenarios.find((s) => s.id === id)!;
    const { value, errors } = await readValues(join(outDir(), `budget-${id}.xlsx`));
    expect(errors).toEqual([]);
    const costs = scenario.costs;
    costs.months.forEach((m, i) => {
      const row = BUDGET_HEADER_ROW + 1 + i;
      expect(value(`${col('seats')}${row}`)).toBe(m.seats);
      for (const c of COST_CATEGORIES) expect(cents(value(`${col(categoryCellName(c.id))}${row}`))).toBe(cents(m.byCategory[c.id]));
      expect(cents(value(`${col('total_cost')}${row}`))).toBe(cents(m.total));
      expect(cents(value(`${col('cost_per_call')}${row}`))).toBe(cents(m.costPerCall));
    });
    for (const c of COST_CATEGORIES) expect(cents(value(`${col(categoryCellName(c.id))}${BUDGET_TOTAL_ROW}`))).toBe(cents(costs.total.byCategory[c.id]));
    expect(cents(value(`${col('total_cost')}${BUDGET_TOTAL_ROW}`))).toBe(cents(costs.total.total));
    expect(cents(value('I9'))).toBe(cents(costs.total.total)); // TotalCost
    expect(cents(value('I10'))).toBe(cents(costs.total.costPerCall)); // CostPerCall
    expect(Number(value('I11'))).toBeCloseTo(costs.total.costPerHandledMinute!, 6);
    expect(Number(value('I12'))).toBeCloseTo(costs.total.labourShare!, 9);
  });

  it.each(['high', 'mid', 'low'])('budget-%s: the year row sums flows and takes the maximum of stocks, under the months', async (id) => {
    const scenario = result.scenarios.find((s) => s.id === id)!;
    const { value, ws } = await readValues(join(outDir(), `budget-${id}.xlsx`));
    const months = scenario.drivers.months;
    const rows = months.map((_, i) => BUDGET_HEADER_ROW + 1 + i);
    expect(YEAR.sum).toBe(rows[rows.length - 1] + 1); // under its data, not above the header
    const stocks = COST_TABLE_COLUMNS.filter((c) => c.aggregate === 'max').map((c) => c.key);
    const flows = COST_TABLE_COLUMNS.filter((c) => c.aggregate === 'sum').map((c) => c.key);
    expect(stocks.sort()).toEqual(['peak_scheduled_agents', 'seats', 'trunks']);
    expect(flows).toEqual(expect.arrayContaining(['paid_hours', 'calls', 'handled_minutes', 'trunk_minutes', 'labour_cost']));
    for (const key of stocks) {
      const monthly = rows.map((r) => Number(value(`${col(key)}${r}`)));
      expect(Number(value(`${col(key)}${YEAR.max}`))).toBe(Math.max(...monthly));
      expect(value(`${col(key)}${YEAR.sum}`) ?? null).toBeNull(); // a stock is never summed
    }
    for (const key of flows) {
      const monthly = rows.map((r) => Number(value(`${col(key)}${r}`)));
      expect(Number(value(`${col(key)}${YEAR.sum}`))).toBeCloseTo(monthly.reduce((a, b) => a + b, 0), 6);
    }
    expect(Number(value(`${col('peak_scheduled_agents')}${YEAR.max}`))).toBe(Math.max(...months.map((m) => m.peakScheduledAgents)));
    expect(Number(value(`${col('seats')}${YEAR.max}`))).toBe(Math.max(...scenario.costs.months.map((m) => m.seats)));
    expect(ws.getCell(`A${YEAR.sum}`).value).toBe('Year: total');
    expect(ws.getCell(`A${YEAR.max}`).value).toBe('Year: max');
  });

  it('really recalculates: a raised wage moves labour and the total by exactly the engine’s difference', async () => {
    const mid = result.scenarios.find((s) => s.id === 'mid')!;
    const { value, errors } = await readValues(join(outDir(), 'budget-changed-rate.xlsx'));
    expect(errors).toEqual([]);
    // labour's wage-driven part: all of it but recruiting and the training cost per trainee-week (capacity)
    const capacity = result.capacity.scenarios.find((s) => s.scenario === 'mid')!;
    const notWage = capacity.recruitingCost + capacity.months.reduce((s, m) => s + m.trainees * weeksIn(m.days) * result.capacity.assumptions.trainingCostPerWeek, 0);
    const labour = mid.costs.total.byCategory.labour - notWage;
    const labourNow = Number(value(`${col('labour_cost')}${BUDGET_TOTAL_ROW}`));
    expect(labourNow).toBeCloseTo(labour * 1.1 + notWage, 2);
    // exactly labour's share: the other categories do not move
    for (const c of COST_CATEGORIES.filter((x) => x.id !== 'labour'))
      expect(cents(value(`${col(categoryCellName(c.id))}${BUDGET_TOTAL_ROW}`))).toBe(cents(mid.costs.total.byCategory[c.id]));
    expect(Number(value('I9'))).toBeCloseTo(mid.costs.total.total + labour * 0.1, 2);
    expect(Number(value('I9')) - mid.costs.total.total).toBeCloseTo(mid.costs.total.total * 0.1 * (labour / mid.costs.total.total), 2);
  });
});
