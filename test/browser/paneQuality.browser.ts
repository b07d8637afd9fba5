/**
 * The pane as a demanding planner uses it (issue 17), in Debian chromium:
 * keyboard (skip link, focus on the step heading after Next in both
 * languages, one Tab stop for the step list, arrow keys inside), narrow
 * widths (step names in the step list at 400 px, no text clipped by its box
 * at 320 and 400 px on any step, both languages, screenshots of every step at
 * 320 px in /tmp/wizard-shots), and the charts (x tick labels never overlap,
 * y axes wider than their widest value, a hover and keyboard readout) on the
 * sample centre and on the 5-minute bank file.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, openPane, visible } from './pane';
import { serveDist } from './staticServer';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const SHOTS = '/tmp/wizard-shots';
const SAMPLE_HISTORY = join(ROOT, 'examples', 'sample-history.csv');
const FIVE_MIN = join(ROOT, '..', 'shared', 'data', 'bank-calls-5min-2003.csv');
/** a week of 5-minute intervals, three scenarios: minutes on a loaded machine */
const SOLVE_MS = 480_000;

const WORDS = {
  en: { next: 'Next', steps: 'Planning steps', heading: (n: number) => new RegExp(`^Step ${n}:`), solve: /^Solve the plan/, solved: 'The plan is solved.', fileInput: 'History file', imported: /^[\d,]+ intervals from/ },
  'zh-CN': { next: '下一步', steps: '规划步骤', heading: (n: number) => new RegExp(`^第 ${n} 步：`), solve: /^求解计划/, solved: '计划已求解。', fileInput: '历史数据文件', imported: /^[\d,]+ 个时段，从/ },
} as const;
type Lang = keyof typeof WORDS;

let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'chunk-groups.json'))) throw new Error('dist/ has no production build: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDist(DIST);
});
afterAll(async () => {
  await server?.close();
});

const stepButton = (page: Page, lang: Lang, n: number) => page.getByRole('navigation', { name: WORDS[lang].steps }).getByRole('listitem').nth(n - 1).getByRole('button');

async function goTo(page: Page, lang: Lang, n: number): Promise<void> {
  await stepButton(page, lang, n).click();
  await page.getByRole('heading', { level: 2, name: WORDS[lang].heading(n) }).waitFor();
}

/** What has focus: its tag, text and whether it lies in the step's content. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { tag: el?.tagName ?? '', text: (el?.textContent ?? '').trim(), inMain: !!el?.closest('main'), inNav: !!el?.closest('nav'), label: el?.getAttribute('aria-label') ?? '' };
});

async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('combobox', { name: lang === 'zh-CN' ? 'Language' : '语言' }).selectOption(lang);
  await page.getByRole('heading', { level: 2, name: lang === 'zh-CN' ? /^第 \d 步：/ : /^Step \d:/ }).waitFor();
}

/**
 * Every input, select, label and radio label whose text is wider than its
 * box (scrollWidth > clientWidth), and whether the page scrolls sideways.
 */
