/**
 * Issue 12, "What must be shown": the two real bank files in ../shared/data
 * planned end to end through the wizard in a real browser (Debian chromium,
 * preview mode, production build), from the step-2 file input to the
 * downloaded workbooks, with nothing typed but the AHT the 5-minute file asks
 * for. Each run checks what the pane says (the settings the import reset, the
 * per-call measurements, the forecast and the schedule) against the
 * workbooks read back with exceljs, and that no page error happened.
 * Screenshots of steps 2 and 9 go to test-results/screens/real-files/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { columnValues, downloadsOf, named, openPane, paneNumber, texts, visible, workbook } from './pane';
import { serveDist } from './staticServer';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SCREENS = join(ROOT, 'test-results', 'screens', 'real-files');
const DATA = join(ROOT, '..', 'shared', 'data');
const PER_CALL = join(DATA, 'anonymous-bank-1999-02.tsv');
const FIVE_MIN = join(DATA, 'bank-calls-5min-2003.csv');
/** the schedule has a 30 s limit per solve and up to 3 solves; the whole plan of a week of 5-minute intervals takes minutes on a loaded machine */
const SOLVE_MS = 300_000;

/** The pane's words in each language, as the catalogues have them. */
const WORDS = {
  en: {
    next: 'Next', steps: 'Planning steps', step: (n: number) => new RegExp(`^Step ${n}:`), heading: (n: number) => new RegExp(`^Step ${n}:`),
    fileInput: 'History file', summary: /^([\d,]+) intervals from (\S+) to (\S+), (\d+) min each \((.+)\)\.$/,
    resetTitle: (name: string) => `“${name}” is a new history, so what came from the previous data was reset:`,
    reset: [/^First day of the horizon \(was 2026-11-02\)/, /^Holidays: the sample centre’s 3 dates were removed/, /^Shift patterns: the sample centre’s were removed/, /^Roster rules: the sample centre’s/],
    patienceReset: /^Mean caller patience \(was 180 sec\): now estimated/,
    measured: 'What the calls measure', offered: 'Calls offered to agents', slRow: /^Service level within 20 sec, Method \d/, slMethod3: /^Service level within 20 sec, Method 3/, patience: 'Estimated mean caller patience',
    ahtReason: /^This history has no handle time/, aht: /^Average handle time/,
    solve: /^Solve the plan/, solved: 'The plan is solved.', failed: /^The plan could not be solved/,
    forecast: /forecasts (?<calls>[\d,]+) calls from (?<from>\S+) to (?<to>\S+)\.$/, writeForecast: 'Write Forecast sheet', writeSchedule: 'Write Schedule sheet', writeBudget: 'Write Budget workbooks',
    schedule: /^Schedule [^:]+: (?<paid>[\d,.]+) hr paid for (?<required>[\d,.]+) hr required/, compare: 'Plans side by side', done: /\(done\)/,
    sheets: { forecast: 'Forecast', notes: 'Forecast notes', schedule: 'Schedule', budget: 'Budget' },
    cells: { totalCalls: 'Total calls', historyCalls: 'History calls', paid: 'Paid hours (h)', measuredSl: 'Measured SL', patience: 'Caller patience (s)', calls: /^Calls$/, month: /^Month$/ },
  },
  'zh-CN': {
    next: '下一步', steps: '规划步骤', step: (n: number) => new RegExp(`^${n} .*（第 ${n} 步，`), heading: (n: number) => new RegExp(`^第 ${n} 步：`),
    fileInput: '历史数据文件', summary: /^([\d,]+) 个时段，从 (\S+) 到 (\S+)，每个 (\d+) ?分钟（(.+)）。$/,
    resetTitle: (name: string) => `“${name}”是新的历史数据，因此来自之前数据的设置已重置：`,
    reset: [/^规划期第一天（原为 2026年11月2日）/, /^节假日：已移除示例呼叫中心的 3 个日期/, /^班次模式：已移除/, /^排班表规则：已移除/],
    patienceReset: /^平均耐心时间（原为 180 ?秒）/,
    measured: '来电记录的实测结果', offered: '分配给坐席的来电量', slRow: /^20 ?秒 内的服务水平，/, slMethod3: /^20 ?秒 内的服务水平，方法 3/, patience: '估算的平均耐心时间',
    ahtReason: /^这份历史数据没有处理时长/, aht: /^平均处理时长/,
    solve: /^求解计划/, solved: '计划已求解。', failed: /^无法求解计划/,
    forecast: /预测从 (?<from>\S+) 到 (?<to>\S+) 共 (?<calls>[\d,]+) 通来电。$/, writeForecast: '写入预测工作表', writeSchedule: '写入排班工作表', writeBudget: '写入预算工作簿',
    schedule: /^排班 [^：]+：需求 (?<required>[\d,.]+) ?小时，带薪 (?<paid>[\d,.]+) ?小时/, compare: '预算方案并排对比', done: /已完成/,
    sheets: { forecast: '预测', notes: '预测说明', schedule: '排班', budget: '预算' },
    cells: { totalCalls: '总来电量', historyCalls: '历史来电量', paid: '带薪工时（小时）', measuredSl: '', patience: '', calls: /^来电量$/, month: /^月份$/ },
  },
} as const;
type Words = (typeof WORDS)['en'] | (typeof WORDS)['zh-CN'];

