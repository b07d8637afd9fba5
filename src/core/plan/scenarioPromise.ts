/**
 * Step 9, what a scenario promises: the service its published schedule
 * delivers (the Erlang figures of its agents on the phones), the same
 * schedule played as a simulation, its SL if the calls come in ±10%, the
 * odds of meeting its target given the forecast's error, and what the
 * roster's shape costs above the requirement.
 */
import { clockMinutes } from '../calendar/clock';
import type { CostBreakdown } from '../cost/types';
import { type Result, success } from '../result';
import { rosterCommitment } from '../scenario/rosterCommitment';
import { rosterShapeCost } from '../scenario/rosterShapeCost';
import { type SkillRouting, simulateRoster } from '../scenario/simulateRoster';
import type { RosterInterval } from '../scenario/types';
import { targetProbability, volumeRisk } from '../scenario/volumeRisk';
import type { ServiceObjective } from '../staffing/types';
import type { IntervalPlanRow, ScenarioResult, ScheduleSummary } from './planResult';

/** What a staffed row gives the schedule's intervals. */
type RosterRow = Pick<IntervalPlanRow, 'date' | 'start' | 'calls' | 'ahtSeconds' | 'shrinkage'>;

export type ScenarioPromise = Pick<ScenarioResult, 'commitment' | 'roster' | 'rosterShape' | 'simulated' | 'volumeRisk' | 'targetProbability'>;

/**
 * The schedule's intervals with the scenario's calls, AHT and shrinkage: the
 * week's staffed rows within each planning interval (one row when the
 * schedule keeps the data's interval; 5-minute rows add up into 15 minutes),
 * calls summed, AHT weighted by calls.
 */
export function rosterIntervals(rows: readonly RosterRow[], coverage: readonly Pick<ScheduleSummary['coverage'][number], 'date' | 'start' | 'scheduled'>[], planningMinutes: number): RosterInterval[] {
  const byDate = new Map<string, RosterRow[]>();
  for (const r of rows) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
  return coverage.map((c) => {
    const from = clockMinutes(c.start);
    const parts = (byDate.get(c.date) ?? []).filter((r) => clockMinutes(r.start) >= from && clockMinutes(r.start) < from + planningMinutes);
    const calls = parts.reduce((s, r) => s + r.calls, 0);
    const ahtSeconds = calls > 0 ? parts.reduce((s, r) => s + r.calls * r.ahtSeconds, 0) / calls : (parts[0]?.ahtSeconds ?? 0);
    return { date: c.date, start: c.start, calls, ahtSeconds, shrinkage: parts[0]?.shrinkage ?? 0, scheduled: c.scheduled };
  });
}

/**
 * @param roster the published schedule's intervals with the scenario's calls (`rosterIntervals`; team by team: teamRosterIntervals)
 * @param schedule its published schedule
 * @param forecastError the forecast's backtest wMAPE (fraction); undefined without a backtest
 * @param routing scheduled by skill groups: the queues and skills the simulation routes (teams.ts skillRouting)
 */
export function scenarioPromise(
  roster: RosterInterval[],
  schedule: ScheduleSummary,
  objective: ServiceObjective,
  costs: CostBreakdown,
  forecastError: number | undefined,
  routing?: SkillRouting,
): Result<ScenarioPromise> {
  // the schedule's figures are per planning interval
  objective = { ...objective, intervalMinutes: schedule.intervalMinutes };
  const simulated = simulateRoster(roster, objective, { routing });
  if (!simulated.ok) return simulated;
  return success({
    commitment: rosterCommitment(roster, objective, costs),
    roster,
    rosterShape: rosterShapeCost(schedule, costs),
    simulated: simulated.value,
    volumeRisk: volumeRisk(roster, objective),
    targetProbability: forecastError === undefined ? null : targetProbability(roster, objective, forecastError),
  });
}
