/**
 * `npm run plan` as a user runs it: the sample from a clean folder, and bad
 * input — a config with wrong types, a missing history file, negative rates, an
 * impossible SL, an output folder that cannot be written — each stopping with a
 * clear message and writing nothing.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readValues, recalculate, soffice } from '../workbook/libreoffice';
import { runTs } from '../support/runTs';

const root = join(__dirname, '..', '..');
const run = (args: string[]) => runTs('src/cli/plan.ts', args);
const sample = () => JSON.parse(readFileSync(join(root, 'examples', 'sample-centre.json'), 'utf8'));

/** Writes a config beside a copy of the sample history and returns its path. */
function configFile(dir: string, edit: (c: ReturnType<typeof sample>) => void): string {
  const config = sample();
  config.data.history = join(root, 'examples', 'sample-history.csv');
  edit(config);
  const path = join(dir, 'config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

test('the sample plan writes five workbooks and plan.json, with the figures it prints', async () => {
  const out = mkdtempSync(join(tmpdir(), 'plan-'));
  const result = run(['--out', out]);
  expect(result.stderr).toMatch(/step 9\/9/);
  expect(result.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(['budget-high.xlsx', 'budget-low.xlsx', 'budget-mid.xlsx', 'forecast.xlsx', 'plan.json', 'schedule.xlsx']);
  const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
  // scenario ordering: high costs more than mid, mid more than low; SL commitments as configured
  const [high, mid, low] = plan.scenarios;
  expect(high.costs.total.total).toBeGreaterThan(mid.costs.total.total);
  expect(mid.costs.total.total).toBeGreaterThan(low.costs.total.total);
  for (const s of plan.scenarios) expect(s.commitment.serviceLevel).toBeGreaterThanOrEqual(s.slTarget);
  // the schedule covers the requirement and the budget question has an answer
  expect(plan.schedule.coverage.every((c: { under: number }) => c.under === 0)).toBe(true);
  expect(plan.budgetQuestion.slTarget).toBeGreaterThan(0.5);
  expect(plan.budgetQuestion.cost).toBeLessThanOrEqual(plan.budgetQuestion.budget);
  expect(plan.budgetQuestion.nextCost).toBeGreaterThan(plan.budgetQuestion.budget);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, 'budget-mid.xlsx'));
  expect(workbook.worksheets.length).toBeGreaterThan(0);
  expect(result.stdout).toMatch(/wrote 6 files/);

  // LibreOffice opens every written workbook and recalculates it: no formula
  // error anywhere, and each budget's live total equals the engine's to the cent.
  if (!soffice) throw new Error('LibreOffice (soffice) is needed for this test: install libreoffice-calc');
  const names = ['forecast', 'schedule', 'budget-high', 'budget-mid', 'budget-low'];
  const recalculated = join(out, 'recalculated');
  recalculate(names.map((n) => join(out, `${n}.xlsx`)), recalculated, join(out, 'profile'));
  for (const name of names) {
    const { errors } = await readValues(join(recalculated, `${name}.xlsx`));
    expect(errors).toEqual([]);
  }
  for (const scenario of plan.scenarios) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(recalculated, `budget-${scenario.id}.xlsx`));
    const [where] = book.definedNames.getRanges('TotalCost').ranges;
    const [sheet, address] = where.split('!');
    const cell = book.getWorksheet(sheet.replace(/'/g, ''))!.getCell(address.replace(/\$/g, ''));
    const total = (cell.value as { result?: number }).result ?? cell.value;
    expect(Math.round(Number(total) * 100)).toBe(Math.round(scenario.costs.total.total * 100));
  }
}, 240_000);

/** `npm <args>` as a user types it, from `cwd`, with npm's own environment (not this jest run's). */
function npm(args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_|^INIT_CWD$/i.test(k)));
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
}

