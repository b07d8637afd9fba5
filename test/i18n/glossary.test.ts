/**
 * The zh-CN catalogues use the glossary: wherever the English string carries a
 * glossary concept (service level, AHT, shrinkage, trunk…), its zh-CN
 * counterpart uses the glossary's term, and no zh-CN string uses a variant the
 * glossary avoids (服务等级…). Covers the function messages, the function help
 * (functions.zh-CN.json), the workbook labels, the wizard's catalogue
 * (src/taskpane/i18n/zh-CN.ts) and the engine's notes and import issues
 * (src/core/notes/texts.zh-CN.ts). docs/glossary.md is current.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type NoteCode, note } from '../../src/core/notes/note';
import { issueWords, renderNote } from '../../src/core/notes/render';
import type { IssueKind, ValidationIssue } from '../../src/core/workload/validationReport';
import { FUNCTIONS_ZH_CN } from '../../src/functions/i18n/zh-CN';
import type { FunctionsMetadata } from '../../src/functions/i18n/localizeMetadata';
import { type FunctionMessages, messages } from '../../src/functions/messages';
import { messagesZhCN } from '../../src/functions/messages.zh-CN';
import { GLOSSARY, glossaryProblems, glossaryTerms } from '../../src/i18n/glossary';
import { glossaryMarkdown } from '../../src/i18n/glossaryMarkdown';
import { resolveLocale } from '../../src/i18n/locale';
import { templateLabels } from '../../src/report';
import { en as wizardEn } from '../../src/taskpane/i18n/en';
import { zhCN as wizardZh } from '../../src/taskpane/i18n/zh-CN';
import { ISSUE_SAMPLES, NOTE_SAMPLES } from '../notes/samples';

/** One call of every message, with arguments that exercise its wording (units included). */
const SAMPLES: { readonly [K in keyof FunctionMessages]: Parameters<FunctionMessages[K]>[] } = {
  required: [['aht']],
  notNumber: [['calls', 'x']],
  notFinite: [['calls']],
  atLeast: [['calls', 0, undefined, -1], ['target', 0, 'seconds', -1]],
  greaterThan: [['aht', 0, 'seconds', -5], ['interval', 0, 'minutes', 0], ['response_hours', 0, 'hours', 0]],
  atMost: [['traffic', 1e6, 'erlangs', 2e6], ['days_in_month', 31, 'days', 40]],
  whole: [['agents', 2.5]],
  fraction: [['sl_target', 120]],
  fractionAbove: [['sl_target', 0, 0]],
  fractionBelow: [['shrinkage', 1, 1]],
  oneOf: [['metric', ['MAPE', 'R2'], 'X']],
  argumentAt: [[2]],
  shapes: [['calls', '1×2', 'aht', '1×3']],
  notMore: [['answered_within', 5, 'answered', 4]],
  unreachableSl: [[1, 0], [0.999, 20]],
  zeroBlocking: [[]],
  unreachableAsa: [[5]],
  unreachableAbandon: [[0.01]],
  abandonNeedsPatience: [[]],
  backlogWindowTooShort: [[4, 16.08, 8]],
  noServiceBase: [[3]],
  loadTooLarge: [[2e6, 1e6]],
  patienceArrivalsTooMany: [[2e7, 1e7]],
  unreachableOccupancy: [[1e-12, 2e14, 1e7]],
  unreachableBlocking: [[1e7]],
  resultTooLarge: [['TRUNK_LOAD']],
  unstableAsa: [[2, 10]],
  noAgentsOccupancy: [[]],
  noAnswered: [[]],
  singleValue: [['month']],
  pairedLengths: [['actual', 2, 'forecast', 1]],
  rangeValueNotNumber: [['actual', 2, null], ['actual', 2, 'x']],
  noValues: [[]],
  unknownFunction: [['NOPE', ['ERLANGC']]],
  argumentCount: [['ERLANGC', 3, 4, 1], ['ERLANGB', 2, 2, 1]],
  internal: [['x']],
};

type Pair = [where: string, en: string, zh: string];

