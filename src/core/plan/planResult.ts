/**
 * PlanResult: everything the nine steps produce, as plain data ready to write.
 * Writers (src/report → src/workbook) only lay these values out; they compute
 * nothing. Units: calls per interval, seconds, minutes, fractions (0.8 = 80%),
 * money in `currency`. Dates 'YYYY-MM-DD', times 'HH:MM', months 'YYYY-MM'.
 * Texts are notes (a code, its values and the English text; src/core/notes
 * words them in the plan's language).
 */
import type { CapacityResult } from '../capacity';
import type { RecurringEffect } from '../forecast/recurringEvents';
import type { CostBreakdown, CostDrivers, CostRates } from '../cost';
import type { Note } from '../notes/note';
import type { RosterInterval, RosterShapeCost, ScenarioCommitment, SimulatedService, TargetProbability, VolumeRiskPoint } from '../scenario/types';
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

/** One agent of the rotating roster (step 7). */
export interface RosterEntry {
  agent: string;
  contract: string;
  /** every shift of the rotation, in time order */
  shifts: { start: string; end: string }[];
  /** the closed holidays on the agent's working weekdays, paid and not worked (contracts.ts, holidayShare): date and paid hours, in date order */
  paidHolidays: { date: string; hours: number }[];
  /** paid hours in each rotation week, paid holidays included */
  weeklyHours: number[];
  lateShifts: number;
  weekendDaysOff: number;
  /** with several teams (schedule.teams): the agent's team and the queues they answer, the first one first */
  team?: string;
  skills?: string[];
}

/** One team's schedule of a plan scheduled team by team (teamSchedules.ts). */
export interface TeamScheduleSummary {
  name: string;
  /** the queues its agents answer, the first one first */
  queues: string[];
  /** chats one agent handles at once (a chat team), else 1 */
  concurrency: number;
  status: string;
  paidHours: number;
  requiredHours: number;
  lowerBound: number;
  gap: number;
  /** people on its roster (null without a roster) */
  headcount: number | null;
  fte: number;
}

