/**
 * The roster heuristic (rosterHeuristic.ts): phase 1 shifts, phase 2 tours over
 * them, fix-and-optimise by day. Checked by hand on a case whose optimum is
 * known, and on a 15-minute week with contracts, seats and rest by the
 * independent roster checker and the LP bound.
 */
import highsLoader from 'highs';
import { buildModel } from '../../src/core/schedule/buildModel';
import { checkRoster } from '../../src/core/schedule/checkRoster';
import { expandPatterns } from '../../src/core/schedule/expandPatterns';
import { generateTemplates } from '../../src/core/schedule/generateTemplates';
import { relaxationBound } from '../../src/core/schedule/relaxationBound';
import { buildRoster } from '../../src/core/schedule/roster';
import { rosterHeuristic } from '../../src/core/schedule/rosterHeuristic';
import { solveSchedule, type HighsRuntime } from '../../src/core/schedule/solveSchedule';
import { WEEKDAYS } from '../../src/core/calendar/dates';
import type { ScheduleProblem, ShiftPattern } from '../../src/core/schedule/types';

let highs: HighsRuntime;
beforeAll(async () => {
  highs = await highsLoader();
});

const week = WEEKDAYS.map((label, weekday) => ({ label, weekday }));

/** LP relaxation columns of the full model. */
function lpColumns(p: ScheduleProblem): { x: Float64Array; bound: number; built: ReturnType<typeof buildModel>; patterns: ReturnType<typeof expandPatterns> } {
  const patterns = expandPatterns(p);
  const built = buildModel(p, patterns);
  const lp = highs.createModel({ ...built.data, integrality: undefined });
  try {
    lp.options.set({ output_flag: false });
    lp.run();
    return { x: lp.getSolution().colValue as Float64Array, bound: lp.getObjectiveValue(), built, patterns };
  } finally {
    lp.dispose();
  }
}

/** Each slot's agents on the phones, summed from the solution's shifts. */
function onPhones(p: ScheduleProblem, patterns: readonly ShiftPattern[], counts: readonly number[]): number[] {
  const perDay = p.required[0].length;
  const out = new Array<number>(perDay * p.days.length).fill(0);
  patterns.forEach((pat, j) => {
    for (const c of pat.cover) out[c.slot] += counts[j] * c.share;
  });
  return out;
}

test('3 agents 09:00–17:00 Monday to Friday, one 8-hour shift, full-time 5 days: exactly 3 agents, 120 paid hours', () => {
  const required = week.map((d) => Array.from({ length: 24 }, (_, h) => (d.weekday < 5 && h >= 9 && h < 17 ? 3 : 0)));
  const p: ScheduleProblem = {
    intervalMinutes: 60, days: week, required, objective: 'cover', wrap: true,
    templates: [{ name: 'Day', start: 540, minutes: 480, breaks: [], days: [0, 1, 2, 3, 4] }],
    roster: { contracts: [{ name: 'Full-time', weeklyHours: { min: 40, max: 40 }, days: { min: 5, max: 5 } }] },
  };
  const { x, built, patterns } = lpColumns(p);
  const found = rosterHeuristic(highs, p, patterns, built, x, 30, () => false);
  expect(found).not.toBeNull();
  const counts = found!.columns.slice(0, patterns.length);
  expect(counts.reduce((s, n, j) => s + n * patterns[j].paidHours, 0)).toBe(120);
  expect(found!.columns.slice(built.workStart, built.workStart + built.types.length).reduce((a, b) => a + b, 0)).toBe(3);
});

test('a 15-minute week (peak 40, Monday busiest), full- and part-time contracts, seats, 11 h rest: every rule kept, within 2% of the LP bound', () => {
  // a double hump 07:00–21:00, Monday 20% above the other weekdays; weekend closed
  const required = week.map((d) =>
    Array.from({ length: 96 }, (_, s) => {
      const h = s / 4;
      if (d.weekday > 4 || h < 7 || h >= 21) return 0;
      const shape = 0.35 + 0.65 * Math.max(Math.exp(-(((h - 10.5) / 1.6) ** 2)), 0.8 * Math.exp(-(((h - 15) / 2) ** 2)));
      return Math.ceil(40 * shape * (d.weekday === 0 ? 1 : 0.83));
    }),
  );
  const lunch = (minutes: number) => (minutes >= 360 ? [{ offset: minutes / 2 - 60, latestOffset: minutes / 2 + 30, minutes: 30, paid: false }] : []);
  const gen = generateTemplates({ firstStart: 420, lastStart: 1020, everyMinutes: 30, lengths: [240, 480], breaks: lunch, days: [0, 1, 2, 3, 4] });
  if (!gen.ok) throw new Error(gen.message);
  const p: ScheduleProblem = {
    intervalMinutes: 15, days: week, required, templates: gen.value.filter((t) => t.start + t.minutes <= 1260), objective: 'cover', wrap: true,
    roster: {
      contracts: [
        { name: 'Full-time', weeklyHours: { min: 37.5, max: 40 }, days: { min: 5, max: 5 }, share: 0.7 },
        { name: 'Part-time', weeklyHours: { min: 20, max: 30 }, days: { min: 3, max: 5 }, share: 0.3 },
      ],
      minRestHours: 11,
    },
    seats: { count: 46 },
  };
  const r = solveSchedule(highs, p, { timeLimitSeconds: 60 });
  if (!r.ok) throw new Error(r.message);
  const sol = r.value.solution;
  const phones = onPhones(p, r.value.patterns, sol.counts);
  p.required.flat().forEach((need, g) => expect(phones[g]).toBeGreaterThanOrEqual(need - 1e-9));
  const roster = buildRoster(p, r.value.patterns, sol);
  if (!roster.ok) throw new Error(roster.message);
  expect(checkRoster(p, r.value.patterns, sol.counts, roster.value)).toEqual([]);
  const full = roster.value.agents.filter((a) => a.contract === 'Full-time').length;
  expect(Math.abs(full - 0.7 * roster.value.agents.length)).toBeLessThanOrEqual(1);
  const lp = relaxationBound(highs, p);
  if (!lp.ok) throw new Error(lp.message);
  expect(sol.paidHours).toBeGreaterThanOrEqual(lp.value - 1e-6);
  expect(sol.paidHours).toBeLessThanOrEqual(1.02 * lp.value);
}, 120_000);