describe("the README's recipe: print the sample config, plan from it", () => {
  test('`npm run -s plan -- --print-config > my-centre.json` is valid JSON whose history is found from any folder, and plans', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/^npm run -s plan -- --print-config > my-centre.json +#/m);
    expect(readme).toMatch(/^npm run -s plan -- my-centre.json --out plans\/ +#/m);
    const printed = npm(['run', '-s', 'plan', '--', '--print-config'], root);
    expect(printed.status).toBe(0);
    const config = JSON.parse(printed.stdout);
    expect(config.centre.name).toMatch(/Northwind/);
    expect(config.data.history).toBe(join(root, 'examples', 'sample-history.csv'));
    // the rest exactly as examples/sample-centre.json says
    expect({ ...config, data: { ...config.data, history: 'sample-history.csv' } }).toEqual(sample());

    // from another folder (npm --prefix: the script runs in the repository, paths are the user's folder's)
    const dir = mkdtempSync(join(tmpdir(), 'plan-recipe-'));
    writeFileSync(join(dir, 'my-centre.json'), printed.stdout);
    const planned = npm(['--prefix', root, 'run', '-s', 'plan', '--', 'my-centre.json', '--out', 'plans'], dir);
    expect(planned.stderr).toContain(`history ${join(root, 'examples', 'sample-history.csv')}: 6,880 rows read, 6,880 used, 0 skipped`);
    expect(planned.status).toBe(0);
    expect(planned.stdout).toMatch(/^Northwind Utilities — Customer Care: plan for/);
    expect(readdirSync(join(dir, 'plans'))).toContain('plan.json');
  }, 240_000);

  test('without -s npm\'s banner breaks the JSON, and the plan says so and how to print it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-banner-'));
    const printed = npm(['run', 'plan', '--', '--print-config'], root);
    expect(printed.stdout).toMatch(/^\s*> ninestep@/);
    writeFileSync(join(dir, 'my-centre.json'), printed.stdout);
    const result = run([join(dir, 'my-centre.json'), '--out', join(dir, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/my-centre.json is not valid JSON \(it starts with npm's "> ninestep@…" banner: print the config with `npm run -s plan -- --print-config > FILE`/);
  });

  test('"data.history": "sample" names the sample history wherever the config is (the run gets past reading it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-sample-'));
    const path = configFile(dir, (c) => { c.data.history = 'sample'; });
    const blocked = join(dir, 'file-not-folder');
    writeFileSync(blocked, 'x');
    // a missing history stops before the output folder is looked at ('a missing history file' below),
    // so reaching the output folder's check means the history was read
    const result = run([path, '--out', join(blocked, 'out')]);
    expect(result.stderr).not.toMatch(/history file not found/);
    expect(result.stderr).toMatch(/cannot write to the output folder/);
  });
});

describe('--help and unknown options', () => {
  test('--help and -h print the usage on standard output and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = run([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^usage: npm run -s plan -- \[config.json\] \[--out DIR\][\s\S]*--print-config/);
      expect(result.stderr).toBe('');
    }
  });
  test('an unknown option exits 2 with the usage on standard error', () => {
    const result = run(['--outt', 'x']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^plan: unknown option --outt\nusage: npm run -s plan/);
  });
});

