/**
 * The wizard in a real browser (Debian chromium, headless) in preview mode,
 * served from the production build. office.js is blocked (fulfilled with an
 * empty script) as it is when the CDN is unreachable.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { columnValues, downloadsOf, eventually, named, visible, workbook } from './pane';
import { serveDist } from './staticServer';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SCREENS = join(ROOT, 'test-results', 'screens');
const SAMPLE_HISTORY = join(ROOT, 'examples', 'sample-history.csv');
const AXE = require.resolve('axe-core/axe.min.js');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const STEP_IDS = ['service', 'data', 'forecast', 'staffing', 'trunks', 'shrinkage', 'schedule', 'costs', 'plans'];


const disabled = (l: Locator) => eventually('disabled', () => l.isDisabled());
const enabled = (l: Locator) => eventually('enabled', () => l.isEnabled());

let server: Awaited<ReturnType<typeof serveDist>>;
const profiles: string[] = [];

async function openPane(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const profile = mkdtempSync(join(tmpdir(), 'ninestep-chromium-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ARGS, bypassCSP: true /* axe is injected inline; csp.browser.ts checks the policy */, acceptDownloads: true, viewport: { width: 800, height: 900 } });
  await context.route(/appsforoffice\.microsoft\.com/, (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: '/* office.js unreachable in tests */' }));
  await context.route((url) => !url.href.startsWith(server.url) && !url.href.startsWith('blob:') && !url.href.startsWith('data:') && !/appsforoffice/.test(url.href), (r) => r.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('heading', { level: 2 }).waitFor({ timeout: 20000 });
  return { context, page, errors };
}

const stepButton = (page: Page, n: number) => page.getByRole('navigation', { name: 'Planning steps' }).getByRole('button', { name: new RegExp(`^Step ${n}:`) });

