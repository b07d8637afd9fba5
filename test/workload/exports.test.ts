import { detectVendor } from '../../src/core/workload/vendorLayouts';
/**
 * Interval reports as phone systems export them (issue 12, item 1): one fixture per layout
 * in test/fixtures/exports/, written from each vendor's DOCUMENTED column names (the source
 * is beside each row below; values are made up, 1–2 days of intervals).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportLines } from '../../src/core/notes/render';
import { decodeHistoryBytes } from '../../src/core/workload/decodeHistoryBytes';
import type { IntervalRecord } from '../../src/core/workload/intervalRecord';
import { importIntervalText } from '../../src/core/workload/intervalTable';

const read = (file: string) => decodeHistoryBytes(readFileSync(path.join(__dirname, '../fixtures/exports', file)));

interface Layout {
  file: string;
  /** where the column names come from */
  source: string;
  vendor?: string;
  encoding: string;
  minutes: number;
  first: IntervalRecord;
  /** total calls offered over the file */
  total: number;
  /** words the report must contain (English) */
  says: RegExp[];
}

const LAYOUTS: Layout[] = [
  {
    // AT&T/Avaya CMS User's Guide, "Daily Split Report" key (Time, Avg Speed Ans, Num ACD Calls, Num Calls Aband, Avg Talk
    // Time, Avg After Call — "in minutes and seconds"); Avaya BCMS Operations manual, split report headers (ACD CALLS,
    // AVG SPEED ANS, ABAND CALLS). CMS reports have no offered column; US dates (M/D/YY) and 12-hour times.
    file: 'avaya-cms-split-interval.csv', source: 'Avaya CMS / BCMS split report', vendor: 'Avaya CMS', encoding: 'utf-8', minutes: 30,
    first: { date: '2026-03-02', start: 480, offered: 42, answered: 40, abandoned: 2, talkSeconds: 185 * 40, acwSeconds: 30 * 40 },
    total: 42 + 55 + 39 + 47,
    says: [/offered = "ACD Calls" \+ "Aband Calls"/, /totals computed as average × "ACD Calls": "Avg Talk Time", "Avg After Call"/, /month\/day\/year, the default of an Avaya CMS/],
  },
  {
    // Cisco WebView/CUIC Template Reference Guide, "IPCC Call Type Historical Reports": Tasks Offered, Tasks Handled,
    // Answer Wait Time (HH:MM:SS); call type reports per call type (Call Type Name) and half-hour interval.
    file: 'cisco-ucce-call-type.csv', source: 'Cisco UCCE call type historical report', vendor: 'Cisco UCCE', encoding: 'utf-8', minutes: 30,
    first: { date: '2026-03-02', start: 480, offered: 42, answered: 40 },
    total: 42 + 45 + 39,
    says: [/2 queues in "Call Type Name", planned as their total: Billing \(93 calls\), Sales \(33 calls\)/],
  },
  {
    // Genesys Cloud resource center, "View available columns in performance views" and "Metric definitions": Offered,
    // Answered, Abandoned, Average Handle, Average ACW; queue views export Interval Start / Interval End per queue.
    file: 'genesys-cloud-queue-performance.csv', source: 'Genesys Cloud queue performance export', vendor: 'Genesys Cloud', encoding: 'utf-8', minutes: 30,
    first: { date: '2026-03-02', start: 480, offered: 52, answered: 50, abandoned: 2, talkSeconds: (245.5 - 30) * 50, acwSeconds: 30 * 50, callType: 'Support' },
    total: 52 + 60 + 48,
    says: [/UTC offset \(\+08:00, first at row 2\); times kept as the local wall-clock times written/],
  },
  {
    // Amazon Connect Administrator Guide, "Historical metrics definitions" (UI names Contacts queued, Contacts handled,
    // Contacts abandoned, Average handle time, Average after contact work time; durations as hh:mm:ss) and the API's
    // MetricInterval (StartTime, EndTime) for 15-minute intervals.
    file: 'amazon-connect-historical.csv', source: 'Amazon Connect historical metrics', vendor: 'Amazon Connect', encoding: 'utf-8', minutes: 15,
    first: { date: '2026-03-02', start: 480, offered: 20, answered: 19, abandoned: 1, talkSeconds: (245 - 35) * 19, acwSeconds: 35 * 19, callType: 'BasicQueue' },
    total: 20 + 24 + 18,
    says: [/Amazon Connect/],
  },
  {
    // NICE CXone help, IEX WFM "CT Queue Data Export Module": pipe-delimited; date (default mmddyyyy), period (start of the
    // period, 24-hour), TZ. Counts as CXone reports name them: Offered, Handled (Campaign Summary by Skill report),
    // Abandon_Cnt, ACW_Seconds (Data Download Metrics).
    file: 'nice-cxone-queue-export.txt', source: 'NICE CXone export', vendor: 'NICE CXone', encoding: 'utf-8', minutes: 30,
    first: { date: '2026-03-02', start: 480, offered: 30, answered: 29, abandoned: 1, acwSeconds: 870 },
    total: 30 + 34 + 28,
    says: [/NICE CXone/],
  },
  {
    // Alibaba Cloud 云联络中心 API reference, ListIntervalSkillGroupReport / ListHistoricalSkillGroupReport: StatsTime
    // (时间段的开始时间), SkillGroupName (技能组名称), CallsHandled (应答量), AverageTalkTime (平均通话时长),
    // AverageWorkTime (平均话后处理时长), hourly intervals; 呼入量 and 放弃量 as Chinese exports head them. Saved as GBK,
    // as Chinese Excel saves CSV.
    file: 'aliyun-ccc-skill-group-gbk.csv', source: 'Alibaba Cloud contact centre skill group report (GBK)', vendor: 'Alibaba Cloud', encoding: 'gb18030', minutes: 60,
    first: { date: '2026-03-02', start: 480, offered: 40, answered: 38, abandoned: 2, talkSeconds: 180 * 38, acwSeconds: 20 * 38, callType: '售后服务' },
    total: 40 + 45 + 39,
    says: [/read as GB18030/],
  },
  {
    // The Chinese platforms' usual interval headers (issue 12): 日期, 时间段 (a range, read by its start), 呼入量, 接通量,
    // 放弃量, 平均通话时长, 平均处理时长 (mm:ss); UTF-16 LE with a byte-order mark, tab-separated (Excel's "Unicode text").
    file: 'chinese-platform-utf16le.tsv', source: 'Chinese platform export (UTF-16)', encoding: 'utf-16le', minutes: 30,
    first: { date: '2026-03-02', start: 480, offered: 30, answered: 28, abandoned: 2, talkSeconds: 180 * 28, acwSeconds: 30 * 28 },
    total: 30 + 33 + 29,
    says: [/read as UTF-16 LE/, /totals computed as average × "接通量": "平均通话时长", "平均处理时长"/],
  },
];

