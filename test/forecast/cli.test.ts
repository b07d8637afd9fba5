/** The `forecast` CLI with bad input as a new user would give it: clear messages, no crash. */
import { mkdtempSync, writeFileSync, existsSync } from 'fs';
import os from 'os';
import path from 'path';
import { runTs } from '../support/runTs';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'ninestep-forecast-'));

function run(args: string[]): { code: number | null; out: string; err: string } {
  const r = runTs('src/cli/forecast.ts', args);
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}
/** Two weeks of weekday half-hours 09:00–10:30 (3 intervals). */
function goodRows(): string[] {
  const rows: string[] = [];
  for (const d of ['2003-03-03', '2003-03-04', '2003-03-05', '2003-03-06', '2003-03-07', '2003-03-10', '2003-03-11', '2003-03-12', '2003-03-13', '2003-03-14']) {
    rows.push(`${d},09:00,10`, `${d},09:30,20`, `${d},10:00,15`);
  }
  return rows;
}

describe('forecast CLI', () => {
  test('happy path: CSV on stdout with the next open day', () => {
    const f = file('good.csv', ['date,interval_start,calls', ...goodRows()].join('\n'));
    const r = run(['--history', f, '--from', '2003-03-17', '--to', '2003-03-17', '--method', 'historical-average']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toEqual(['date,interval_start,calls,aht', '2003-03-17,09:00,10.00,', '2003-03-17,09:30,20.00,', '2003-03-17,10:00,15.00,']);
  });
  test('an empty file', () => {
    const r = run(['--history', file('empty.csv', '')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty/);
    expect(r.out).toBe('');
  });
  test('a header only', () => {
    const r = run(['--history', file('header.csv', 'date,interval_start,calls\n')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/header .* but no data rows/);
  });
  test('text in a count column names the row and column, and the forecast still runs', () => {
    const rows = goodRows();
    rows[4] = '2003-03-04,09:30,twenty';
    const r = run(['--history', file('text.csv', ['date,interval_start,calls', ...rows].join('\n')), '--days', '3', '--method', 'historical-average']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/row 6, column calls: "twenty" is not a number/);
  });
  test('duplicated intervals', () => {
    const rows = goodRows();
    rows.push('2003-03-14,09:00,99');
    const r = run(['--history', file('dup.csv', ['date,interval_start,calls', ...rows].join('\n')), '--days', '1']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/row 32: duplicate of row 29/);
  });
  test('a gap of a week', () => {
    const rows = goodRows().filter((l) => !/2003-03-1[0-4]/.test(l));
    for (const d of ['2003-03-17', '2003-03-18']) rows.push(`${d},09:00,10`, `${d},09:30,20`, `${d},10:00,15`);
    const r = run(['--history', file('gap.csv', ['date,interval_start,calls', ...rows].join('\n')), '--days', '1']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/no data from 2003-03-08 to 2003-03-16 \(5 usually-open days\); treated as missing/);
  });
  test('dates in two formats', () => {
    const rows = goodRows().map((l, i) => (i >= 15 ? l.replace(/^(\d{4})-(\d{2})-(\d{2})/, '$3/$2/$1') : l));
    const r = run(['--history', file('formats.csv', ['date,interval_start,calls', ...rows].join('\n')), '--days', '1']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/dates are written in 2 formats: YYYY-MM-DD \(15 rows, first at row 2\), DD\/MM\/YYYY \(15 rows, first at row 17\)/);
  });
  test('a 30-minute file read as 15-minute', () => {
    const r = run(['--history', file('thirty.csv', ['date,interval_start,calls', ...goodRows()].join('\n')), '--interval-minutes', '15', '--days', '1']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/15-minute intervals were requested but the file has a row only every 30 minutes.*read as 30-minute intervals/);
  });
  test('usage errors: missing --history, bad numbers, unknown method, missing file', () => {
    expect(run([]).code).toBe(2);
    expect(run(['--history', 'x.csv', '--days', 'abc']).err).toMatch(/--days must be a whole number/);
    expect(run(['--history', 'x.csv', '--method', 'crystal-ball']).err).toMatch(/unknown --method "crystal-ball"/);
    const m = run(['--history', path.join(dir, 'nope.csv')]);
    expect(m.code).toBe(1);
    expect(m.err).toMatch(/no such file/);
  });
  test('--help and -h print the usage on standard output (exit 0); an unknown option exits 2 with the usage on standard error', () => {
    for (const flag of ['--help', '-h']) {
      const r = run([flag]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^usage: npm run -s forecast -- --history FILE/);
      expect(r.err).toBe('');
    }
    const r = run(['--history', 'x.csv', '--horizon', '7']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/Unknown option '--horizon'[\s\S]*\nusage: npm run -s forecast/);
  });
  test('import problems on standard error: each kind with its count and at most 3 examples', () => {
    const rows = goodRows().map((l, i) => (i % 3 === 1 ? l.replace(/,20$/, ',n/a') : l));
    const r = run(['--history', file('many-texts.csv', ['date,interval_start,calls', ...rows].join('\n')), '--days', '1', '--method', 'historical-average']);
    expect(r.code).toBe(0);
    const lines = r.err.split('\n');
    expect(lines[0]).toBe('30 rows read, 20 used, 10 skipped');
    expect(lines.filter((l) => /column calls: "n\/a" is not a number/.test(l))).toHaveLength(3);
    expect(lines).toContain('  … 7 more not-a-number (10 in all)');
  });
  test('--backtest prints each method', () => {
    const rows: string[] = [];
    for (let w = 0; w < 6; w++) for (const dd of [3, 4, 5, 6, 7]) {
      const d = new Date(Date.UTC(2003, 2, dd + 7 * w)).toISOString().slice(0, 10);
      rows.push(`${d},09:00,${10 + w}`, `${d},09:30,20`, `${d},10:00,15`);
    }
    const r = run(['--history', file('bt.csv', ['date,interval_start,calls', ...rows].join('\n')), '--backtest', '3']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('method,wmape,mape,bias,hit_rate_10pct,r2,days,days_missed');
    expect(lines.some((l) => l.startsWith('historical-average,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('auto,'))).toBe(true);
  });
  const ACD = path.resolve(ROOT, '../shared/data/anonymous-bank-1999-02.tsv');
  (existsSync(ACD) ? test : test.skip)('per-call records are detected, aggregated and summarised', () => {
    const r = run(['--history', ACD, '--days', '1', '--method', 'historical-average']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/31125 offered, 27162 answered, 3963 abandoned/);
    expect(r.err).toMatch(/patience \(exponential\): mean \d+\.\d s/);
    expect(r.out.split('\n')[1]).toMatch(/^1999-03-01,\d\d:\d\d,\d+\.\d\d,\d+\.\d$/);
  });
});
