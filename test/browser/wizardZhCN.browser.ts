/**
 * The wizard in Simplified Chinese in a real browser (Debian chromium with
 * fonts-noto-cjk), preview mode, production build: the language switched in
 * the header, all nine steps on the sample, screenshots of every step at 800
 * and 320 px into test-results/screens/zh-CN/, no sideways overflow, no
 * serious axe violation, Chinese budget workbooks, the choice kept on reload.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Download, type Locator, type Page } from 'playwright-core';
import { serveDist } from './staticServer';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SCREENS = join(ROOT, 'test-results', 'screens', 'zh-CN');
const SAMPLE_HISTORY = join(ROOT, 'examples', 'sample-history.csv');
const AXE = require.resolve('axe-core/axe.min.js');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'];
const STEP_IDS = ['service', 'data', 'forecast', 'staffing', 'trunks', 'shrinkage', 'schedule', 'costs', 'plans'];

let server: Awaited<ReturnType<typeof serveDist>>;
let profile = '';

beforeAll(async () => {
  if (!existsSync(join(DIST, 'chunk-groups.json'))) throw new Error('dist/ has no production build: run `npm run build` first');
  mkdirSync(SCREENS, { recursive: true });
  server = await serveDist(DIST);
  profile = mkdtempSync(join(tmpdir(), 'ninestep-chromium-zh-'));
});

afterAll(async () => {
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const visible = (l: Locator, timeout = 10000) => l.first().waitFor({ state: 'visible', timeout });
const heading = (page: Page, n: number) => page.getByRole('heading', { level: 2, name: new RegExp(`^第 ${n} 步：`) });

/** Screenshots at 800 and 320 px; nothing may stick out sideways, and no text box may clip its label. */
async function screens(page: Page, n: number): Promise<void> {
  for (const width of [800, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENS, `step-${n}-${STEP_IDS[n - 1]}-${width}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // labels, headings, buttons and paragraphs are not cut off (text wider than its own box)
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('label, h1, h2, h3, p, button, [role="status"]')]
        .filter((e) => (e as HTMLElement).offsetParent !== null && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto')
        .map((e) => `${e.tagName}: ${(e.textContent ?? '').slice(0, 40)}`));
    expect(clipped).toEqual([]);
  }
  await page.setViewportSize({ width: 800, height: 900 });
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((x) => x.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

test('a planner switches to 简体中文 and plans the sample through all nine steps', async () => {
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ARGS, bypassCSP: true /* axe is injected inline; csp.browser.ts checks the policy */, acceptDownloads: true, viewport: { width: 800, height: 900 }, locale: 'en-US' });
  await context.route(/appsforoffice\.microsoft\.com/, (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: '/* office.js unreachable in tests */' }));
  await context.route((url) => !url.href.startsWith(server.url) && !url.href.startsWith('blob:') && !url.href.startsWith('data:') && !/appsforoffice/.test(url.href), (r) => r.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('heading', { level: 2, name: /^Step 1:/ }).waitFor({ timeout: 20000 });

    // the switch: labelled, reachable and operable from the keyboard
    const language = page.getByRole('combobox', { name: 'Language' });
    await language.focus();
    await language.selectOption('zh-CN');
    await heading(page, 1).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await visible(page.getByText('预览模式：工作簿以下载方式提供'));
    await screens(page, 1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '下一步' }).click();

    // 2: the sample history; the summary in Chinese numbers and dates
    await page.locator('input[type=file][aria-label="历史数据文件"]').setInputFiles(SAMPLE_HISTORY);
    await visible(page.getByText(/6,880 个时段，从 2025年11月3日 到 2026年10月31日/));
    await screens(page, 2);
    await page.getByRole('button', { name: '下一步' }).click();

    // 3: solve the whole plan
    await heading(page, 3).waitFor();
    await page.getByRole('button', { name: '求解计划' }).first().click();
    await visible(page.getByText('计划已求解。'), 90000);
    await visible(page.getByText(/预测从 \d{4}年\d+月\d+日 到 \d{4}年\d+月\d+日 共 [\d,]+ 通来电/));
    await screens(page, 3);

    for (const n of [4, 5, 6, 7, 8]) {
      await page.getByRole('button', { name: '下一步' }).click();
      await heading(page, n).waitFor();
      if (n === 7) await visible(page.getByText(/^排班 (最优|达到时间上限|启发式)/));
      if (n === 8) await visible(page.getByRole('region', { name: /按类别的年度成本/ }));
      await screens(page, n);
    }
    await page.getByRole('button', { name: '下一步' }).click();

    // 9: plans side by side, the budget question, Chinese budget workbooks
    await visible(page.getByRole('region', { name: '预算方案并排对比' }));
    await visible(page.getByText(/的预算可买到/));
    await screens(page, 9);
    expect(await axeViolations(page)).toEqual([]);
    const got: Download[] = [];
    const three = new Promise<void>((ok) => page.on('download', (d) => { got.push(d); if (got.length === 3) ok(); }));
    await page.getByRole('button', { name: '写入预算工作簿' }).click();
    await three;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await got[0].path()) as unknown as ArrayBuffer);
    const texts = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().filter((v): v is string => typeof v === 'string'));
    expect(texts).toEqual(expect.arrayContaining(['人工', '共享平台']));

    // the choice is kept: reload comes back in Chinese on the same step
    await page.reload();
    await heading(page, 9).waitFor({ timeout: 20000 });
    expect(await page.getByRole('combobox', { name: '语言' }).inputValue()).toBe('zh-CN');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
