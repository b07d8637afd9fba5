/**
 * The skills search's spread over seeds (common random numbers, issue 15):
 * the per-call bank file (../shared/data) planned a week with three skill
 * groups, as bench/simulation.ts's bankSkills does, then the same queues and
 * groups staffed by staffSkills under five seeds. Prints each seed's agent-hours
 * (total and per group), the weekly simulated SL per queue and the run time,
 * then the spread of the totals (range and standard deviation over the seeds).
 * Then the comparison the search makes, alone: the SL of one staffing against
 * one agent more, same seed, over 20 seeds — the spread of the difference
 * (common random numbers shrink it) and how often one more agent looked worse.
 *
 * Run: npx tsx bench/skillsSpread.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePlanConfig } from '../src/core/plan/validateConfig';
import { forecastStep } from '../src/core/plan/steps/forecast';
import { serviceObjectiveStep } from '../src/core/plan/steps/objective';
import { queuesStep } from '../src/core/plan/steps/queues';
import { settingsFromData } from '../src/core/plan/steps/settings';
import { workloadDataStep } from '../src/core/plan/steps/workloadData';
import { staffSkills } from '../src/core/staffing/skillStaffing';
import { type CentreModel, simulateCentre } from '../src/core/simulation';

const SEEDS = [1, 2, 3, 4, 5];
const skills = [
  { group: 'Retail', queues: ['PS', 'NW', 'TT'] },
  { group: 'Markets', queues: ['NE', 'PS'] },
  { group: 'Premium', queues: ['PE', 'IN', 'PS'] },
];

const text = readFileSync(join(__dirname, '..', '..', 'shared', 'data', 'anonymous-bank-1999-02.tsv'), 'utf8');
// the queues' plans without skills (the search is run below, once a seed)
const config = validatePlanConfig({ centre: { name: 'bank' }, costs: { currency: 'ILS' }, data: { history: 'bank', queues: 'separate' } });
if (!config.ok) throw new Error(config.message);
const data = workloadDataStep(text, 'bank', config.value);
if (!data.ok) throw new Error(data.message);
const derived = settingsFromData(config.value, data.value);
const objective = serviceObjectiveStep(derived.config);
const intervalMinutes = derived.config.data.intervalMinutes;
const forecast = forecastStep(data.value.records, intervalMinutes, { ...derived.config.forecast, openingHours: derived.openingHours });
if (!forecast.ok) throw new Error(forecast.message);
const planned = queuesStep(data.value.queueRecords ?? [], intervalMinutes, derived.config, objective, forecast.value.horizon.predicted.intervals);
if (!planned.ok || planned.value === undefined) throw new Error(planned.ok ? 'no queues' : planned.message);
const voice = planned.value.queues.filter((q) => q.channel === 'voice');
const queues = voice.map((q) => ({ name: q.name, calls: q.intervals.map((i) => i.calls), ahtSeconds: q.intervals.map((i) => i.ahtSeconds), slTarget: q.slTarget, targetSeconds: q.targetSeconds }));
const groups = skills.map((g) => ({ name: g.group, queues: g.queues }));
const hours = (n: number) => (n * intervalMinutes) / 60;

console.log(`Per-call bank file, ${forecast.value.horizon.from} to ${forecast.value.horizon.to}, ${queues[0].calls.length} intervals, patience ${objective.patienceSeconds ?? '—'} s, max occupancy ${objective.maxOccupancy ?? '—'}`);
const totals: number[] = [];
const byGroup: number[][] = groups.map(() => []);
const times: number[] = [];
for (const seed of SEEDS) {
  const t0 = performance.now();
  const r = staffSkills(queues, groups, { intervalMinutes, patienceSeconds: objective.patienceSeconds, maxOccupancy: objective.maxOccupancy, seed });
  const seconds = (performance.now() - t0) / 1000;
  if (!r.ok) throw new Error(r.message);
  const perGroup = groups.map((_, g) => hours(r.value.intervals.reduce((s, row) => s + row.agents[g], 0)));
  const total = perGroup.reduce((a, b) => a + b, 0);
  totals.push(total);
  perGroup.forEach((h, g) => byGroup[g].push(h));
  times.push(seconds);
  console.log(
    `seed ${seed}: ${total.toFixed(1)} agent-hours (${groups.map((g, k) => `${g.name} ${perGroup[k].toFixed(1)}`).join(', ')}); ` +
      `SL ${r.value.serviceLevel.map((e, q) => `${queues[q].name} ${e === null ? '—' : e.mean.toFixed(3)}`).join(', ')}; ${r.value.evaluations} simulations, ${seconds.toFixed(1)} s`,
  );
}
const spread = (xs: readonly number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
  return `mean ${mean.toFixed(1)}, range ${(Math.max(...xs) - Math.min(...xs)).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}), sd ${sd.toFixed(2)}`;
};
console.log(`agent-hours over ${SEEDS.length} seeds: total ${spread(totals)}`);
groups.forEach((g, k) => console.log(`  ${g.name}: ${spread(byGroup[k])}`));
console.log(`time per search: mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} s (${times.map((t) => t.toFixed(1)).join(', ')})`);

/** Three of the bank's queues on two groups, an hour at a busy interval's rates (steady state after 30 min); `extra` agents more on the Retail group. */
function pairModel(extra: number): CentreModel {
  const n = 4;
  const q = (name: string, calls: number, aht: number) => ({ name, callsPerInterval: Array(n).fill(calls), ahtSeconds: aht, targetSeconds: 20, patienceSeconds: 240 });
  return {
    intervalMinutes: 30,
    queues: [q('PS', 120, 190), q('NW', 25, 220), q('NE', 30, 160)],
    groups: [
      { name: 'Retail', skills: ['PS', 'NW'], agentsPerInterval: Array(n).fill(12 + extra) },
      { name: 'Markets', skills: ['NE', 'PS'], agentsPerInterval: Array(n).fill(4) },
    ],
  };
}
const diffs: number[] = [];
const levels: number[] = [];
let worse = 0;
const pairStarted = performance.now();
for (let seed = 1; seed <= 20; seed += 1) {
  const sl = (extra: number) => {
    const r = simulateCentre(pairModel(extra), { replications: 4, seed, warmupMinutes: 30 });
    if (!r.ok) throw new Error(r.message);
    return r.value.queues[0].serviceLevel!.mean;
  };
  const base = sl(0);
  const more = sl(1);
  levels.push(base);
  diffs.push(more - base);
  if (more < base) worse += 1;
}
const sdOf = (xs: readonly number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { mean: m, sd: Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1)) };
};
const d = sdOf(diffs);
const l = sdOf(levels);
console.log(
  `one agent more on Retail (12 → 13), PS's SL, 20 seeds × 4 replications of 2 h: SL ${(100 * l.mean).toFixed(1)}% (sd ${(100 * l.sd).toFixed(2)} points); ` +
    `difference ${(100 * d.mean).toFixed(2)} points, sd ${(100 * d.sd).toFixed(2)}; one more agent looked worse under ${worse} of 20 seeds (${((performance.now() - pairStarted) / 1000).toFixed(1)} s)`,
);