const clipped = (page: Page) => page.evaluate(() => {
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('main input:not([type=file]):not([type=radio]):not([type=checkbox]), main select, label, nav button')) {
    if (el.offsetParent === null) continue; // hidden (a closed <details>)
    if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()} "${(el.textContent || (el as HTMLInputElement).value || '').trim().slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`);
  }
  // a select shows its chosen option's text: measured with the select's own font, against its inner width
  const ctx = document.createElement('canvas').getContext('2d')!;
  for (const s of document.querySelectorAll<HTMLSelectElement>('main select, header select')) {
    if (s.offsetParent === null) continue;
    const style = getComputedStyle(s);
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = s.selectedOptions[0]?.textContent ?? '';
    const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (ctx.measureText(text).width > room + 1) out.push(`select option "${text.slice(0, 40)}" ${Math.round(ctx.measureText(text).width)}>${Math.round(room)}`);
  }
  if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth}>${window.innerWidth}`);
  return out;
});

/**
 * Overlaps among each chart's drawn x labels (widths measured here, in the
 * chart's font), and y values wider than their axis (value + tick 4 + gap 4 > axis width).
 */
const tickProblems = (page: Page) => page.evaluate(() => {
  const out: string[] = [];
  const ctx = document.createElement('canvas').getContext('2d')!;
  let charts = 0;
  for (const el of document.querySelectorAll<HTMLElement>('[data-chart-canvas]')) {
    if (!el.dataset.ticks || el.offsetParent === null) continue;
    charts += 1;
    const t = JSON.parse(el.dataset.ticks) as { font: string; x: { text: string; centre: number }[]; y: { size: number; values: string[] }[] };
    ctx.font = t.font;
    const title = el.closest('figure')?.querySelector('h3')?.textContent ?? '?';
    const boxes = t.x.map((l) => ({ ...l, half: ctx.measureText(l.text).width / 2 })).sort((a, b) => a.centre - b.centre);
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1], boxes[i]];
      if (a.centre + a.half > b.centre - b.half) out.push(`${title}: x "${a.text}" overlaps "${b.text}"`);
    }
    if (t.x.length < 2) out.push(`${title}: only ${t.x.length} x labels`);
    t.y.forEach((axis, k) => {
      for (const v of axis.values) if (ctx.measureText(v).width + 8 > axis.size) out.push(`${title}: y axis ${k + 1} value "${v}" wider than its axis (${axis.size} px)`);
    });
  }
  return { charts, problems: out };
});

/** Hovering and then the arrow keys move the first visible chart's readout: it shows a point and a number. */
async function readoutWorks(page: Page): Promise<void> {
  const chart = page.locator('[data-chart-canvas]').first();
  const frame = chart.locator('..');
  const readout = frame.locator('xpath=following-sibling::p[@data-chart-readout]');
  const before = await readout.textContent();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await eventually('the hover readout shows a value', async () => /\d/.test((await readout.textContent()) ?? '') && (await readout.textContent()) !== before);
  await page.mouse.move(0, 0);
  await frame.focus();
  await page.keyboard.press('Home');
  const first = await readout.textContent();
  await page.keyboard.press('ArrowRight');
  await eventually('the keyboard moves the readout', async () => (await readout.textContent()) !== first);
  expect(await readout.getAttribute('aria-live')).toBe('polite');
  expect(first).toMatch(/\d/);
}

async function solve(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: WORDS[lang].solve }).first().click();
  await page.getByText(WORDS[lang].solved).waitFor({ timeout: SOLVE_MS });
}

test('keyboard: a skip link first, one Tab stop for the step list, focus on the step heading after Next and Back (both languages)', async () => {
  const { page, errors, close } = await openPane(server.url);
  try {
    // load → the skip link is the first Tab stop; Enter puts focus on the step heading
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('A');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'H2', inMain: true });
    // from the top: skip link, language switch, the step list (one stop), then the step's content
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      stops.push(f.inMain ? 'main' : f.inNav ? 'nav' : f.tag);
      if (f.inMain) break;
    }
    expect(stops).toEqual(['A', 'SELECT', 'nav', 'main']);
    let tabsToNext = 0;
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    while (tabsToNext < 200 && (await focused(page)).text !== 'Next') {
      await page.keyboard.press('Tab');
      tabsToNext += 1;
    }
    console.log(`Tabs from the top of step 1 to Next: ${tabsToNext}`);
    // arrows inside the step list, Enter opens the step and focus lands on its heading
    await stepButton(page, 'en', 1).focus();
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).label).toMatch(/^Step 2:/);
    await page.keyboard.press('End');
    expect((await focused(page)).label).toMatch(/^Step 9:/);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).label).toMatch(/^Step 1:/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Step 9:/ }).waitFor();
    await eventually('focus is on step 9’s heading', async () => /^Step 9:/.test((await focused(page)).text));
    await goTo(page, 'en', 1);
    await eventually('focus is on step 1’s heading', async () => (await focused(page)).tag === 'H2');

    for (const lang of ['en', 'zh-CN'] as const) {
      if (lang === 'zh-CN') await switchLanguage(page, 'zh-CN');
      await page.getByRole('button', { name: WORDS[lang].next }).click();
      await page.getByRole('heading', { level: 2, name: WORDS[lang].heading(2) }).waitFor();
      await eventually(`(${lang}) focus is on step 2’s heading after Next`, async () => {
        const f = await focused(page);
        return f.tag === 'H2' && WORDS[lang].heading(2).test(f.text);
      });
      await page.getByRole('button', { name: lang === 'en' ? 'Back' : '上一步' }).click();
      await eventually(`(${lang}) focus is on step 1’s heading after Back`, async () => WORDS[lang].heading(1).test((await focused(page)).text));
    }
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}, 180_000);

test('narrow widths: the step list names every step at 400 px; nothing clipped at 320 and 400 px on any step (both languages); charts of the sample readable', async () => {
  const { page, errors, close } = await openPane(server.url);
  try {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('input[type=file][aria-label="History file"]').setInputFiles(SAMPLE_HISTORY);
    await visible(page.getByText(WORDS.en.imported));
    await goTo(page, 'en', 3);
    await solve(page, 'en');
    const problems: string[] = [];
    let charts = 0;
    for (const lang of ['en', 'zh-CN'] as const) {
      if (lang === 'zh-CN') {
        await page.setViewportSize({ width: 800, height: 900 });
        await switchLanguage(page, 'zh-CN');
      }
      for (const width of [400, 320]) {
        await page.setViewportSize({ width, height: 900 });
        if (width === 400) {
          // the step list's text holds every step's name
          const names = await page.getByRole('navigation', { name: WORDS[lang].steps }).getByRole('button').allTextContents();
          const titles = await page.evaluate(() => [...document.querySelectorAll('nav button')].map((b) => b.getAttribute('title') ?? ''));
          expect(names).toHaveLength(9);
          names.forEach((text, i) => expect(text).toContain(titles[i].split(/[:：]/)[0]));
        }
        for (let n = 1; n <= 9; n++) {
          await goTo(page, lang, n);
          await page.waitForTimeout(200); // charts follow their box's width
          for (const p of await clipped(page)) problems.push(`${lang} ${width}px step ${n}: ${p}`);
          const ticks = await tickProblems(page);
          charts += ticks.charts;
          for (const p of ticks.problems) problems.push(`${lang} ${width}px step ${n}: ${p}`);
          if (width === 320) await page.screenshot({ path: join(SHOTS, `step-${n}-${lang}-320.png`), fullPage: true });
        }
      }
    }
    expect(problems).toEqual([]);
    expect(charts).toBeGreaterThanOrEqual(20); // steps 1, 2, 3, 4, 5, 7 in two languages and two widths
    await page.setViewportSize({ width: 800, height: 900 });
    await goTo(page, 'zh-CN', 4);
    await readoutWorks(page);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}, 600_000);

test('the 5-minute bank file: chart tick labels never overlap (data, staffing, trunks, schedule); the readout shows a value', async () => {
  if (!existsSync(FIVE_MIN)) throw new Error(`the 5-minute bank file is not at ${FIVE_MIN}`);
  const { page, errors, close } = await openPane(server.url);
  try {
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('input[type=file][aria-label="History file"]').setInputFiles(FIVE_MIN);
    await visible(page.getByText(WORDS.en.imported), 60_000);
    await page.getByRole('textbox', { name: /^Average handle time/ }).fill('300');
    const problems: string[] = [];
    for (const width of [800, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(200);
      const ticks = await tickProblems(page);
      expect(ticks.charts).toBeGreaterThanOrEqual(1);
      problems.push(...ticks.problems.map((p) => `step 2 ${width}px: ${p}`));
    }
    await page.setViewportSize({ width: 800, height: 900 });
    await goTo(page, 'en', 3);
    await solve(page, 'en');
    for (const n of [3, 4, 5, 7]) {
      await goTo(page, 'en', n);
      for (const width of [800, 400, 320]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(200);
        const ticks = await tickProblems(page);
        expect(ticks.charts).toBeGreaterThanOrEqual(1);
        problems.push(...ticks.problems.map((p) => `step ${n} ${width}px: ${p}`));
      }
      await page.setViewportSize({ width: 800, height: 900 });
    }
    await page.screenshot({ path: join(SHOTS, 'bank-5min-step-7-800.png'), fullPage: true });
    expect(problems).toEqual([]);
    await goTo(page, 'en', 4);
    await readoutWorks(page);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
}, 900_000);
