/**
 * The wizard's two catalogues: the same keys, no empty message, the same
 * {{placeholders}}; the core's validation problems worded through them (the
 * English catalogue says exactly what the core says, the Chinese one says it
 * in Chinese); and no UI string hard-coded in src/taskpane/**.tsx outside
 * them (a TypeScript AST scan, with a short list of allowed symbols).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { validatePlanConfig, type ConfigProblem } from '../../src/core/plan/validateConfig';
import { en } from '../../src/taskpane/i18n/en';
import { createI18n } from '../../src/taskpane/i18n/i18n';
import { problemText } from '../../src/taskpane/i18n/problems';
import { failureText } from '../../src/core/notes/failureText';
import { note } from '../../src/core/notes/note';
import { invalid, within } from '../../src/core/result';
import { invalidNote } from '../../src/core/notes/noAnswerNote';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { newDraft } from '../../src/taskpane/state/planDraft';

/** Every message of a catalogue by its dotted key. */
export function flatten(catalogue: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(catalogue)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();

describe('the wizard catalogues', () => {
  const enKeys = flatten(en);
  const zhKeys = flatten(zhCN);

  test('every message key exists in both catalogues', () => {
    expect([...enKeys.keys()].filter((k) => !zhKeys.has(k))).toEqual([]);
    expect([...zhKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect(enKeys.size).toBeGreaterThan(300);
  });

  test('no message is empty or anything but a string', () => {
    for (const [name, cat] of [['en', enKeys], ['zh-CN', zhKeys]] as const) {
      const bad = [...cat].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => `${name}:${k}`);
      expect(bad).toEqual([]);
    }
  });

  test('each Chinese message has the same placeholders as its English one, and is Chinese', () => {
    const mismatched = [...enKeys].filter(([k, v]) => zhKeys.has(k) && placeholders(String(v)).join() !== placeholders(String(zhKeys.get(k))).join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
    // names kept in every language: the languages' own names, symbols, model names with a Latin part
    const latinOnly = [...zhKeys].filter(([, v]) => !/[\u4e00-\u9fff]/.test(String(v))).map(([k]) => k);
    expect(latinOnly.sort()).toEqual(['chart.readout', 'chart.readoutValue', 'fields.listSeparator', 'forecast.today.sentence', 'language.en', 'run.solving', 'schedule.template', 'service.objective'].sort());
  });

  test('the catalogues are registered: zh-CN tags pick the Chinese one, others English', () => {
    expect(createI18n('zh-Hans-CN').t('wizard.next')).toBe('下一步');
    expect(createI18n('zh-CN').t('data.issues', { count: 1, n: '1' })).toBe('1 项发现');
    expect(createI18n('zh-TW').t('wizard.next')).toBe('Next');
    expect(createI18n('en-GB').t('wizard.next')).toBe('Next');
  });

  test("the sample's scenario labels: the English ones are the sample centre's own, each language has all three", () => {
    const sample = newDraft().scenarios as { name: string; label: string }[];
    expect(Object.fromEntries(sample.map((s) => [s.name, s.label]))).toEqual(en.plans.sampleLabels);
    expect(Object.keys(zhCN.plans.sampleLabels).sort()).toEqual(sample.map((s) => s.name).sort());
  });
});

/** Drafts a wizard user produces: each with the problems it must show. */
const draft = (change: (d: ReturnType<typeof newDraft>) => void) => {
  const d = newDraft();
  d.data = { ...d.data, history: 'sample-history.csv' };
  change(d);
  return d;
};
const CASES: Record<string, unknown> = {
  letters: draft((d) => { (d.service as Record<string, unknown>).slTarget = 'eighty'; }),
  zero: draft((d) => { (d.service as Record<string, unknown>).slTarget = 0; }),
  over: draft((d) => { (d.service as Record<string, unknown>).slTarget = 1.5; }),
  shrinkage: draft((d) => { (d.shrinkage as Record<string, unknown>).absence = 0.95; }),
  negativeRate: draft((d) => { (d.costs as Record<string, unknown>).hourlyWage = -3; }),
  negativeWage: draft((d) => { (d.costs as Record<string, unknown>).hourlyWage = 'lots'; }),
  blankName: draft((d) => { d.centre = { name: '' }; }),
  badModel: draft((d) => { (d.staffing as Record<string, unknown>).model = 'erlangX'; }),
  badInterval: draft((d) => { (d.data as Record<string, unknown>).intervalMinutes = 7; }),
  days: draft((d) => { (d.schedule as Record<string, unknown>).roster = { minWorkDays: 6, maxWorkDays: 4 }; }),
  event: draft((d) => { (d.forecast as Record<string, unknown>).events = [{ name: 'x', factor: 1.2, from: '2026-12-10', to: '2026-12-01' }]; }),
  unknown: draft((d) => { (d.service as Record<string, unknown>).slTargte = 0.8; }),
  shrinkageShape: draft((d) => { (d.shrinkage as Record<string, unknown>).training = { byMonth: [0.1] }; }),
};
const problemsOf = (input: unknown): ConfigProblem[] => {
  const r = validatePlanConfig(input);
  expect(r.ok).toBe(false);
  return r.problems ?? [];
};

describe('the core’s validation problems through the catalogue', () => {
  const tEn = createI18n('en').t;
  const tZh = createI18n('zh-CN').t;

  test('in English each problem reads exactly as the core words it (so the catalogue covers every code)', () => {
    for (const input of Object.values(CASES)) for (const p of problemsOf(input)) {
      expect(p.code).toBeDefined();
      expect(problemText(p, tEn)).toBe(p.message);
    }
  });

  test('in Chinese every one of them is Chinese (the common wizard mistakes among them)', () => {
    const zh = Object.fromEntries(Object.entries(CASES).map(([k, input]) => [k, problemsOf(input).map((p) => problemText(p, tZh))]));
    for (const [k, texts] of Object.entries(zh)) for (const text of texts) expect(`${k}: ${text}`).toMatch(/[\u4e00-\u9fff]/);
    expect(zh.letters).toContain('必须是数字（输入为 "eighty"）');
    expect(zh.zero).toContain('必须大于 0（输入为 0）');
    expect(zh.over).toContain('必须小于 1（输入为 1.5）');
    expect(zh.shrinkage).toEqual([expect.stringMatching(/^人员缩减合计达到 1\d\d\.\d%；必须低于 100%（否则没有人接听来电）$/)]);
    expect(zh.negativeRate).toContain('不能小于 0（输入为 -3）');
  });

  test('a problem without a code, or with a wording we do not know, stays as the core says it', () => {
    expect(problemText({ field: 'x', message: 'something new' }, tZh)).toBe('something new');
    expect(problemText({ field: 'x', message: 'odd (got 1)', code: 'other', params: { message: 'odd', got: '1' } }, tZh)).toBe('odd (got 1)');
  });

  test('run failures are worded from their code and place in the plan; one without a code passes through', () => {
    const mismatch = within(invalidNote(note('plan.intervalMismatch', { configured: 15, history: 30 })), { scenario: 'high', date: '2026-11-03' });
    expect(failureText(mismatch, 'zh-CN')).toBe('方案 high：2026年11月3日：设置的时段长度为 15 分钟，但历史数据的时段为 30 分钟');
    expect(failureText(mismatch, 'en')).toBe('scenario high: 2026-11-03: data.intervalMinutes is 15 but the history has 30-minute intervals');
    expect(failureText(mismatch, 'en')).toBe(mismatch.message);
    expect(failureText(invalid('disk on fire'), 'zh-CN')).toBe('disk on fire');
  });

});

/**
 * Hard-coded UI text: JSX text with a letter in it, and string literals (or
 * template text) given to props that show or announce text, or to
 * `label`/`header`/`title` in option and column objects. Allowed: symbols and
 * formats that read the same in every language.
 */
const TEXT_PROPS = new Set(['label', 'title', 'aria-label', 'placeholder', 'hint', 'header', 'leftLabel', 'rightLabel', 'unit', 'contentAfter', 'validationMessage', 'alt', 'aria-description', 'aria-valuetext']);
const ALLOWED = new Set([
  '%', // unit after percentage inputs
  'YYYY-MM-DD', // date format typed in the box (ISO, the same in Chinese planners' files)
  'HH:MM', // time format typed in the box
]);
const SRC = join(__dirname, '..', '..', 'src', 'taskpane');
const tsxFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []));

export function hardCodedStrings(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (n: ts.Node) => `${relative(join(SRC, '..', '..'), file)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const literalText = (e: ts.Expression | undefined): string | undefined => {
    if (!e) return undefined;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join('');
    if (ts.isParenthesizedExpression(e)) return literalText(e.expression);
    if (ts.isConditionalExpression(e)) return [literalText(e.whenTrue), literalText(e.whenFalse)].filter(Boolean).join(' ') || undefined;
    return undefined;
  };
  const wordy = (s: string) => /\p{L}/u.test(s.replace(/&\w+;/g, '')) && !ALLOWED.has(s.trim());
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && wordy(n.text)) found.push(`${where(n)}: JSX text "${n.text.trim()}"`);
    if (ts.isJsxAttribute(n) && TEXT_PROPS.has(n.name.getText())) {
      const init = n.initializer;
      const value = init && ts.isStringLiteral(init) ? init.text : init && ts.isJsxExpression(init) ? literalText(init.expression) : undefined;
      if (value !== undefined && wordy(value)) found.push(`${where(n)}: ${n.name.getText()}="${value}"`);
    }
    if (ts.isPropertyAssignment(n) && ['label', 'header', 'title'].includes(n.name.getText())) {
      const value = literalText(n.initializer);
      if (value !== undefined && wordy(value)) found.push(`${where(n)}: ${n.name.getText()}: "${value}"`);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

describe('no UI string is hard-coded outside the catalogues', () => {
  test('src/taskpane/**/*.tsx', () => {
    const files = tsxFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => hardCodedStrings(f))).toEqual([]);
  });

  test('the scan finds hard-coded text when there is some', () => {
    const found = hardCodedStrings(join(SRC, 'x.tsx'), `
      export const A = () => <div title="Totals" aria-label={'Plan'}>
        <Button>Solve now</Button>
        <Input placeholder="HH:MM" contentAfter="%" />{t('ok')} ✓ —
        <Field label={\`Rate \${n}\`} />
      </div>;
      const columns = [{ key: 'a', header: 'Agents', cell: (r) => r.a }, { key: 'b', header: t('columns.b') }];`);
    expect(found.map((f) => f.replace(/^.*?: /, ''))).toEqual(['title="Totals"', 'aria-label="Plan"', 'JSX text "Solve now"', 'label="Rate "', 'header: "Agents"']);
  });
});
