/**
 * `npm run -s plan -- [config.json] [--out DIR] [--lang en|zh-CN] [--print-config] [--help]`: runs the nine
 * steps and writes forecast.xlsx, schedule.xlsx, one budget-<scenario>.xlsx per
 * scenario and plan.json to `out/`. With no config it plans the embedded sample
 * centre (examples/). A bad config, history or output folder stops the run
 * before anything is written; the files appear all together or not at all,
 * even if the run is killed (`out` is a link to the current set, swapped in
 * by one rename: see src/workbook/file/writeAtomically.ts).
 * The workbooks' labels are in the config's `locale` (default English) unless
 * `--lang` says otherwise.
 */
import { promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import highsLoader from 'highs';
import { renderNote, withTexts } from '../core/notes/render';
import type { ScheduleSummary } from '../core/plan/planResult';
import { emailQueueLines } from './emailQueueLines';
import { importFindingLines } from './importFindings';
import { progressKey, progressLine } from './planProgress';
import { userPath } from './userPath';
import { runPlan } from '../core/plan/runPlan';
import type { PlanResult, ScenarioResult } from '../core/plan/planResult';
import { validatePlanConfig, withoutBom } from '../core/plan/validateConfig';
import { isLocale, type Locale } from '../i18n/locale';
import { note } from '../core/notes/note';
import { decodeHistoryBytes, type HistoryEncoding } from '../core/workload/decodeHistoryBytes';
import { MAX_TEXT_IMPORT_BYTES } from '../core/workload/historyLimits';
import { buildFillPlans } from '../report';
import { applyFillPlan, prepareOutputFolder, writeWorkbooksAtomically, type OutputFile } from '../workbook/file';

const ROOT = resolve(__dirname, '..', '..');
const SAMPLE_CONFIG = join(ROOT, 'examples', 'sample-centre.json');
const TEMPLATES = join(ROOT, 'templates');
const SAMPLE_HISTORY = join(ROOT, 'examples', 'sample-history.csv');
const USAGE = `usage: npm run -s plan -- [config.json] [--out DIR] [--lang en|zh-CN]
       npm run -s plan -- --print-config > my-centre.json
  config.json     the centre to plan (default: the sample centre in examples/)
  --out DIR       where the workbooks and plan.json go (default: out)
  --lang en|zh-CN the workbooks' language (default: the config's locale)
  --print-config  print the sample config to start from (its data.history names the sample history by its full path)
  --help          this text`;

class UsageError extends Error {}
/** With several queues: each queue's calls and agent-hours, and separate against pooled (and skill groups, with data.skills). */
function queueLines(plan: PlanResult): string[] {
  if (!plan.queues) return [];
  const hours = (h: number) => Math.round(h).toLocaleString('en-US');
  const { comparison } = plan.queues;
  return [
    ...plan.queues.queues.map((q) => `  queue ${q.name} (${q.channel}${q.concurrency > 1 ? ` × ${q.concurrency}` : ''}): ${q.history.totalCalls.toLocaleString('en-US')} calls in the history, ${Math.round(q.forecast.totalCalls).toLocaleString('en-US')} forecast, ${hours(q.agentHours)} agent-hours, peak ${q.peakAgents} agents`),
    `  voice queues: ${hours(comparison.separateAgentHours)} agent-hours as separate teams, ${hours(comparison.pooledAgentHours)} pooled (saving ${(comparison.savingShare * 100).toFixed(1)}%)` +
      (comparison.skillsAgentHours === undefined ? '' : `, ${hours(comparison.skillsAgentHours)} by skill groups (simulated)`),
    ...(plan.queues.skills?.groups ?? []).map((g) => `    group ${g.name} (${g.queues.join(', ')}): ${hours(g.agentHours)} agent-hours, peak ${g.peakAgents} agents`),
    ...(plan.queues.skills?.queues ?? []).flatMap((q) => (q.serviceLevel === null ? [] : [`    queue ${q.name}: simulated SL ${pct(q.serviceLevel.mean)}${q.serviceLevel.ci95 ? ` (95% ${pct(q.serviceLevel.ci95[0])}–${pct(q.serviceLevel.ci95[1])})` : ''} against ${pct(q.slTarget)} in ${q.targetSeconds} s`])),
  ];
}

/** --help: the usage on standard output, exit status 0 */
class HelpRequest extends Error {}
class PlanError extends Error {}

interface Options {
  config: string;
  out: string;
  printConfig: boolean;
  /** --lang: overrides the config's locale */
  lang?: Locale;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { config: SAMPLE_CONFIG, out: userPath('out', 'plan'), printConfig: false };
  let configGiven = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out') {
      const dir = argv[++i];
      if (!dir) throw new UsageError('--out needs a folder');
      options.out = userPath(dir, 'plan');
    } else if (arg === '--lang') {
      const lang = argv[++i];
      if (!isLocale(lang)) throw new UsageError('--lang takes en or zh-CN');
      options.lang = lang;
    } else if (arg === '--print-config') {
      options.printConfig = true;
    } else if (arg === '--help' || arg === '-h') {
      throw new HelpRequest();
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (configGiven) {
      throw new UsageError(`one config file at most (got ${options.config} and ${arg})`);
    } else {
      options.config = userPath(arg, 'plan');
      configGiven = true;
    }
  }
  return options;
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlanError(code === 'ENOENT' ? `${what} not found: ${path}` : `cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

/**
 * The history file as text: refused above MAX_TEXT_IMPORT_BYTES (before reading it, so a
 * huge file never exhausts memory), decoded by its bytes (UTF-8 ± BOM, UTF-16, GB18030).
 */
async function readHistory(path: string): Promise<{ text: string; encoding: HistoryEncoding }> {
  let size: number;
  try {
    size = (await fs.stat(path)).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlanError(code === 'ENOENT' ? `history file not found: ${path}` : `cannot read history file ${path}: ${(error as Error).message}`);
  }
  if (size > MAX_TEXT_IMPORT_BYTES) throw new PlanError(`${path}: ${renderNote(note('import.tooBig', { bytes: size, limit: MAX_TEXT_IMPORT_BYTES }), 'en')}`);
  try {
    return decodeHistoryBytes(await fs.readFile(path));
  } catch (error) {
    throw new PlanError(`cannot read history file ${path}: ${(error as Error).message}`);
  }
}

/**
 * The sample config with `data.history` as the sample history's absolute path, so that the
 * printed file plans the sample from any folder; the rest exactly as written in examples/.
 */
function printableSampleConfig(text: string, historyPath: string): string {
  const field = /("history"\s*:\s*)"sample-history\.csv"/;
  const replaced = text.replace(field, (_m, key: string) => `${key}${JSON.stringify(historyPath)}`);
  if (field.test(text) && (JSON.parse(withoutBom(replaced)) as { data: { history: string } }).data.history === historyPath) return replaced;
  const config = JSON.parse(withoutBom(text)) as { data: { history: string } };
  config.data.history = historyPath;
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** A config saved from `npm run plan -- --print-config > file` (without -s) starts with npm's banner. */
const NPM_BANNER = /^\s*> [^\n]*@[^\n]*\n> /;

/** At most `max` lines of a long failure message (an import's report can list 50 issues of each kind). */
function capLines(message: string, max = 15): string {
  const lines = message.split('\n');
  return lines.length <= max ? message : [...lines.slice(0, max), `… ${lines.length - max} more lines`].join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  if (options.printConfig) {
    process.stdout.write(printableSampleConfig(await readText(SAMPLE_CONFIG, 'the sample config'), SAMPLE_HISTORY));
    return;
  }
  const started = Date.now();
  const configText = await readText(options.config, 'config file');
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(configText));
  } catch (error) {
    const banner = NPM_BANNER.test(configText) ? ' (it starts with npm\'s "> ninestep@…" banner: print the config with `npm run -s plan -- --print-config > FILE`, -s keeping npm quiet, or delete the lines before the first "{")' : '';
    throw new PlanError(`${options.config} is not valid JSON${banner}: ${(error as Error).message}`);
  }
  const config = validatePlanConfig(json);
  if (!config.ok) {
    throw new PlanError(`${options.config} has ${config.problems?.length ?? 1} problem(s); nothing was written:\n${config.message.split('\n').map((l) => `  - ${l}`).join('\n')}`);
  }
  const historyPath = resolve(dirname(options.config), config.value.data.history === 'sample' ? join(ROOT, 'examples', 'sample-history.csv') : config.value.data.history);
  const { text: historyText, encoding } = await readHistory(historyPath);
  const outFolder = await prepareOutputFolder(options.out);
  if (!outFolder.ok) throw new PlanError(`${outFolder.message}\nnothing was written`);

  const highs = await highsLoader();
  const log = (line: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);
  if (encoding !== 'utf-8') log(`history ${renderNote(note('import.encoding', { encoding }), 'en')}`);
  let lastKey = '';
  const result = runPlan({
    config: config.value,
    historyText,
    historySource: historyPath,
    highs,
    runAt: new Date().toISOString(),
    onProgress: (progress) => {
      const key = progressKey(progress);
      if (key !== lastKey) log(progressLine(progress));
      lastKey = key;
    },
  });
  if (!result.ok) throw new PlanError(`${capLines(result.message)}\nnothing was written`);
  const plan = result.value;
  const [rows, ...findings] = importFindingLines(plan.history.importReport, { where: join(options.out, 'plan.json') });
  process.stderr.write(`history ${historyPath}: ${rows}\n${findings.map((l) => `  ${l}\n`).join('')}`);
  // what the plan took from the data or assumed, since the config left it out
  for (const n of plan.notes) if (n.code.startsWith('plan.derived') || n.code === 'plan.assumed') process.stderr.write(`  ${renderNote(n, 'en')}\n`);

  log('writing workbooks');
  const files: OutputFile[] = [];
  for (const fill of buildFillPlans(plan, { locale: options.lang ?? config.value.locale })) {
    const template = await fs.readFile(join(TEMPLATES, `${fill.template}.xlsx`));
    files.push({ name: fill.fileName, bytes: await applyFillPlan(template, fill) });
  }
  files.push({ name: 'plan.json', bytes: `${JSON.stringify(plan, withTexts('en'), 1)}\n` });
  const written = await writeWorkbooksAtomically(options.out, files);
  if (!written.ok) throw new PlanError(written.message);

  const mid = plan.scenarios.find((s) => s.id === 'mid') ?? plan.scenarios[0];
  const money = (v: number) => `${plan.currency} ${Math.round(v).toLocaleString('en-US')}`;
  const lines = [
    `${plan.centre}: plan for ${plan.forecast.from} to ${plan.forecast.to}`,
    `  forecast (${plan.forecast.method}): ${Math.round(plan.forecast.totalCalls).toLocaleString('en-US')} calls`,
    `  schedule: ${plan.schedule.paidHours.toLocaleString('en-US')} paid hours, ${plan.schedule.status}, gap ${(plan.schedule.gap * 100).toFixed(2)}%, ${plan.trunks.peakTrunks} trunks at peak`,
    ...rosterLines(plan.schedule),
    ...plan.scenarios.map((s) => `  ${s.label}: ${money(s.costs.total.total)} a year, SL ${(s.commitment.serviceLevel * 100).toFixed(1)}%, ${plan.currency} ${(s.commitment.costPerCall ?? 0).toFixed(2)} a call`),
    ...plan.capacity.scenarios.flatMap((c) => {
      const classes = c.months.filter((m) => m.hires > 0).length;
      const shortfall = c.months.find((m) => m.shortfallNote)?.shortfallNote;
      return [
        `  ${c.scenario} capacity: ${plan.capacity.assumptions.startHeadcount} heads at the start, ${c.hires} hires in ${classes} classes, peak ${c.maxHeadcount.toFixed(1)} heads, hiring cost ${money(c.hiringCost)}`,
        ...(shortfall ? [`    ${renderNote(shortfall, 'en')}`] : []),
        ...c.notes.map((n) => `    ${renderNote(n, 'en')}`),
      ];
    }),
    ...(plan.budgetQuestion ? [`  budget question: ${renderNote(plan.budgetQuestion.message, 'en')}`] : []),
    ...queueLines(plan),
    ...emailQueueLines(plan),
    `  mid plan committed service: SL ${(mid.commitment.serviceLevel * 100).toFixed(1)}%, ASA ${mid.commitment.asaSeconds === null ? 'unbounded' : `${mid.commitment.asaSeconds.toFixed(1)} s`}, abandonment ${(mid.commitment.abandonRate * 100).toFixed(1)}%, occupancy ${(mid.commitment.occupancy * 100).toFixed(1)}%`,
    ...promiseLines(mid, money),
    `wrote ${written.written.length} files to ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
    ...written.written.map((f) => `  ${f}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The mid plan's promise checked: its schedule simulated, its SL at ±10% volume, the odds of its target, the roster shape's cost. */
function promiseLines(s: ScenarioResult, money: (v: number) => string): string[] {
  const sim = s.simulated;
  const below = sim.intervalsBelowTarget;
  const worst = sim.worstIntervals[0];
  return [
    `  simulated (${sim.replications} runs, queue carried, absence drawn): SL ${pct(sim.serviceLevel)} (95% ${pct(sim.ci95[0])}–${pct(sim.ci95[1])}), ASA ${sim.asaSeconds.toFixed(1)} s, abandonment ${pct(sim.abandonRate)}, occupancy ${pct(sim.occupancy)}; ${below.simulated} of ${below.intervals} half-hours below target (${below.erlang} by Erlang)${worst ? `, worst ${worst.date} ${worst.start}: ${pct(worst.simulatedServiceLevel)} simulated vs ${pct(worst.erlangServiceLevel)}` : ''}`,
    `  volume risk: SL ${s.volumeRisk.map((v) => `${pct(v.serviceLevel)} at ${Math.round(v.volumeFactor * 100)}%`).join(', ')}${s.targetProbability ? `; ${(s.targetProbability.probability * 100).toFixed(0)}% chance of meeting ${Math.round(s.slTarget * 100)}/${s.targetSeconds} given the forecast's ${pct(s.targetProbability.forecastError)} backtest error` : ''}`,
    `  roster shape: ${s.rosterShape.extraHours.toLocaleString('en-US')} paid hours a week above the requirement (+${pct(s.rosterShape.extraShare)}), ${money(s.rosterShape.extraCost)} a year`,
  ];
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof HelpRequest) {
    process.stdout.write(`${USAGE}\n`);
  } else if (error instanceof UsageError) {
    process.stderr.write(`${error.message ? `plan: ${error.message}\n` : ''}${USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof PlanError) {
    process.stderr.write(`plan: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`plan: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  }
});

/** The CLI's roster lines: headcount by contract, FTE, and the rotation's spread of late shifts and weekend days off. */
function rosterLines(s: ScheduleSummary): string[] {
  if (!s.headcount || !s.rotation) return [];
  const r = s.rotation;
  return [
    `  roster: ${s.headcount.total} agents (${s.headcount.byContract.map((c) => `${c.agents} ${c.contract}`).join(', ')}), ${s.fte.toFixed(1)} FTE at ${s.fullTimeWeeklyHours} h`,
    `  rotation over ${r.weeks} week${r.weeks === 1 ? '' : 's'}: ${r.lateShifts.min}–${r.lateShifts.max} late shifts (ending after 20:00) and ${r.weekendDaysOff.min}–${r.weekendDaysOff.max} weekend days off per agent`,
    ...(s.teams ?? []).map((t) => `  team ${t.name} (${t.queues.join(', ')}): ${t.paidHours.toLocaleString('en-US')} paid hours for ${t.requiredHours.toLocaleString('en-US')} required (${(t.gap * 100).toFixed(1)}% above its bound), ${t.headcount ?? 0} agents, ${t.fte.toFixed(1)} FTE`),
  ];
}
