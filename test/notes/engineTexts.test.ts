/**
 * Every engine text in both languages: each note code and import issue kind
 * renders with sample values in English and Chinese, with no leftover
 * {{placeholder}}, 'undefined' or 'NaN'; the Chinese reads as Chinese; the
 * English is the note's own `text` (what CLIs and plan.json show); the report
 * framing (counts, notes, capped kinds, rows) is worded in both. The tables
 * are complete at compile time (EngineTexts); this checks they say something.
 */
import { type NoteCode, type NoteParams, note } from '../../src/core/notes/note';
import { plainFormat } from '../../src/core/notes/plainFormat';
import { issueLine, issueWords, renderNote, reportLines, textsFor, withTexts } from '../../src/core/notes/render';
import { type IssueKind, type IssueParams, ReportBuilder } from '../../src/core/workload/validationReport';
import { makeFormatters } from '../../src/taskpane/format/useFormat';
import { notChinese } from './english';
import { ISSUE_SAMPLES, NOTE_SAMPLES } from './samples';

const notes = (Object.keys(NOTE_SAMPLES) as NoteCode[]).flatMap((code) =>
  (NOTE_SAMPLES[code] as readonly NoteParams[NoteCode][]).map((params) => note(code, params as never)));
const issues = (Object.keys(ISSUE_SAMPLES) as IssueKind[]).flatMap((kind) =>
  (ISSUE_SAMPLES[kind] as readonly IssueParams[IssueKind][]).map((params) => ({ row: 7, column: 'calls', kind, severity: 'warning' as const, params }) as never));

/** no placeholder left, no missing value ('undefined' only where English says a ratio is undefined) */
const clean = (s: string) => expect(s).not.toMatch(/\{\{|\}\}|(?<!is )undefined|NaN|\[object/);

test('the tables and the samples cover the same codes', () => {
  const sorted = (o: object) => Object.keys(o).sort();
  expect(sorted(textsFor('zh-CN').notes)).toEqual(sorted(textsFor('en').notes));
  expect(sorted(NOTE_SAMPLES)).toEqual(sorted(textsFor('en').notes));
  expect(sorted(textsFor('zh-CN').issues)).toEqual(sorted(textsFor('en').issues));
  expect(sorted(ISSUE_SAMPLES)).toEqual(sorted(textsFor('en').issues));
  expect(notes.length).toBeGreaterThan(35);
  expect(issues.length).toBeGreaterThan(30);
});

describe.each([
  ['plain', (l: 'en' | 'zh-CN') => plainFormat(l)],
  ['wizard’s', (l: 'en' | 'zh-CN') => makeFormatters(l === 'en' ? 'en-US' : 'zh-CN')],
])('with the %s formatters', (_name, format) => {
  test('every note renders in English and Chinese', () => {
    for (const n of notes) {
      const en = renderNote(n, 'en', format('en'));
      const zh = renderNote(n, 'zh-CN', format('zh-CN'));
      clean(en);
      clean(zh);
      expect(zh).not.toBe(en);
    }
    expect(notChinese(notes.filter((n) => n.code !== 'schedule.noRoster' && n.code !== 'budget.failed').map((n) => renderNote(n, 'zh-CN', format('zh-CN'))))).toEqual([]);
  });
  test('every import issue kind renders its problem and action in English and Chinese', () => {
    for (const i of issues) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const { problem, action } = issueWords(i, locale, format(locale));
        clean(problem);
        clean(action);
        expect(problem.length * action.length).toBeGreaterThan(0);
      }
    }
    expect(notChinese(issues.map((i) => issueLine(i, 'zh-CN', format('zh-CN'))))).toEqual([]);
  });
});

test('plan.json words notes and import issues on the way out, and leaves other data alone', () => {
  const n = note('clean.unrepaired', { count: 2 });
  const issue = { row: 3, column: 'offered', kind: 'not-a-number', severity: 'error', params: { value: 'abc', skipped: 'interval' } } as const;
  const failure = { ok: false, code: 'no-answer', message: 'x' };
  expect(JSON.parse(JSON.stringify({ a: [n], b: { issue }, failure, n: 1 }, withTexts('en')))).toEqual({
    a: [{ ...n, text: '2 accepted anomalies had no comparable data to repair from and were left as observed' }],
    b: { issue: { ...issue, problem: '"abc" is not a number', action: 'row skipped; its interval is treated as missing, not zero' } },
    failure,
    n: 1,
  });
});

