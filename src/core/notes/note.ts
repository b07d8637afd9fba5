/**
 * Notes: what the engine tells the planner besides its numbers (what cleaning
 * repaired, why auto kept a method, a month filled from the mean…), as data —
 * a stable code and its values — so every face words them in its own
 * language (texts.en.ts, texts.zh-CN.ts: one table per language, typed
 * against these codes, so a missing translation does not compile). Types
 * only: the words are added at the edges (render.ts: `renderNote`, and
 * `withTexts` for plan.json), so this module depends on no text table.
 */
import type { CostCategoryId } from '../cost/costCategories';
import type { RepairMethod } from '../forecast/repair';
import type { RecurringEventId } from '../forecast/recurringEvents';
import type { ScheduleStatus } from '../schedule/types';
import type { ColumnField } from '../workload/columnMapping';
import type { HistoryEncoding } from '../workload/decodeHistoryBytes';
import type { VendorId } from '../workload/vendorLayouts';

/** The values of each note, by code. Fractions are 0–1, money in `currency`, dates 'YYYY-MM-DD'. */
export interface NoteParams {
  /** cleanHistory: flags, repaired ones, kept ones, and how they were repaired */
  'clean.summary': { flagged: number; repaired: number; kept: number; repair: RepairMethod };
  'clean.unrepaired': { count: number };
  'clean.unusedOverride': { date: string; start?: string };
  /** forecast: the training window */
  'forecast.trained': { days: number; from: string; to: string };
  /** auto: the historical average, as the history is too short to backtest */
  'forecast.autoTooShort': { method: string };
  /** auto kept the incumbent: its backtest wMAPE over `days`, and the best challenger's, less than `margin` better */
  'forecast.autoKept': { method: string; wmape?: number; days: number; challenger: string; challengerWmape?: number; margin: number };
  'forecast.autoChose': { method: string; wmape?: number; days: number };
  /** usually-open days between the history's end and the forecast's first day without data: taken as closed (the days after them get the after-closure effect) */
  'forecast.closedGap': { dates: string[] };
  /** a recurring effect in the history: which, how many training days it fell on, the last, its effect on the day's calls (fraction) as applied and as measured, and the user's decision */
  'forecast.recurringEvent': { event: RecurringEventId; occurrences: number; last: string; effect: number; measured: number; accepted: boolean; overridden: boolean };
  'forecast.fallback': { date: string; method: string };
  'forecast.noComparableDay': { date: string };
  /** a region's public holidays in the horizon (`dates`), and what the centre does on them: closed, or open at `factor` × a normal day; learned from the `seen` holidays in the history, or assumed (closed) when it holds none */
  'forecast.regionalHolidays': { region: string; dates: string[]; open: boolean; factor: number; learned: boolean; seen: number };
  /** the region's make-up working days (调休) in the horizon, each with the weekday (0 = Monday) whose pattern it takes; worked or not as on the `seen` ones in the history, or assumed worked when it holds none */
  'forecast.makeupDays': { region: string; days: { date: string; pattern: number }[]; open: boolean; learned: boolean; seen: number };
  /**
   * the first open day after each closed holiday in the horizon (`dates`) and what its forecast assumes: the after-closure
   * effect calendar-regression learned from `occurrences` closures in the history (`effect`, fraction), the planner's own
   * factor for it ('yours'), none because the history shows none ('notSeen'), or none because `method` does not model it
   */
  'forecast.dayAfterHoliday': { dates: string[]; basis: 'learned' | 'yours' | 'notSeen' | 'notModelled'; method: string; effect: number; occurrences: number };
  /** years whose official holiday arrangement the calendar data does not hold yet: statutory holidays only, no make-up days */
  'calendar.uncoveredYears': { region: string; years: number[] };
  /** intraday reforecast: the time is not a clock time "HH:MM" (`value` as typed) */
  'reforecast.badTime': { value: string };
  /** intraday reforecast: `time` ("HH:MM") is not inside `date`'s opening hours ("HH:MM-HH:MM", null when closed that day) */
  'reforecast.outsideHours': { date: string; time: string; hours: string | null };
  /** intraday reforecast: the history has no interval of `date` before `time` */
  'reforecast.noActuals': { date: string; time: string };
  /** intraday reforecast: the history before `date` spans `days` calendar days, fewer than `minDays` */
  'reforecast.shortHistory': { date: string; days: number; minDays: number };
  /** intraday reforecast: calls before `from` ("HH:MM") against the day-ahead forecast, the share of the day seen (the weight of the level correction), the level factor applied to the rest of the day, and the last half hour's deviation from it (fraction; half of it carried on, fading) */
  'reforecast.revised': { date: string; from: string; actual: number; forecast: number; weight: number; factor: number; local: number };
  /** budgetYear: `source` (YYYY-MM) only partly in the history, scaled from `days` */
  'budgetYear.partialMonth': { month: string; source: string; days: number };
  /** budgetYear: no `calendarMonth` ('01'–'12') in the history */
  'budgetYear.missingMonth': { month: string; calendarMonth: string };
  /** the roster could not be built, and why */
  'schedule.noRoster': { reason: RosterProblem };
  /** no shift covers these open hours (at most 8 ranges listed, `more` left out) */
  'schedule.uncovered': { ranges: { day: string; from: string; to: string }[]; more: number };
  /** the roster rules cannot be met with these shifts */
  'schedule.rosterInfeasible': Record<string, never>;
  /** the caps (hours, shifts per day) cannot be met with these shifts */
  'schedule.infeasible': Record<string, never>;
  /** the plan's assumed contract shares (derived contracts) kept no schedule: solved without them */
  /** why: no schedule keeps them ('infeasible'), or the plan is scheduled team by team and the mix is the centre's ('teams') */
  'schedule.assumedSharesDropped': { contracts: { name: string; share: number }[]; why: 'infeasible' | 'teams' };
  /** HiGHS stopped at its time limit before finding any schedule (`status`: its model status) */
  'schedule.noSolutionInTime': { status: number };
  'schedule.stopped': { status: ScheduleStatus; gap: number };
  /** under `cover`: these intervals need more agents on the phones than the room has seats */
  'schedule.seatsShort': { seats: number; ranges: { day: string; from: string; to: string }[]; more: number };
  /** under `cover`: no shift that an agent on any contract may work (weekday, length) covers these required intervals */
  'schedule.contractsUncovered': { ranges: { day: string; from: string; to: string }[]; more: number };
  /** a contract with a share of the heads that no agent can work with these shift lengths */
  'schedule.contractUnworkable': { contract: string; minHours: number; maxHours: number; minDays: number; maxDays: number };
  /** no schedule keeps this rule (found by dropping one rule at a time) */
  'schedule.ruleInfeasible': { problem: RuleProblem };
  /** rotation (rotation.ts): these agents (numbers) repeat their week, as no order of their lines keeps the rule (rest, hours; most days in a row) across week boundaries */
  'schedule.rotationFixed': { rule: 'rest' | 'consecutiveDays' | 'both'; restHours: number; maxDays: number; weeks: number; agents: number[] };
  /** rotation: a contract's agents differ by more than FAIR_SPREAD in late shifts or weekend days off over the `weeks` */
  'schedule.rotationUnfair': { contract: string; measure: 'lateShifts' | 'weekendDaysOff'; min: number; max: number; weeks: number };
  /** rotation: these agents (numbers) work every Saturday and Sunday of the `weeks` although the centre opens at weekends */
  'schedule.noWeekendOff': { agents: number[]; weeks: number };
  /** the solved week's closed holidays (contracts.ts, holidayShare): no shifts; `agents` whose tour works one are paid `hours` for them in all */
  'schedule.paidHolidays': { dates: string[]; agents: number; hours: number };
  /** published roster (rosterSummary.ts): dates of the rotation's weeks the centre is closed on which shifts (solved or repeated) were left out */
  'schedule.rosterClosedDates': { dates: string[] };
  /** holidays of the rotation's later weeks: the shifts there paid, not worked */
  'schedule.rosterHolidays': { dates: string[] };
  /** published roster: only `published` of the rotation's `weeks` weeks, as from the week starting `from` the centre opens `dates` the solved week does not staff alike */
  'schedule.rosterCut': { weeks: number; published: number; from: string; dates: string[] };
  /** costBreakdown: a month (or all months when absent) without calls / handled minutes */
  'cost.noCalls': { month?: string };
  'cost.noHandledMinutes': { month?: string };
  'cost.zeroTotal': Record<string, never>;
  'plan.costCategories': { categories: CostCategoryId[] };
  /** capacity: short `fte` FTE in `month` ('YYYY-MM') because no class can be fully productive yet: the first class joins in `joinMonth`, is fully productive from `productiveMonth` (absent: after the year) */
  'capacity.shortLeadTime': { month: string; fte: number; joinMonth?: string; productiveMonth?: string };
  /** capacity: short `fte` FTE in `month` although classes can join: one class of at most `classMax` heads a month cannot catch up */
  'capacity.shortClassSize': { month: string; fte: number; classMax: number };
  /** capacity: `scenario`'s plan still short `fte` FTE in the year's last month */
  'capacity.notCaughtUp': { scenario: string; month: string; fte: number; classMax: number };
  /** capacity: HiGHS found no hiring plan within `seconds` */
  'capacity.noHiringPlan': { seconds: number };
  /** capacity: the configuration has no capacity section; these defaults were assumed (attrition a monthly fraction) */
  'capacity.assumed': { attritionRate: number; hiringLeadWeeks: number; trainingWeeks: number; nestingWeeks: number; nestingProductivity: number; classMin: number; classMax: number };
  /** capacity: the start headcount, from the configuration, the schedule's roster, or the first month's required FTE ÷ FTE per head */
  'capacity.startHeadcount': { heads: number; source: 'config' | 'schedule' | 'requirement' };
  /** capacity: a new centre (no heads at the start): everyone is hired; the first class joins in `joinMonth` (absent: after the year) */
  'capacity.newCentre': { joinMonth?: string };
  /** capacity: FTE of one head, measured on the roster or from the contracts' shares and mid-range weekly hours */
  'capacity.ftePerHead': { fte: number; source: 'roster' | 'contracts' };
  /** capacity: how the flows are computed and what the budget's labour line adds */
  'capacity.method': Record<string, never>;
  'plan.monthlyScaling': Record<string, never>;
  /** why a plan run stopped: cancelled, the history's interval not the configured one, no patience for Erlang A, no AHT, no calls to schedule, a day's shrinkage (fraction) at or above 100% */
  'plan.cancelled': Record<string, never>;
  /** the plan gives no shrinkage (agents scheduled = agents on the phones) / no cost rates (costs count only what is given) */
  'plan.assumed': { what: 'noShrinkage' | 'noRates' };
  /** a setting the configuration left out, taken from the history or assumed (`value` as the configuration would write it) */
  'plan.derived': { setting: DerivedSetting; value: string; source: 'history' | 'default' };
  /** opening hours read from the history: per weekday (0 = Monday) "HH:MM-HH:MM", or null when closed */
  'plan.derivedOpeningHours': { hours: (string | null)[] };
  /** shift patterns generated from the opening hours: weekdays (0 = Monday), length in hours, first and last start "HH:MM" */
  /** contracts assumed beside the generated shifts: weekly paid hours and working days */
  /** the contracts assumed beside generated shifts, each with its share of the heads (0–1) */
  'plan.derivedContracts': { contracts: { name: string; minHours: number; maxHours: number; minDays: number; maxDays: number; share: number }[] };
  'plan.derivedShifts': { patterns: { days: number[]; hours: number; firstStart: string; lastStart: string }[] };
  'plan.intervalMismatch': { configured: number; history: number };
  /** schedule.intervalMinutes (or its default) is not a whole multiple of the data's interval, or does not divide the day (minutes) */
  'plan.planningInterval': { planning: number; data: number };
  /** a scenario takes the schedule of a scenario whose requirement covers its own in every interval, as it is cheaper than the one found for it within the time limit (keeps high ≥ mid ≥ low) */
  'plan.scenarioScheduleTaken': { scenario: string; from: string; paidHours: number; ownPaidHours: number };
  'plan.noAht': Record<string, never>;
  /** data.queues asks for queues but the history has no call-type column */
  'queues.noCallType': Record<string, never>;
  /** a listed queue takes call types the history does not have */
  'queues.noHistory': { queue: string; callTypes: string[]; known: string[] };
  /** data.skills is given but data.queues is "total" (one queue: nothing to route) */
  'queues.skillsNeedQueues': Record<string, never>;
  /** schedule.teams asks for teams the plan's queues cannot give */
  'teams.needQueues': { teams: 'separate' | 'skills' };
  'teams.needSkills': Record<string, never>;
  /** a skill group names a queue the plan does not have (`known`: the plan's queues) */
  'queues.skillUnknownQueue': { group: string; queue: string; known: string[] };
  /** a skill group names a chat queue: skills route voice calls (one at a time); chat queues are staffed on their own */
  'queues.skillChatQueue': { group: string; queue: string };
  /** voice queues that no skill group serves */
  'queues.skillUnserved': { queues: string[] };
  /** the skills search added agents for `rounds` rounds in `interval` without meeting every target */
  'queues.skillsUnreached': { interval: string; rounds: number };
  /** an e-mail queue (channel "email") without its response window, responseHours */
  'email.noResponseWindow': { queue: string };
  /** an e-mail queue's window is shorter than one handle time or than two planning intervals (an item is not answered in the interval it arrives): hours, seconds, minutes */
  'email.windowTooShort': { queue: string; responseHours: number; minimumHours: number; ahtSeconds: number; intervalMinutes: number };
  'plan.nothingToSchedule': Record<string, never>;
  'plan.shrinkageTooHigh': { share: number };
  'budget.nonMonotone': { currency: string; lowSl: number; lowCost: number; highSl: number; highCost: number };
  /** the budget question: the SL target it buys for `scenario`'s volume and what the next step costs */
  'budget.answer': { currency: string; budget: number; slTarget: number; targetSeconds: number; scenario: string; nextSlTarget: number; nextCost: number };
  'budget.answerTop': { currency: string; budget: number; slTarget: number; targetSeconds: number };
  'budget.belowMinimum': { currency: string; budget: number; slTarget: number; cost: number };
  /** the budget question failed for a reason the cost chain words itself */
  'budget.failed': { reason: string };
  /** the validation report's facts about an import */
  'import.columnsUsed': { columns: [field: ColumnField, header: string][] };
  'import.columnsIgnored': { columns: string[] };
  'import.talkFromAht': { column: string };
  'import.intervalDetected': { minutes: number };
  'import.intervalAssumed': { minutes: number };
  'import.offGrid': { minutes: number; row: number; start: string };
  'import.callInterval': { minutes: number };
  /** the header looks like this vendor's interval report */
  'import.layout': { vendor: VendorId };
  /** the bytes were not plain UTF-8 */
  'import.encoding': { encoding: HistoryEncoding };
  /** the number format chosen for the whole file, why (a deciding cell `example`), and how many cells read differently under the other one (the first: `ambiguousExample`) */
  'import.numberFormat': { decimal: '.' | ','; decidedBy: 'values' | 'delimiter' | 'default'; example?: string; ambiguous: number; ambiguousExample?: string };
  /** no offered column: offered = answered + abandoned (header names) */
  'import.offeredFromParts': { answered: string; abandoned: string };
  /** average columns (header names) turned into totals by × the `count` column */
  'import.totalsFromAverages': { columns: string[]; count: string };
  /** a UTC offset after the times (first at `row`) was dropped: wall-clock times kept as written */
  'import.offsetDropped': { column: string; offset: string; row: number };
  /** several queues in one file: planned as their total; each queue's calls offered */
  'import.queues': { column: string; queues: { name: string; calls: number }[] };
  /** a file too big to read whole, bytes, and the limit */
  'import.tooBig': { bytes: number; limit: number };
  /** an interval length the plan cannot use (above 60 minutes, or not dividing an hour), declared in the settings or found in the data */
  'import.intervalUnusable': { minutes: number; source: 'declared' | 'detected' };
  'import.callDefinitions': { seconds: number };
}

