/**
 * Where the sample plan's time goes (issue 13): the embedded sample
 * (examples/sample-centre.json + sample-history.csv) planned as
 * `npm run plan` plans it, with wall and CPU seconds for the process start
 * (node, tsx and the imports), each progress phase of runPlan (steps; the
 * schedule solves by scenario and phase: a phase lasts until the next one
 * starts, so "low report" holds the low plan's roster, rotation and all the
 * plan's work after it) and each workbook the CLI writes. CPU counts every
 * thread of the process (V8 compiles and collects garbage on its own): on a
 * shared machine it is the steadier figure, the wall clock counting other
 * processes' turns.
 *
 * Run: npx tsx bench/planProfile.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import highsLoader from 'highs';
import { withTexts } from '../src/core/notes/render';
import { runPlan } from '../src/core/plan/runPlan';
import { validatePlanConfig } from '../src/core/plan/validateConfig';
import { buildFillPlans } from '../src/report';
import { applyFillPlan } from '../src/workbook/file';

const ROOT = join(__dirname, '..');

/** Seconds of CPU (user + system, all threads) since the process started. */
const cpuSeconds = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

const phases: { label: string; wall: number; cpu: number }[] = [];
let open = { label: 'process start: node, tsx, imports', wall: 0, cpu: 0 };
/** Ends the open phase and starts the next. */
function phase(label: string): void {
  const now = { wall: performance.now() / 1000, cpu: cpuSeconds() };
  phases.push({ label: open.label, wall: now.wall - open.wall, cpu: now.cpu - open.cpu });
  open = { label, ...now };
}

async function main(): Promise<void> {
  phase('HiGHS load');
  const highs = await highsLoader();
  phase('config');
  const config = validatePlanConfig(JSON.parse(readFileSync(join(ROOT, 'examples', 'sample-centre.json'), 'utf8')));
  if (!config.ok) throw new Error(config.message);
  let last = '';
  const plan = runPlan({
    config: config.value,
    historyText: readFileSync(join(ROOT, 'examples', 'sample-history.csv'), 'utf8'),
    historySource: 'examples/sample-history.csv',
    highs,
    runAt: new Date().toISOString(),
    onProgress: (p) => {
      const label = `step ${p.step}${p.schedule ? ` ${p.schedule.scenario ?? ''} ${p.schedule.phase}` : ''}`;
      if (label !== last) phase(label);
      last = label;
    },
  });
  if (!plan.ok) throw new Error(plan.message);
  for (const fill of buildFillPlans(plan.value, { locale: config.value.locale })) {
    phase(`workbook ${fill.fileName}`);
    await applyFillPlan(readFileSync(join(ROOT, 'templates', `${fill.template}.xlsx`)), fill);
  }
  phase('plan.json');
  JSON.stringify(plan.value, withTexts('en'), 1);
  phase('');
  console.log('phase                                     wall s   CPU s');
  for (const p of phases) console.log(`${p.label.padEnd(40)} ${p.wall.toFixed(2).padStart(7)} ${p.cpu.toFixed(2).padStart(7)}`);
  console.log(`${'total'.padEnd(40)} ${open.wall.toFixed(2).padStart(7)} ${open.cpu.toFixed(2).padStart(7)}`);
}

void main();
