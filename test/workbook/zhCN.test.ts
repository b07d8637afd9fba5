/**
 * One template set, two languages: a zh-CN fill plan written by the file
 * executor shows Chinese titles, captions and table headers (read back with
 * exceljs) while table names, defined names, numbers and formulas are exactly
 * the English plan's; LibreOffice recalculates the zh-CN budget to the
 * engine's figures; the Office.js writer renames headers and labels in Chinese.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { COST_TABLE_COLUMNS, budgetTotalRows, buildFillPlans, columnLetter, templateLabels, type FillPlan } from '../../src/report';

const BUDGET_TOTAL_ROW = budgetTotalRows(12).sum;
const ZH = templateLabels('zh-CN');
import { applyFillPlan } from '../../src/workbook/file';
import { makePlanResult } from '../report/fixtures/planResult';

const TEMPLATES = join(__dirname, '..', '..', 'templates');
const result = makePlanResult();
const en = buildFillPlans(result);
const zh = buildFillPlans(result, { locale: 'zh-CN' });
const CJK = /[\u4e00-\u9fff]/;

async function render(plan: FillPlan): Promise<ExcelJS.Workbook> {
  const bytes = await applyFillPlan(readFileSync(join(TEMPLATES, `${plan.template}.xlsx`)), plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const tableOf = (ws: ExcelJS.Worksheet, name: string) =>
  (ws as unknown as { getTable(n: string): { table: { columns: { name: string }[]; tableRef: string } } }).getTable(name).table;

/** Every number and formula of a workbook, by sheet!address. */
function figures(wb: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  wb.worksheets.forEach((ws, i) => ws.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value as unknown;
    if (typeof v === 'number') out.set(`${i}!${cell.address}`, v);
    else if (v && typeof v === 'object' && 'formula' in (v as object)) {
      // a reference to another sheet names it as it shows (the Capacity sheet as 人力容量): compare in the contract's names
      const f = v as { formula: string };
      const formula = Object.entries(ZH.sheetNames).reduce((fx, [name, shown]) => fx.split(`'${shown}'!`).join(`${name}!`), f.formula);
      out.set(`${i}!${cell.address}`, { ...f, formula });
    }
  })));
  return out;
}

