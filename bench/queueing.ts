/**
 * Queueing benchmark: AGENTS_REQUIRED, SERVICE_LEVEL and ERLANGC over a year of
 * half-hour intervals with a realistic intraday and weekly profile (0 to 3,000
 * calls an interval), through the same evaluation path a cell uses. Prints
 * evaluations per second and, for AGENTS_REQUIRED, the speed ratio against a
 * plain reference measured in the same run: the same search with Erlang C
 * computed from scratch (Erlang B recurrence from zero) for every candidate;
 * with a patience, against a plain Erlang A search (bisection between
 * ⌊target·A⌋ − 1 and a doubling upper bound, Erlang A summed plainly for each
 * candidate). The per-round sums of each pair must agree (checked below).
 */
import { catalogById } from '../src/functions/catalog';
import { evaluate } from '../src/functions/evaluate';

interface Interval {
  calls: number;
  aht: number;
}

/** A year of half-hour intervals: closed 22:00–07:00, two daily peaks, Monday highest, weekends lower. */
export function yearProfile(): Interval[] {
  const out: Interval[] = [];
  const weekday = [1.25, 1.1, 1.0, 0.98, 0.95, 0.55, 0.35]; // Mon..Sun
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let day = 0; day < 365; day += 1) {
    const season = 1 + 0.15 * Math.sin((2 * Math.PI * day) / 365);
    for (let slot = 0; slot < 48; slot += 1) {
      const hour = slot / 2;
      let shape = 0;
      if (hour >= 7 && hour < 22) {
        shape = Math.exp(-((hour - 10.5) ** 2) / 4) + 0.8 * Math.exp(-((hour - 15) ** 2) / 5) + 0.1;
      }
      const calls = Math.round(Math.min(3000, 1550 * shape * weekday[day % 7] * season * (0.9 + 0.2 * random())));
      out.push({ calls, aht: 180 + Math.round(120 * random()) });
    }
  }
  return out;
}

/** The plain reference: Erlang B from zero for each candidate agent count. */
function referenceAgents(calls: number, aht: number, slTarget: number, target: number, minutes: number): number {
  if (calls <= 0) return 0;
  const a = (calls * aht) / (minutes * 60);
  for (let n = Math.floor(a) + 1; ; n += 1) {
    let b = 1;
    for (let k = 1; k <= n; k += 1) b = (a * b) / (k + a * b);
    const c = (n * b) / (n - a * (1 - b));
    if (1 - c * Math.exp((-(n - a) * target) / aht) >= slTarget) return n;
  }
}

/**
 * Plain Erlang A service level (the formulas of src/core/queueing/erlangA.ts,
 * written out without its devices): Erlang B from zero, and the Palm series
 * for the queue and for the late callers each summed term by term until a term
 * is below 1e-18 of its sum past the peak. For the loads of this benchmark
 * nothing needs rescaling.
 */
function plainErlangASl(calls: number, aht: number, agents: number, patience: number, minutes: number, target: number): number {
  const rate = calls / (minutes * 60);
  const a = rate * aht;
  let inverseB = 1;
  for (let n = 1; n <= agents; n += 1) inverseB = 1 + (n / a) * inverseB;
  const x = (agents * patience) / aht;
  const series = (y: number): { total: number; served: number } => {
    let term = 1;
    let total = 0;
    let served = 0;
    for (let j = 0; ; j += 1) {
      total += term;
      served += term / (x + j + 1);
      if (j > y - x && term < 1e-18 * total) return { total, served };
      term *= y / (x + j + 1);
    }
  };
  const y = rate * patience;
  const main = series(y);
  const denominator = inverseB - 1 + main.total;
  const d = target / patience;
  const late = series(y * Math.exp(-d));
  const servedLate = (x * late.served * Math.exp(-(x + 1) * d - y * Math.expm1(-d))) / denominator;
  return (inverseB - 1) / denominator + (x * main.served) / denominator - servedLate;
}

