/**
 * `npm run -s schedule -- --requirement FILE --shifts FILE [--objective cover|balance]
 *   [--time-limit SECONDS] [--max-paid-hours H]`
 *
 * Reads a requirement CSV (day,interval_start,required) and shift templates
 * (JSON), solves the schedule with HiGHS and prints JSON: assignments,
 * coverage per interval, paidHours, objective, lowerBound, gap, status.
 * Thin I/O around src/core/schedule; every message comes from the core.
 * When the days are the 7 weekday names the week repeats (Sunday night covers Monday morning).
 */
import { readFileSync } from 'node:fs';
import highsLoader from 'highs';
import { parseRequirementCsv } from '../core/schedule/parseRequirementCsv';
import { parseShiftTemplates } from '../core/schedule/parseShiftTemplates';
import { solveSchedule, type HighsRuntime } from '../core/schedule/solveSchedule';
import type { ScheduleObjective, ScheduleProblem } from '../core/schedule/types';
import { userPath } from './userPath';

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const USAGE = `usage: npm run -s schedule -- --requirement FILE --shifts FILE [--objective cover|balance] [--time-limit SECONDS] [--max-paid-hours HOURS]
  --requirement FILE  CSV with the header day,interval_start,required (agents needed from that start);
                      day: a weekday name (Monday…Sunday; the week repeats) or a date YYYY-MM-DD;
                      intervals not listed need 0
  --shifts FILE       JSON array of shift templates: {"name", "start": "HH:MM", "minutes",
                      "breaks": [{"offset", "minutes", "paid", "latestOffset"?}], "days"?: ["Monday", …], "cost"?}
  --objective         cover (default): fewest paid hours that cover every interval;
                      balance: the least shortfall within --max-paid-hours
  --time-limit        seconds the solver may take (default 10)
  examples: examples/schedule-requirement.csv and examples/schedule-shifts.json`;

const fail = (message: string, code = 2): CliOutcome => ({ code, stdout: '', stderr: `schedule: ${message}\n` });

/** Parses the arguments, runs the scheduler and returns what to print (testable without a process). */
export function runScheduleCli(argv: readonly string[], readText: (file: string) => string, highs: HighsRuntime): CliOutcome {
  if (argv.includes('--help') || argv.includes('-h')) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) return fail(`unexpected argument "${a}"\n${USAGE}`);
    const [key, inline] = a.slice(2).split('=', 2);
    if (!['requirement', 'shifts', 'objective', 'time-limit', 'max-paid-hours'].includes(key)) return fail(`unknown option --${key}\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) return fail(`--${key} needs a value\n${USAGE}`);
    opts.set(key, value);
  }
  const reqFile = opts.get('requirement');
  const shiftsFile = opts.get('shifts');
  if (!reqFile || !shiftsFile) return fail(`--requirement and --shifts are required\n${USAGE}`);
  const objective = (opts.get('objective') ?? 'cover') as ScheduleObjective;
  if (objective !== 'cover' && objective !== 'balance') return fail(`--objective must be cover or balance (got "${objective}")`);
  const timeLimit = opts.has('time-limit') ? Number(opts.get('time-limit')) : 10;
  if (!(Number.isFinite(timeLimit) && timeLimit > 0)) return fail(`--time-limit must be a number of seconds > 0 (got "${opts.get('time-limit')}")`);
  const maxHours = opts.has('max-paid-hours') ? Number(opts.get('max-paid-hours')) : undefined;
  if (maxHours !== undefined && !(Number.isFinite(maxHours) && maxHours >= 0)) return fail(`--max-paid-hours must be a number ≥ 0 (got "${opts.get('max-paid-hours')}")`);

  let reqText: string;
  let shiftsText: string;
  try {
    reqText = readText(reqFile);
  } catch (e) {
    return fail(`cannot read the requirement file ${reqFile}: ${(e as Error).message}`);
  }
  try {
    shiftsText = readText(shiftsFile);
  } catch (e) {
    return fail(`cannot read the shifts file ${shiftsFile}: ${(e as Error).message}`);
  }
  const req = parseRequirementCsv(reqText);
  if (!req.ok) return fail(`${reqFile}: ${req.message}`);
  let json: unknown;
  try {
    json = JSON.parse(shiftsText);
  } catch (e) {
    return fail(`${shiftsFile} is not valid JSON: ${(e as Error).message}`);
  }
  const templates = parseShiftTemplates(json);
  if (!templates.ok) return fail(`${shiftsFile}: ${templates.message}`);
  const problem: ScheduleProblem = {
    intervalMinutes: req.value.intervalMinutes,
    days: req.value.days,
    required: req.value.required,
    templates: templates.value,
    objective,
    wrap: req.value.weekdayNames && req.value.days.length === 7,
    ...(maxHours !== undefined ? { balance: { maxPaidHours: maxHours } } : {}),
  };
  const r = solveSchedule(highs, problem, { timeLimitSeconds: timeLimit });
  if (!r.ok) return fail(r.message, r.code === 'invalid' ? 2 : 1);
  const s = r.value.solution;
  const out = {
    status: s.status,
    objective: s.objectiveValue,
    objectiveKind: s.objective,
    lowerBound: s.lowerBound,
    gap: s.gap,
    paidHours: s.paidHours,
    efficiency: s.efficiency,
    solveSeconds: s.solveSeconds,
    assignments: s.assignments.map((a) => ({ day: a.day, shift: a.shift, start: a.start, breaks: a.breaks, count: a.count })),
    coverage: s.coverage
      .filter((c) => c.required > 0 || c.scheduled > 0)
      .map((c) => ({ day: c.day, interval_start: c.intervalStart, required: c.required, scheduled: c.scheduled, over: c.over, under: c.under })),
  };
  return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '' };
}

async function main(): Promise<void> {
  const highs = await highsLoader();
  const r = runScheduleCli(process.argv.slice(2), (f) => readFileSync(userPath(f, 'schedule'), 'utf8'), highs);
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.code;
}

if (require.main === module) void main();