describe('zh-CN fill plans', () => {
  it('are the English plans with the same operations except labels, captions and translated text', () => {
    expect(zh.map((p) => p.fileName)).toEqual(en.map((p) => p.fileName));
    zh.forEach((p, i) => {
      expect(p.locale).toBe('zh-CN');
      expect(p.operations.map((o) => o.kind)).toEqual(en[i].operations.map((o) => o.kind));
      p.operations.forEach((o, j) => {
        const e = en[i].operations[j];
        if (o.kind === 'table' && e.kind === 'table') {
          expect(o.columns).toEqual(e.columns);
          expect(o.captions!.some((c) => CJK.test(c))).toBe(true);
          expect(o.rows.map((r) => r.filter((v) => typeof v === 'number' || (v !== null && typeof v === 'object' && 'formula' in v))))
            .toEqual(e.rows.map((r) => r.filter((v) => typeof v === 'number' || (v !== null && typeof v === 'object' && 'formula' in v))));
        }
        if (o.kind === 'formula') expect(o).toEqual(e);
      });
    });
  });

  it.each(zh.map((p, i) => [p.fileName, p, en[i]] as const))('%s: Chinese titles and headers, same names, numbers and formulas', async (_f, zhPlan, enPlan) => {
    const [zwb, ewb] = await Promise.all([render(zhPlan), render(enPlan)]);
    expect(zwb.worksheets.map((w) => w.name)).toEqual(ewb.worksheets.map((w) => ZH.sheetNames[w.name]));
    for (const ws of zwb.worksheets) {
      expect(ws.name).toMatch(CJK);
      expect(ws.headerFooter.oddFooter).toContain('第 &P 页，共 &N 页');
      expect(ws.headerFooter.oddFooter).toContain(ws.name);
    }
    // the defined names point into the renamed sheets
    for (const n of zwb.definedNames.model as { name: string; ranges: string[] }[])
      for (const r of n.ranges) expect(zwb.worksheets.map((w) => w.name)).toContain(r.replace(/^'?(.*?)'?!.*$/, '$1'));
    expect((zwb.definedNames.model as { name: string }[]).map((n) => n.name).sort())
      .toEqual((ewb.definedNames.model as { name: string }[]).map((n) => n.name).sort());
    for (const ws of zwb.worksheets) {
      expect(String(ws.getCell('A1').value)).toMatch(CJK);
      expect(String(ws.getCell('A2').value)).toMatch(CJK);
    }
    for (const op of zhPlan.operations) {
      if (op.kind !== 'table') continue;
      const t = tableOf(zwb.getWorksheet(ZH.sheetNames[op.sheet])!, op.table);
      expect(t.columns.map((c) => c.name)).toEqual(op.captions);
      const headerRow = Number(/\d+/.exec(t.tableRef)![0]);
      const firstCol = /^[A-Z]+/.exec(t.tableRef)![0];
      expect(zwb.getWorksheet(ZH.sheetNames[op.sheet])!.getCell(`${firstCol}${headerRow}`).value).toBe(op.captions![0]);
    }
    expect(figures(zwb)).toEqual(figures(ewb));
  });

  it('budget: Chinese captions, units and the horizon row; the default plans are named 高/中/低预算方案', async () => {
    const wb = await render(zh.find((p) => p.workbook === 'budget-mid')!);
    const ws = wb.getWorksheet('预算')!;
    expect(ws.getCell('A1').value).toBe('预算');
    expect(ws.getCell('D5').value).toBe('坐席时薪');
    expect(ws.getCell('F5').value).toBe('每带薪小时');
    expect(ws.getCell(`A${BUDGET_TOTAL_ROW}`).value).toBe('年度合计');
    expect(ws.getCell(`A${BUDGET_TOTAL_ROW + 1}`).value).toBe('年度最大值');
    expect(ws.getCell('B21').numFmt).toBe('#,##0');
    expect(ws.getCell('A21').numFmt).toBe('yyyy"年"m"月"');
    expect(ws.getCell('H5').value).toBe('服务水平');
    expect(String(ws.getCell('B6').value)).toMatch(/^中预算方案：预测来电量，服务水平 80\/20$|^Mid/);
    expect(tableOf(ws, 'CostTable').columns.map((c) => c.name)[COST_TABLE_COLUMNS.findIndex((c) => c.key === 'labour_cost')]).toBe('人工');
  });

  it('the engine’s words in Chinese: the budget question’s answer, the solver status; English keeps the engine’s text', () => {
    const cell = (plans: FillPlan[], name: string) =>
      plans.flatMap((p) => p.operations).find((o): o is Extract<FillPlan['operations'][number], { kind: 'cell' }> => o.kind === 'cell' && o.name === name)?.value;
    expect(cell(zh, 'BudgetAnswer')).toEqual({ text: '每年 EUR 3,000,000 的预算可买到中预算方案来电量下 78/20 的服务水平；79/20 需要 EUR 3,020,000。' });
    expect(cell(en, 'BudgetAnswer')).toEqual({ text: "EUR 3,000,000 a year buys 78/20 for the mid plan's volume; 79/20 would cost EUR 3,020,000." });
    expect(cell(zh, 'ScheduleStatus')).toEqual({ text: '最优' });
    expect(cell(en, 'ScheduleStatus')).toEqual({ text: 'optimal' });
  });

  it('schedule: weekdays and days off in Chinese', async () => {
    const wb = await render(zh.find((p) => p.workbook === 'schedule')!);
    const roster = wb.getWorksheet('排班表')!;
    const t = tableOf(roster, 'RosterTable');
    expect(t.columns.map((c) => c.name).slice(2, 9)).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日']);
    expect(roster.getCell('D5').value).toBe('休息'); // Agent 1's Tuesday off, under 周二
    expect(roster.getCell('C6').value).toBe('休息');
    expect(wb.getWorksheet('排班')!.getCell('B10').value).toMatch(/^周[一二三四五六日]$/);
    expect(roster.getCell('A5').value).toBe('坐席 1');
  });
});

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0);
const SKIP = process.env.NINESTEP_SKIP_LIBREOFFICE === '1';

(soffice || !SKIP ? describe : describe.skip)('zh-CN budget recalculated by LibreOffice', () => {
  it('every total equals costBreakdown to the cent, no formula error', async () => {
    if (!soffice) throw new Error('soffice not found: install libreoffice-calc or set NINESTEP_SKIP_LIBREOFFICE=1');
    const dir = mkdtempSync(join(tmpdir(), 'ninestep-zh-'));
    try {
      const plan = zh.find((p) => p.workbook === 'budget-mid')!;
      writeFileSync(join(dir, 'budget-mid.xlsx'), await applyFillPlan(readFileSync(join(TEMPLATES, 'budget.xlsx')), plan));
      const profile = join(dir, 'profile');
      mkdirSync(join(profile, 'user'), { recursive: true });
      writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
      execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), join(dir, 'budget-mid.xlsx')], { stdio: 'pipe', timeout: 120_000 });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'out', 'budget-mid.xlsx'));
      const ws = wb.getWorksheet('预算')!;
      const value = (addr: string): unknown => {
        const v = ws.getCell(addr).value as unknown;
        return v && typeof v === 'object' && 'formula' in (v as object) ? (v as { result?: unknown }).result : v;
      };
      const costs = result.scenarios.find((s) => s.id === 'mid')!.costs;
      const col = (key: string) => columnLetter(COST_TABLE_COLUMNS.findIndex((c) => c.key === key) + 1);
      const cents = (x: unknown) => Math.round(Number(x) * 100);
      expect(cents(value(`${col('total_cost')}${BUDGET_TOTAL_ROW}`))).toBe(cents(costs.total.total));
      expect(cents(value('I9'))).toBe(cents(costs.total.total));
      expect(cents(value('I10'))).toBe(cents(costs.total.costPerCall));
      expect(ws.getCell('A1').value).toBe('预算');
      const errors: string[] = [];
      ws.eachRow((row) => row.eachCell((cell) => {
        const v = cell.value as { result?: unknown } | null;
        const r = v && typeof v === 'object' && 'result' in v ? v.result : v;
        if (r && typeof r === 'object' && 'error' in (r as object)) errors.push(cell.address);
      }));
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