/** Step 7: the schedule solved for the planning horizon. */
export interface ScheduleSummary {
  status: string;
  /** the planning interval the schedule, its coverage and SL per interval are on, minutes (planningInterval.ts) */
  intervalMinutes: number;
  /** paid hours of the horizon: the shifts' (on the floor) plus the paid holidays' */
  paidHours: number;
  /** of paidHours, the paid holidays': closed holidays on agents' working weekdays, paid at their average shift (contracts.ts, holidayShare) */
  paidHolidayHours: number;
  requiredHours: number;
  /** required ÷ scheduled hours */
  efficiency: number;
  lowerBound: number;
  gap: number;
  solveSeconds: number;
  /** paidHours: of all `count` shifts together */
  assignments: { date: string; weekday: string; shift: string; start: string; end: string; breaks: string; count: number; paidHours: number; team?: string }[];
  coverage: { date: string; weekday: string; start: string; required: number; scheduled: number; over: number; under: number; serviceLevel: number }[];
  days: { date: string; weekday: string; calls: number; serviceLevel: number; paidHours: number }[];
  /**
   * The rotating roster (rosterSummary.ts): per agent the shifts of all the
   * rotation's weeks as local date-times "YYYY-MM-DDTHH:MM" (no zone; an end
   * after midnight is on the next date), paid hours per rotation week, and
   * over the rotation the late shifts (ending after 20:00 or past midnight)
   * and Saturdays/Sundays off. Empty without a roster.
   */
  roster: RosterEntry[];
  /** the rotation's length and the spread (min, max over agents) of late shifts and weekend days off; null without a roster */
  rotation: { weeks: number; lateShifts: { min: number; max: number }; weekendDaysOff: { min: number; max: number } } | null;
  /** people on the roster, by contract (null without a roster: a horizon other than one week) */
  headcount: { total: number; byContract: { contract: string; agents: number }[] } | null;
  /** weekly paid hours of one full-time agent (the FTE's unit) */
  fullTimeWeeklyHours: number;
  /** full-time equivalents: paid hours ÷ (full-time weekly hours × days ÷ 7) */
  fte: number;
  /** the dates the roster covers: the rotation's weeks from the scheduled week's first date (the horizon's dates without a roster) */
  rosterDays: string[];
  notes: Note[];
  /** scheduled team by team (schedule.teams "separate" or "skills"): each team's own figures; the fields above add them up */
  teams?: TeamScheduleSummary[];
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
  /**
   * What the scenario's published schedule delivers (rosterCommitment: its agents on the phones, by
   * Erlang C or A): call-weighted SL and abandonment, answered-weighted ASA (null when a queue is
   * unstable), occupancy = busy ÷ staffed time (aggregateService), and the budget year's cost
   */
  commitment: ScenarioCommitment;
  /** the schedule's intervals the commitment is computed from: the scenario's calls, AHT, shrinkage and agents scheduled */
  roster: RosterInterval[];
  /** paid hours, and their cost, above the Erlang requirement (the shape of the shifts) */
  rosterShape: RosterShapeCost;
  /** the schedule played as a simulation over its week (the queue carried across intervals, absence drawn) */
  simulated: SimulatedService;
  /** the roster's SL at forecast −10%, as forecast and +10% */
  volumeRisk: VolumeRiskPoint[];
  /** the odds of meeting the SL target given the forecast's backtest error; null without a backtest */
  targetProbability: TargetProbability | null;
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

/** One queue of a several-queue plan: its history, forecast and staffing over the horizon. */
export interface QueuePlan {
  name: string;
  channel: 'voice' | 'chat';
  /** chats one agent handles at once (1 for voice) */
  concurrency: number;
  /** the history's call types the queue takes */
  callTypes: string[];
  slTarget: number;
  targetSeconds: number;
  /** calls offered in the history, and its AHT in seconds (null when the history has no handle times) */
  history: { totalCalls: number; ahtSeconds: number | null };
  forecast: { method: string; totalCalls: number };
  /** agents × hours over the horizon (base staff, before shrinkage) */
  agentHours: number;
  peakAgents: number;
  intervals: { date: string; start: number; calls: number; ahtSeconds: number; agents: number; serviceLevel: number }[];
}

/** A simulated service level: the mean and its 95% interval [low, high] (null when too few batches had calls to give one). */
export interface SimulatedLevel {
  mean: number;
  ci95: [number, number] | null;
}

/**
 * The voice queues staffed by skill groups (data.skills), by simulation
 * (src/core/staffing/skillStaffing.ts: each interval in steady state, seeded).
 */
export interface SkillsPlan {
  method: 'simulation';
  seed: number;
  /** calls simulated per evaluation of an interval (the precision of its SLs) */
  callsPerEvaluation: number;
  /** simulations the search ran */
  evaluations: number;
  agentHours: number;
  groups: {
    name: string;
    /** the queues it serves, the first one first */
    queues: string[];
    selection: 'priority' | 'longestWaiting';
    agentHours: number;
    peakAgents: number;
    /** the queues' intervals, in order */
    intervals: { date: string; start: number; agents: number }[];
  }[];
  queues: {
    name: string;
    slTarget: number;
    targetSeconds: number;
    /** over the horizon, weighted by the forecast calls; null without calls */
    serviceLevel: SimulatedLevel | null;
    /** per interval, from a sample independent of the one the search stopped on (skillStaffing.ts, step 4: so it may fall a little short of the target); null where the queue has no call, or too few were simulated for an interval */
    intervals: { date: string; start: number; serviceLevel: SimulatedLevel | null }[];
  }[];
}

/** The queues staffed one team each (separate), as one cross-trained team (pooled, voice queues), and by skill groups (data.skills). */
export interface QueuesSummary {
  queues: QueuePlan[];
  /** with data.skills */
  skills?: SkillsPlan;
  comparison: {
    separateAgentHours: number;
    pooledAgentHours: number;
    /** with data.skills: the groups' agent-hours */
    skillsAgentHours?: number;
    savingHours: number;
    savingShare: number;
  };
}

/**
 * An e-mail queue (channel "email"): deferred work answered within its
 * response window, worked first in the base schedule's idle time on the
 * phones, the rest by dedicated e-mail agent-hours (deferredWork.ts). Hours
 * are agents on the work (before shrinkage); the horizon repeats, so the
 * backlog carried into its first day is the one its last day leaves.
 */
export interface EmailQueuePlan {
  name: string;
  /** the history's call types the queue takes */
  callTypes: string[];
  /** every item answered within this many hours of its arrival */
  responseHours: number;
  /** items in the history, and their handle time in seconds (null when the history has none: the configured AHT is used) */
  history: { totalItems: number; ahtSeconds: number | null };
  forecast: { method: string; totalItems: number };
  /** the planning interval the backlog is worked on, minutes (the schedule's) */
  intervalMinutes: number;
  /** hours of work the horizon's items bring (items × handle time) */
  workHours: number;
  /** of that work, the agent-hours done by the voice roster's idle agents (scheduled beyond the voice requirement, after shrinkage), and their share */
  idleHours: number;
  idleShare: number;
  /** dedicated e-mail agent-hours needed for the rest, the fewest that meet the window */
  extraAgentHours: number;
  /** age of the oldest item when answered, hours (≤ responseHours) */
  oldestAgeHours: number;
  /** items waiting when the horizon starts */
  carriedInItems: number;
  /** per day: items arriving, items waiting at 24:00, idle and dedicated hours, the oldest item answered that day (hours) */
  days: { date: string; items: number; backlogAtClose: number; idleHours: number; extraAgentHours: number; oldestAgeHours: number }[];
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
  /** headcount and hiring per scenario over the budget year (each scenario's labour counts its trainees and recruiting) */
  capacity: CapacityResult;
  budgetQuestion?: BudgetAnswer;
  /** with data.queues other than "total": each queue's plan and the separate/pooled comparison */
  queues?: QueuesSummary;
  /** with e-mail queues in data.queues: each one's deferred work */
  emailQueues?: EmailQueuePlan[];
  notes: Note[];
}