let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'chunk-groups.json'))) throw new Error('dist/ has no production build: run `npm run build` first');
  if (!existsSync(PER_CALL) || !existsSync(FIVE_MIN)) throw new Error(`the real bank files are not in ${DATA}`);
  mkdirSync(SCREENS, { recursive: true });
  server = await serveDist(DIST);
});

afterAll(async () => {
  await server?.close();
});

/** The value beside a label (the cell to its right) anywhere in a sheet. */
function valueBeside(ws: ExcelJS.Worksheet, label: string): number {
  let found: number | undefined;
  ws.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (found === undefined && cell.value === label) {
        for (let k = c + 1; k <= c + 2 && found === undefined; k += 1) {
          const v = row.getCell(k).value;
          if (typeof v === 'number') found = v;
        }
      }
    });
  });
  if (found === undefined) throw new Error(`no number beside "${label}" in sheet ${ws.name}`);
  return found;
}

/** The rows of a table (cells' text), by its accessible name. */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole('table', { name });
  await visible(table);
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}

/** A date as the pane shows it (2026-11-02 or 2026年11月2日) as YYYY-MM-DD. */
const isoDate = (s: string): string => {
  const zh = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  return zh ? `${zh[1]}-${zh[2].padStart(2, '0')}-${zh[3].padStart(2, '0')}` : s;
};

const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1);

interface Run {
  file: string;
  name: string;
  words: Words;
  /** the AHT typed at step 2 (the file has none); nothing else is typed */
  aht?: string;
  screens: string;
  /** switched to in the header before anything else */
  language?: 'zh-CN';
}

/**
 * One real file through the nine steps: import, (AHT), solve, the three
 * kinds of workbook written and read back; returns what the pane showed.
 */
