/**
 * A plan's schedule team by team (teams.ts): each team's week solved on its
 * own — its shifts, contracts, seats and roster rules are the centre's, its
 * requirement its own — and the teams' schedules put together into the one
 * schedule plan.json, the pane and the workbooks show: hours, headcount and
 * FTE added up, coverage added up per interval with the SL weighted by each
 * team's calls, and a roster whose every agent names their team and skills.
 * One team (the centre as one) is its own schedule, unchanged.
 */
import type { Note } from '../notes/note';
import { type Result, success, within } from '../result';
import type { HighsRuntime } from '../schedule/solveSchedule';
import type { IntervalPlanRow, RosterEntry, ScheduleSummary, TeamScheduleSummary } from './planResult';
import { planningIntervals } from './planningInterval';
import { rosterIntervals } from './scenarioPromise';
import type { ScheduleRun } from './scheduleHorizon';
import type { TeamWeek } from './teams';
import { type ScheduleOptions, scheduleStep } from './steps/schedule';
import type { PlanSettings } from './steps/settings';
import type { RosterInterval } from '../scenario/types';
import { rosterService } from '../scenario/rosterCommitment';

/** One team's week and the schedule solved for it. */
export interface TeamRun {
  week: TeamWeek;
  run: ScheduleRun;
}

/** A scenario's schedule: one run per team, and the teams' schedules as one. */
export interface PlanSchedule {
  teams: TeamRun[];
  summary: ScheduleSummary;
  /** agents scheduled in the busiest interval ÷ the centre's requirement there (≥ 1 under `cover`) */
  peakRatio: number;
  /** the centre's own requirement on the planning interval, hours (the monthly chain's yardstick is paid ÷ this) */
  centreRequiredHours: number;
}

/** Solves every team's week in turn (each from the plan's schedule budget), failures naming the team. */
export function scheduleTeams(
  highs: HighsRuntime,
  weeks: readonly TeamWeek[],
  centreWeek: readonly IntervalPlanRow[],
  config: PlanSettings,
  options: ScheduleOptions & { incumbentsOf?: (team: number) => ScheduleOptions['incumbents'] },
): Result<PlanSchedule> {
  const teams: TeamRun[] = [];
  for (const [k, week] of weeks.entries()) {
    const run = scheduleStep(highs, week.rows, config, week.objective, {
      ...options,
      team: week.team.name ?? undefined,
      incumbents: options.incumbentsOf?.(k) ?? options.incumbents,
    });
    if (!run.ok) return week.team.name === null ? run : within(run, { team: week.team.name });
    teams.push({ week, run: run.value });
  }
  return success(planSchedule(teams, centreWeek, config));
}

/** The centre's requirement on the planning interval, hours. */
function centreHours(centreWeek: readonly IntervalPlanRow[], minutes: number, dataMinutes: number): number {
  return planningIntervals(centreWeek, minutes, dataMinutes).reduce((s, p) => s + p.required, 0) * (minutes / 60);
}

/** The teams' runs as the plan's schedule (one team: its own summary). */
export function planSchedule(teams: TeamRun[], centreWeek: readonly IntervalPlanRow[], config: PlanSettings): PlanSchedule {
  const minutes = teams[0].run.summary.intervalMinutes;
  const centreRequiredHours = centreHours(centreWeek, minutes, config.data.intervalMinutes);
  if (teams.length === 1 && teams[0].week.team.name === null) {
    return { teams, summary: teams[0].run.summary, peakRatio: teams[0].run.peakRatio, centreRequiredHours: teams[0].run.summary.requiredHours };
  }
  const summary = mergeSummaries(teams);
  return { teams, summary, peakRatio: peakRatio(summary.coverage), centreRequiredHours };
}

/** Scheduled ÷ required in the interval that requires most (≥ 1). */
function peakRatio(coverage: ScheduleSummary['coverage']): number {
  let peak = { required: 0, scheduled: 0 };
  for (const c of coverage) if (c.required > peak.required) peak = c;
  return peak.required > 0 ? Math.max(1, peak.scheduled / peak.required) : 1;
}

/** Each team's schedule intervals with its own calls, AHT, shrinkage, objective and team. */
export function teamRosterIntervals(teams: readonly TeamRun[]): RosterInterval[] {
  return teams.flatMap(({ week, run }) =>
    rosterIntervals(week.rows, run.summary.coverage, run.summary.intervalMinutes).map((r) =>
      week.team.name === null ? r : { ...r, team: week.team.name as string, slTarget: week.objective.slTarget, targetSeconds: week.objective.targetSeconds, concurrency: week.team.concurrency },
    ),
  );
}

const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((s, x) => s + f(x), 0);

/** A weighted mean that is 1 (nothing missed) when nothing weighs. */
const weighted = (pairs: readonly { weight: number; value: number }[]): number => {
  const w = sum(pairs, (p) => p.weight);
  return w > 0 ? sum(pairs, (p) => p.weight * p.value) / w : 1;
};