function messagePairs(): Pair[] {
  const call = (table: FunctionMessages, key: keyof FunctionMessages, args: unknown[]): string =>
    (table[key] as (...a: unknown[]) => string)(...args);
  return (Object.keys(SAMPLES) as (keyof FunctionMessages)[]).flatMap((key) =>
    SAMPLES[key].map((args, i): Pair => [`messages.${key}#${i}`, call(messages, key, args), call(messagesZhCN, key, args)]));
}

function labelPairs(): Pair[] {
  const en = templateLabels('en');
  const zh = templateLabels('zh-CN');
  const pairs: Pair[] = [];
  for (const [sheet, l] of Object.entries(en.sheets)) {
    const z = zh.sheets[sheet];
    pairs.push([`${sheet}.title`, l.title, z.title], [`${sheet}.subtitle`, l.subtitle, z.subtitle]);
    for (const [k, v] of Object.entries(l.sections)) pairs.push([`${sheet}.sections.${k}`, v, z.sections[k]]);
    for (const [k, v] of Object.entries(l.cells)) pairs.push([`${sheet}.cells.${k}`, v, z.cells[k]]);
    for (const [k, v] of Object.entries(l.units)) pairs.push([`${sheet}.units.${k}`, v, z.units[k]]);
  }
  for (const [table, cols] of Object.entries(en.columns)) cols.forEach((c, i) => pairs.push([`${table}[${i}]`, c, zh.columns[table][i]]));
  pairs.push(['yearSum', en.yearSum, zh.yearSum], ['yearMax', en.yearMax, zh.yearMax], ['off', en.off, zh.off]);
  for (const [k, v] of Object.entries(en.sheetNames)) pairs.push([`sheetNames.${k}`, v, zh.sheetNames[k]]);
  for (const k of ['monthlyCalls', 'monthlyCost', 'coverage', 'scenarios', 'month', 'calls', 'interval', 'agents', 'committedSl'] as const) pairs.push([`charts.${k}`, en.charts[k], zh.charts[k]]);
  pairs.push(['charts.cost', en.charts.cost('USD'), zh.charts.cost('USD')]);
  return pairs;
}

/** The wizard's messages, key by key (the key-parity test is test/taskpane/catalogues.test.ts). */
function wizardPairs(): Pair[] {
  const flat = (o: object, prefix = ''): [string, string][] => Object.entries(o).flatMap(([k, v]): [string, string][] =>
    (v !== null && typeof v === 'object' ? flat(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]]));
  const zh = new Map(flat(wizardZh));
  const words = (s: string) => s.replace(/\{\{\w+\}\}/g, '…'); // placeholders are not words ({{sl}} is a value)
  return flat(wizardEn).map(([key, en]): Pair => [`wizard:${key}`, words(en), words(zh.get(key) ?? '')]);
}

/** The engine's notes and import issues, each sample in both languages. */
function enginePairs(): Pair[] {
  const notes = (Object.keys(NOTE_SAMPLES) as NoteCode[]).flatMap((code) => NOTE_SAMPLES[code].map((params, i): Pair => {
    const n = note(code, params as never);
    return [`note:${code}#${i}`, renderNote(n, 'en'), renderNote(n, 'zh-CN')];
  }));
  const issues = (Object.keys(ISSUE_SAMPLES) as IssueKind[]).flatMap((kind) => ISSUE_SAMPLES[kind].flatMap((params, i): Pair[] => {
    const issue = { row: 2, kind, severity: 'warning', params } as ValidationIssue;
    const [en, zh] = [issueWords(issue, 'en'), issueWords(issue, 'zh-CN')];
    return [[`issue:${kind}#${i}.problem`, en.problem, zh.problem], [`issue:${kind}#${i}.action`, en.action, zh.action]];
  }));
  return [...notes, ...issues];
}

let metadataPairs: Pair[] = [];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(join(__dirname, '../../src/functions/functions.ts'), true);
  const english = JSON.parse(generated.metadataJson) as FunctionsMetadata;
  metadataPairs = english.functions.flatMap((f) => [
    [`${f.id}`, f.description ?? '', FUNCTIONS_ZH_CN[f.id].description] as Pair,
    ...f.parameters.map((p): Pair => [`${f.id}(${p.name})`, p.description ?? '', FUNCTIONS_ZH_CN[f.id].parameters[p.name]]),
  ]);
});