async function goTo(page: Page, n: number): Promise<void> {
  await stepButton(page, n).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${n}:`) }).waitFor();
}

/**
 * axe-core on the whole page: serious and critical violations only. Fluent's
 * focus manager (tabster) puts hidden focus sentinels (<i data-tabster-dummy>)
 * on the body by design; they are excluded, everything else is checked.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

async function screens(page: Page, n: number): Promise<void> {
  for (const width of [800, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150); // charts follow their box's new width
    await page.screenshot({ path: join(SCREENS, `step-${n}-${STEP_IDS[n - 1]}-${width}.png`), fullPage: true });
    // nothing sticks out sideways at the pane's narrowest width
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 800, height: 900 });
}

async function solve(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Solve/ }).first().click();
  await page.getByText('The plan is solved.').waitFor({ timeout: 90000 });
}


beforeAll(async () => {
  if (!existsSync(join(DIST, 'chunk-groups.json'))) throw new Error('dist/ has no production build: run `npm run build` first');
  mkdirSync(SCREENS, { recursive: true });
  server = await serveDist(DIST);
});

afterAll(async () => {
  await server?.close();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
});

test('a new user plans the sample centre through all nine steps, writes every output, and reload restores it', async () => {
  const { context, page, errors } = await openPane();
  try {
    await visible(page.getByText('Preview mode: workbooks download'));
    // 1: defaults accepted; no history yet
    await screens(page, 1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();

    // 2: import the sample history through the file input
    await page.locator('input[type=file][aria-label="History file"]').setInputFiles(SAMPLE_HISTORY);
    await visible(page.getByText(/6,880 intervals from 2025-11-03 to 2026-10-31/));
    await named(stepButton(page, 2), /done/);
    await screens(page, 2);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();

    // 3: solve (the whole plan, in the Worker), then write the forecast
    await solve(page);
    const summary = await page.getByText(/forecasts [\d,]+ calls from/).textContent();
    const uiCalls = Number(/forecasts ([\d,]+) calls/.exec(summary ?? '')![1].replace(/,/g, ''));
    const [forecastFile] = await downloadsOf(page, 1, () => page.getByRole('button', { name: 'Write Forecast sheet' }).click());
    expect(forecastFile.suggestedFilename()).toBe('forecast.xlsx');
    await visible(page.getByText('Downloaded: forecast.xlsx.'));
    await screens(page, 3);
    expect(await axeViolations(page)).toEqual([]);

    for (const n of [4, 5, 6]) {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${n}:`) }).waitFor();
      await screens(page, n);
      expect(await axeViolations(page)).toEqual([]);
    }
        await page.getByRole('button', { name: 'Next' }).click();

    // 7: schedule results and its workbook
    await visible(page.getByText(/^Schedule (optimal|feasible|time limit)/));
    const [scheduleFile] = await downloadsOf(page, 1, () => page.getByRole('button', { name: 'Write Schedule sheet' }).click());
    expect(scheduleFile.suggestedFilename()).toBe('schedule.xlsx');
    await screens(page, 7);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();

    // 8: live cost breakdown
    await visible(page.getByRole('region', { name: /Annual cost by category/ }));
    await screens(page, 8);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();

    // 9: scenarios side by side, budget question, budget workbooks
    await visible(page.getByRole('region', { name: 'Plans side by side' }));
    await visible(page.getByText(/a year buys/));
    const budgets = await downloadsOf(page, 3, () => page.getByRole('button', { name: 'Write Budget workbooks' }).click());
    expect(budgets.map((d) => d.suggestedFilename()).sort()).toEqual(['budget-high.xlsx', 'budget-low.xlsx', 'budget-mid.xlsx']);
    await screens(page, 9);
    expect(await axeViolations(page)).toEqual([]);

    // the workbooks' contents
    const forecast = await workbook(forecastFile);
    const calls = columnValues(forecast.getWorksheet('Forecast')!, /^calls$/i);
    expect(calls.length).toBe(7 * 24); // 7 days × the sample centre's 24 open half-hours (08:00–20:00)
    const sum = calls.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - uiCalls) / uiCalls).toBeLessThan(0.001);
    const schedule = await workbook(scheduleFile);
    const scheduled = columnValues(schedule.getWorksheet('Schedule')!, /^scheduled \(agents\)$/i);
    expect(scheduled.length).toBeGreaterThanOrEqual(5 * 24 + 16); // every open half hour: weekdays 08:00–20:00, Saturdays 09:00–17:00
    expect(Math.max(...scheduled)).toBeGreaterThan(10);
    for (const d of budgets) {
      const wb = await workbook(d);
      const texts = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().filter((v): v is string => typeof v === 'string'));
      expect(texts).toEqual(expect.arrayContaining(['Labour', 'Shared platforms']));
    }

    // reload restores the plan, the step, the history and the results
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Step 9: Plans/ }).waitFor();
    await visible(page.getByRole('region', { name: 'Plans side by side' }));
    for (let n = 1; n <= 9; n += 1) await named(stepButton(page, n), /\(done\)/);
    await goTo(page, 2);
    await visible(page.getByText('History in use: sample-history.csv'));
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('bad input as a new user types it: clear messages, stale and incomplete marks, cancel, reload mid-step', async () => {
  const { context, page, errors } = await openPane();
  try {
    await goTo(page, 2);
    await page.locator('input[type=file][aria-label="History file"]').setInputFiles(SAMPLE_HISTORY);
    await visible(page.getByText(/6,880 intervals/));

    // letters, 0% and 150% in the SL target: the core's messages, step 1 marked, solving blocked
    await goTo(page, 1);
    const target = page.getByRole('textbox', { name: /Service level target/ });
    await target.fill('eighty');
    await visible(page.getByText(/must be a number \(got "eighty"\)/));
    await named(stepButton(page, 1), /needs input/);
    await target.fill('0');
    await visible(page.getByText('must be above 0%')); // a percent field says its bounds in percent
    await target.fill('150');
    await visible(page.getByText('must be below 100%'));
    await goTo(page, 7);
    await disabled(page.getByRole('button', { name: /^Solve/ }));
    await visible(page.getByText(/Some inputs need attention/));
    await goTo(page, 1);
    await page.getByRole('textbox', { name: /Service level target/ }).fill('80');
    await named(stepButton(page, 1), /\(done\)/);

    // shrinkage total ≥ 100%
    await goTo(page, 6);
    const absence = page.getByRole('textbox', { name: 'Absence share of paid time' });
    await absence.fill('90');
    await visible(page.getByText(/total shrinkage reaches 1\d\d\.\d%; it must stay below 100%/).first());
    await named(stepButton(page, 6), /needs input/);
    await absence.fill('5');
    await named(stepButton(page, 6), /not solved yet/);

    // cancel a solve midway: nothing changes, and solving again works
    await goTo(page, 7);
    await page.getByRole('button', { name: /^Solve/ }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await visible(page.getByText('Solving was cancelled. Your inputs are unchanged.'));
    await disabled(page.getByRole('button', { name: 'Write Schedule sheet' }));
    await solve(page);
    await enabled(page.getByRole('button', { name: 'Write Schedule sheet' }));

    // a later change marks the steps that depend on it stale, and writing waits for a new solve
    await goTo(page, 5);
    await page.getByRole('textbox', { name: /IVR time/ }).fill('40');
    await named(stepButton(page, 4), /\(done\)/);
    for (const n of [5, 6, 7, 8, 9]) await named(stepButton(page, n), /out of date/);
    await goTo(page, 7);
    await disabled(page.getByRole('button', { name: 'Write Schedule sheet' }));

    // close and reopen mid-step: the half-typed value and the step are kept
    await goTo(page, 8);
    await page.getByRole('textbox', { name: 'Agent wage per hour' }).fill('2x');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Step 8: Costs/ }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Agent wage per hour' }).inputValue()).toBe('2x');
    await visible(page.getByText(/must be a number \(got "2x"\)/));
    await named(stepButton(page, 5), /out of date/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a malformed history file shows the validation report and nothing can be written', async () => {
  const { context, page, errors } = await openPane();
  try {
    await goTo(page, 2);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.locator('input[type=file][aria-label="History file"]').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('when,how many\nyesterday,lots\n,\n') });
    await visible(page.getByText('“broken.csv” was not imported: nothing was changed'));
    await visible(page.getByText('No history imported yet.'));
    await named(stepButton(page, 2), /needs input/);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: join(SCREENS, 'step-2-data-malformed-320.png'), fullPage: true });
    await page.setViewportSize({ width: 800, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    for (const [n, button] of [[3, 'Write Forecast sheet'], [7, 'Write Schedule sheet'], [9, 'Write Budget workbooks']] as const) {
      await goTo(page, n);
      await disabled(page.getByRole('button', { name: /^Solve/ }));
      await disabled(page.getByRole('button', { name: button }));
    }
    expect(downloads).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