export type NoteCode = keyof NoteParams;

/** The settings a plan can take from its history (or assume) when the configuration leaves them out. */
export type DerivedSetting = 'intervalMinutes' | 'horizonStart' | 'patience';

/** Why no roster could be built: an agent over the weekly hours, an agent without the rest before a shift, or a schedule not solved for these rules. */
export type RosterProblem =
  | { kind: 'weeklyHours'; maxHours: number; agent: number; hours: number }
  | { kind: 'rest'; restHours: number; agent: number; day: string }
  | { kind: 'dayCounts'; day: string; shifts: number; agents: number }
  | { kind: 'notSolvedWithRules' };

/** The rule that makes a schedule impossible (diagnoseInfeasible.ts). */
export type RuleProblem =
  | { rule: 'seats'; seats: number }
  | { rule: 'rest'; restHours: number }
  | { rule: 'shares'; contracts: string[] }
  | { rule: 'contracts'; contracts: string[] };

/** One note: its code and its values, and the team it is about when the plan is scheduled team by team (worded as a prefix). */
export type Note = { [C in NoteCode]: { readonly code: C; readonly params: NoteParams[C]; readonly team?: string } }[NoteCode];

/**
 * A note (not worded: `renderNote` words it in a language).
 * @example note('clean.unrepaired', { count: 2 }) //=> { code: 'clean.unrepaired', params: { count: 2 } }
 */
export const note = <C extends NoteCode>(code: C, params: NoteParams[C]): Note => ({ code, params }) as Note;
