/**
 * Inputs and results, as a finance reviewer reads them in the written
 * workbooks (exceljs): every named input cell is read by at least one
 * formula and is the only kind of cell left editable on a protected sheet;
 * every money column and money cell carries the plan's currency; months are
 * real dates; the run time is a real local date-time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildFillPlans, planSheets, isMoneyFormat, localDateTime, type FillPlan } from '../../src/report';
import { applyFillPlan } from '../../src/workbook/file';
import { makePlanResult } from '../report/fixtures/planResult';

const result = makePlanResult();
const plans = buildFillPlans(result, { timeZone: 'Asia/Shanghai' });

async function written(plan: FillPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = await applyFillPlan(readFileSync(join(__dirname, '../../templates', `${plan.template}.xlsx`)), plan);
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const formulasOf = (wb: ExcelJS.Workbook): string[] => {
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
    const v = c.value as { formula?: string; sharedFormula?: string } | null;
    if (v && typeof v === 'object' && typeof v.formula === 'string') out.push(v.formula);
  })));
  return out;
};

describe.each(plans.map((p) => [p.fileName, p] as const))('%s', (_name, plan) => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => (wb = await written(plan)));
  // the sheets the plan writes (a one-queue plan omits the queue sheets)
  const contract = { sheets: planSheets(plan) };

  it('every named input cell is read by at least one formula; nothing else looks or acts like an input', () => {
    const formulas = formulasOf(wb);
    for (const s of contract.sheets)
      for (const c of s.cells.filter((x) => x.role === 'input')) expect(formulas.some((f) => new RegExp(`\\b${c.name}\\b`).test(f))).toBe(true);
    const editable: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
      if (c.protection?.locked === false) editable.push(`${ws.name}!${c.address}`);
    })));
    const inputs = contract.sheets.flatMap((s) => s.cells.filter((c) => c.role === 'input').map((c) => c.address));
    expect(editable.map((a) => a.replace(/^.*!/, '')).sort()).toEqual(inputs.sort());
    for (const ws of wb.worksheets) expect((ws as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string } }).sheetProtection).toMatchObject({ sheet: true });
    for (const ws of wb.worksheets) expect((ws as unknown as { sheetProtection: { hashValue?: string } }).sheetProtection.hashValue).toBeUndefined(); // no password
  });

  it('every money column and money cell has a format in the plan’s currency', () => {
    let checked = 0;
    for (const s of contract.sheets) {
      const ws = wb.worksheets[contract.sheets.indexOf(s)];
      for (const t of s.tables) {
        const op = plan.operations.find((o) => o.kind === 'table' && o.table === t.name);
        const rows = op?.kind === 'table' ? op.rows.length : 0;
        t.columns.forEach((c, j) => {
          if (!isMoneyFormat(c.numFmt)) return;
          for (let r = 1; r <= rows; r++) {
            expect(ws.getCell(t.headerRow + r, t.firstColumn + j).numFmt).toContain(`"${result.currency}"`);
            checked++;
          }
        });
      }
      for (const c of s.cells.filter((x) => isMoneyFormat(x.numFmt))) {
        expect(ws.getCell(c.address).numFmt).toContain(`"${result.currency}"`);
        checked++;
      }
    }
    if (plan.template !== 'schedule') expect(checked).toBeGreaterThan(0);
  });

  it('months are real dates and the run time a local date-time', () => {
    const runAt = plan.operations.find((o) => o.kind === 'cell' && o.name === 'RunAt');
    if (runAt?.kind === 'cell') {
      expect(typeof runAt.value).toBe('number');
      expect(runAt.value).toBe(localDateTime(result.runAt, 'Asia/Shanghai'));
      expect(runAt.numFmt).toMatch(/yyyy/);
    }
    if (plan.template === 'budget') {
      const ws = wb.worksheets[0];
      expect(ws.getCell('A21').value).toEqual(new Date(Date.UTC(2026, 0, 1))); // a date cell (exceljs reads it back as a Date)
      expect(ws.getCell('A21').numFmt).toBe('mmm yyyy');
    }
  });
});

it('a run time is shown in the planner’s time zone', () => {
  expect(localDateTime('2026-03-01T20:30:00Z', 'Asia/Shanghai')).toBe(46083 + 4.5 / 24); // 2 March 04:30 in Shanghai
  expect(localDateTime('2026-03-01T20:30:00Z', 'UTC')).toBeCloseTo(46082 + 20.5 / 24, 9);
});
