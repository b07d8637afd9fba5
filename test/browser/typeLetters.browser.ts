/**
 * Issue 12, item 6, in a real browser (Debian chromium, production build,
 * preview mode): a planner types letters into every text box of every step,
 * in English and in Chinese. No page error, the pane stays (the step's
 * heading is still there, no crash message), every number box is marked
 * invalid with its message. The sample centre comes from "Try the sample
 * centre". Screenshots of each step after the letters go to
 * /tmp/ninestep-type-letters/ (looked at by hand).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openPane } from './pane';
import { serveDist } from './staticServer';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SCREENS = process.env.TYPE_LETTERS_SCREENS ?? join(tmpdir(), 'ninestep-type-letters');

let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'chunk-groups.json'))) throw new Error('dist/ has no production build: run `npm run build` first');
  mkdirSync(SCREENS, { recursive: true });
  server = await serveDist(DIST);
});

afterAll(async () => {
  await server?.close();
});

const LANGUAGES = [
  { id: 'en', heading: (n: number) => new RegExp(`^Step ${n}:`), next: 'Next', sample: 'Try the sample centre', loaded: /6,880 intervals/, crash: /Something went wrong/ },
  { id: 'zh-CN', heading: (n: number) => new RegExp(`^第 ${n} 步：`), next: '下一步', sample: '试用示例呼叫中心', loaded: /6,880 个时段/, crash: /时出错/ },
] as const;

async function typeLettersEverywhere(page: Page, lang: (typeof LANGUAGES)[number], n: number): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const boxes = page.getByRole('textbox');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    if (!(await box.isVisible()) || !(await box.isEditable())) continue;
    await box.fill('abc');
    await box.press('Tab');
    if (!(await page.getByRole('heading', { level: 2, name: lang.heading(n) }).isVisible())) problems.push(`step ${n} box ${i}: the step heading is gone`);
    if (await page.getByText(lang.crash).count()) problems.push(`step ${n} box ${i}: a crash message`);
    const decimal = (await box.getAttribute('inputmode')) === 'decimal';
    if (decimal && (await box.getAttribute('aria-invalid')) !== 'true') problems.push(`step ${n} box ${i} (${await box.getAttribute('id')}): no field message`);
  }
  return problems;
}

test.each(LANGUAGES)('letters in every text box of every step ($id): no page error, the pane stays', async (lang) => {
  const { page, errors, close } = await openPane(server.url);
  try {
    await page.getByRole('heading', { level: 2, name: /^Step 1:/ }).waitFor({ timeout: 20000 });
    if (lang.id === 'zh-CN') await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByRole('heading', { level: 2, name: lang.heading(1) }).waitFor();
    // the sample is one click away in preview mode
    await page.getByRole('button', { name: lang.next, exact: true }).click();
    await page.getByRole('button', { name: lang.sample }).click();
    await page.getByText(lang.loaded).first().waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: lang.id === 'en' ? 'Back' : '上一步', exact: true }).click();
    const problems: string[] = [];
    for (let n = 1; n <= 9; n++) {
      await page.getByRole('heading', { level: 2, name: lang.heading(n) }).waitFor();
      problems.push(...(await typeLettersEverywhere(page, lang, n)));
      await page.screenshot({ path: join(SCREENS, `${lang.id}-step-${n}.png`), fullPage: true });
      if (n < 9) await page.getByRole('button', { name: lang.next, exact: true }).click();
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
