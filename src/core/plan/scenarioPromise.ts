/**
 * Step 9, what a scenario promises: the service its published schedule
 * delivers (the Erlang figures of its agents on the phones), the same
 * schedule played as a simulation, its SL if the calls come in ±10%, the
 * odds of meeting its target given the forecast's error, and what the
 * roster's shape costs above the requirement.
 */
import type { CostBreakdown } from '../cost/types';
import { type Result, success } from '../result';
import { rosterCommitment } from '../scenario/rosterCommitment';
import { rosterShapeCost } from '../scenario/rosterShapeCost';
import { simulateRoster } from '../scenario/simulateRoster';
import type { RosterInterval } from '../scenario/types';
import { targetProbability, volumeRisk } from '../scenario/volumeRisk';
import type { ServiceObjective } from '../staffing/types';
import type { IntervalPlanRow, ScenarioResult, ScheduleSummary } from './planResult';

export type ScenarioPromise = Pick<ScenarioResult, 'commitment' | 'roster' | 'rosterShape' | 'simulated' | 'volumeRisk' | 'targetProbability'>;

/** The schedule's intervals with the scenario's calls, AHT and shrinkage (the week's staffed rows, by date and start). */
export function rosterIntervals(rows: readonly IntervalPlanRow[], coverage: ScheduleSummary['coverage']): RosterInterval[] {
  const rowAt = new Map(rows.map((r) => [`${r.date} ${r.start}`, r]));
  return coverage.map((c) => {
    const row = rowAt.get(`${c.date} ${c.start}`);
    return { date: c.date, start: c.start, calls: row?.calls ?? 0, ahtSeconds: row?.ahtSeconds ?? 0, shrinkage: row?.shrinkage ?? 0, scheduled: c.scheduled };
  });
}

/**
 * @param rows the scenario's staffed week
 * @param schedule its published schedule
 * @param forecastError the forecast's backtest wMAPE (fraction); undefined without a backtest
 */
export function scenarioPromise(
  rows: readonly IntervalPlanRow[],
  schedule: ScheduleSummary,
  objective: ServiceObjective,
  costs: CostBreakdown,
  forecastError: number | undefined,
): Result<ScenarioPromise> {
  const roster = rosterIntervals(rows, schedule.coverage);
  const simulated = simulateRoster(roster, objective);
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
