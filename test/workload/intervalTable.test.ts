/** Interval tables from CSV/TSV text and sheet ranges, including the bad inputs of issue 3. */
import { issueWords } from '../../src/core/notes/render';
import { readFileSync, existsSync } from 'fs';
import path from 'path';
import { importIntervalText, importIntervalRows } from '../../src/core/workload/intervalTable';
import { detectColumns } from '../../src/core/workload/columnMapping';

const FILE = path.resolve(__dirname, '../../../shared/data/bank-calls-5min-2003.csv');

function ok<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('column detection', () => {
  test('English and Chinese headers', () => {
    expect(detectColumns(['date', 'interval_start', 'calls']).mapping).toEqual({ date: 0, start: 1, offered: 2 });
    expect(detectColumns(['日期', '时段', '来电量', '接听量', '放弃量']).mapping).toEqual({ date: 0, start: 1, offered: 2, answered: 3, abandoned: 4 });
    expect(detectColumns(['Day', 'Time', 'Calls Offered', 'AHT (s)']).mapping).toEqual({ date: 0, start: 1, offered: 2, aht: 3 });
  });
  test('override by name and by index', () => {
    expect(detectColumns(['d', 't', 'x'], { date: 'd', start: 1, offered: 'x' }).mapping).toEqual({ date: 0, start: 1, offered: 2 });
  });
});

