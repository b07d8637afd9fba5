/** The budget summary's promise block: the scenario's committed and simulated SL, its volume risk and roster shape, written into the workbook. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildFillPlans } from '../../src/report';
import { applyFillPlan } from '../../src/workbook/file';
import { makePlanResult } from './fixtures/planResult';

const plan = makePlanResult();
const budgetOf = (locale: 'en' | 'zh-CN', id: string) => buildFillPlans(plan, { locale }).find((f) => f.workbook === `budget-${id}`)!;

describe('budget promise block', () => {
  it('writes each figure beside its caption, in the file the planner opens', async () => {
    const mid = plan.scenarios.find((s) => s.id === 'mid')!;
    const fill = budgetOf('en', 'mid');
    const bytes = await applyFillPlan(readFileSync(join(__dirname, '..', '..', 'templates', 'budget.xlsx')), fill);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Budget')!;
    const figure = (caption: string) => {
      for (let row = 4; row <= 20; row += 1) {
        if (ws.getCell(`P${row}`).value === caption) return (ws.getCell(`S${row}`).value as ExcelJS.CellFormulaValue | null)?.result;
      }
      throw new Error(`no caption ${caption}`);
    };
    expect(ws.getCell('P4').value).toBe('Promise checked (the schedule)');
    expect(figure('Committed service level')).toBe(mid.commitment.serviceLevel);
    expect(figure('Simulated service level')).toBe(mid.simulated.serviceLevel);
    expect(figure('Simulated: 95% low')).toBe(mid.simulated.ci95[0]);
    expect(figure('Simulated: 95% high')).toBe(mid.simulated.ci95[1]);
    expect(figure('Service level at 10% more calls')).toBe(mid.volumeRisk[2].serviceLevel);
    expect(figure('Service level at 10% fewer calls')).toBe(mid.volumeRisk[0].serviceLevel);
    expect(figure('Chance of meeting the target')).toBe(mid.targetProbability!.probability);
    expect(figure('Cost of those hours a year')).toBe(mid.rosterShape.extraCost);
    expect(ws.getCell('S5').numFmt).toBe('0.0%');
    expect(ws.getCell('S14').numFmt).toBe(`"${plan.currency}" #,##0`);
  });
  it('is worded in Chinese in the zh-CN workbook, with the same figures', () => {
    const en = budgetOf('en', 'high').operations.filter((o) => o.kind === 'formula' && o.address?.startsWith('S'));
    const zh = budgetOf('zh-CN', 'high').operations;
    expect(zh).toEqual(expect.arrayContaining(en));
    expect(zh).toContainEqual({ kind: 'label', sheet: 'Budget', address: 'P5', text: '承诺服务水平' });
  });
  it('leaves a figure the plan does not have empty (no backtest: no odds)', () => {
    const p = makePlanResult();
    p.scenarios[0] = { ...p.scenarios[0], targetProbability: null };
    const fill = buildFillPlans(p).find((f) => f.workbook === `budget-${p.scenarios[0].id}`)!;
    expect(fill.operations.some((o) => o.kind === 'formula' && o.address === 'S12')).toBe(false);
    expect(fill.operations).toContainEqual({ kind: 'label', sheet: 'Budget', address: 'P12', text: 'Chance of meeting the target' });
  });
});
