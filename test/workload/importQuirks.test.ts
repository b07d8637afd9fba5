/** The quirks of real exports (issue 12, item 1), each with the report line that says what was done. */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HistoryFileError, readHistoryFile } from '../../src/cli/historyFile';
import { loadHistory } from '../../src/core/plan/loadHistory';
import { issueWords, reportLines } from '../../src/core/notes/render';
import { decodeHistoryBytes } from '../../src/core/workload/decodeHistoryBytes';
import { MAX_TEXT_IMPORT_BYTES } from '../../src/core/workload/historyLimits';
import { importIntervalText } from '../../src/core/workload/intervalTable';
import { parseDateTime } from '../../src/core/workload/parseDateTime';
import { parseDuration } from '../../src/core/workload/parseDuration';
import { parseTime } from '../../src/core/workload/parseTime';

function ok<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const lines = (text: string) => reportLines(ok(importIntervalText(text)).report, 'en').join('\n');

describe('durations and clocks', () => {
  test('seconds, m:ss and h:mm:ss', () => {
    expect(parseDuration('245')).toBe(245);
    expect(parseDuration('4:05')).toBe(245);
    expect(parseDuration('62:03')).toBe(3723);
    expect(parseDuration('1:02:03')).toBe(3723);
    expect(parseDuration('00:04:05.5')).toBe(245.5);
    expect(parseDuration('4:75')).toBeUndefined();
  });
  test('12-hour clocks and ranges read by their start', () => {
    expect(parseTime('7:00 AM')).toBe(420);
    expect(parseTime('7:30 pm')).toBe(1170);
    expect(parseTime('12:00 AM')).toBe(0);
    expect(parseTime('12:30 PM')).toBe(750);
    expect(parseTime('08:00-08:30')).toBe(480);
    expect(parseTime('08:00 - 08:30')).toBe(480);
    expect(parseTime('8:00 AM - 8:30 AM')).toBe(480);
  });
  test('date and time in one cell, the offset dropped and returned', () => {
    expect(parseDateTime('2026-03-02T08:00:00+08:00')).toEqual({ date: { iso: '2026-03-02', format: 'YYYY-MM-DD' }, start: 480, offset: '+08:00' });
    expect(parseDateTime('2026-03-02T08:00:00.000Z')?.offset).toBe('Z');
    expect(parseDateTime('2026-03-02 08:00')?.start).toBe(480);
    expect(parseDateTime('3/2/2026 8:00 AM', 'MDY')).toEqual({ date: { iso: '2026-03-02', format: 'MM/DD/YYYY' }, start: 480 });
  });
  test('a durations column in m:ss becomes total seconds', () => {
    const v = ok(importIntervalText('date,time,answered,abandoned,avg talk time (m:ss)\n2026-03-02,08:00,10,1,3:05\n2026-03-02,08:30,4,0,1:02:03\n'));
    expect(v.records.map((r) => r.talkSeconds)).toEqual([1850, 4 * 3723]);
  });
});

describe('dates', () => {
  test('a first field above 12 decides day/month for the whole column', () => {
    const v = ok(importIntervalText('date,time,calls\n02/03/2026,08:00,5\n13/03/2026,08:00,6\n'));
    expect(v.records.map((r) => r.date)).toEqual(['2026-03-02', '2026-03-13']);
    expect(v.report.issues.some((i) => i.kind === 'ambiguous-date-order')).toBe(false);
  });
  test('M/D/YY with two-digit years', () => {
    const v = ok(importIntervalText('date,time,calls\n3/2/26,08:00,5\n3/13/26,08:00,6\n'));
    expect(v.records.map((r) => r.date)).toEqual(['2026-03-02', '2026-03-13']);
  });
  test('Y/M/D is never ambiguous', () => {
    const v = ok(importIntervalText('date,time,calls\n2026/3/2,08:00,5\n'));
    expect(v.records[0].date).toBe('2026-03-02');
    expect(v.report.issues).toHaveLength(0);
  });
  test('an ambiguous file is read by the detected vendor\'s default and said so, naming the column', () => {
    const r = ok(importIntervalText('Date,Time,ACD Calls,Aband Calls\n3/2/2026,8:00 AM,10,1\n3/4/2026,8:00 AM,12,0\n'));
    expect(r.records[0].date).toBe('2026-03-02');
    const issue = r.report.issues.find((i) => i.kind === 'ambiguous-date-order');
    expect(issue).toMatchObject({ column: 'Date', severity: 'warning' });
    expect(issue && issueWords(issue, 'en').action).toMatch(/month\/day\/year, the default of an Avaya CMS split\/skill report/);
  });
  test('without a vendor an ambiguous file keeps the day-first default and says so', () => {
    const r = ok(importIntervalText('date,time,calls\n03/02/2026,08:00,5\n'));
    expect(r.records[0].date).toBe('2026-02-03');
    expect(lines('date,time,calls\n03/02/2026,08:00,5\n')).toMatch(/warning: file, column date: dates like 03\/04\/2003 .*read as day\/month\/year/);
  });
});

