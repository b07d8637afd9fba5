/**
 * The engine's texts reach a Chinese planner in Chinese: the plan on the
 * embedded sample, on a damaged copy of it and on bad per-call records, with
 * every note, import report line, schedule note, cost note and the budget
 * answer rendered for zh-CN — each line Chinese, with no English sentence
 * left (test/notes/english.ts) — while the English rendering is the text the
 * engine has always written (CLIs and plan.json keep it).
 */
import { loadHistory } from '../../src/core/plan/loadHistory';
import type { PlanResult } from '../../src/core/plan/planResult';
import { issueWords, renderNote, reportLines } from '../../src/core/notes/render';
import type { Locale } from '../../src/i18n/locale';
import { notChinese } from './english';
import { PLAN_TIMEOUT_MS, SAMPLE_HISTORY, sharedPlan, solveSample } from '../support/sharedPlans';

/** Every text of a plan a planner reads, in `locale`. */
function planTexts(plan: PlanResult, locale: Locale): string[] {
  const note = (n: Parameters<typeof renderNote>[0]) => renderNote(n, locale);
  return [
    ...plan.forecast.notes.map(note),
    ...reportLines(plan.history.importReport, locale),
    ...plan.schedule.notes.map(note),
    ...plan.scenarios.flatMap((s) => s.costs.notes.map(note)),
    ...(plan.budgetQuestion ? [note(plan.budgetQuestion.message)] : []),
    ...plan.notes.map(note),
  ];
}


/** The sample with a word in a count, a negative count, a duplicated row, a blank row, a day-first date and more answered than offered. */
function damaged(text: string): string {
  const lines = text.split('\n');
  lines[5] = lines[5].replace(/^([^,]+,[^,]+),\d+/, '$1,twenty');
  lines[9] = lines[9].replace(/^([^,]+,[^,]+),\d+/, '$1,-4');
  lines[30] = lines[30].replace(/^(\d{4})-(\d{2})-(\d{2})/, '$3/$2/$1');
  lines[40] = lines[40].replace(/^([^,]+,[^,]+),(\d+),(\d+)/, '$1,$2,99999');
  lines.splice(20, 0, lines[19], '');
  return lines.join('\n');
}

describe('plans', () => {
  let plans: { sample: PlanResult; damaged: PlanResult; poor: PlanResult };

  beforeAll(async () => {
    const damagedPlan = await solveSample((c) => {
      c.forecast.cleaning = { repair: 'interpolate', overrides: [{ date: '2026-03-18', start: '09:00', accept: false }] };
    }, damaged(SAMPLE_HISTORY));
    if (!damagedPlan.ok) throw new Error(damagedPlan.message);
    plans = {
      sample: await sharedPlan('sample'),
      damaged: damagedPlan.value,
      poor: await sharedPlan('budgetBelowMinimum'), // a budget too small for the lowest objective
    };
  }, PLAN_TIMEOUT_MS);

  test('the sample plan: every note and import line in Chinese', () => {
    const zh = planTexts(plans.sample, 'zh-CN');
    expect(zh.length).toBeGreaterThan(8);
    expect(notChinese(zh)).toEqual([]);
    expect(zh).toEqual(expect.arrayContaining([
      expect.stringMatching(/^历史数据中标出 \d+ 项异常：修复 \d+ 项（可比时期的平均值），按观测保留 \d+ 项$/),
      expect.stringMatching(/^预测以 2025年11月3日 至 2026年10月31日 的 \d+ 天数据训练$/),
      expect.stringMatching(/^自动选择(保留|使用了|了)(日历回归|回归|组合|历史平均|Holt-Winters（双季节）)/),
      expect.stringMatching(/^说明：使用的列：日期 ← "date"，时段开始 ← "interval_start"/),
      expect.stringMatching(/^每年 USD 10,000,000 的预算可买到中预算方案来电量下 \d+\/20 的服务水平；\d+\/20 需要 USD [\d,]+。$/),
    ]));
  });

  test('the sample plan in English: the texts the engine has always written', () => {
    const en = planTexts(plans.sample, 'en');
    expect(en).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\d+ anomalies flagged in the history: \d+ repaired \(comparable\), \d+ kept as observed$/),
      'trained on 304 days with data from 2025-11-03 to 2026-10-31',
      expect.stringMatching(/^auto (kept|chose) calendar-regression/),
      expect.stringMatching(/^note: columns used: date ← "date", start ← "interval_start", offered ← "offered"/),
      expect.stringMatching(/^USD 10,000,000 a year buys \d+\/20 for the mid plan's volume; \d+\/20 would cost USD [\d,]+\.$/),
      'Monthly paid hours scale each month\'s required hours by the solved week\'s paid-per-required ratio; seats by its peak scheduled-per-required ratio.',
    ]));
    for (const i of plans.sample.history.importReport.issues) expect(reportLines(plans.sample.history.importReport, 'en')).toContain(`${i.severity}: ${i.row > 0 ? `row ${i.row}` : 'file'}${i.column ? `, column ${i.column}` : ''}: ${issueWords(i, 'en').problem}; ${issueWords(i, 'en').action}`);
  });

  test('a damaged history and an unused override: every finding in Chinese', () => {
    const report = plans.damaged.history.importReport;
    expect(new Set(report.issues.map((i) => i.kind))).toEqual(new Set(['not-a-number', 'negative', 'duplicate-interval', 'blank-row', 'ambiguous-date-order', 'mixed-date-formats', 'answered-exceeds-offered', 'missing-days']));
    const zh = planTexts(plans.damaged, 'zh-CN');
    expect(notChinese(zh)).toEqual([]);
    expect(zh).toEqual(expect.arrayContaining([
      expect.stringMatching(/^错误：第 6 行，列 offered：“twenty”不是数字；跳过此行/),
      expect.stringMatching(/^2026年3月18日 09:00 的修复设置没有对应的已标出异常，已忽略$/),
      expect.stringMatching(/（按前后相邻值插值）/),
    ]));
  });

  test('a budget that buys nothing, in Chinese', () => {
    const { budgetQuestion } = plans.poor;
    expect(budgetQuestion?.message.code).toBe('budget.belowMinimum');
    expect(renderNote(budgetQuestion!.message, 'zh-CN')).toMatch(/^USD 1,000 的预算连最低的服务水平目标 50% 都达不到，该目标的成本为 USD [\d,]+$/);
    expect(notChinese(planTexts(plans.poor, 'zh-CN'))).toEqual([]);
  });
});

