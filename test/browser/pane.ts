/**
 * Shared helpers for the browser tests: the pane in Debian chromium (headless,
 * preview mode, production build served from dist/, office.js blocked as when
 * the CDN is unreachable, every other origin refused), polling, downloads and
 * the downloaded workbooks read with exceljs. The patterns of wizard.browser.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type BrowserContext, chromium, type Download, type Locator, type Page } from 'playwright-core';

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US'];

/** Polls until `check` passes (Playwright's auto-waiting, for plain jest assertions). */
export async function eventually(what: string, check: () => Promise<boolean>, timeout = 10000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
export const visible = (l: Locator, timeout = 10000) => l.first().waitFor({ state: 'visible', timeout });
export const named = (l: Locator, name: RegExp) => eventually(`the accessible name matches ${name}`, async () => name.test((await l.getAttribute('aria-label')) ?? ''));

export interface Pane { context: BrowserContext; page: Page; errors: string[]; close(): Promise<void> }

/** A fresh browser profile, the pane opened on step 1; page errors are collected in `errors`. */
export async function openPane(serverUrl: string): Promise<Pane> {
  const profile = mkdtempSync(join(tmpdir(), 'ninestep-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ARGS, acceptDownloads: true, viewport: { width: 800, height: 900 }, locale: 'en-US' });
  await context.route(/appsforoffice\.microsoft\.com/, (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: '/* office.js unreachable in tests */' }));
  await context.route((url) => !url.href.startsWith(serverUrl) && !url.href.startsWith('blob:') && !url.href.startsWith('data:') && !/appsforoffice/.test(url.href), (r) => r.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${serverUrl}taskpane.html`);
  await page.getByRole('heading', { level: 2 }).waitFor({ timeout: 20000 });
  return { context, page, errors, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Collects `count` downloads started by `click`; fails fast on the pane's "Nothing was written" message (either language). */
export async function downloadsOf(page: Page, count: number, click: () => Promise<void>, failed: RegExp = /^(Nothing was written|没有写入任何内容)/): Promise<Download[]> {
  const got: Download[] = [];
  const done = new Promise<void>((ok) => {
    const on = (d: Download) => {
      got.push(d);
      if (got.length === count) {
        page.off('download', on);
        ok();
      }
    };
    page.on('download', on);
  });
  await click();
  const failure = page.getByText(failed);
  await Promise.race([
    done,
    failure.waitFor({ timeout: 60000 }).then(async () => { throw new Error(`writing failed: ${await failure.textContent()}`); }),
  ]);
  return got;
}

export async function workbook(d: Download): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await d.path()) as unknown as ArrayBuffer);
  return wb;
}

const numberOf = (v: ExcelJS.CellValue): number | undefined =>
  typeof v === 'number' ? v : v && typeof v === 'object' && 'result' in v && typeof v.result === 'number' ? v.result : undefined;

/** Values of a column (by header text) under its header row, in the first table-like block of a sheet. */
export function columnValues(ws: ExcelJS.Worksheet, header: RegExp): number[] {
  let headerRow = 0;
  let col = 0;
  ws.eachRow((row, r) => {
    if (headerRow) return;
    row.eachCell((cell, c) => {
      if (!headerRow && typeof cell.value === 'string' && header.test(cell.value)) {
        headerRow = r;
        col = c;
      }
    });
  });
  if (!headerRow) throw new Error(`no column ${header} in sheet ${ws.name}`);
  const out: number[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r += 1) {
    const n = numberOf(ws.getRow(r).getCell(col).value);
    if (n === undefined) break;
    out.push(n);
  }
  return out;
}

/** Every string in a workbook. */
export const texts = (wb: ExcelJS.Workbook): string[] => wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().filter((v): v is string => typeof v === 'string'));

/** A number as the pane prints it ("1,234.5") read back. */
export const paneNumber = (s: string): number => Number(s.replace(/,/g, ''));
