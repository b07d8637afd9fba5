/** Shapes of step 4 (base staff) and step 5 (trunks). Units: calls per interval, seconds, minutes. */

/** Forecast for one interval. */
export interface IntervalForecast {
  /** Shown in messages and reports, e.g. "Monday 09:30"; defaults to "interval N". */
  readonly label?: string;
  /** Calls offered in the interval (≥ 0). */
  readonly calls: number;
  /** Average handle time (talk + hold + after-call work), seconds (> 0). */
  readonly ahtSeconds: number;
}

/** The service objective and the queueing model. */
export interface ServiceObjective {
  /** Service-level target as a fraction, 0 < slTarget < 1 (0.8 for 80/20). */
  readonly slTarget: number;
  /** Answer-time target, seconds (20 for 80/20). */
  readonly targetSeconds: number;
  /** Interval length, minutes (30 by default in the product). */
  readonly intervalMinutes: number;
  /** Occupancy cap, fraction in (0, 1]. */
  readonly maxOccupancy?: number;
  /** Mean caller patience, seconds: when given the Erlang A model is used, else Erlang C. */
  readonly patienceSeconds?: number;
}

/** What one interval's staffing gives. */
export interface IntervalStaffing {
  readonly label: string;
  readonly calls: number;
  /** Offered load, Erlangs. */
  readonly traffic: number;
  /** Agents on the phones (whole). */
  readonly agents: number;
  /** Predicted fraction of offered calls answered within the target time (Erlang A: abandons count as missed). */
  readonly serviceLevel: number;
  /** Average speed of answer, seconds (over answered calls); null when the queue is unstable (Erlang C with agents ≤ traffic). */
  readonly asaSeconds: number | null;
  /** Share of offered calls that abandon (Erlang A only; 0 under Erlang C, which assumes nobody abandons). */
  readonly abandonRate: number;
  /** Fraction of agents' time busy with calls. */
  readonly occupancy: number;
}
