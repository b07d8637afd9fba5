/**
 * The task pane's Content-Security-Policy in a real browser (Debian chromium,
 * headless, CSP enforced — no bypass): the wizard renders, imports the sample
 * history and solves the plan (the Worker and HiGHS's WebAssembly) with no
 * violation reported. office.js is answered with an empty script, as in the
 * wizard tests.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './staticServer';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

test('no CSP violation while the wizard renders, imports history and solves the plan', async () => {
  if (!existsSync(join(DIST, 'chunk-groups.json'))) throw new Error('dist/ has no production build: run `npm run build` first');
  const server = await serveDist(DIST);
  const profile = mkdtempSync(join(tmpdir(), 'ninestep-csp-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ARGS, viewport: { width: 800, height: 900 } });
  try {
    await context.route(/appsforoffice\.microsoft\.com/, (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: '/* office.js unreachable in tests */' }));
    await context.route((url) => !url.href.startsWith(server.url) && !/^(blob|data):/.test(url.href) && !/appsforoffice/.test(url.href), (r) => r.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
    });
    await page.goto(`${server.url}taskpane.html`);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/^default-src 'self';/);
    await page.getByRole('heading', { level: 2, name: /^Step 1:/ }).waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('input[type=file][aria-label="History file"]').setInputFiles(join(ROOT, 'examples', 'sample-history.csv'));
    await page.getByText(/6,880 intervals/).first().waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: /^Solve/ }).first().click();
    await page.getByText('The plan is solved.').waitFor({ timeout: 120000 });
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'csp-solved.png') });
    expect(violations).toEqual([]);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}, 180_000);