async function planRealFile(run: Run): Promise<void> {
  const w = run.words;
  const { page, errors, close: closePane } = await openPane(server.url);
  const stepButton = (n: number) => page.getByRole('navigation', { name: w.steps }).getByRole('button', { name: w.step(n) });
  const goTo = async (n: number) => {
    await stepButton(n).click();
    await page.getByRole('heading', { level: 2, name: w.heading(n) }).waitFor();
  };
  const next = async (n: number) => {
    await page.getByRole('button', { name: w.next }).click();
    await page.getByRole('heading', { level: 2, name: w.heading(n) }).waitFor();
  };
  try {
    if (run.language) {
      await page.getByRole('combobox', { name: 'Language' }).selectOption(run.language);
      await page.getByRole('heading', { level: 2, name: w.heading(1) }).waitFor();
    }
    await next(2);

    // 2: the file as a user picks it; the import says what it reset from the sample
    await page.locator(`input[type=file][aria-label="${w.fileInput}"]`).setInputFiles(run.file);
    const summaryLine = page.getByText(w.summary);
    await visible(summaryLine, 60_000);
    const [, records, fromText, toText, minutes] = w.summary.exec((await summaryLine.textContent()) ?? '')!;
    const from = isoDate(fromText);
    const to = isoDate(toText);
    const note = page.getByText(w.resetTitle(run.name));
    await visible(note);
    const resetItems = await page.locator('[role="status"] li').allTextContents();
    for (const item of w.reset) expect(resetItems.some((i) => item.test(i))).toBe(true);

    let offered: number | undefined;
    let measuredSl3: number | undefined;
    let patience: number | undefined;
    if (run.aht === undefined) {
      // per-call records: what they measure, and no AHT asked for
      expect(resetItems.some((i) => w.patienceReset.test(i))).toBe(true);
      const rows = await tableRows(page, w.measured);
      expect(rows.filter(([label]) => w.slRow.test(label))).toHaveLength(4);
      offered = paneNumber(rows.find(([label]) => label === w.offered)![1]);
      measuredSl3 = paneNumber(rows.find(([label]) => w.slMethod3.test(label))![1].replace('%', '')) / 100;
      patience = paneNumber(rows.find(([label]) => label === w.patience)![1].replace(/[^\d.,]/g, ''));
      expect(await page.getByRole('textbox', { name: w.aht }).count()).toBe(0);
    } else {
      // no handle time in the file: step 2 says why it needs the AHT, and is done once it is typed
      await visible(page.getByText(w.ahtReason));
      await named(stepButton(2), /needs input/);
      await page.getByRole('textbox', { name: w.aht }).fill(run.aht);
    }
    await named(stepButton(2), w.done);
    await page.screenshot({ path: join(SCREENS, `${run.screens}-step-2.png`), fullPage: true });

    // 3: solve the whole plan, then the forecast workbook
    await next(3);
    const t0 = Date.now();
    await page.getByRole('button', { name: w.solve }).first().click();
    const solved = page.getByText(w.solved);
    const failed = page.getByText(w.failed);
    await Promise.race([
      solved.waitFor({ timeout: SOLVE_MS }),
      failed.waitFor({ timeout: SOLVE_MS }).then(async () => { throw new Error(`${await failed.textContent()}`); }),
    ]);
    console.log(`${run.screens}: solved in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const forecastLine = (await page.getByText(w.forecast).textContent()) ?? '';
    const fg = w.forecast.exec(forecastLine)!.groups!;
    const uiCalls = paneNumber(fg.calls);
    const horizonFrom = isoDate(fg.from);
    expect(horizonFrom > to).toBe(true); // the horizon starts after the history, not in the sample's 2026
    expect(horizonFrom.slice(0, 4)).toBe(to.slice(0, 4));
    const [forecastFile] = await downloadsOf(page, 1, () => page.getByRole('button', { name: w.writeForecast }).click());
    expect(forecastFile.suggestedFilename()).toBe('forecast.xlsx');

    // 7: the schedule's paid hours, then its workbook
    await goTo(7);
    const scheduleLine = page.getByText(w.schedule);
    await visible(scheduleLine);
    const uiPaid = paneNumber(w.schedule.exec((await scheduleLine.textContent()) ?? '')!.groups!.paid);
    const [scheduleFile] = await downloadsOf(page, 1, () => page.getByRole('button', { name: w.writeSchedule }).click());

    // 9: the plans side by side, the three budget workbooks
    await goTo(9);
    await visible(page.getByRole('region', { name: w.compare }));
    const budgets = await downloadsOf(page, 3, () => page.getByRole('button', { name: w.writeBudget }).click());
    expect(budgets.map((d) => d.suggestedFilename()).sort()).toEqual(['budget-high.xlsx', 'budget-low.xlsx', 'budget-mid.xlsx']);
    await page.screenshot({ path: join(SCREENS, `${run.screens}-step-9.png`), fullPage: true });
    for (let n = 1; n <= 9; n += 1) await named(stepButton(n), w.done);

    // the workbooks against the pane
    const forecast = await workbook(forecastFile);
    const fc = forecast.getWorksheet(w.sheets.forecast)!;
    expect(close(valueBeside(fc, w.cells.totalCalls), uiCalls, 0.001)).toBe(true);
    const calls = columnValues(fc, w.cells.calls);
    expect(calls.length).toBeGreaterThan(7 * ((8 * 60) / Number(minutes))); // a week of the history's own intervals
    expect(close(calls.reduce((a, b) => a + b, 0), uiCalls, 0.001)).toBe(true);
    const historyCalls = valueBeside(fc, w.cells.historyCalls);
    if (offered !== undefined) expect(historyCalls).toBe(offered);
    if (offered !== undefined && w.cells.measuredSl) {
      const notes = forecast.getWorksheet(w.sheets.notes)!;
      expect(Math.abs(valueBeside(notes, w.cells.measuredSl) - measuredSl3!)).toBeLessThan(0.0006); // the pane rounds to 0.1%
      expect(Math.abs(valueBeside(notes, w.cells.patience) - patience!)).toBeLessThan(0.6);
    }
    console.log(`${run.screens}: ${records} intervals ${from} to ${to}; history ${historyCalls} calls; forecast ${uiCalls} calls from ${horizonFrom}; ${uiPaid} paid hours`);

    const schedule = await workbook(scheduleFile);
    const sched = schedule.getWorksheet(w.sheets.schedule)!;
    expect(valueBeside(sched, w.cells.paid)).toBeCloseTo(uiPaid, 0);

    for (const d of budgets) {
      const wb = await workbook(d);
      const sheet = wb.getWorksheet(w.sheets.budget)!;
      let monthRow = 0;
      sheet.eachRow((row, r) => { if (!monthRow && typeof row.getCell(1).value === 'string' && w.cells.month.test(row.getCell(1).value as string)) monthRow = r; });
      expect(monthRow).toBeGreaterThan(0);
      const months = Array.from({ length: 14 }, (_, k) => sheet.getRow(monthRow + 1 + k).getCell(1).value).filter((v) => v instanceof Date);
      expect(months).toHaveLength(12);
      expect((months[0] as Date).toISOString().slice(0, 7)).toBe(horizonFrom.slice(0, 7)); // the budget year starts with the horizon
      const paid = columnValues(sheet, new RegExp(`^${w.cells.paid.replace(/[()]/g, '\\$&')}$`));
      expect(paid.slice(0, 12).every((h) => h > 0)).toBe(true);
      expect(texts(wb).length).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  } finally {
    await closePane();
  }
}

test('the per-call bank file (February 1999) planned from import to the written workbooks with nothing typed', async () => {
  await planRealFile({ file: PER_CALL, name: 'anonymous-bank-1999-02.tsv', words: WORDS.en, screens: 'per-call-en' });
}, 600_000);

test('the 5-minute bank file (2003) planned from import to the written workbooks with only the AHT typed', async () => {
  await planRealFile({ file: FIVE_MIN, name: 'bank-calls-5min-2003.csv', words: WORDS.en, aht: '300', screens: '5min-en' });
}, 900_000);

test('简体中文: the per-call bank file planned from import to the written workbooks with nothing typed', async () => {
  await planRealFile({ file: PER_CALL, name: 'anonymous-bank-1999-02.tsv', words: WORDS['zh-CN'], language: 'zh-CN', screens: 'per-call-zh-CN' });
}, 600_000);