describe('offered, averages and queues', () => {
  test('offered absent: answered + abandoned, said in the report', () => {
    const text = 'date,time,answered,abandoned\n2026-03-02,08:00,10,2\n';
    expect(ok(importIntervalText(text)).records[0]).toEqual({ date: '2026-03-02', start: 480, offered: 12, answered: 10, abandoned: 2 });
    expect(lines(text)).toMatch(/no calls-offered column: offered = "answered" \+ "abandoned"/);
  });
  test('averages per call become totals (× answered); AHT alone goes to talk with no ACW of its own', () => {
    const both = ok(importIntervalText('date,time,offered,answered,avg talk time,avg acw time\n2026-03-02,08:00,12,10,180,30\n'));
    expect(both.records[0]).toMatchObject({ talkSeconds: 1800, acwSeconds: 300 });
    const aht = ok(importIntervalText('date,time,offered,answered,aht\n2026-03-02,08:00,12,10,200\n'));
    expect(aht.records[0].talkSeconds).toBe(2000);
    expect(aht.records[0].acwSeconds).toBeUndefined();
    expect(reportLines(aht.report, 'en').join('\n')).toMatch(/talk time computed as "aht" × answered/);
    const ahtAndTalk = ok(importIntervalText('date,time,offered,answered,aht,avg talk time\n2026-03-02,08:00,12,10,200,170\n'));
    expect(ahtAndTalk.records[0]).toMatchObject({ talkSeconds: 1700, acwSeconds: 300 });
  });
  test('several queues: one total per interval, the queues listed with their calls', () => {
    const text = 'date,time,queue,calls\n2026-03-02,08:00,Billing,10\n2026-03-02,08:00,Sales,5\n2026-03-02,08:30,Billing,7\n';
    const v = ok(importIntervalText(text));
    expect(v.records).toEqual([{ date: '2026-03-02', start: 480, offered: 15 }, { date: '2026-03-02', start: 510, offered: 7 }]);
    expect(lines(text)).toMatch(/2 queues in "queue", planned as their total: Billing \(17 calls\), Sales \(5 calls\)/);
  });
});

