/**
 * The sample plan's figures do not move when the plan's code is reorganised:
 * plan.json of the sample centre equals test/fixtures/sample-plan.json (written
 * by `npm run plan` before issue 11's split of runPlan into step modules)
 * within 1e-9 relative, texts exactly. The run time, the history's path and
 * HiGHS's wall time are left out (the shared sample plan of the test run, solved with a
 * longer time limit so that a loaded machine still finishes: the same optimum). A change that is meant to move figures
 * regenerates the fixture (UPDATE_SAMPLE_PLAN=1 npx jest test/plan/samplePlanUnchanged)
 * and says why in its commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTexts } from '../../src/core/notes/render';
import { PLAN_TIMEOUT_MS, sharedPlan } from '../support/sharedPlans';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'sample-plan.json');

/** plan.json as the CLI writes it (texts in English), without what changes from run to run. */
function comparable(plan: unknown): Record<string, unknown> {
  const p = JSON.parse(JSON.stringify(plan, withTexts('en')));
  delete p.runAt;
  delete p.schedule.solveSeconds;
  p.history.source = 'examples/sample-history.csv';
  return p;
}

/** Every difference between two JSON values beyond `rel` relative for numbers, by path. */
function differences(a: unknown, b: unknown, path = '', rel = 1e-9, out: string[] = []): string[] {
  if (out.length > 20) return out;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Math.abs(a - b) > rel * Math.max(Math.abs(a), Math.abs(b), 1e-300) && a !== b) out.push(`${path}: ${b} → ${a}`);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length ${b.length} → ${a.length}`);
    else a.forEach((x, i) => differences(x, b[i], `${path}[${i}]`, rel, out));
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, rel, out);
  } else if (a !== b) out.push(`${path}: ${JSON.stringify(b)} → ${JSON.stringify(a)}`);
  return out;
}

describe('the sample plan', () => {
  it('gives the same plan.json figures as before the step modules (1e-9 relative)', async () => {
    const now = comparable(await sharedPlan('sample'));
    if (process.env.UPDATE_SAMPLE_PLAN) writeFileSync(FIXTURE, `${JSON.stringify(now)}\n`);
    const before = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    expect(differences(now, before)).toEqual([]);
  }, PLAN_TIMEOUT_MS);
});
