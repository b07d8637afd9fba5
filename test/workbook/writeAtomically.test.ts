/**
 * All-or-nothing output (src/workbook/file/writeAtomically.ts): the set in the
 * output folder changes at once or not at all — a folder in the way, a store
 * that cannot be written, and SIGKILL at random instants never leave a mix,
 * and the next run leaves nothing behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareOutputFolder, storeOf, writeWorkbooksAtomically } from '../../src/workbook/file';

const NAMES = ['budget-high.xlsx', 'budget-low.xlsx', 'budget-mid.xlsx', 'forecast.xlsx', 'plan.json', 'schedule.xlsx'];
const set = (text: string) => NAMES.map((name) => ({ name, bytes: `${text} ${name}` }));
/** What `out` shows: file name → content. */
const contents = (out: string): Record<string, string> =>
  Object.fromEntries(readdirSync(out).sort().map((name) => [name, readFileSync(join(out, name), 'utf8')]));
const fresh = () => join(mkdtempSync(join(tmpdir(), 'atomic-')), 'out');

test('a new set replaces the old one whole, and only the current set is kept', async () => {
  const out = fresh();
  expect(await prepareOutputFolder(out)).toEqual({ ok: true });
  expect(await writeWorkbooksAtomically(out, set('one'))).toEqual({ ok: true, written: NAMES.map((n) => join(out, n)) });
  expect(contents(out)).toEqual(Object.fromEntries(NAMES.map((n) => [n, `one ${n}`])));
  expect(await writeWorkbooksAtomically(out, set('two').slice(1))).toMatchObject({ ok: true });
  // the whole set changed: budget-high.xlsx of run one is gone, not mixed in
  expect(contents(out)).toEqual(Object.fromEntries(NAMES.slice(1).map((n) => [n, `two ${n}`])));
  expect(lstatSync(out).isSymbolicLink()).toBe(true);
  expect(readdirSync(storeOf(out))).toHaveLength(1);
});

test('a folder of an earlier version (with its hidden .tmp leftovers) is taken over, leaving nothing behind', async () => {
  const out = fresh();
  mkdirSync(out);
  for (const f of set('old')) writeFileSync(join(out, f.name), f.bytes);
  writeFileSync(join(out, '.budget-mid.xlsx.123-abc.tmp'), 'half');
  expect(await prepareOutputFolder(out)).toEqual({ ok: true });
  expect(await writeWorkbooksAtomically(out, set('new'))).toMatchObject({ ok: true });
  expect(contents(out)).toEqual(Object.fromEntries(NAMES.map((n) => [n, `new ${n}`])));
  expect(readdirSync(storeOf(out))).toHaveLength(1);
});

test('a folder where budget-mid.xlsx should be: refused before any work, nothing changes, and the message says so truly', async () => {
  const out = fresh();
  mkdirSync(out);
  for (const f of set('old')) if (f.name !== 'budget-mid.xlsx') writeFileSync(join(out, f.name), f.bytes);
  mkdirSync(join(out, 'budget-mid.xlsx'));
  const before = readdirSync(out).sort();
  const prepared = await prepareOutputFolder(out);
  expect(prepared).toEqual({ ok: false, message: expect.stringMatching(/holds budget-mid\.xlsx\/, which NineStep did not write/) });
  const written = await writeWorkbooksAtomically(out, set('new'));
  expect(written).toEqual({ ok: false, message: expect.stringMatching(/budget-mid\.xlsx\/.*; .*out was not changed$/) });
  expect(readdirSync(out).sort()).toEqual(before);
  expect(readFileSync(join(out, 'forecast.xlsx'), 'utf8')).toBe('old forecast.xlsx');
  expect(existsSync(storeOf(out))).toBe(false);
});

test('a write that fails in the middle of the set leaves out unchanged, and no leftovers', async () => {
  const out = fresh();
  await writeWorkbooksAtomically(out, set('old'));
  const before = readdirSync(storeOf(out));
  // the seventh file cannot be written (plan.json a second time), after six were
  const written = await writeWorkbooksAtomically(out, [...set('new'), { name: 'plan.json', bytes: 'twice' }]);
  expect(written).toEqual({ ok: false, message: expect.stringMatching(/cannot write the plan's files: .*EEXIST.*; .*out was not changed$/) });
  expect(contents(out)).toEqual(Object.fromEntries(NAMES.map((n) => [n, `old ${n}`])));
  expect(readdirSync(storeOf(out))).toEqual(before);
});

test('names that are not output files are refused (no paths out of the folder)', async () => {
  const out = fresh();
  expect(await writeWorkbooksAtomically(out, [{ name: '../x.xlsx', bytes: '' }])).toEqual({ ok: false, message: `not an output file name: "../x.xlsx"; ${out} was not changed` });
  expect(existsSync(out)).toBe(false);
});

test('SIGKILL at random instants: out always holds one whole set, and the next run leaves no leftovers', async () => {
  const out = fresh();
  await writeWorkbooksAtomically(out, NAMES.map((name) => ({ name, bytes: 'gen 0\n' })));
  const generations = new Set<string>();
  for (let attempt = 0; attempt < 10; attempt++) {
    // node itself (not the tsx wrapper, whose child would outlive the kill)
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'fixtures', 'writeLoop.ts'), out], { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 300));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const files = contents(out);
    expect(Object.keys(files)).toEqual(NAMES);
    const firstLines = new Set(Object.values(files).map((text) => text.split('\n')[0]));
    expect(firstLines.size).toBe(1);
    generations.add([...firstLines][0]);
  }
  expect(generations.size).toBeGreaterThan(1); // the kills did land while sets were being replaced
  expect(await prepareOutputFolder(out)).toEqual({ ok: true });
  expect(readdirSync(storeOf(out))).toHaveLength(1);
}, 60_000);
