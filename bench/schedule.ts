/**
 * Scheduling benchmark (issue 4): a week of half-hour intervals derived from
 * the bank call counts (../shared/data/bank-calls-5min-2003.csv), scaled to a
 * centre of about 150 agents at peak, ≥ 150 generated templates. Prints paid
 * hours, the LP bound, the gap and the solve time for HiGHS and for the greedy
 * heuristic. Goal: within 1% of the LP bound in under 10 s.
 *
 * Run: npm run -s bench:schedule
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import highsLoader from 'highs';
import { generateTemplates } from '../src/core/schedule/generateTemplates';
import { solveSchedule } from '../src/core/schedule/solveSchedule';
import { greedySchedule } from '../src/core/schedule/greedySchedule';
import { expandPatterns } from '../src/core/schedule/expandPatterns';
import { evaluateSchedule } from '../src/core/schedule/scheduleReport';
import { relaxationBound } from '../src/core/schedule/relaxationBound';
import { WEEKDAYS, weekdayOf } from '../src/core/schedule/time';
import type { BreakRule, ScheduleProblem } from '../src/core/schedule/types';

const DATA = path.resolve(__dirname, '../../shared/data/bank-calls-5min-2003.csv');

/** Mean calls per half hour for each weekday (Mon–Fri) over the whole data set: [weekday][slot of 48]. */
function weeklyProfile(): number[][] {
  const text = readFileSync(DATA, 'utf8').trim().split('\n').slice(1);
  const sums = Array.from({ length: 7 }, () => new Array<number>(48).fill(0));
  const dates = Array.from({ length: 7 }, () => new Set<string>());
  for (const line of text) {
    const [date, hhmm, calls] = line.split(',');
    const wd = weekdayOf(date);
    if (!wd.ok) throw new Error(wd.message);
    const [h, m] = hhmm.split(':').map(Number);
    const slot = Math.floor((h * 60 + m) / 30);
    sums[wd.value][slot] += Number(calls);
    dates[wd.value].add(date);
  }
  return sums.map((row, wd) => row.map((s) => (dates[wd].size ? s / dates[wd].size : 0)));
}

function breaksFor(minutes: number): BreakRule[] {
  if (minutes < 300) return [];
  if (minutes < 360) return [{ offset: 120, minutes: 15, paid: true }];
  const mid = Math.round(minutes / 2 / 30) * 30;
  const lunch: BreakRule = { offset: mid - 60, latestOffset: mid + 60, minutes: 30, paid: false };
  if (minutes < 480) return [lunch];
  return [{ offset: 90, minutes: 15, paid: true }, lunch, { offset: minutes - 90, minutes: 15, paid: true }];
}

async function main(): Promise<void> {
  const profile = weeklyProfile();
  const peakCalls = Math.max(...profile.flat());
  // Requirement: proportional to calls, scaled to 150 agents at the peak, whole agents.
  const required = profile.map((row) => row.map((c) => Math.ceil((150 * c) / peakCalls)));
  const days = WEEKDAYS.slice(0, 5).map((label, weekday) => ({ label, weekday }));
  const gen = generateTemplates({ firstStart: 6 * 60, lastStart: 17 * 60, everyMinutes: 30, lengths: [240, 300, 360, 420, 480, 540, 600], breaks: breaksFor });
  if (!gen.ok) throw new Error(gen.message);
  const problem: ScheduleProblem = { intervalMinutes: 30, days, required: required.slice(0, 5), templates: gen.value, objective: 'cover' };
  const highs = await highsLoader();
  const patterns = expandPatterns(problem);
  console.log(`templates ${gen.value.length}, patterns ${patterns.length}, peak ${Math.max(...required.flat())} agents`);
  const tg = Date.now();
  const g = greedySchedule(problem, patterns);
  const gs = (Date.now() - tg) / 1000;
  const ge = evaluateSchedule(problem, patterns, g);
  const lp = relaxationBound(highs, problem);
  const r = solveSchedule(highs, problem, { timeLimitSeconds: 10, relativeGap: 0.005 });
  if (!r.ok) throw new Error(r.message);
  const s = r.value.solution;
  console.log(JSON.stringify({ lp: lp.ok ? lp.value : lp.message, mip: { paidHours: s.paidHours, bound: s.lowerBound, gap: s.gap, seconds: s.solveSeconds, status: s.status }, greedy: { paidHours: ge.paidHours, seconds: gs } }, null, 1));
}

void main();