const problemsOf = (pairs: Pair[]): string[] =>
  pairs.flatMap(([where, en, zh]) => glossaryProblems(en, zh).map((p) => `${where}: "${zh}": ${p}`));

describe('zh-CN catalogues follow the glossary', () => {
  test('function messages', () => expect(problemsOf(messagePairs())).toEqual([]));
  test('function help (functions.zh-CN.json)', () => {
    expect(metadataPairs.length).toBeGreaterThan(80);
    expect(problemsOf(metadataPairs)).toEqual([]);
  });
  test('workbook labels', () => expect(problemsOf(labelPairs())).toEqual([]));
  test('engine notes and import issues (src/core/notes/texts.zh-CN.ts)', () => {
    expect(enginePairs().length).toBeGreaterThan(90);
    expect(problemsOf(enginePairs())).toEqual([]);
  });
  test('the wizard (src/taskpane/i18n/zh-CN.ts)', () => {
    expect(wizardPairs().length).toBeGreaterThan(300);
    expect(problemsOf(wizardPairs())).toEqual([]);
  });

  test('every zh-CN string mentioning service level says 服务水平, never 服务等级', () => {
    const all = [...messagePairs(), ...metadataPairs, ...labelPairs(), ...wizardPairs(), ...enginePairs()];
    const sl = all.filter(([, en]) => GLOSSARY.serviceLevel.enPattern.test(en));
    expect(sl.length).toBeGreaterThan(10);
    for (const [, , zh] of sl) expect(zh).toContain('服务水平');
    for (const [, , zh] of all) expect(zh).not.toMatch(/服务等级|服务级别/);
  });

  test('the checker catches a wrong term', () => {
    expect(glossaryProblems('Service level', '服务等级')).toEqual(['service level (SL): expected 服务水平', 'uses 服务等级 (avoid; say 服务水平)']);
    expect(glossaryProblems('Shrinkage (%)', '人员缩减（%）')).toEqual([]);
  });
});

test('the workbook labels have every key of the English ones, and distinct column captions', () => {
  const en = templateLabels('en');
  const zh = templateLabels('zh-CN');
  expect(Object.keys(zh.sheets).sort()).toEqual(Object.keys(en.sheets).sort());
  for (const [sheet, l] of Object.entries(en.sheets)) {
    for (const part of ['sections', 'cells', 'units'] as const) expect(Object.keys(zh.sheets[sheet][part]).sort()).toEqual(Object.keys(l[part]).sort());
  }
  expect(Object.keys(zh.columns).sort()).toEqual(Object.keys(en.columns).sort());
  for (const [table, cols] of Object.entries(en.columns)) {
    expect(zh.columns[table]).toHaveLength(cols.length);
    expect(new Set(zh.columns[table]).size).toBe(cols.length);
  }
  for (const [, , zhText] of labelPairs()) expect(zhText).toMatch(/[\u4e00-\u9fff]|^IVR/);
});

test('glossary entries are complete and docs/glossary.md is current', () => {
  for (const t of glossaryTerms()) {
    expect(t.zhCN).toMatch(/[\u4e00-\u9fff]/);
    expect(t.note.length).toBeGreaterThan(5);
  }
  expect(readFileSync(join(__dirname, '../../docs/glossary.md'), 'utf8')).toBe(glossaryMarkdown());
});

test('locale tags resolve: Simplified Chinese to zh-CN, everything else to English', () => {
  expect(['zh-CN', 'zh-cn', 'zh-Hans', 'zh-Hans-CN', 'zh-SG', 'zh'].map(resolveLocale)).toEqual(Array(6).fill('zh-CN'));
  expect(['en-US', 'de-DE', 'zh-TW', 'zh-Hant-HK', '', undefined].map(resolveLocale)).toEqual(Array(6).fill('en'));
});