test('the import findings reach standard error, grouped by kind with counts and 3 examples each', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-findings-'));
  const lines = readFileSync(join(root, 'examples', 'sample-history.csv'), 'utf8').trimEnd().split('\n');
  // five counts written as text, and a whole open day (Tuesday 2026-03-10) missing
  const texts = [5, 105, 205, 305, 405];
  const rows = lines.map((line, i) => (texts.includes(i) ? line.replace(/^([^,]*,[^,]*,)\d+/, '$1lots') : line)).filter((line) => !line.startsWith('2026-03-10,'));
  writeFileSync(join(dir, 'history.csv'), `${rows.join('\n')}\n`);
  const path = configFile(dir, (c) => { c.data.history = join(dir, 'history.csv'); });
  const out = join(dir, 'out');
  const result = run([path, '--out', out]);
  expect(result.status).toBe(0);
  const stderr = result.stderr.split('\n');
  const start = stderr.findIndex((l) => l.startsWith(`history ${join(dir, 'history.csv')}: `));
  expect(start).toBeGreaterThan(0);
  const findings = stderr.slice(start).filter((l) => /^( {2}|history )/.test(l));
  expect(findings[0]).toMatch(/: 6,856 rows read, 6,851 used, 5 skipped$/);
  const examples = findings.filter((l) => /^ {2}\w+: row \d+, column offered: "lots" is not a number/.test(l));
  expect(examples).toHaveLength(3);
  expect(examples[0]).toMatch(/^ {2}(error|warning): row 6, column offered/);
  expect(findings).toContain('    … 2 more not-a-number (5 in all)');
  expect(findings.some((l) => /^ {2}info: 9 findings for information \(missing-days 9\), listed in .*plan\.json$/.test(l))).toBe(true);
  expect(findings.length).toBeLessThan(10);
  // the same report is in plan.json
  const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
  expect(plan.history.importReport.counts['not-a-number']).toBe(5);
}, 240_000);

describe('bad input stops before anything is written', () => {
  const cases: [string, (c: ReturnType<typeof sample>) => void, RegExp][] = [
    ['wrong types', (c) => { c.service.slTarget = 'high'; c.schedule.timeLimitSeconds = '10'; }, /service.slTarget must be a number[\s\S]*schedule.timeLimitSeconds must be a number/],
    ['negative rates', (c) => { c.costs.hourlyWage = -21.5; c.costs.seatMonthlyCost = -1; }, /costs.hourlyWage must be at least 0 \(got -21.5\)[\s\S]*costs.seatMonthlyCost/],
    ['an impossible SL (100/0)', (c) => { c.scenarios[0].slTarget = 1; c.scenarios[0].targetSeconds = 0; }, /scenarios\[0\].slTarget must be less than 1 \(got 1\)/],
    ['a missing history file', (c) => { c.data.history = '/nonexistent/history.csv'; }, /history file not found: \/nonexistent\/history.csv/],
  ];
  test.each(cases)('%s', (_label, edit, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-bad-'));
    const out = join(dir, 'out');
    const result = run([configFile(dir, edit), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  test('a config that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-bad-'));
    writeFileSync(join(dir, 'config.json'), '{ "centre": ');
    const result = run([join(dir, 'config.json'), '--out', join(dir, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is not valid JSON/);
  });

  test('an output folder that cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-bad-'));
    const blocked = join(dir, 'file-not-folder');
    writeFileSync(blocked, 'x');
    const result = run(['--out', join(blocked, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot write to the output folder/);
    chmodSync(dir, 0o755);
  });
});

describe('faults around the output and the config file (each stops before the plan runs)', () => {
  test('a folder where budget-mid.xlsx should be: nothing changes, and the message says so truly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-fault-'));
    const out = join(dir, 'out');
    mkdirSync(join(out, 'budget-mid.xlsx'), { recursive: true });
    writeFileSync(join(out, 'forecast.xlsx'), 'the old forecast');
    const result = run(['--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the output folder .*out holds budget-mid\.xlsx\/, which NineStep did not write[\s\S]*nothing was written/);
    expect(result.stderr).not.toMatch(/step 1\/9/);
    expect(readdirSync(out).sort()).toEqual(['budget-mid.xlsx', 'forecast.xlsx']);
    expect(readFileSync(join(out, 'forecast.xlsx'), 'utf8')).toBe('the old forecast');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  test('a config saved with a UTF-8 byte-order mark is read (its problems are listed, not "not valid JSON")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-bom-'));
    const path = configFile(dir, (c) => { c.costs.hourlyWage = 1e308; });
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    const result = run([path, '--out', join(dir, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/costs.hourlyWage must be at most 1000000000000 \(got 1e\+308\)/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