describe('encodings, decided from the bytes', () => {
  const text = '日期,时段,来电量\n2026-03-02,08:00,5\n';
  test.each([
    ['UTF-8', new TextEncoder().encode(text), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8-bom'],
    ['UTF-16 LE', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE', new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]), 'utf-16be'],
    ['GBK', new Uint8Array([0xc8, 0xd5, 0xc6, 0xda, 0x2c, 0xca, 0xb1, 0xb6, 0xce, 0x2c, 0xc0, 0xb4, 0xb5, 0xe7, 0xc1, 0xbf, ...new TextEncoder().encode('\n2026-03-02,08:00,5\n')]), 'gb18030'],
  ])('%s', (_, bytes, encoding) => {
    const d = decodeHistoryBytes(bytes);
    expect(d).toEqual({ text, encoding });
    const v = ok(importIntervalText(d.text, { encoding: d.encoding }));
    expect(v.records[0].offered).toBe(5);
    if (encoding !== 'utf-8') expect(reportLines(v.report, 'en').join('\n')).toMatch(/note: read as /);
  });
});

describe('European CSV', () => {
  test('";" with decimal commas: 185,500 s is 185.5 s and 1.100 calls are 1,100, and the format is reported', () => {
    const text = 'date;time;calls;answered;avg talk time\n2026-03-02;08:00;1.100;1.000;185,500\n2026-03-02;08:30;950;900;185,5\n';
    const v = ok(importIntervalText(text));
    expect(v.records[0]).toEqual({ date: '2026-03-02', start: 480, offered: 1100, answered: 1000, talkSeconds: 185.5 * 1000 });
    expect(reportLines(v.report, 'en').join('\n')).toMatch(/numbers read with a decimal comma \(1\.234,5\) throughout the file, as values like "185,5" show; 3 values like "1.100" read accordingly/);
  });
  test('decimal points: 1.100 calls is not a whole number of calls, a row warning', () => {
    const text = 'date,time,calls,avg talk time\n2026-03-02,08:00,1.100,185.5\n';
    const v = ok(importIntervalText(text));
    expect(v.records[0].offered).toBe(1.1);
    const issue = v.report.issues.find((i) => i.kind === 'fractional-count');
    expect(issue).toMatchObject({ row: 2, column: 'calls', severity: 'warning' });
  });
  test('a ";" file with no deciding value: decimal comma assumed from the delimiter and said so', () => {
    expect(lines('date;time;calls\n2026-03-02;08:00;1.100\n')).toMatch(/decimal comma .*as the file is ';'-delimited/);
  });
});

describe('an unclosed quote', () => {
  test('reported on its row with the rows it would swallow; every row kept', () => {
    const body = Array.from({ length: 789 }, (_, i) => `2026-03-02,${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},1`);
    const text = `date,time,calls\n2026-03-01,08:00,"5\n${body.join('\n')}\n`;
    const v = ok(importIntervalText(text, { intervalMinutes: 1 }));
    const issue = v.report.issues.find((i) => i.kind === 'unclosed-quote');
    expect(issue).toMatchObject({ row: 2, severity: 'error', params: { swallowed: 789 } });
    expect(v.report.rowsRead).toBe(790);
    expect(v.records.find((r) => r.date === '2026-03-02' && r.start === 0)?.offered).toBe(1);
  });
});

describe('daylight-saving days', () => {
  test('the spring-forward hour is reported and left missing, not zero', () => {
    const text = 'date,time,calls\n2026-03-08,01:00,5\n2026-03-08,01:30,5\n2026-03-08,03:00,6\n2026-03-08,03:30,7\n';
    const v = ok(importIntervalText(text));
    expect(v.records.some((r) => r.start >= 120 && r.start < 180)).toBe(false);
    expect(reportLines(v.report, 'en').join('\n')).toMatch(/2026-03-08 is a daylight-saving spring-forward day: the clocks skip 02:00–03:00; those intervals kept as missing/);
  });
  test('the repeated autumn hour keeps every call (summed) and says so', () => {
    const text = 'date,time,calls\n2026-11-01,00:30,10\n2026-11-01,01:00,50\n2026-11-01,01:30,40\n2026-11-01,01:00,100\n2026-11-01,01:30,30\n2026-11-01,02:00,20\n';
    const v = ok(importIntervalText(text));
    expect(v.records.reduce((s, r) => s + r.offered, 0)).toBe(250);
    expect(v.records.find((r) => r.start === 60)?.offered).toBe(150);
    expect(v.report.rowsSkipped).toBe(0);
    const issue = v.report.issues.find((i) => i.kind === 'dst-repeated-hour');
    expect(issue && issueWords(issue, 'en').action).toMatch(/summed/);
  });
});

describe('interval lengths a plan cannot use are refused', () => {
  const text = 'date,time,calls\n2026-03-02,08:00,5\n2026-03-02,08:30,6\n';
  test('declared 1440 minutes', () => {
    expect(importIntervalText(text, { intervalMinutes: 1440 })).toMatchObject({ ok: false, message: expect.stringMatching(/1440-minute intervals; plans need intervals of at most 60 minutes/) });
    expect(loadHistory(text, 'auto', 1440)).toMatchObject({ ok: false });
  });
  test('declared 45 minutes (does not divide an hour)', () => {
    expect(importIntervalText(text, { intervalMinutes: 45 }).ok).toBe(false);
  });
  test('2-hour data', () => {
    expect(importIntervalText('date,time,calls\n2026-03-02,08:00,5\n2026-03-02,10:00,6\n')).toMatchObject({ ok: false, message: expect.stringMatching(/the history has 120-minute intervals/) });
  });
});

describe('a file too big to read whole', () => {
  test('the forecast CLI refuses it naming its size and the limit, without reading it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ninestep-'));
    const file = path.join(dir, 'huge.csv');
    try {
      writeFileSync(file, 'date,interval_start,calls\n');
      truncateSync(file, MAX_TEXT_IMPORT_BYTES + 1024 * 1024); // sparse: nothing big is written
      await expect(readHistoryFile(file)).rejects.toThrow(HistoryFileError);
      await expect(readHistoryFile(file)).rejects.toThrow(/101 MB, above the 100 MB that can be read at once; export a shorter period/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