function mergeSummaries(teams: readonly TeamRun[]): ScheduleSummary {
  const runs = teams.map((t) => t.run.summary);
  const first = runs[0];
  const paidHours = sum(runs, (r) => r.paidHours);
  const requiredHours = sum(runs, (r) => r.requiredHours);
  const lowerBound = sum(runs, (r) => r.lowerBound);

  // coverage per interval: added up, the SL weighted by each team's calls there; each team's SL is its
  // roster's on its own queue (rosterService: its objective, a chat agent as `concurrency` servers)
  const served = teams.map((t) => {
    const roster = teamRosterIntervals([t]);
    const service = rosterService(roster, { ...t.week.objective, intervalMinutes: t.run.summary.intervalMinutes });
    return roster.map((r, i) => ({ date: r.date, weight: r.calls, value: service[i].serviceLevel }));
  });
  const byInterval = new Map<string, { entry: ScheduleSummary['coverage'][number]; levels: { weight: number; value: number }[] }>();
  runs.forEach((r, t) =>
    r.coverage.forEach((c, i) => {
      const key = `${c.date} ${c.start}`;
      const at = byInterval.get(key) ?? { entry: { ...c, required: 0, scheduled: 0, over: 0, under: 0 }, levels: [] };
      at.entry.required += c.required;
      at.entry.scheduled += c.scheduled;
      at.entry.over += c.over;
      at.entry.under += c.under;
      at.levels.push(served[t][i]);
      byInterval.set(key, at);
    }),
  );
  const coverage = [...byInterval.values()]
    .map(({ entry, levels }) => ({ ...entry, serviceLevel: weighted(levels) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

  const days = first.days.map((d) => {
    const same = runs.map((r) => r.days.find((x) => x.date === d.date)).filter((x) => x !== undefined);
    return { ...d, calls: sum(same, (x) => x.calls), paidHours: sum(same, (x) => x.paidHours), serviceLevel: weighted(served.flat().filter((x) => x.date === d.date)) };
  });

  const roster: RosterEntry[] = teams.flatMap(({ week, run }) =>
    run.summary.roster.map((a) => ({ ...a, agent: `${week.team.name}: ${a.agent}`, team: week.team.name as string, skills: [...week.team.queues] })),
  );
  const rotations = runs.flatMap((r) => (r.rotation ? [r.rotation] : []));
  const rotation = rotations.length === 0 ? null : {
    weeks: rotations[0].weeks,
    lateShifts: { min: Math.min(...rotations.map((r) => r.lateShifts.min)), max: Math.max(...rotations.map((r) => r.lateShifts.max)) },
    weekendDaysOff: { min: Math.min(...rotations.map((r) => r.weekendDaysOff.min)), max: Math.max(...rotations.map((r) => r.weekendDaysOff.max)) },
  };
  const contracts = [...new Set(runs.flatMap((r) => r.headcount?.byContract.map((c) => c.contract) ?? []))];
  const headcount = runs.every((r) => r.headcount === null) ? null : {
    total: sum(runs, (r) => r.headcount?.total ?? 0),
    byContract: contracts.map((contract) => ({ contract, agents: sum(runs, (r) => r.headcount?.byContract.find((c) => c.contract === contract)?.agents ?? 0) })),
  };
  const notes: Note[] = teams.flatMap(({ week, run }) => run.summary.notes.map((n) => ({ ...n, team: week.team.name as string })));
  const teamSummaries: TeamScheduleSummary[] = teams.map(({ week, run }) => ({
    name: week.team.name as string,
    queues: [...week.team.queues],
    concurrency: week.team.concurrency,
    status: run.summary.status,
    paidHours: run.summary.paidHours,
    requiredHours: run.summary.requiredHours,
    lowerBound: run.summary.lowerBound,
    gap: run.summary.gap,
    headcount: run.summary.headcount?.total ?? null,
    fte: run.summary.fte,
  }));
  return {
    status: runs.find((r) => r.status !== 'optimal')?.status ?? first.status,
    intervalMinutes: first.intervalMinutes,
    paidHours,
    paidHolidayHours: sum(runs, (r) => r.paidHolidayHours),
    requiredHours,
    efficiency: paidHours > 0 ? requiredHours / paidHours : 1,
    lowerBound,
    gap: paidHours > 1e-9 ? Math.max(0, (paidHours - lowerBound) / paidHours) : 0,
    solveSeconds: sum(runs, (r) => r.solveSeconds),
    assignments: teams.flatMap(({ week, run }) => run.summary.assignments.map((a) => ({ ...a, team: week.team.name as string }))),
    coverage,
    days,
    roster,
    rotation,
    headcount,
    fullTimeWeeklyHours: first.fullTimeWeeklyHours,
    fte: sum(runs, (r) => r.fte),
    rosterDays: first.rosterDays,
    notes,
    teams: teamSummaries,
  };
}