/** The plain Erlang A search: bisection between ⌊target·A⌋ − 1 and a doubling upper bound. */
function referenceAgentsA(calls: number, aht: number, slTarget: number, target: number, minutes: number, patience: number): number {
  if (calls <= 0) return 0;
  const a = (calls * aht) / (minutes * 60);
  const meets = (agents: number) => plainErlangASl(calls, aht, agents, patience, minutes, target) >= slTarget;
  let low = Math.max(0, Math.floor(slTarget * a) - 1);
  if (meets(low)) return low;
  let high = Math.max(low + 1, Math.ceil(a));
  while (!meets(high)) {
    low = high;
    high *= 2;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (meets(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** Runs `run` (one pass over the year) for `ms`, returning passes and the checksum. */
function passes(run: () => number, ms: number): { rounds: number; seconds: number; checksum: number } {
  const started = performance.now();
  let rounds = 0;
  let checksum = 0;
  do {
    checksum += run();
    rounds += 1;
  } while (performance.now() - started < ms);
  return { rounds, seconds: (performance.now() - started) / 1000, checksum };
}

const report = (label: string, perSecond: number, checksum: number): void =>
  console.log(`${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} evaluations/s   (checksum ${checksum})`);

function time(label: string, run: () => number, count: number): number {
  run(); // warm-up
  const { rounds, seconds, checksum } = passes(run, 1500);
  const perSecond = (rounds * count) / seconds;
  report(label, perSecond, checksum);
  return perSecond;
}

/**
 * A fast path and its plain reference, timed in alternating slices (6 × 250 ms
 * each) so both see the same machine load; returns fast ÷ reference.
 */
function versus(fastLabel: string, fast: () => number, referenceLabel: string, reference: () => number, count: number): number {
  fast();
  reference();
  const totals = [{ rounds: 0, seconds: 0, checksum: 0 }, { rounds: 0, seconds: 0, checksum: 0 }];
  for (let slice = 0; slice < 6; slice += 1) {
    [fast, reference].forEach((run, k) => {
      const p = passes(run, 250);
      totals[k].rounds += p.rounds;
      totals[k].seconds += p.seconds;
      totals[k].checksum += p.checksum;
    });
  }
  const [f, r] = totals.map((t) => (t.rounds * count) / t.seconds);
  report(fastLabel, f, totals[0].checksum);
  report(referenceLabel, r, totals[1].checksum);
  return f / r;
}

export function main(): void {
  const year = yearProfile();
  const busiest = Math.max(...year.map((i) => i.calls));
  console.log(`Queueing benchmark: ${year.length} half-hour intervals, up to ${busiest} calls, 80/20`);
  const agents = catalogById.get('AGENTS_REQUIRED')!;
  const serviceLevel = catalogById.get('SERVICE_LEVEL')!;
  const erlangC = catalogById.get('ERLANGC')!;
  const staffed = year.map((i) => {
    const cell = evaluate(agents, [i.calls, i.aht, 0.8, 20])[0][0];
    return typeof cell === 'number' ? cell : 0;
  });
  const sum = (cells: ReturnType<typeof evaluate>) => (typeof cells[0][0] === 'number' ? cells[0][0] : 0);

  const ratio = versus(
    'AGENTS_REQUIRED (cell path)', () => year.reduce((s, i) => s + sum(evaluate(agents, [i.calls, i.aht, 0.8, 20])), 0),
    'AGENTS_REQUIRED reference (Erlang C from scratch)', () => year.reduce((s, i) => s + referenceAgents(i.calls, i.aht, 0.8, 20, 30), 0),
    year.length,
  );
  const cellSum = (row: Interval, p?: number) => sum(evaluate(agents, [row.calls, row.aht, 0.8, 20, null, null, p ?? null]));
  for (const [k, row] of year.entries()) {
    if (k % 7 !== 0) continue; // a sample: the fast answers equal the plain ones
    if (cellSum(row) !== referenceAgents(row.calls, row.aht, 0.8, 20, 30)) throw new Error(`Erlang C differs at interval ${k}`);
    if (cellSum(row, 120) !== referenceAgentsA(row.calls, row.aht, 0.8, 20, 30, 120)) throw new Error(`Erlang A differs at interval ${k}`);
  }
  const ratioA = versus(
    'AGENTS_REQUIRED with patience 120 s (Erlang A)', () => year.reduce((s, i) => s + cellSum(i, 120), 0),
    'Erlang A reference (plain sums, bisection)', () => year.reduce((s, i) => s + referenceAgentsA(i.calls, i.aht, 0.8, 20, 30, 120), 0),
    year.length,
  );
  time('SERVICE_LEVEL (cell path)', () => year.reduce((s, i, k) => s + sum(evaluate(serviceLevel, [i.calls, i.aht, staffed[k], 20])), 0), year.length);
  time('ERLANGC (cell path)', () => year.reduce((s, i, k) => s + sum(evaluate(erlangC, [i.calls, i.aht, staffed[k]])), 0), year.length);
  const column = year.map((i) => [i.calls]);
  const ahts = year.map((i) => [i.aht]);
  time('AGENTS_REQUIRED, one call over the year range', () => evaluate(agents, [column, ahts, 0.8, 20]).reduce((s, r) => s + (r[0] as number), 0), year.length);
  console.log(`speed ratio AGENTS_REQUIRED / reference: ${ratio.toFixed(1)}×`);
  console.log(`speed ratio AGENTS_REQUIRED with patience / Erlang A reference: ${ratioA.toFixed(1)}×`);
}

if (require.main === module) main();
