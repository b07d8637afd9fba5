/**
 * `npm run plan` as a user runs it: the sample from a clean folder, and bad
 * input — a config with wrong types, a missing history file, negative rates, an
 * impossible SL, an output folder that cannot be written — each stopping with a
 * clear message and writing nothing.
 */
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

test('--print-config writes the sample config to start from', () => {
  const result = run(['--print-config']);
  expect(result.status).toBe(0);
  expect(JSON.parse(result.stdout).centre.name).toMatch(/Northwind/);
});

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

  test('an unknown option is a usage error', () => {
    const result = run(['--outt', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown option --outt[\s\S]*usage: npm run plan/);
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
