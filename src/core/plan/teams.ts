/**
 * The teams a several-queue centre is scheduled as (schedule.teams; planning
 * guide, "Several queues, channels and skills"): one cross-trained team for
 * the centre's whole requirement ("pooled", the one-queue plan), one team per
 * queue each scheduled for its own queue ("separate"), or one team per skill
 * group of data.skills on the groups' simulated staffing ("skills"), chat
 * queues then keeping teams of their own. Each team's week is staffed through
 * the plan's own chain (steps 4–6), so every scenario's factors apply to it
 * as to the centre.
 */
import type { ForecastInterval } from '../forecast/forecast';
import { note } from '../notes/note';
import { invalidNote } from '../notes/noAnswerNote';
import { type Result, success, within } from '../result';
import { scheduledStaff } from '../staffing/scheduledStaff';
import type { ServiceObjective } from '../staffing/types';
import type { PlanConfig } from './planConfig';
import { formatClock } from '../calendar/clock';
import type { SkillRouting } from '../scenario/simulateRoster';
import type { IntervalPlanRow, QueuePlan, QueuesSummary, ScheduleSummary } from './planResult';
import { rosterIntervals } from './scenarioPromise';
import { staffHorizon } from './steps/intervalPlan';
import { type ScenarioSettings, type StaffingSettings, staffingSettings } from './steps/staffing';
import type { PlanSettings } from './steps/settings';

export type TeamMode = NonNullable<PlanConfig['schedule']['teams']>;

/** A team: who its agents are and what they answer. */
export interface Team {
  /** the queue's or the skill group's name; null for the centre as one team */
  name: string | null;
  /** the queues its agents answer, the first one first (empty for the centre as one team) */
  queues: string[];
  /** chats one agent handles at once (a chat team), else 1 */
  concurrency: number;
}

/** One team's staffed week under a scenario, and the objective its queue is held to. */
export interface TeamWeek {
  team: Team;
  rows: IntervalPlanRow[];
  objective: ServiceObjective;
}

/** The centre as one team. */
const CENTRE_TEAM: Team = { name: null, queues: [], concurrency: 1 };

/** The plan's team mode: the configured one, else "skills" with skill groups, else "pooled". */
const teamMode = (config: PlanSettings): TeamMode => config.schedule.teams ?? (config.data.skills ? 'skills' : 'pooled');

/** Whether the mode can be planned with the plan's queues; a note naming what is missing when not. */
export function checkTeamMode(config: PlanSettings): Result<TeamMode> {
  const mode = teamMode(config);
  if (mode !== 'pooled' && config.data.queues === 'total') return invalidNote(note('teams.needQueues', { teams: mode }));
  if (mode === 'skills' && !config.data.skills) return invalidNote(note('teams.needSkills', {}));
  return success(mode);
}

/**
 * A queue's objective under a scenario: a queue held to the centre's
 * objective follows the scenario's; a queue with its own target keeps it.
 */
function queueObjective(q: QueuePlan, centre: ServiceObjective, scenario: ServiceObjective): ServiceObjective {
  const own = q.slTarget !== centre.slTarget || q.targetSeconds !== centre.targetSeconds;
  return own ? { ...scenario, slTarget: q.slTarget, targetSeconds: q.targetSeconds } : scenario;
}

/**
 * A queue's week staffed as its own team: its forecast (the plan's
 * intervals with the queue's calls and AHT) through the plan's chain; a
 * chat team needs ⌈servers ÷ concurrency⌉ agents (CHAT_AGENTS' model).
 */
function queueWeek(
  q: QueuePlan,
  centreForecast: readonly ForecastInterval[],
  config: PlanSettings,
  objective: ServiceObjective,
  scenario: ScenarioSettings | undefined,
): Result<TeamWeek> {
  const forecast = centreForecast.map((c, k) => ({ ...c, calls: q.intervals[k]?.calls ?? 0, aht: q.intervals[k]?.ahtSeconds ?? c.aht }));
  const fallback = q.history.ahtSeconds ?? q.intervals.find((i) => i.calls > 0)?.ahtSeconds ?? 0;
  const own = queueObjective(q, objective, staffingSettings(config, objective, fallback, scenario).objective);
  const settings = staffingSettings(config, own, fallback, scenario && { ...scenario, slTarget: own.slTarget, targetSeconds: own.targetSeconds });
  const staffed = staffHorizon(forecast, settings);
  if (!staffed.ok) return staffed;
  let rows = staffed.value;
  if (q.concurrency > 1) {
    const perAgent: IntervalPlanRow[] = [];
    for (const r of rows) {
      const agents = Math.ceil(r.agents / q.concurrency - 1e-9);
      const scheduled = scheduledStaff(agents, r.shrinkage);
      if (!scheduled.ok) return within(scheduled, { date: r.date });
      perAgent.push({ ...r, agents, scheduledRequired: scheduled.value });
    }
    rows = perAgent;
  }
  return success({ team: { name: q.name, queues: [q.name], concurrency: q.concurrency }, rows, objective: settings.objective });
}