/**
 * What the search's figures are worth: a priority-routing centre (test/staffing/skillStaffing.test.ts:
 * two groups over three queues, four intervals) staffed under 20 seeds, each interval's reported SL
 * against a precise re-simulation of the staffing found (40 replications of 40 h, another seed).
 */
const MINUTES = 30;
const A = [30, 60, 120, 200];
const B = [20, 50, 80, 150];
const C = [25, 55, 100, 160];
const small = [['a', A, 180], ['b', B, 240], ['c', C, 180]].map(([name, calls, aht]) => ({
  name: name as string, calls: calls as number[], ahtSeconds: (calls as number[]).map(() => aht as number), slTarget: 0.8, targetSeconds: 20,
}));
const smallGroups = [{ name: 'ab', queues: ['a', 'b'] }, { name: 'cb', queues: ['c', 'b'] }];
const truths = new Map<string, number[]>();
const truth = (i: number, agents: readonly number[]): number[] => {
  const key = `${i}:${agents.join('+')}`;
  if (!truths.has(key)) {
    const minutes = 30 + 40 * 60;
    const r = simulateCentre({
      intervalMinutes: minutes,
      queues: small.map((q) => ({ name: q.name, callsPerInterval: [(q.calls[i] * minutes) / MINUTES], ahtSeconds: q.ahtSeconds[i], targetSeconds: q.targetSeconds })),
      groups: smallGroups.map((g, k) => ({ name: g.name, skills: g.queues, agentsPerInterval: [agents[k]] })),
    }, { replications: 40, seed: 12345, warmupMinutes: 30 });
    if (!r.ok) throw new Error(r.message);
    truths.set(key, r.value.queues.map((q) => q.serviceLevel!.mean));
  }
  return truths.get(key)!;
};
let gap = 0;
let cells = 0;
let short = 0;
let staffed = 0;
let simulations = 0;
for (let seed = 1; seed <= 20; seed += 1) {
  const r = staffSkills(small, smallGroups, { intervalMinutes: MINUTES, seed, maxOccupancy: 0.9 });
  if (!r.ok) throw new Error(r.message);
  simulations += r.value.evaluations;
  r.value.intervals.forEach((row, i) => {
    staffed += row.agents.reduce((a, b) => a + b, 0);
    const t = truth(i, row.agents);
    row.serviceLevel.forEach((e, k) => {
      gap += e!.mean - t[k];
      cells += 1;
      if (t[k] < 0.79) short += 1;
    });
  });
}
console.log(
  `priority-routing test centre, 20 seeds: ${(staffed / 20).toFixed(2)} agents a seed over its 4 intervals, ${simulations} simulations; ` +
    `reported SL − precise re-simulation ${(100 * gap / cells).toFixed(2)} points on average; ${short} of ${cells} queue-intervals re-simulate below 79%`,
);