describe('malformed imports, reported in Chinese', () => {
  const header = 'date,interval_start,calls,answered';
  const good = ['2003-03-03', '2003-03-04', '2003-03-05', '2003-03-06', '2003-03-07', '2003-03-10', '2003-03-11', '2003-03-12', '2003-03-17']
    .flatMap((d) => [`${d},09:00,10,9`, `${d},09:30,20,20`, `${d},10:00,15,14`]);
  const cases: [string, string, number][] = [
    ['a word, a negative, an empty date and start, a time past midnight, a duplicate', [header, ...good, '2003-03-13,09:00,twenty,1', '2003-03-13,09:30,-3,0', ',09:00,4,4', '2003-03-14,,4,4', '2003-03-14,24:30,4,4', '2003-03-17,09:00,99,9', '2003-03-14,nine,4,4', 'when,09:00,4,4', '2003-03-14,10:00,,4'].join('\n'), 30],
    ['a 30-minute file read as 15-minute, ambiguous day/month dates, two date formats', [header, ...good.map((l, i) => (i < 9 ? l.replace(/^(\d{4})-(\d{2})-(\d{2})/, '$3/$2/$1') : l))].join('\n'), 15],
    ['a 15-minute file read as 30-minute, an off-grid start, extra columns', ['date,interval_start,calls,region', '2003-03-03,09:00,10,x', '2003-03-03,09:15,10,x', '2003-03-03,09:40,10,x', '2003-03-04,09:00,10,x', '2003-03-04,09:15,12,x'].join('\n'), 30],
    ['a datetime column with a bad cell, talk from AHT', ['datetime,calls,aht', '2003-03-03 09:00,10,180', 'soon,10,180', '2003-03-03 09:30,12,200'].join('\n'), 30],
  ];
  test.each(cases)('%s', (_label, text, minutes) => {
    const loaded = loadHistory(text, 'intervals', minutes);
    if (!loaded.ok) throw new Error(loaded.message);
    const zh = reportLines(loaded.value.report, 'zh-CN');
    expect(loaded.value.report.issues.length + loaded.value.report.notes.length).toBeGreaterThan(1);
    expect(notChinese(zh)).toEqual([]);
  });

  test('per-call records with bad cells', () => {
    const H = 'vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver';
    const rows = [
      H,
      'AA\t1\t0\t0\tPS\t990201\t7:02:47\t7:02:56\t9\t0:00:00\t0:00:00\t0\tAGENT\t7:02:55\t7:05:41\t166\tDORIT',
      'AA\t2\t0\t0\tPS\t990201\t7:10:00\t7:10:05\t5\t7:10:05\t7:10:40\tabc\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA\t3\t0\t0\tPS\t99-02-01\t7:10:00\t7:10:05\t5\t7:10:05\t7:10:40\t35\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA\t4\t0\t0\tPS\t990201\t7:20:00\t7:20:05\t5\t7:20:05\t7:20:15\t10\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA\t5\t0\t0\tPS\t990201\t7:20:00\t7:20:05\t5\t0:00:00\t0:00:00\t0\tHANG\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA\t6\t0\t0\tPS\t990201\t7:21:00\t7:21:05\t-5\t7:21:05\t7:21:15\t-10\tAGENT\t7:21:15\t7:22:00\t0\tNO_SERVER',
      'AA\t7\t0\t0\tPS\t990201\t7:22:00\t7:22:05\t5\t7:22:05\t7:22:15\t10\tPHANTOM\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA\t8\t0\t0\tPS\t990201\t7:23:00\t7:23:05\t5\t7:23:05\t7:23:15\t10\tTRANSFER\t0:00:00\t0:00:00\t0\tNO_SERVER',
      'AA\t9\t0\t0\tPS\t990201\t7:24:00\t7:24:05\t5\t7:24:05\t7:24:45\t40\tHANG\t0:00:00\t0:00:00\t30\tNO_SERVER',
      'AA\t10\t0\t0\tPS\t990201\t7:25:00\t7:25:05\t5\tlater\t7:25:45\t40\tAGENT\t0:00:00\t0:00:00\t30\tDORIT',
      'AA\t11\t0\t0\tPS\t990201\t7:26:00\t7:26:05\t5\t7:26:05\t7:26:45\t40\tAGENT\t7:26:45\t7:27:00\tlong\tDORIT',
    ].join('\n');
    const loaded = loadHistory(rows, 'auto', 30);
    if (!loaded.ok) throw new Error(loaded.message);
    const { report } = loaded.value;
    expect(new Set(report.issues.map((i) => i.kind)).size).toBeGreaterThanOrEqual(8);
    expect(notChinese(reportLines(report, 'zh-CN'))).toEqual([]);
    expect(reportLines(report, 'en')).toContain('error: row 3, column q_time: "abc" is not a number of seconds; row skipped; call not counted');
  });
});
