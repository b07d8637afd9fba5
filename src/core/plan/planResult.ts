/**
 * PlanResult: everything the nine steps produce, as plain data ready to write.
 * Writers (src/report → src/workbook) only lay these values out; they compute
 * nothing. Units: calls per interval, seconds, minutes, fractions (0.8 = 80%),
 * money in `currency`. Dates 'YYYY-MM-DD', times 'HH:MM', months 'YYYY-MM'.
 * Texts are notes (a code, its values and the English text; src/core/notes
 * words them in the plan's language).
 */
import type { RecurringEffect } from '../forecast/recurringEvents';
import type { CostBreakdown, CostDrivers, CostRates } from '../cost';
import type { Note } from '../notes/note';
import type { ScenarioCommitment } from '../scenario/types';
import type { ValidationReport } from '../workload/validationReport';
import type { AnomalyReport } from './cleanHistory';

/** Step 1: the service objective the plan is built for. */
export interface ServiceSummary {
  slTarget: number;
  targetSeconds: number;
  /** SL measurement method 1–4 (planning guide, step 1) and its formula, e.g. "Aw / (A + B)". */
  slMethod: 1 | 2 | 3 | 4;
  slMethodFormula: string;
  /** "Erlang C" or "Erlang A" */
  model: string;
  patienceSeconds?: number;
  maxOccupancy?: number;
  /** "interval" (every interval meets the target) or "daily" (call-weighted over each day) */
  targetLevel: 'interval' | 'daily';
}

/** Step 2: what the history held. */
export interface HistorySummary {
  source: string;
  from: string;
  to: string;
  days: number;
  intervalMinutes: number;
  totalCalls: number;
  /** measured SL of the history by the plan's method, when the data has the counts */
  measuredServiceLevel?: number;
  ahtSeconds?: number;
  /** the import's validation report: its findings (row, what, action) and notes */
  importReport: ValidationReport;
  monthShares: { month: string; calls: number; share: number }[];
  weekdayIndex: { weekday: string; calls: number; index: number }[];
  intervalShares: { start: string; share: number }[];
}

/** One interval of the forecast horizon with its staffing (steps 3–6). */
export interface IntervalPlanRow {
  date: string;
  weekday: string;
  start: string;
  closed: boolean;
  calls: number;
  ahtSeconds: number;
  /** offered load, Erlangs */
  traffic: number;
  /** base staff: agents on the phones */
  agents: number;
  serviceLevel: number;
  /** null when the queue is unstable */
  asaSeconds: number | null;
  abandonRate: number;
  occupancy: number;
  /** total shrinkage that day, fraction */
  shrinkage: number;
  /** agents to schedule: agents ÷ (1 − shrinkage), unrounded */
  scheduledRequired: number;
  /** trunk load, Erlangs, and lines for it */
  trunkLoad: number;
  trunks: number;
}

/** Step 3: the forecast and how it was chosen. */
export interface ForecastSummary {
  method: string;
  /** backtest accuracy per method (rolling origin), best first */
  backtest: { method: string; wmape?: number; mape?: number; bias?: number; hitRate?: number }[];
  from: string;
  to: string;
  totalCalls: number;
  /** long horizon: calls per month for the budget year */
  monthly: { month: string; calls: number }[];
  notes: Note[];
  /** how accepted anomalies were repaired before forecasting */
  repairMethod: 'comparable' | 'interpolate' | 'model';
  /** anomalies flagged in the history, the user's decision on each and the repaired calls */
  anomalies: AnomalyReport[];
  /** recurring effects the history shows (turn of the month, days after a closure) with the
   * days they fell on, the effect measured, the effect applied and the user's decision
   * (`forecast.recurringEvents` in the config overrides them, as overrides do anomalies) */
  recurringEvents: RecurringEffect[];
}

/** Step 7: the schedule solved for the planning horizon. */
export interface ScheduleSummary {
  status: string;
  paidHours: number;
  requiredHours: number;
  /** required ÷ scheduled hours */
  efficiency: number;
  lowerBound: number;
  gap: number;
  solveSeconds: number;
  /** paidHours: of all `count` shifts together */
  assignments: { date: string; weekday: string; shift: string; start: string; end: string; breaks: string; count: number; paidHours: number }[];
  coverage: { date: string; weekday: string; start: string; required: number; scheduled: number; over: number; under: number; serviceLevel: number }[];
  days: { date: string; weekday: string; calls: number; serviceLevel: number; paidHours: number }[];
  roster: { agent: string; contract: string; shifts: string[]; weeklyHours: number }[];
  /** people on the roster, by contract (null without a roster: a horizon other than one week) */
  headcount: { total: number; byContract: { contract: string; agents: number }[] } | null;
  /** weekly paid hours of one full-time agent (the FTE's unit) */
  fullTimeWeeklyHours: number;
  /** full-time equivalents: paid hours ÷ (full-time weekly hours × days ÷ 7) */
  fte: number;
  /** column headings of `roster[].shifts`: the horizon's dates */
  rosterDays: string[];
  notes: Note[];
}

/** Step 9: one scenario's chain to cost and the service it commits to. */
export interface ScenarioResult {
  id: string;
  label: string;
  volumeFactor: number;
  slTarget: number;
  targetSeconds: number;
  ahtFactor: number;
  shrinkageFactor: number;
  /** call-weighted SL and abandonment, answered-weighted ASA (null when a queue is unstable), occupancy = busy ÷ staffed time (aggregateService) */
  commitment: ScenarioCommitment;
  /** drivers per month (paid hours, calls, seats, trunks…) and their costs */
  drivers: CostDrivers;
  costs: CostBreakdown;
}

/** The inverse question finance asks: what SL does a budget buy? */
export interface BudgetAnswer {
  budget: number;
  slTarget?: number;
  targetSeconds: number;
  cost?: number;
  nextSlTarget?: number;
  nextCost?: number;
  message: Note;
}

export interface PlanResult {
  centre: string;
  currency: string;
  /** when the plan was run, ISO timestamp (given by the caller; the core has no clock) */
  runAt: string;
  service: ServiceSummary;
  history: HistorySummary;
  forecast: ForecastSummary;
  intervals: IntervalPlanRow[];
  trunks: { blocking: number; ivrSeconds: number; peakTrunks: number; peakLoad: number; peakAt: string };
  shrinkage: { total: number; byCategory: { category: string; share: number }[] };
  periodTarget?: { intervalLevelHours: number; periodLevelHours: number; savingHours: number; savingShare: number; dailyServiceLevel: number };
  schedule: ScheduleSummary;
  rates: CostRates;
  scenarios: ScenarioResult[];
  budgetQuestion?: BudgetAnswer;
  notes: Note[];
}