test('Chinese uses the localized method and repair names', () => {
  expect(renderNote(note('forecast.autoKept', NOTE_SAMPLES['forecast.autoKept'][0]), 'en'))
    .toBe('auto kept calendar-regression (wMAPE 5.5% over a 10-day backtest): regression scored 5.4%, less than 5% better');
  expect(renderNote(note('forecast.autoKept', NOTE_SAMPLES['forecast.autoKept'][0]), 'zh-CN'))
    .toBe('自动选择保留日历回归（10 天回测的加权 MAPE 为 5.5%）：回归为 5.4%，优势不足 5%');
  expect(renderNote(note('clean.summary', NOTE_SAMPLES['clean.summary'][0]), 'zh-CN')).toBe('历史数据中标出 14 项异常：修复 10 项（可比时期的平均值），按观测保留 4 项');
  expect(renderNote(note('budget.answer', NOTE_SAMPLES['budget.answer'][0]), 'zh-CN'))
    .toBe('每年 USD 9,500,000 的预算可买到中预算方案来电量下 83/20 的服务水平；84/20 需要 USD 9,515,476。');
  expect(renderNote(note('forecast.trained', NOTE_SAMPLES['forecast.trained'][0]), 'zh-CN')).toBe('预测以 2026年9月8日 至 2026年10月31日 的 47 天数据训练');
});

test('an issue keeps its values, and its English words are what the importers always said', () => {
  const report = new ReportBuilder();
  report.add({ row: 6, column: 'calls', kind: 'not-a-number', severity: 'error', params: { value: 'twenty', skipped: 'interval' } });
  const [issue] = report.build().issues;
  expect(issue).toMatchObject({ kind: 'not-a-number', params: { value: 'twenty' } });
  expect(issueWords(issue, 'en')).toEqual({ problem: '"twenty" is not a number', action: 'row skipped; its interval is treated as missing, not zero' });
  expect(issueLine(issue, 'en')).toBe('error: row 6, column calls: "twenty" is not a number; row skipped; its interval is treated as missing, not zero');
  expect(issueLine(issue, 'zh-CN')).toBe('错误：第 6 行，列 calls：“twenty”不是数字；跳过此行；其时段按缺失处理，而不是按零处理');
});

test('the report framing: counts, notes, kinds with more issues than listed, the whole file', () => {
  const report = new ReportBuilder(1);
  report.rowsRead = 12_000;
  report.rowsUsed = 11_998;
  report.rowsSkipped = 2;
  report.note(note('import.intervalDetected', { minutes: 15 }));
  report.add({ row: 3, kind: 'blank-row', severity: 'info', params: {} });
  report.add({ row: 4, kind: 'blank-row', severity: 'info', params: {} });
  report.add({ row: 0, kind: 'missing-days', severity: 'info', params: { from: '2025-11-27', to: '2025-11-27', weekday: 4, open: 1 } });
  const built = report.build();
  expect(reportLines(built, 'en')).toEqual([
    '12,000 rows read, 11,998 used, 2 skipped',
    'note: interval length detected from the data: 15 minutes',
    'blank-row: 2 issues (1 listed)',
    'info: file: no data for 2025-11-27 (a Thursday on which the centre is usually open); treated as missing (closed or not recorded), not as zero-demand days',
    'info: row 3: blank row; ignored',
  ]);
  const zh = reportLines(built, 'zh-CN');
  expect(zh).toEqual([
    '读取 12,000 行，使用 11,998 行，跳过 2 行',
    '说明：时段长度由数据识别：15 分钟',
    '空行：共 2 项，列出 1 项',
    '提示：整个文件：2025年11月27日（中心通常营业的星期四）没有数据；按缺失处理（未营业或未记录），不当作来电量为零的日子',
    '提示：第 3 行：空行；已忽略',
  ]);
  expect(notChinese(zh)).toEqual([]);
});

test('the check finds English left in a Chinese line, and lets values from the file through', () => {
  expect(notChinese(['info: file: no data for 2025-11-27'])).toHaveLength(1);
  expect(notChinese(['历史数据中标出 14 项异常：10 repaired'])).toEqual(['English (repaired): 历史数据中标出 14 项异常：10 repaired']);
  expect(notChinese(['错误：第 6 行，列 calls：“twenty”不是数字', '使用的列：日期 ← "date"'])).toEqual([]);
});
