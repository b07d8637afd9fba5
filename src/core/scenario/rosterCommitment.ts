import type { CostBreakdown } from '../cost/types';
import { agentsOnPhones } from '../schedule/serviceLevelReport';
import { intervalMetrics } from '../staffing/intervalMetrics';
import type { IntervalStaffing, ServiceObjective } from '../staffing/types';
import { aggregateService } from './aggregateService';
import { scenarioCommitment } from './scenarioCommitment';
import type { RosterInterval, ScenarioCommitment } from './types';

/**
 * What each interval of a published schedule delivers: the agents it puts on
 * the phones (`agentsOnPhones`: scheduled × (1 − shrinkage), whole agents)
 * answering the interval's calls, by the objective's model (Erlang C, or
 * Erlang A with the objective's patience; `intervalMetrics`); a chat team's
 * agent is `concurrency` servers (CHAT_AGENTS' model). Each interval
 * is taken on its own (steady state), as the Erlang formulas assume.
 *
 * @param volumeFactor multiplies every interval's calls (1: as forecast; 1.1: 10% more)
 * @example rosterService([{ date: '2026-11-02', start: '09:00', calls: 100, ahtSeconds: 180, shrinkage: 0.3, scheduled: 20 }],
 *   { slTarget: 0.8, targetSeconds: 20, intervalMinutes: 30 })[0].serviceLevel //=> 0.888… (14 agents on 10 Erlangs)
 */
export function rosterService(roster: readonly RosterInterval[], objective: ServiceObjective, volumeFactor = 1): IntervalStaffing[] {
  return roster.map((r) =>
    intervalMetrics(
      { calls: r.calls * volumeFactor, ahtSeconds: r.ahtSeconds },
      agentsOnPhones(r.scheduled, r.shrinkage) * (r.concurrency ?? 1),
      intervalObjective(r, objective),
      r.team === undefined ? `${r.date} ${r.start}` : `${r.team} ${r.date} ${r.start}`,
    ),
  );
}

/** The objective an interval's calls are held to: its team's queue's when it has one, else the scenario's. */
export const intervalObjective = (r: RosterInterval, objective: ServiceObjective): ServiceObjective =>
  r.slTarget === undefined && r.targetSeconds === undefined ? objective : { ...objective, slTarget: r.slTarget ?? objective.slTarget, targetSeconds: r.targetSeconds ?? objective.targetSeconds };

/**
 * The promise is the roster's: the SL, ASA, abandonment and occupancy a
 * scenario commits to are those its published schedule delivers
 * (`rosterService`), call-weighted over the scheduled week
 * (`aggregateService`), with the scenario's budget-year cost.
 */
export function rosterCommitment(roster: readonly RosterInterval[], objective: ServiceObjective, cost: CostBreakdown): ScenarioCommitment {
  return scenarioCommitment(rosterService(roster, objective), cost);
}

/**
 * The roster's call-weighted SL at forecast × `volumeFactor`.
 * @example rosterServiceLevel(roster, objective, 1.1) //=> 0.74… on the sample's mid plan (0.88… as forecast)
 */
export const rosterServiceLevel = (roster: readonly RosterInterval[], objective: ServiceObjective, volumeFactor = 1): number =>
  aggregateService(rosterService(roster, objective, volumeFactor)).serviceLevel;
