/**
 * Generates the embedded sample centre's history: a year of half-hour intervals
 * for "Northwind Utilities — Customer Care", a fictional utility's inbound centre
 * (the product's own data, seeded and reproducible).
 *
 *   npx tsx examples/generate-sample.ts > examples/sample-history.csv
 *
 * Open Mon–Fri 08:00–20:00 and Sat 09:00–17:00, closed Sundays and public
 * holidays. Volume: monthly season (winter bills), weekday pattern (Monday
 * highest), a two-peak day, +4% trend over the year, a billing-day bump on the
 * first open day of each month, Poisson noise, and one system outage
 * (2026-03-17 10:00–13:00, calls lost, then a catch-up surge) for the cleaning
 * step to find. Answered, abandoned and within-20 s counts come from an Erlang A
 * queue staffed near 80/20 with day-to-day staffing noise.
 */
import { agentsRequired, erlangAMetrics } from '../src/core/queueing';

const FIRST_DAY = '2025-11-03';
const LAST_DAY = '2026-10-31';
const HOLIDAYS = new Set(['2025-11-27', '2025-12-25', '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-07-03', '2026-09-07']);
const MONTH_SEASON = [1.18, 1.08, 1.0, 0.95, 0.92, 0.9, 0.93, 0.95, 0.98, 1.0, 1.02, 0.9]; // Jan..Dec
const WEEKDAY = [0, 1.24, 1.08, 1.0, 0.97, 0.93, 0.5]; // Sun..Sat (Sunday closed)
const WEEKDAY_CALLS = 6200; // an average open weekday, before season and trend
const PATIENCE_SECONDS = 180;

/** mulberry32: a small seeded PRNG. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(20251103);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
/** Poisson draw: inversion for small means, normal approximation above 60. */
function poisson(mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
  let k = 0;
  let p = Math.exp(-mean);
  let cumulative = p;
  const u = random();
  while (u > cumulative) {
    k += 1;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}
const binomial = (n: number, p: number) => Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal())));

/** Intraday shape (relative), two peaks: late morning and early afternoon. */
const shape = (hour: number) => Math.exp(-((hour - 10.75) ** 2) / 3.2) + 0.75 * Math.exp(-((hour - 14.5) ** 2) / 4.5) + 0.18;

function* days(): Generator<Date> {
  for (let d = new Date(`${FIRST_DAY}T00:00:00Z`); d <= new Date(`${LAST_DAY}T00:00:00Z`); d = new Date(d.getTime() + 86400000)) yield d;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const lines = ['date,interval_start,offered,answered,abandoned,answered_within,abandoned_within,talk_seconds,acw_seconds'];
const totalDays = (new Date(`${LAST_DAY}T00:00:00Z`).getTime() - new Date(`${FIRST_DAY}T00:00:00Z`).getTime()) / 86400000;
let billingMonth = '';
for (const day of days()) {
  const date = iso(day);
  const weekday = day.getUTCDay();
  if (weekday === 0 || HOLIDAYS.has(date)) continue;
  const open = weekday === 6 ? [9 * 60, 17 * 60] : [8 * 60, 20 * 60];
  const elapsed = (day.getTime() - new Date(`${FIRST_DAY}T00:00:00Z`).getTime()) / 86400000;
  let level = WEEKDAY_CALLS * MONTH_SEASON[day.getUTCMonth()] * WEEKDAY[weekday] * (1 + (0.04 * elapsed) / totalDays);
  if (date.slice(0, 7) !== billingMonth) {
    billingMonth = date.slice(0, 7);
    level *= 1.15; // first open day of the month: bills arrive
  }
  level *= 1 + 0.03 * normal(); // day-level noise
  const starts: number[] = [];
  for (let m = open[0]; m < open[1]; m += 30) starts.push(m);
  const weights = starts.map((m) => shape((m + 15) / 60));
  const sum = weights.reduce((a, b) => a + b, 0);
  const staffingNoise = 1 + 0.04 * normal();
  for (let i = 0; i < starts.length; i += 1) {
    let mean = (level * weights[i]) / sum;
    const start = starts[i];
    if (date === '2026-03-17' && start >= 600 && start < 780) mean *= 0.05; // outage
    if (date === '2026-03-17' && start >= 780 && start < 900) mean *= 1.6; // catch-up
    const offered = poisson(mean);
    const talk = 265 + 25 * normal() * 0.3;
    const acw = 55 + 10 * normal() * 0.3;
    const aht = talk + acw;
    const planned = agentsRequired({ calls: Math.max(mean, 1), ahtSeconds: 320, slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 });
    const agents = Math.max(1, Math.round((planned.ok ? planned.value : 1) * staffingNoise));
    const m = erlangAMetrics({ calls: offered, ahtSeconds: aht, agents, patienceSeconds: PATIENCE_SECONDS, intervalMinutes: 30, targetSeconds: 20 });
    const abandoned = binomial(offered, m.abandonProbability);
    const answered = offered - abandoned;
    const answeredWithin = Math.min(answered, binomial(offered, m.serviceLevel));
    const abandonedWithin = binomial(abandoned, 1 - Math.exp(-20 / PATIENCE_SECONDS) > 0.5 ? 0.5 : 0.35);
    lines.push([
      date, clock(start), offered, answered, abandoned, answeredWithin, abandonedWithin,
      Math.round(answered * talk), Math.round(answered * acw),
    ].join(','));
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
