/** Shapes of step 9: high / mid / low plans and the service they commit to. */
import type { Note } from '../notes/note';

/** One plan variant. Fractions for SL; seconds for times; factors multiply the base plan. */
export interface Scenario {
  /** Identifier, e.g. 'high', 'mid', 'low' (any non-empty id, unique in a plan). */
  readonly name: string;
  /** Shown to people, e.g. 'High (+10% volume, 85/20)'. */
  readonly label: string;
  /** Multiplies forecast calls (1.1 = +10%), > 0. */
  readonly volumeFactor: number;
  /** Service-level target, fraction in (0, 1): 0.85 for 85/20. */
  readonly slTarget: number;
  /** Answer-time target, seconds (≥ 0): 20 for 85/20. */
  readonly targetSeconds: number;
  /** Multiplies AHT (default 1), > 0. */
  readonly ahtFactor?: number;
  /** Multiplies total shrinkage (default 1), ≥ 0; the result must stay below 1. */
  readonly shrinkageFactor?: number;
}

/** Service over a horizon, aggregated from per-interval staffing (see `aggregateService`). */
export interface ServiceSummary {
  /** Calls offered. */
  readonly calls: number;
  /** Call-weighted SL: Σ calls·SL ÷ Σ calls (1 when there are no calls). */
  readonly serviceLevel: number;
  /** Answered-weighted ASA, seconds; null when any interval with calls has an unstable queue. */
  readonly asaSeconds: number | null;
  /** Call-weighted abandonment: Σ calls·abandon ÷ Σ calls (0 under Erlang C). */
  readonly abandonRate: number;
  /** Busy time ÷ staffed time: Σ agents·occupancy ÷ Σ agents (0 with no agents). */
  readonly occupancy: number;
}

/** What a scenario commits to: its objective, the service the plan delivers, and its price. */
export interface ScenarioCommitment extends Omit<ServiceSummary, 'calls'> {
  /** Total cost over the horizon (annual for 12 months), in the plan's currency. */
  readonly totalCost: number;
  /** Total cost ÷ calls; undefined when there are no calls. */
  readonly costPerCall: number | undefined;
}

/** The SL grid the inverse question searches. Fractions; defaults 0.50 … 0.99 step 0.01. */
export interface SlGridOptions {
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
}

/** The answer to "what is the best SL objective this budget buys?". */
export interface BudgetServiceLevel {
  readonly budget: number;
  /** The highest grid SL target whose cost ≤ budget. */
  readonly slTarget: number;
  /** Its cost. */
  readonly cost: number;
  /** The next grid step up and its cost (> budget); null when the grid's maximum fits (`maxReached`). */
  readonly next: { readonly slTarget: number; readonly cost: number } | null;
  readonly maxReached: boolean;
  /** How many times the cost function was called. */
  readonly evaluations: number;
  /** E.g. non-monotone costs seen on the way. */
  readonly notes: readonly Note[];
}

/** One interval of a published schedule, as the promise is computed from it. */
export interface RosterInterval {
  /** 'YYYY-MM-DD' */
  readonly date: string;
  /** 'HH:MM', the interval's start */
  readonly start: string;
  /** calls offered (the scenario's forecast) */
  readonly calls: number;
  /** average handle time, seconds */
  readonly ahtSeconds: number;
  /** share of scheduled time off the phones that day (fraction, 0 ≤ s < 1) */
  readonly shrinkage: number;
  /** agents the schedule puts in the interval (whole, breaks taken out) */
  readonly scheduled: number;
  /** scheduled team by team: the team, the objective its queue is held to (default: the scenario's), and chats per agent (a chat team) */
  readonly team?: string;
  readonly slTarget?: number;
  readonly targetSeconds?: number;
  readonly concurrency?: number;
}

/** What the roster's shape costs above the Erlang requirement (the solved week, and the budget year's labour). */
export interface RosterShapeCost {
  /** paid hours of the solved week */
  readonly paidHours: number;
  /** hours the Erlang requirement asks to schedule that week (agents ÷ (1 − shrinkage), rounded up per interval) */
  readonly requiredHours: number;
  /** paid − required hours (≥ 0 under a covering schedule) */
  readonly extraHours: number;
  /** extra ÷ required hours: how much the shifts' shape adds to the requirement (0.18 = 18% more) */
  readonly extraShare: number;
  /** the extra hours' share of the budget year's labour and supervision cost, in the plan's currency */
  readonly extraCost: number;
}

/** One interval where the queue carried across boundaries costs most. */
export interface SimulatedInterval {
  /** the team, when the plan is scheduled team by team */
  readonly team?: string;
  readonly date: string;
  readonly start: string;
  /** the interval's SL by the Erlang formula from its agents on the phones */
  readonly erlangServiceLevel: number;
  /** the simulated SL of the calls arriving in it (pooled over the replications) */
  readonly simulatedServiceLevel: number;
}

/** A published schedule played as a discrete-event simulation (src/core/simulation), over its week. */
export interface SimulatedService {
  /** call-weighted SL over the week: the mean of the replications' weekly SL */
  readonly serviceLevel: number;
  /** its 95% confidence interval (Student t over the replications) */
  readonly ci95: readonly [number, number];
  /** mean wait of answered calls, seconds */
  readonly asaSeconds: number;
  /** abandoned (or never answered) ÷ offered */
  readonly abandonRate: number;
  /** busy ÷ logged-in agent time */
  readonly occupancy: number;
  readonly replications: number;
  /** the random streams' seed: the same plan simulates to the same figures */
  readonly seed: number;
  /** intervals with calls where the scenario's SL target is missed: by the Erlang figures and in the simulation */
  readonly intervalsBelowTarget: { readonly erlang: number; readonly simulated: number; readonly intervals: number };
  /** the intervals whose simulated SL falls furthest below their Erlang SL, worst first */
  readonly worstIntervals: readonly SimulatedInterval[];
}

/** The roster's SL if the calls come in other than forecast. */
export interface VolumeRiskPoint {
  /** forecast calls × this factor (0.9 = 10% fewer calls) */
  readonly volumeFactor: number;
  /** the roster's call-weighted SL (Erlang) at that volume */
  readonly serviceLevel: number;
}

/** How likely the roster meets its SL target, given how far off the forecast has been (see `targetProbability`). */
export interface TargetProbability {
  /** probability that the week's call-weighted SL is at or above the scenario's target */
  readonly probability: number;
  /** the forecast's relative error it assumes: the chosen method's backtest wMAPE, fraction */
  readonly forecastError: number;
  /** the volume factor at which the roster's SL falls to the target; null when it stays above the target up to 5× the forecast */
  readonly breakEvenVolumeFactor: number | null;
}
