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