describe.each(LAYOUTS)('$source ($file)', (layout) => {
  const { text, encoding } = read(layout.file);
  const r = importIntervalText(text, { encoding });
  test('imports every row, with its interval length, totals and first interval', () => {
    if (!r.ok) throw new Error(r.message);
    expect(encoding).toBe(layout.encoding);
    expect(r.value.intervalMinutes).toBe(layout.minutes);
    expect(r.value.report.rowsSkipped).toBe(0);
    expect(r.value.records[0]).toEqual(layout.first);
    expect(r.value.records.reduce((s, x) => s + x.offered, 0)).toBe(layout.total);
  });
  test('says what it read in the report', () => {
    if (!r.ok) throw new Error(r.message);
    const lines = reportLines(r.value.report, 'en').join('\n');
    if (layout.vendor) expect(lines).toContain(layout.vendor);
    for (const s of layout.says) expect(lines).toMatch(s);
    expect(reportLines(r.value.report, 'zh-CN').join('\n')).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('a generic header is no vendor’s', () => {
  it('snake_case counts and seconds (the sample centre’s columns) are not taken for NICE CXone or any vendor', () => {
    expect(detectVendor(['date', 'interval_start', 'offered', 'answered', 'abandoned', 'answered_within', 'talk_seconds', 'acw_seconds'])).toBeUndefined();
  });
});