describe('interval table import', () => {
  (existsSync(FILE) ? test : test.skip)('the real 5-minute file: 27,716 rows, 164 days, 5-minute intervals', () => {
    const v = ok(importIntervalText(readFileSync(FILE, 'utf8')));
    expect(v.records).toHaveLength(27716);
    expect(v.intervalMinutes).toBe(5);
    expect(new Set(v.records.map((r) => r.date)).size).toBe(164);
    expect(v.records[0]).toEqual({ date: '2003-03-03', start: 420, offered: 111 });
    expect(v.report.rowsUsed).toBe(27716);
    // weekdays only: US holidays are absent days, reported as missing, not zero
    const missing = v.report.issues.filter((i) => i.kind === 'missing-days').map((i) => issueWords(i, 'en').problem);
    expect(missing.some((p) => p.includes('2003-05-26'))).toBe(true); // Memorial Day
    expect(missing.some((p) => p.includes('2003-07-04'))).toBe(true); // Independence Day
  });

  test('Chinese headers, time ranges, TSV', () => {
    const v = ok(importIntervalText('日期\t时段\t来电量\t接听量\t放弃量\n2024-01-02\t09:00-09:30\t12\t10\t2\n2024-01-02\t09:30-10:00\t15\t15\t0\n'));
    expect(v.records).toEqual([
      { date: '2024-01-02', start: 540, offered: 12, answered: 10, abandoned: 2 },
      { date: '2024-01-02', start: 570, offered: 15, answered: 15, abandoned: 0 },
    ]);
    expect(v.intervalMinutes).toBe(30);
  });

  test('sheet range with Excel serial dates and time fractions', () => {
    const v = ok(importIntervalRows([['Date', 'Interval', 'Offered', 'AHT'], [37683, 0.375, 20, 180], [37683, 0.395833333333, 10, 200]]));
    expect(v.records).toEqual([
      { date: '2003-03-03', start: 540, offered: 20, talkSeconds: 3600 },
      { date: '2003-03-03', start: 570, offered: 10, talkSeconds: 2000 },
    ]);
  });

  describe('bad input as a new user would give it', () => {
    test('an empty file', () => {
      const r = importIntervalText('');
      expect(r).toMatchObject({ ok: false, code: 'invalid' });
      if (!r.ok) expect(r.message).toMatch(/empty/);
      expect(importIntervalRows([])).toMatchObject({ ok: false });
    });
    test('a header only', () => {
      const r = importIntervalText('date,interval_start,calls\n');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/header .* but no data rows/);
    });
    test('a header the importer cannot map names what is missing', () => {
      const r = importIntervalText('when,how many\n2003-03-03,5\n');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/row 1: no column found for date .* interval start .* calls offered/);
    });
    test('text in a count column: the row is reported with row and column, the others kept', () => {
      const v = ok(importIntervalText('date,interval_start,calls\n2003-03-03,07:00,111\n2003-03-03,07:30,abc\n2003-03-03,08:00,90\n'));
      expect(v.records.map((r) => r.offered)).toEqual([111, 90]);
      const issue = v.report.issues.find((i) => i.kind === 'not-a-number');
      expect(issue).toMatchObject({ row: 3, column: 'calls', severity: 'error' });
      expect(issue && issueWords(issue, 'en').problem).toContain('"abc"');
      expect(issue && issueWords(issue, 'en').action).toMatch(/skipped/);
      expect(v.report.rowsSkipped).toBe(1);
      expect(v.intervalMinutes).toBe(30);
    });
    test('all rows bad: a clear failure naming the first', () => {
      const r = importIntervalText('date,interval_start,calls\n2003-03-03,07:00,x\n');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/row 2, column calls/);
    });
    test('duplicated intervals: the first kept, the duplicate reported', () => {
      const v = ok(importIntervalText('date,interval_start,calls\n2003-03-03,07:00,111\n2003-03-03,07:30,50\n2003-03-03,07:00,999\n'));
      expect(v.records.map((r) => r.offered)).toEqual([111, 50]);
      expect(v.report.issues.find((i) => i.kind === 'duplicate-interval')).toMatchObject({ row: 4, severity: 'warning' });
      expect(issueWords(v.report.issues.find((i) => i.kind === 'duplicate-interval')!, 'en').problem).toMatch(/row 2/);
    });
    test('a gap of a week is reported as missing, not zero', () => {
      const lines = ['date,interval_start,calls'];
      for (const d of ['2003-03-03', '2003-03-04', '2003-03-05', '2003-03-06', '2003-03-07', '2003-03-17', '2003-03-18']) lines.push(`${d},09:00,10`, `${d},09:30,12`);
      const v = ok(importIntervalText(lines.join('\n')));
      const gap = v.report.issues.find((i) => i.kind === 'missing-days');
      expect(gap && issueWords(gap, 'en').problem).toMatch(/2003-03-08 to 2003-03-16 \(5 usually-open days\)/);
      expect(gap && issueWords(gap, 'en').action).toMatch(/not as zero/);
      expect(v.records.some((r) => r.date === '2003-03-10')).toBe(false);
    });
    test('dates in two formats are reported, each read correctly', () => {
      const v = ok(importIntervalText('date,interval_start,calls\n2003-03-03,09:00,10\n04/03/2003,09:00,11\n25/03/2003,09:00,12\n'));
      expect(v.records.map((r) => r.date)).toEqual(['2003-03-03', '2003-03-04', '2003-03-25']);
      const mixed = v.report.issues.find((i) => i.kind === 'mixed-date-formats');
      expect(mixed && issueWords(mixed, 'en').problem).toMatch(/2 formats/);
      expect(mixed?.row).toBe(3);
    });
    test('a 30-minute file read as 15-minute is reported and read as 30', () => {
      const v = ok(importIntervalText('date,interval_start,calls\n2003-03-03,09:00,10\n2003-03-03,09:30,11\n2003-03-03,10:00,12\n', { intervalMinutes: 15 }));
      expect(v.intervalMinutes).toBe(30);
      const w = v.report.issues.find((i) => i.kind === 'interval-length-mismatch');
      expect(w && issueWords(w, 'en').problem).toMatch(/15-minute intervals were requested but the file has a row only every 30 minutes/);
    });
    test('a 15-minute file read as 30-minute is summed into half hours, and said so', () => {
      const v = ok(importIntervalText('date,interval_start,calls\n2003-03-03,09:00,10\n2003-03-03,09:15,11\n2003-03-03,09:30,12\n', { intervalMinutes: 30 }));
      expect(v.records.map((r) => [r.start, r.offered])).toEqual([[540, 21], [570, 12]]);
      expect(issueWords(v.report.issues.find((i) => i.kind === 'interval-length-mismatch')!, 'en').action).toMatch(/summed/);
    });
    test('negative counts, bad times and empty cells are reported', () => {
      const v = ok(importIntervalText('date,interval_start,calls\n2003-03-03,09:00,-4\n2003-03-03,25:00,3\n2003-03-03,09:30,\n2003-02-30,10:00,5\n2003-03-03,10:00,7\n'));
      expect(v.records).toHaveLength(1);
      expect(v.report.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.kind])).toEqual([
        [2, 'negative'], [3, 'bad-time'], [4, 'missing-value'], [5, 'bad-date'],
      ]);
    });
  });
});