/**
 * Every team's staffed week under one scenario (undefined: the base plan).
 * @param centreWeek the centre's own staffed week under the scenario: the pooled team's
 * @param centreBase the centre's week under the base plan (skills: the scenario scales the groups' staffing by the centre's)
 */
export function teamWeeks(
  mode: TeamMode,
  queues: QueuesSummary | undefined,
  centreForecast: readonly ForecastInterval[],
  centreWeek: IntervalPlanRow[],
  centreBase: readonly IntervalPlanRow[],
  config: PlanSettings,
  objective: ServiceObjective,
  scenarioObjective: ServiceObjective,
  scenario?: ScenarioSettings,
): Result<TeamWeek[]> {
  if (mode === 'pooled' || !queues) return success([{ team: CENTRE_TEAM, rows: centreWeek, objective: scenarioObjective }]);
  const own = mode === 'separate' ? queues.queues : queues.queues.filter((q) => q.channel === 'chat');
  const weeks: TeamWeek[] = [];
  for (const q of own) {
    const week = queueWeek(q, centreForecast, config, objective, scenario);
    if (!week.ok) return within(week, { queue: q.name });
    weeks.push(week.value);
  }
  if (mode !== 'skills') return success(weeks);
  const groups = groupWeeks(queues, centreWeek, centreBase, scenarioObjective);
  return groups.ok ? success([...groups.value, ...weeks]) : groups;
}

/**
 * The skill groups' weeks: each group's simulated agents per interval
 * (queues.skills), under a scenario scaled by the centre's own requirement
 * (its Erlang agents under the scenario ÷ under the base plan, per interval)
 * and rounded up, then scheduled after the day's shrinkage. The calls are the
 * group's share of its queues' calls by its agents among the groups serving
 * each queue: a static split, so the Erlang figures of a group's roster
 * (the promise) leave out the calls groups take from each other; the
 * simulation of the published roster routes them (skillRouting).
 */
function groupWeeks(queues: QueuesSummary, centreWeek: readonly IntervalPlanRow[], centreBase: readonly IntervalPlanRow[], objective: ServiceObjective): Result<TeamWeek[]> {
  const skills = queues.skills;
  if (!skills) return success([]);
  const byName = new Map(queues.queues.map((q) => [q.name, q]));
  const weeks: TeamWeek[] = [];
  for (const g of skills.groups) {
    const rows: IntervalPlanRow[] = [];
    for (const [k, r] of centreWeek.entries()) {
      const base = centreBase[k]?.agents ?? 0;
      const scale = base > 0 ? r.agents / base : r.agents > 0 ? 1 : 0;
      const agents = Math.ceil((g.intervals[k]?.agents ?? 0) * scale - 1e-9);
      let calls = 0;
      let work = 0;
      for (const name of g.queues) {
        const q = byName.get(name);
        const servers = skills.groups.filter((o) => o.queues.includes(name)).reduce((s, o) => s + (o.intervals[k]?.agents ?? 0), 0);
        const share = servers > 0 ? (g.intervals[k]?.agents ?? 0) / servers : 0;
        const c = (q?.intervals[k]?.calls ?? 0) * share * (centreBase[k]?.calls ? r.calls / centreBase[k].calls : 1);
        calls += c;
        work += c * (q?.intervals[k]?.ahtSeconds ?? r.ahtSeconds);
      }
      const scheduled = scheduledStaff(agents, r.shrinkage);
      if (!scheduled.ok) return within(scheduled, { team: g.name, date: r.date });
      rows.push({ ...r, calls, ahtSeconds: calls > 0 ? work / calls : r.ahtSeconds, agents, scheduledRequired: scheduled.value });
    }
    weeks.push({ team: { name: g.name, queues: [...g.queues], concurrency: 1 }, rows, objective });
  }
  return success(weeks);
}

/**
 * The routing a plan scheduled by skill groups is simulated with: each voice
 * queue's calls under the scenario (its volume and AHT factors) on the
 * schedule's planning intervals, its objective under the scenario, and the
 * groups' skills. Undefined for other modes.
 */
export function skillRouting(
  mode: TeamMode,
  queues: QueuesSummary | undefined,
  coverage: readonly Pick<ScheduleSummary['coverage'][number], 'date' | 'start' | 'scheduled'>[],
  planningMinutes: number,
  centre: ServiceObjective,
  scenario: StaffingSettings,
): SkillRouting | undefined {
  if (mode !== 'skills' || !queues?.skills) return undefined;
  const voice = queues.queues.filter((q) => q.channel === 'voice');
  return {
    queues: voice.map((q) => {
      const own = queueObjective(q, centre, scenario.objective);
      const rows = q.intervals.map((i) => ({ date: i.date, start: formatClock(i.start), calls: i.calls * scenario.volumeFactor, ahtSeconds: i.ahtSeconds * scenario.ahtFactor, shrinkage: 0 }));
      return { name: q.name, intervals: rosterIntervals(rows, coverage, planningMinutes), slTarget: own.slTarget, targetSeconds: own.targetSeconds };
    }),
    groups: queues.skills.groups.map((g) => ({ name: g.name, skills: g.queues, selection: g.selection })),
  };
}
