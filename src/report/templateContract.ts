/**
 * The templates' contract as data: sheet names, Excel table names with their
 * columns (header text, number format, width, and the value a fill plan
 * writes for a row), and named cells (defined names) with their addresses.
 * One source for the template generator (scripts/build-templates.ts), the
 * fill plans, the Office.js fallback that builds sheets through the API, the
 * contract test and templates/README.md.
 */
import { COST_CATEGORIES, COST_RATE_FIELDS, MONTH_DRIVER_FIELDS, categoryCellName, type CostRateKey, type MonthDriverKey } from '../core/cost';
import type { EmailQueuePlan, IntervalPlanRow, QueuePlan, QueuesSummary, ScenarioResult, ScheduleSummary, SimulatedLevel, SkillsPlan, TeamScheduleSummary } from '../core/plan/planResult';
import { formula, num, text, type CellValue, type FillPlan, type TableCellValue, type TemplateName } from './fillPlan';

/** Stands for the plan's currency code in a money format; a fill plan puts the code in its place (moneyFormat). */
export const CURRENCY_MARK = '"¤"';

export const FMT = {
  int: '#,##0',
  one: '#,##0.0',
  two: '#,##0.00',
  pct: '0.0%',
  /** money: the currency code before the amount ('"USD" #,##0.00'), in the plan's currency */
  money: `${CURRENCY_MARK} #,##0.00`,
  money0: `${CURRENCY_MARK} #,##0`,
  money3: `${CURRENCY_MARK} #,##0.000`,
  money4: `${CURRENCY_MARK} #,##0.0000`,
  factor: '0.00',
  text: '@',
  /** a month as a real date (its first day); the language's own format replaces it (TemplateLabels.formats) */
  month: 'mmm yyyy',
  /** a local date-time; the language's own format replaces it */
  dateTime: 'yyyy-mm-dd hh:mm',
} as const;

/** Whether a number format is a money format (it holds the currency mark). */
export const isMoneyFormat = (numFmt: string | undefined): boolean => numFmt !== undefined && numFmt.includes(CURRENCY_MARK);

/**
 * A money format in a currency: the mark replaced by the quoted code.
 * @example moneyFormat(FMT.money, 'USD') //=> '"USD" #,##0.00'
 */
export const moneyFormat = (numFmt: string, currency: string): string =>
  numFmt.split(CURRENCY_MARK).join(`"${currency.replace(/"/g, '')}"`);

/**
 * The Excel serial number (days since 1899-12-30) of a 'YYYY-MM-DD' day, a
 * 'YYYY-MM' month (its first day) or a wall-clock 'YYYY-MM-DDTHH:MM[:SS]' —
 * how a spreadsheet stores a date; layout, not arithmetic on figures.
 * @example excelSerial('2026-01') //=> 46023
 */
export function excelSerial(date: string): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?$/.exec(date);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The words a column's value may need in the plan's language (TemplateLabels has them). */
export interface ValueLabels {
  /** a weekday as the engine names it ('Mon' or 'Monday') */
  readonly weekday: (english: string) => string;
  /** a roster day without a shift */
  readonly off: string;
  /** a roster day that is a paid holiday (the centre closed; RosterEntry.paidHolidays) */
  readonly holiday: string;
  /** the name shown for a scenario */
  readonly scenario: (s: ScenarioResult) => string;
  /** an agent's name as the engine gives it ('Agent 12') */
  readonly agent: (name: string) => string;
  /** a queue's channel */
  readonly channel: (channel: QueuePlan['channel']) => string;
  /** how a skill group's free agent picks its next caller */
  readonly selection: (selection: SkillsPlan['groups'][number]['selection']) => string;
}

/** One table column: its header, width, number format, and the value written for one `Row` of the table's data. */
export interface ColumnContract<Row = never> {
  readonly header: string;
  readonly numFmt?: string;
  readonly width: number;
  readonly value: (row: Row, labels: ValueLabels) => TableCellValue;
}

/** An Excel table of the template; `Row` is the data one table row is written from. */
export interface TableContract<Row = never> {
  readonly name: string;
  /** 1-based row of the header */
  readonly headerRow: number;
  /** 1-based column of the first column */
  readonly firstColumn: number;
  readonly columns: readonly ColumnContract<Row>[];
}

/**
 * What a named cell is: an `input` finance may change (a formula reads it;
 * unlocked), an engine `result` shown with where it came from (locked), or a
 * live `formula` (locked). Absent: result.
 */
export type CellRole = 'input' | 'result' | 'formula';

export interface NamedCellContract {
  readonly name: string;
  readonly role?: CellRole;
  readonly label: string;
  /** A1 address of the value; the label sits in the cell to its left */
  readonly address: string;
  readonly numFmt?: string;
  /** unit shown to the right of the value (budget rates) */
  readonly unit?: string;
}

export interface SheetContract {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  /** rows frozen at the top (the header of the main table included) */
  readonly frozenRows: number;
  readonly tables: readonly TableContract<never>[];
  readonly cells: readonly NamedCellContract[];
  /** section headings (and, `note`, small explanations): address → text */
  readonly sections: readonly { readonly address: string; readonly text: string; readonly note?: boolean }[];
  /** printed page: orientation, and the columns repeated on every page when the sheet prints more than one page wide */
  readonly orientation: 'portrait' | 'landscape';
  readonly printColumns?: string;
  /** rows repeated at the top of every printed page, as '4:5' (default: the first table's header row) */
  readonly printRows?: string;
  /**
   * A sheet only some plans fill (the queues of a several-queue plan): the
   * template holds it, and a plan without its content lists it in
   * `FillPlan.omitSheets`, so the written workbook has no empty sheet.
   */
  readonly optional?: boolean;
}

/** At most this many table columns on one printed page (fit to width over as many pages as needed). */
export const MAX_PRINT_COLUMNS = 12;

export interface TemplateContract {
  readonly template: TemplateName;
  readonly file: string;
  readonly sheets: readonly SheetContract[];
}

const col = <Row>(header: string, width: number, numFmt: string | undefined, value: ColumnContract<Row>['value']): ColumnContract<Row> =>
  numFmt ? { header, width, numFmt, value } : { header, width, value };
const cell = (name: string, label: string, address: string, numFmt?: string, role?: CellRole): NamedCellContract => ({
  name,
  label,
  address,
  ...(numFmt ? { numFmt } : {}),
  ...(role ? { role } : {}),
});

// ---------------------------------------------------------------- notes

/**
 * One line of a workbook's notes sheet: what the plan rests on — the method,
 * the backtest, repaired anomalies, estimated months, every assumption. The
 * value is a figure (with its number format) or empty; the detail is words.
 */
export interface NoteRow {
  readonly section: string;
  readonly item: string;
  readonly value: CellValue;
  readonly numFmt?: string;
  readonly detail: string;
}

export const NOTES_TABLE: TableContract<NoteRow> = {
  name: 'NotesTable',
  headerRow: 4,
  firstColumn: 1,
  columns: [
    col('Section', 14, undefined, (r) => text(r.section)),
    col('Item', 30, undefined, (r) => text(r.item)),
    col('Value', 18, FMT.two, (r) => r.value),
    col('Detail', 56, undefined, (r) => text(r.detail)),
  ],
};

/** The notes sheet of a workbook (each template has its own, so the forecast and schedule sheets can share one open workbook). */
export function notesSheet(name: string): SheetContract {
  return {
    name,
    title: 'Notes and assumptions',
    subtitle: 'How this plan was made: the forecast method and its backtest, repaired anomalies, estimated months, and every assumption.',
    frozenRows: NOTES_TABLE.headerRow,
    // landscape: the four columns (118 characters) print on one page wide at a legible scale
    orientation: 'landscape',
    sections: [],
    cells: [],
    tables: [NOTES_TABLE],
  };
}

// ---------------------------------------------------------------- forecast

type Interval = IntervalPlanRow;
const date = <R extends { date: string }>(width: number) => col<R>('Date', width, undefined, (r) => text(r.date));
/** "Wednesday" (9 characters) needs 11 width units to show whole in 10 pt Calibri; narrower asks are widened. */
const WEEKDAY_WIDTH = 11;
const weekdayCol = <R extends { weekday: string }>(width: number) =>
  col<R>('Weekday', Math.max(width, WEEKDAY_WIDTH), undefined, (r, l) => text(l.weekday(r.weekday)));

export const FORECAST_TABLE: TableContract<Interval> = {
  name: 'ForecastTable',
  headerRow: 12,
  firstColumn: 1,
  columns: [
    date(12),
    weekdayCol(10),
    col('Start', 8, undefined, (r) => text(r.start)),
    col('Closed', 8, undefined, (r) => r.closed),
    col('Calls', 10, FMT.one, (r) => num(r.calls)),
    col('AHT (s)', 10, FMT.one, (r) => num(r.ahtSeconds)),
    col('Traffic (E)', 11, FMT.two, (r) => num(r.traffic)),
  ],
};

/** One month of calls: the history's (observed, repaired) or the forecast's (the budget year), side by side so one chart draws both. */
export interface CallsMonth {
  readonly month: string;
  readonly history?: number;
  readonly forecast?: number;
}

export const MONTHLY_TABLE: TableContract<CallsMonth> = {
  name: 'MonthlyTable',
  headerRow: 12,
  firstColumn: 9,
  columns: [
    col('Month', 11, FMT.month, (m) => excelSerial(m.month)),
    col('History (calls)', 12, FMT.int, (m) => num(m.history)),
    col('Forecast (calls)', 12, FMT.int, (m) => num(m.forecast)),
  ],
};

/** The open intervals (the plan leaves closed ones out). */
export const STAFFING_TABLE: TableContract<Interval> = {
  name: 'StaffingTable',
  headerRow: 8,
  firstColumn: 1,
  columns: [
    date(11),
    weekdayCol(9),
    col('Start', 7, undefined, (r) => text(r.start)),
    col('Calls', 8, FMT.one, (r) => num(r.calls)),
    col('AHT (s)', 8, FMT.one, (r) => num(r.ahtSeconds)),
    col('Traffic (E)', 9, FMT.two, (r) => num(r.traffic)),
    col('Agents', 8, FMT.int, (r) => num(r.agents)),
    col('SL (%)', 8, FMT.pct, (r) => num(r.serviceLevel)),
    col('ASA (s)', 8, FMT.one, (r) => num(r.asaSeconds)),
    col('Abandon (%)', 9, FMT.pct, (r) => num(r.abandonRate)),
    col('Occupancy (%)', 10, FMT.pct, (r) => num(r.occupancy)),
    col('Shrinkage (%)', 10, FMT.pct, (r) => num(r.shrinkage)),
    col('To schedule (agents)', 11, FMT.one, (r) => num(r.scheduledRequired)),
    col('Trunk load (E)', 9, FMT.two, (r) => num(r.trunkLoad)),
    col('Trunks (lines)', 9, FMT.int, (r) => num(r.trunks)),
  ],
};

export const SCENARIO_TABLE: TableContract<ScenarioResult> = {
  name: 'ScenarioTable',
  headerRow: 8,
  firstColumn: 1,
  columns: [
    col('Scenario', 12, undefined, (s, l) => text(l.scenario(s))),
    col('Volume factor', 9, FMT.factor, (s) => num(s.volumeFactor)),
    col('SL objective (%)', 10, FMT.pct, (s) => num(s.slTarget)),
    col('Answer within (s)', 9, FMT.int, (s) => num(s.targetSeconds)),
    col('AHT factor', 8, FMT.factor, (s) => num(s.ahtFactor)),
    col('Shrinkage factor', 9, FMT.factor, (s) => num(s.shrinkageFactor)),
    col('Committed SL (%)', 10, FMT.pct, (s) => num(s.commitment.serviceLevel)),
    col('ASA (s)', 8, FMT.one, (s) => num(s.commitment.asaSeconds)),
    col('Abandon (%)', 9, FMT.pct, (s) => num(s.commitment.abandonRate)),
    col('Occupancy (%)', 10, FMT.pct, (s) => num(s.commitment.occupancy)),
    col('Cost per call', 11, FMT.money, (s) => num(s.commitment.costPerCall)),
    col('Total cost', 16, FMT.money0, (s) => num(s.commitment.totalCost)),
  ],
};

/** One queue's interval of a several-queue plan (QueuePlan.intervals), with its queue, channel, weekday and 'HH:MM' start. */
export interface QueueInterval {
  readonly queue: string;
  readonly channel: QueuePlan['channel'];
  readonly date: string;
  readonly weekday: string;
  readonly start: string;
  readonly calls: number;
  readonly ahtSeconds: number;
  readonly agents: number;
  readonly serviceLevel: number;
}

/** Each queue of a several-queue plan: its channel and objective, its history, forecast and staffing over the horizon. */
export const QUEUES_TABLE: TableContract<QueuePlan> = {
  name: 'QueuesTable',
  headerRow: 5,
  firstColumn: 1,
  columns: [
    col('Queue', 16, undefined, (q) => text(q.name)),
    col('Channel', 8, undefined, (q, l) => text(l.channel(q.channel))),
    col('Chats at once', 8, FMT.int, (q) => num(q.concurrency)),
    col('Call types', 16, undefined, (q) => text(q.callTypes.join(', '))),
    col('SL objective (%)', 9, FMT.pct, (q) => num(q.slTarget)),
    col('Answer within (s)', 9, FMT.int, (q) => num(q.targetSeconds)),
    col('History calls', 10, FMT.int, (q) => num(q.history.totalCalls)),
    col('History AHT (s)', 9, FMT.one, (q) => num(q.history.ahtSeconds)),
    col('Forecast calls', 10, FMT.int, (q) => num(q.forecast.totalCalls)),
    col('Agent-hours (h)', 10, FMT.one, (q) => num(q.agentHours)),
    col('Peak agents', 8, FMT.int, (q) => num(q.peakAgents)),
  ],
};

/** Every queue's intervals, queue after queue (filter the Queue column for one). */
export const QUEUE_INTERVALS_TABLE: TableContract<QueueInterval> = {
  name: 'QueueIntervalsTable',
  headerRow: 5,
  firstColumn: 13,
  columns: [
    col('Queue', 14, undefined, (r) => text(r.queue)),
    date(11),
    weekdayCol(9),
    col('Start', 7, undefined, (r) => text(r.start)),
    col('Calls', 8, FMT.one, (r) => num(r.calls)),
    col('AHT (s)', 8, FMT.one, (r) => num(r.ahtSeconds)),
    col('Agents', 8, FMT.int, (r) => num(r.agents)),
    col('SL (%)', 8, FMT.pct, (r) => num(r.serviceLevel)),
  ],
};

export const FORECAST_CONTRACT: TemplateContract = {
  template: 'forecast',
  file: 'forecast.xlsx',
  sheets: [
    {
      name: 'Forecast',
      title: 'Call forecast',
      subtitle: 'Calls per interval and per month for the planning horizon. Times in seconds, traffic in Erlangs.',
      frozenRows: 12,
      orientation: 'portrait',
      sections: [
        { address: 'A3', text: 'Plan' },
        { address: 'D3', text: 'Service objective' },
        { address: 'I11', text: 'Calls by month' },
      ],
      cells: [
        cell('Centre', 'Centre', 'B4'),
        cell('RunAt', 'Run at', 'B5', FMT.dateTime),
        cell('ForecastMethod', 'Forecast method', 'B6'),
        cell('ForecastFrom', 'From', 'B7'),
        cell('ForecastTo', 'To', 'B8'),
        cell('ForecastTotalCalls', 'Total calls', 'B9', FMT.int),
        cell('IntervalMinutes', 'Interval (min)', 'B10', FMT.int),
        cell('SlTarget', 'SL objective', 'E4', FMT.pct),
        cell('TargetSeconds', 'Answer within (s)', 'E5', FMT.int),
        cell('SlMethod', 'SL method', 'E6'),
        cell('StaffingModel', 'Staffing model', 'E7'),
        cell('HistoryFrom', 'History from', 'E8'),
        cell('HistoryTo', 'History to', 'E9'),
        cell('HistoryCalls', 'History calls', 'E10', FMT.int),
      ],
      tables: [
        FORECAST_TABLE,
        MONTHLY_TABLE,
      ],
    },
    {
      name: 'Staffing',
      title: 'Staffing, trunks and shrinkage',
      subtitle: 'Base staff on the phones per interval, the service it gives, and the staff to schedule after shrinkage.',
      frozenRows: 8,
      orientation: 'landscape',
      printColumns: 'A:C',
      sections: [{ address: 'A3', text: 'Trunks and shrinkage' }],
      cells: [
        cell('PeakTrunks', 'Peak trunks (lines)', 'B4', FMT.int),
        cell('PeakTrunkLoad', 'Peak trunk load (E)', 'B5', FMT.two),
        cell('TrunkBlocking', 'Blocking target', 'B6', FMT.pct),
        cell('ShrinkageTotal', 'Shrinkage', 'E4', FMT.pct),
        cell('IvrSeconds', 'IVR time (s)', 'E5', FMT.int),
        cell('PeakTrunkAt', 'Peak at', 'E6'),
      ],
      tables: [STAFFING_TABLE],
    },
    {
      name: 'Queues',
      title: 'Queues',
      subtitle: 'Each queue forecast as its share of the centre’s calls and staffed on its own: its AHT, its objective; chat agents handle several chats at once. Agents before shrinkage.',
      frozenRows: 5,
      orientation: 'landscape',
      // the section headings with the header row: each page says which table it continues
      printRows: '4:5',
      optional: true,
      sections: [
        { address: 'A4', text: 'Each queue over the horizon' },
        { address: 'M4', text: 'Per interval' },
      ],
      cells: [],
      tables: [QUEUES_TABLE, QUEUE_INTERVALS_TABLE],
    },
    {
      name: 'Scenarios',
      title: 'High, mid and low plans',
      subtitle: 'What each plan costs and the service it commits to.',
      frozenRows: 8,
      orientation: 'landscape',
      printColumns: 'A:A',
      sections: [{ address: 'A3', text: 'Budget question' }],
      cells: [
        cell('ScenarioCurrency', 'Currency', 'B4'),
        cell('BudgetAmount', 'Budget', 'B5', FMT.money0),
        cell('BudgetAnswer', 'Answer', 'B6'),
      ],
      tables: [SCENARIO_TABLE],
    },
    notesSheet('Forecast notes'),
  ],
};

// ---------------------------------------------------------------- schedule

export const COVERAGE_TABLE: TableContract<ScheduleSummary['coverage'][number]> = {
  name: 'CoverageTable',
  headerRow: 9,
  firstColumn: 1,
  columns: [
    date(11),
    weekdayCol(9),
    col('Start', 7, undefined, (c) => text(c.start)),
    col('Required (agents)', 10, FMT.one, (c) => num(c.required)),
    col('Scheduled (agents)', 10, FMT.int, (c) => num(c.scheduled)),
    col('Over (agents)', 9, FMT.one, (c) => num(c.over)),
    col('Under (agents)', 9, FMT.one, (c) => num(c.under)),
    col('SL (%)', 8, FMT.pct, (c) => num(c.serviceLevel)),
  ],
};

export const ASSIGNMENTS_TABLE: TableContract<ScheduleSummary['assignments'][number]> = {
  name: 'AssignmentsTable',
  headerRow: 4,
  firstColumn: 1,
  columns: [
    date(11),
    weekdayCol(9),
    col('Shift', 14, undefined, (a) => text(a.shift)),
    col('Start', 7, undefined, (a) => text(a.start)),
    col('End', 7, undefined, (a) => text(a.end)),
    col('Breaks', 22, undefined, (a) => text(a.breaks)),
    col('Agents', 8, FMT.int, (a) => num(a.count)),
    col('Paid hours (h)', 10, FMT.one, (a) => num(a.paidHours)),
  ],
};

export const DAYS_TABLE: TableContract<ScheduleSummary['days'][number]> = {
  name: 'DaysTable',
  headerRow: 4,
  firstColumn: 10,
  columns: [
    date(11),
    weekdayCol(9),
    col('Calls', 10, FMT.int, (d) => num(d.calls)),
    col('SL (%)', 8, FMT.pct, (d) => num(d.serviceLevel)),
    col('Paid hours (h)', 10, FMT.one, (d) => num(d.paidHours)),
  ],
};

/** One agent's week: the engine's shift name per day Monday…Sunday (undefined: no day of the horizon). */
export interface RosterWeek {
  readonly agent: string;
  readonly week: string;
  readonly shifts: readonly (string | undefined)[];
  readonly weeklyHours: number;
}

/** How the engine marks a day without a shift (src/core/plan/scheduleHorizon.ts). */
const ENGINE_OFF = 'Off';
/** How rosterWeeks marks a paid holiday (schedulePlan.ts). */
export const ROSTER_HOLIDAY = 'Holiday';

const rosterDay = (shift: string | undefined, l: ValueLabels): CellValue =>
  shift === undefined ? null : text(!shift || shift === ENGINE_OFF ? l.off : shift === ROSTER_HOLIDAY ? l.holiday : shift);

export const ROSTER_TABLE: TableContract<RosterWeek> = {
  name: 'RosterTable',
  headerRow: 4,
  firstColumn: 1,
  columns: [
    col('Agent', 11, undefined, (w, l) => text(l.agent(w.agent))),
    col('Week of', 11, undefined, (w) => text(w.week)),
    ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d, i) => col<RosterWeek>(d, 12, undefined, (w, l) => rosterDay(w.shifts[i], l))),
    col('Weekly hours (h)', 10, FMT.one, (w) => num(w.weeklyHours)),
  ],
};

/** The voice queues staffed one team each (separate) and as one cross-trained team (pooled): one row. */
export const POOLING_TABLE: TableContract<QueuesSummary['comparison']> = {
  name: 'PoolingTable',
  headerRow: 5,
  firstColumn: 1,
  columns: [
    col('Separate teams (h)', 11, FMT.one, (c) => num(c.separateAgentHours)),
    col('Pooled team (h)', 11, FMT.one, (c) => num(c.pooledAgentHours)),
    col('Saving (h)', 10, FMT.one, (c) => num(c.savingHours)),
    col('Saving (%)', 9, FMT.pct, (c) => num(c.savingShare)),
  ],
};

/** Each queue's agents required in the schedule's intervals (before shrinkage). */
export const QUEUE_AGENTS_TABLE: TableContract<QueueInterval> = {
  name: 'QueueAgentsTable',
  headerRow: 5,
  firstColumn: 6,
  columns: [
    date(11),
    weekdayCol(9),
    col('Start', 7, undefined, (r) => text(r.start)),
    col('Queue', 14, undefined, (r) => text(r.queue)),
    col('Channel', 8, undefined, (r, l) => text(l.channel(r.channel))),
    col('Agents', 8, FMT.int, (r) => num(r.agents)),
  ],
};

/** Each skill group (data.skills), staffed by simulation: the queues it serves in priority order, its agent-hours and peak (before shrinkage). */
export const SKILL_GROUPS_TABLE: TableContract<SkillsPlan['groups'][number]> = {
  name: 'SkillGroupsTable',
  headerRow: 5,
  firstColumn: 13,
  columns: [
    col('Skill group', 16, undefined, (g) => text(g.name)),
    col('Queues (first first)', 22, undefined, (g) => text(g.queues.join(' > '))),
    col('Selection', 12, undefined, (g, l) => text(l.selection(g.selection))),
    col('Agent-hours (h)', 10, FMT.one, (g) => num(g.agentHours)),
    col('Peak agents', 8, FMT.int, (g) => num(g.peakAgents)),
  ],
};

/** Each voice queue's service under the skill groups: its objective and the simulated SL over the horizon with its 95% interval (empty without calls, or too few batches for an interval). */
export const SKILL_SERVICE_TABLE: TableContract<SkillsPlan['queues'][number]> = {
  name: 'SkillServiceTable',
  headerRow: 5,
  firstColumn: 19,
  columns: [
    col('Queue', 14, undefined, (q) => text(q.name)),
    col('SL objective (%)', 9, FMT.pct, (q) => num(q.slTarget)),
    col('Answer within (s)', 9, FMT.int, (q) => num(q.targetSeconds)),
    col('Simulated SL (%)', 10, FMT.pct, (q) => num(q.serviceLevel?.mean ?? null)),
    col('95% low (%)', 9, FMT.pct, (q) => num(q.serviceLevel?.ci95?.[0] ?? null)),
    col('95% high (%)', 9, FMT.pct, (q) => num(q.serviceLevel?.ci95?.[1] ?? null)),
  ],
};

/** One skill group's agents in one interval of the schedule (SkillsPlan.groups[].intervals), with its weekday and 'HH:MM' start. */
export interface SkillGroupInterval {
  readonly date: string;
  readonly weekday: string;
  readonly start: string;
  readonly group: string;
  readonly agents: number;
}

/**
 * One voice queue in one interval of the schedule under the skill groups
 * (SkillsPlan.queues[].intervals), beside the same queue staffed as its own
 * team by Erlang (QueuePlan.intervals: its agents and SL).
 */
export interface SkillQueueInterval {
  readonly date: string;
  readonly weekday: string;
  readonly start: string;
  readonly queue: string;
  readonly calls: number;
  readonly slTarget: number;
  /** null where the queue has no call, or too few were simulated */
  readonly serviceLevel: SimulatedLevel | null;
  readonly separateAgents: number;
  readonly separateServiceLevel: number;
}

/** Each skill group's agents per interval of the schedule (before shrinkage), group after group. */
export const SKILL_GROUP_INTERVALS_TABLE: TableContract<SkillGroupInterval> = {
  name: 'SkillGroupIntervalsTable',
  headerRow: 5,
  firstColumn: 1,
  columns: [
    date(11),
    weekdayCol(9),
    col('Start', 7, undefined, (r) => text(r.start)),
    col('Skill group', 16, undefined, (r) => text(r.group)),
    col('Agents', 8, FMT.int, (r) => num(r.agents)),
  ],
};

/** Each voice queue's simulated SL per interval of the schedule with its 95% bounds, and Erlang's agents and SL for the queue as its own team beside. */
export const SKILL_QUEUE_INTERVALS_TABLE: TableContract<SkillQueueInterval> = {
  name: 'SkillQueueIntervalsTable',
  headerRow: 5,
  firstColumn: 7,
  columns: [
    date(11),
    weekdayCol(9),
    col('Start', 7, undefined, (r) => text(r.start)),
    col('Queue', 14, undefined, (r) => text(r.queue)),
    col('Calls', 8, FMT.one, (r) => num(r.calls)),
    col('SL objective (%)', 9, FMT.pct, (r) => num(r.slTarget)),
    col('Simulated SL (%)', 10, FMT.pct, (r) => num(r.serviceLevel?.mean ?? null)),
    col('95% low (%)', 9, FMT.pct, (r) => num(r.serviceLevel?.ci95?.[0] ?? null)),
    col('95% high (%)', 9, FMT.pct, (r) => num(r.serviceLevel?.ci95?.[1] ?? null)),
    col('Own team (agents)', 10, FMT.int, (r) => num(r.separateAgents)),
    col('Own team SL (%)', 10, FMT.pct, (r) => num(r.separateServiceLevel)),
  ],
};

/** One day of an e-mail queue (EmailQueuePlan.days) with its queue, weekday and response window. */
export interface EmailDay extends Readonly<EmailQueuePlan['days'][number]> {
  readonly queue: string;
  readonly weekday: string;
  readonly responseHours: number;
}

/** Each e-mail queue's days: items arriving, backlog at 24:00, hours worked in the roster's idle time and by dedicated agents, the oldest item answered against the window. */
export const EMAIL_DAYS_TABLE: TableContract<EmailDay> = {
  name: 'EmailDaysTable',
  headerRow: 5,
  firstColumn: 26,
  columns: [
    col('E-mail queue', 14, undefined, (d) => text(d.queue)),
    date(11),
    weekdayCol(9),
    col('Items', 8, FMT.one, (d) => num(d.items)),
    col('Backlog at close', 10, FMT.one, (d) => num(d.backlogAtClose)),
    col('Idle hours used (h)', 10, FMT.one, (d) => num(d.idleHours)),
    col('Extra agent-hours (h)', 10, FMT.one, (d) => num(d.extraAgentHours)),
    col('Oldest item (h)', 9, FMT.one, (d) => num(d.oldestAgeHours)),
    col('Window (h)', 8, FMT.one, (d) => num(d.responseHours)),
  ],
};

/** Each team of a plan scheduled team by team (schedule.teams): the queues it answers, its week's hours against its own requirement and bound, its heads and FTE. */
export const TEAMS_TABLE: TableContract<TeamScheduleSummary> = {
  name: 'TeamsTable',
  headerRow: 5,
  firstColumn: 36,
  columns: [
    col('Team', 14, undefined, (t) => text(t.name)),
    col('Queues (first first)', 22, undefined, (t) => text(t.queues.join(' > '))),
    col('Paid hours (h)', 10, FMT.one, (t) => num(t.paidHours)),
    col('Required hours (h)', 10, FMT.one, (t) => num(t.requiredHours)),
    col('Above bound (%)', 9, FMT.pct, (t) => num(t.gap)),
    col('Agents', 8, FMT.int, (t) => num(t.headcount)),
    col('FTE', 8, FMT.one, (t) => num(t.fte)),
  ],
};

export const SCHEDULE_CONTRACT: TemplateContract = {
  template: 'schedule',
  file: 'schedule.xlsx',
  sheets: [
    {
      name: 'Schedule',
      title: 'Schedule coverage',
      subtitle: 'Agents required (after shrinkage) against agents scheduled, per interval, and the SL each interval gets.',
      frozenRows: 9,
      orientation: 'portrait',
      sections: [{ address: 'A3', text: 'Schedule' }],
      cells: [
        cell('ScheduleCentre', 'Centre', 'B4'),
        cell('ScheduleStatus', 'Solver status', 'B5'),
        cell('PaidHours', 'Paid hours (h)', 'B6', FMT.one),
        cell('RequiredHours', 'Required hours (h)', 'B7', FMT.one),
        cell('Efficiency', 'Efficiency (%)', 'E4', FMT.pct),
        cell('OptimalityGap', 'Gap to bound (%)', 'E5', FMT.pct),
        cell('SolveSeconds', 'Solve time (s)', 'E6', FMT.one),
        cell('Headcount', 'Headcount (agents)', 'E7', FMT.int),
        cell('Fte', 'FTE', 'B8', FMT.one),
        cell('HeadcountByContract', 'By contract', 'E8'),
      ],
      tables: [COVERAGE_TABLE],
    },
    {
      name: 'Shifts',
      title: 'Shifts by day',
      subtitle: 'How many agents start each shift, with breaks and paid hours; and each day’s calls and SL.',
      frozenRows: 4,
      orientation: 'landscape',
      sections: [],
      cells: [],
      tables: [ASSIGNMENTS_TABLE, DAYS_TABLE],
    },
    {
      name: 'Roster',
      title: 'Weekly roster',
      subtitle: 'One row per agent and week: the shift worked each day ("Off" for a day off).',
      frozenRows: 4,
      orientation: 'landscape',
      printColumns: 'A:B',
      sections: [],
      cells: [],
      tables: [ROSTER_TABLE],
    },
    {
      name: 'Queue staffing',
      title: 'Queues: separate or pooled',
      subtitle: 'Agent-hours of the voice queues staffed one team each against one cross-trained team at the centre’s objective (chat queues stay separate), each queue’s agents per interval of the schedule, the skill groups staffed by simulation, the e-mail backlog worked in the roster’s idle time, and the teams the schedule covers (schedule.teams); agents before shrinkage.',
      frozenRows: 5,
      orientation: 'landscape',
      // the section headings with the header row: each page says which table it continues
      printRows: '4:5',
      optional: true,
      sections: [
        { address: 'A4', text: 'Separate or pooled (voice)' },
        { address: 'F4', text: 'Agents per queue' },
        { address: 'M4', text: 'Skill groups (simulated)' },
        { address: 'S4', text: 'Service per queue with skill groups' },
        { address: 'Z4', text: 'E-mail queues by day' },
        { address: 'AJ4', text: 'Teams scheduled' },
      ],
      cells: [],
      tables: [POOLING_TABLE, QUEUE_AGENTS_TABLE, SKILL_GROUPS_TABLE, SKILL_SERVICE_TABLE, EMAIL_DAYS_TABLE, TEAMS_TABLE],
    },
    {
      name: 'Skill staffing',
      title: 'Skill groups by interval',
      subtitle: 'Each skill group’s agents in each interval of the schedule (before shrinkage), found by simulation, and each voice queue’s simulated SL with its 95% bounds beside Erlang’s agents and SL for the queue as its own team. Filter the group or queue column for one.',
      frozenRows: 5,
      orientation: 'landscape',
      // the section headings with the header row: each page says which table it continues
      printRows: '4:5',
      optional: true,
      sections: [
        { address: 'A4', text: 'Agents per skill group' },
        { address: 'G4', text: 'Service per queue (simulated; own team by Erlang)' },
      ],
      cells: [],
      tables: [SKILL_GROUP_INTERVALS_TABLE, SKILL_QUEUE_INTERVALS_TABLE],
    },
    notesSheet('Schedule notes'),
  ],
};

// ---------------------------------------------------------------- budget

/**
 * Budget layout: blocks of label/value pairs (rows 3–16), the "Costs by month"
 * heading and its note, CostTable (header row 20, one row per month), then,
 * under the months, the year's rows: the sum of every flow (hours, calls,
 * minutes, costs) and the maximum of every stock (peak agents, trunks, seats).
 */
export const BUDGET_SHEET = 'Budget';
export const BUDGET_HEADER_ROW = 20;
/** Months the template itself holds (a budget year); a fill plan resizes the table to its own months. */
export const BUDGET_TEMPLATE_MONTHS = 12;

/**
 * The year's rows under `months` month rows: `sum` (flows summed, the cost
 * totals derived from them) and `max` (stocks at their monthly maximum).
 * @example budgetTotalRows(12) //=> { first: 21, last: 32, sum: 33, max: 34 }
 */
export const budgetTotalRows = (months: number): { first: number; last: number; sum: number; max: number } => {
  const first = BUDGET_HEADER_ROW + 1;
  const last = BUDGET_HEADER_ROW + Math.max(months, 1);
  return { first, last, sum: last + 1, max: last + 2 };
};

const DRIVER_HEADERS: Readonly<Record<MonthDriverKey, string>> = {
  paidHours: 'Paid hours (h)',
  calls: 'Calls',
  handledMinutes: 'Handled (min)',
  peakScheduledAgents: 'Peak agents',
  trunks: 'Trunks (lines)',
  trunkMinutes: 'Trunk (min)',
};

/**
 * How the year's rows aggregate a column: a flow (hours, calls, minutes,
 * money) is summed over the months; a stock (agents, lines, seats — a level
 * held through the month) takes its maximum, since summing twelve monthly
 * levels means nothing.
 */
export type Aggregate = 'sum' | 'max';

const DRIVER_AGGREGATE: Readonly<Record<MonthDriverKey, Aggregate>> = {
  paidHours: 'sum',
  calls: 'sum',
  handledMinutes: 'sum',
  peakScheduledAgents: 'max',
  trunks: 'max',
  trunkMinutes: 'sum',
};

/** One month of CostTable: the drivers (values), and each cost column's formula and engine figure (its cached result), by column key. */
export interface CostMonth {
  readonly drivers: ScenarioResult['drivers']['months'][number];
  readonly formulas: Readonly<Record<string, string>>;
  readonly figures: Readonly<Record<string, number | string>>;
}

export type CostColumn = ColumnContract<CostMonth> & {
  readonly key: string;
  /** absent: no year figure (the month, cost per call: the spec derives it from the sums) */
  readonly aggregate?: Aggregate;
};

const costFormula = (key: string, header: string, width: number, numFmt: string, aggregate?: Aggregate): CostColumn =>
  ({ key, header, width, numFmt, ...(aggregate ? { aggregate } : {}), value: (r) => formula(r.formulas[key], r.figures[key]) });

/**
 * CostTable's columns, keyed by the cost formula names: 'month', the drivers
 * ('paid_hours', …), 'seats', the categories ('labour_cost', …), 'total_cost',
 * 'cost_per_call'. Money columns are in the plan's currency (moneyFormat).
 */
export const COST_TABLE_COLUMNS: readonly CostColumn[] = [
  { key: 'month', header: 'Month', width: 10, numFmt: FMT.month, value: (r) => excelSerial(r.drivers.month) },
  ...MONTH_DRIVER_FIELDS.map((f): CostColumn => ({
    key: f.name,
    header: DRIVER_HEADERS[f.key],
    width: 10,
    numFmt: FMT.int,
    aggregate: DRIVER_AGGREGATE[f.key],
    value: (r: CostMonth) => num(r.drivers[f.key]),
  })),
  costFormula('seats', 'Seats', 8, FMT.int, 'max'),
  ...COST_CATEGORIES.map((c) => costFormula(categoryCellName(c.id), c.label, 13, FMT.money0, 'sum')),
  costFormula('total_cost', 'Total', 15, FMT.money0),
  costFormula('cost_per_call', 'Cost per call', 11, FMT.money),
];

export const COST_TABLE: TableContract<CostMonth> = { name: 'CostTable', headerRow: BUDGET_HEADER_ROW, firstColumn: 1, columns: COST_TABLE_COLUMNS };

/** One plan of the comparison beside the budget's committed service: this workbook's own plan reads its live cells, the others are the engine's figures. */
export interface PlanComparison {
  readonly scenario: ScenarioResult;
  /** true for the workbook's own scenario */
  readonly own: boolean;
}

/**
 * Every plan's committed SL and cost, so each budget charts its plan against
 * the others (rows 6–11: at most six scenarios, the config's bound).
 */
export const PLANS_TABLE: TableContract<PlanComparison> = {
  name: 'PlansTable',
  headerRow: 5,
  firstColumn: 11,
  columns: [
    col('Plan', 26, undefined, (p, l) => text(l.scenario(p.scenario))), // a plan's name ('High: +10% volume at 85/20') whole
    col('Committed SL (%)', 13, FMT.pct, (p) => (p.own ? formula('=CommittedServiceLevel', p.scenario.commitment.serviceLevel) : num(p.scenario.commitment.serviceLevel))),
    col('Total cost', 16, FMT.money0, (p) => (p.own ? formula('=TotalCost', p.scenario.costs.total.total) : num(p.scenario.costs.total.total))),
    col('Cost per call', 13, FMT.money, (p) => (p.own ? formula('=CostPerCall', p.scenario.costs.total.costPerCall ?? '') : num(p.scenario.costs.total.costPerCall))),
  ],
};

const RATE_FMT: Readonly<Record<CostRateKey, string>> = {
  hourlyWage: FMT.money,
  onCostRate: FMT.pct,
  supervisorRatio: FMT.one,
  supervisorHourlyWage: FMT.money,
  seatSpareRate: FMT.pct,
  seatMonthlyCost: FMT.money,
  equipmentPerSeatMonthly: FMT.money,
  licencesPerSeatMonthly: FMT.money,
  trunkMonthlyCost: FMT.money,
  trunkUsagePerMinute: FMT.money4,
  networkMonthly: FMT.money,
  professionalServicesMonthly: FMT.money,
  sharedPlatformsMonthly: FMT.money,
};

/** The number format of each rate (money ones carry the currency mark), for the budget and the notes. */
export const rateFormat = (key: CostRateKey): string => RATE_FMT[key];

// ---------------------------------------------------------------- capacity (a sheet of each budget)

/**
 * Capacity layout: the assumptions (A–B: inputs finance may change; D–E: the
 * hiring rules the engine decided the classes with), RampTable (G, the class
 * ramp by month of tenure), CapacityTable (header row 21, one row per month:
 * required FTE and hires from the engine, every flow and cost a formula), and
 * under the months the year's rows: flows summed, stocks at their maximum and
 * their average.
 */
export const CAPACITY_SHEET = 'Capacity';
export const CAPACITY_HEADER_ROW = 21;
/** Header row of RampTable; its rows follow (at most CAPACITY_RAMP_MAX). */
export const RAMP_HEADER_ROW = 5;
/** Months of tenure the ramp table holds at most (a budget year: later months never reach a formula). */
export const CAPACITY_RAMP_MAX = 12;

/** @example capacityTotalRows(12) //=> { first: 22, last: 33, sum: 34, max: 35, mean: 36 } */
export const capacityTotalRows = (months: number): { first: number; last: number; sum: number; max: number; mean: number } => {
  const first = CAPACITY_HEADER_ROW + 1;
  const last = CAPACITY_HEADER_ROW + Math.max(months, 1);
  return { first, last, sum: last + 1, max: last + 2, mean: last + 3 };
};

/** One month of CapacityTable: engine figures by key, formulas by key. */
export interface CapacityRow {
  readonly month: string;
  readonly formulas: Readonly<Record<string, string>>;
  readonly figures: Readonly<Record<string, number>>;
}

/** How the year's rows treat a capacity column: flows summed; stocks at their maximum and average. */
export type CapacityAggregate = 'sum' | 'stock';

export type CapacityColumn = ColumnContract<CapacityRow> & { readonly key: string; readonly aggregate?: CapacityAggregate };

const capacityValue = (key: string, header: string, numFmt: string, aggregate?: CapacityAggregate): CapacityColumn =>
  ({ key, header, width: 11, numFmt, ...(aggregate ? { aggregate } : {}), value: (r) => num(r.figures[key]) });
const capacityFormula = (key: string, header: string, numFmt: string, aggregate?: CapacityAggregate): CapacityColumn =>
  ({ key, header, width: 12, numFmt, ...(aggregate ? { aggregate } : {}), value: (r) => formula(r.formulas[key], r.figures[key]) });

/** CapacityTable's columns: required FTE and hires are the engine's (results); the rest are formulas. */
export const CAPACITY_TABLE_COLUMNS: readonly CapacityColumn[] = [
  { key: 'month', header: 'Month', width: 10, numFmt: FMT.month, value: (r) => excelSerial(r.month) },
  capacityValue('required_fte', 'Required FTE', FMT.one, 'stock'),
  capacityValue('hires', 'Hires (joining)', FMT.int, 'sum'),
  capacityFormula('headcount', 'Headcount', FMT.one, 'stock'),
  capacityFormula('leavers', 'Leavers', FMT.one, 'sum'),
  capacityFormula('trainees', 'Trainees', FMT.one, 'stock'),
  capacityFormula('productive_fte', 'Productive FTE', FMT.one, 'stock'),
  capacityFormula('cover_fte', 'Over (+) / short (−) FTE', FMT.one),
  capacityFormula('trainee_cost', 'Trainee cost', FMT.money0, 'sum'),
  capacityFormula('recruiting_cost', 'Recruiting cost', FMT.money0, 'sum'),
  capacityFormula('hiring_cost', 'Hiring cost', FMT.money0, 'sum'),
];

export const CAPACITY_TABLE: TableContract<CapacityRow> = { name: 'CapacityTable', headerRow: CAPACITY_HEADER_ROW, firstColumn: 1, columns: CAPACITY_TABLE_COLUMNS };

/** One month of tenure of the class ramp. */
export interface RampRow {
  readonly tenure: number;
  readonly inClass: number;
  readonly unproductive: number;
}

export const RAMP_TABLE: TableContract<RampRow> = {
  name: 'RampTable',
  headerRow: RAMP_HEADER_ROW,
  firstColumn: 7,
  columns: [
    col('Month of tenure', 10, FMT.int, (r) => r.tenure),
    col('In class', 10, FMT.pct, (r) => r.inClass),
    col('Not yet productive', 12, FMT.pct, (r) => r.unproductive),
  ],
};

export const CAPACITY_SHEET_CONTRACT: SheetContract = {
  name: CAPACITY_SHEET,
  title: 'Capacity: headcount and hiring',
  subtitle: 'Required FTE and the classes (hires) are the engine’s figures (grey); headcount, leavers, trainees, productive FTE and their cost are formulas over the orange inputs: change attrition or a rate and every month follows.',
  frozenRows: CAPACITY_HEADER_ROW,
  orientation: 'landscape',
  printColumns: 'A:A',
  sections: [
    { address: 'A4', text: 'Assumptions (inputs)' },
    { address: 'D4', text: 'Hiring rules (engine)' },
    { address: 'G4', text: 'Class ramp (share of the month)' },
    { address: 'A19', text: 'Headcount by month' },
    {
      address: 'A20',
      note: true,
      text: 'Required FTE = the month’s paid hours ÷ full-time hours; hires decided by the engine (HiGHS, least cost) join on the first of the month. Headcount = last month’s − leavers + hires; leavers = headcount × attrition. Under the months: flows summed, stocks at their maximum and average.',
    },
  ],
  cells: [
    cell('StartHeadcount', 'Start headcount', 'B5', FMT.int, 'input'),
    cell('AttritionRate', 'Attrition a month', 'B6', FMT.pct, 'input'),
    cell('RecruitingCostPerHire', 'Recruiting per hire', 'B7', FMT.money, 'input'),
    cell('TrainingCostPerWeek', 'Training per trainee-week', 'B8', FMT.money, 'input'),
    cell('FtePerHead', 'FTE per head', 'B9', '0.000'),
    cell('FullTimeWeeklyHours', 'Full-time hours a week', 'B10', FMT.one),
    cell('HiringLeadWeeks', 'Hiring lead time (weeks)', 'E5', FMT.one),
    cell('TrainingWeeks', 'Training (weeks)', 'E6', FMT.one),
    cell('NestingWeeks', 'Nesting (weeks)', 'E7', FMT.one),
    cell('NestingProductivity', 'Nesting productivity', 'E8', FMT.pct),
    cell('ClassMin', 'Smallest class', 'E9', FMT.int),
    cell('ClassMax', 'Largest class', 'E10', FMT.int),
  ],
  tables: [RAMP_TABLE, CAPACITY_TABLE],
};

export const BUDGET_CONTRACT: TemplateContract = {
  template: 'budget',
  file: 'budget.xlsx',
  sheets: [
    {
      name: BUDGET_SHEET,
      title: 'Budget',
      subtitle: 'Every cost is a live formula over the drivers and the rates (orange cells): change a rate and every total follows.',
      frozenRows: BUDGET_HEADER_ROW,
      orientation: 'landscape',
      printColumns: 'A:A',
      sections: [
        { address: 'A4', text: 'Scenario (engine results)' },
        { address: 'D4', text: 'Rates (inputs)' },
        { address: 'H4', text: 'Committed service' },
        { address: 'K4', text: 'Plans compared' },
        { address: 'K13', text: 'Staff (schedule week, capacity)' },
        {
          address: 'A14',
          note: true,
          text: 'Scenario factors were applied by the engine (Erlang staffing, the schedule): they are results here, not inputs — change them in the wizard and run the plan again.',
        },
        { address: 'A18', text: 'Costs by month' },
        {
          address: 'A19',
          note: true,
          text: 'Drivers are the engine’s figures (grey); costs are formulas over them and the rates. Under the months: the year’s sum of flows and the maximum of stocks (agents, trunks, seats).',
        },
      ],
      cells: [
        cell('BudgetTitle', 'Plan', 'B3'),
        cell('Centre', 'Centre', 'B5'),
        cell('Scenario', 'Scenario', 'B6'),
        cell('Currency', 'Currency', 'B7'),
        cell('VolumeFactor', 'Volume factor', 'B8', FMT.factor),
        cell('SlTarget', 'SL objective', 'B9', FMT.pct),
        cell('TargetSeconds', 'Answer within (s)', 'B10', FMT.int),
        cell('AhtFactor', 'AHT factor', 'B11', FMT.factor),
        cell('ShrinkageFactor', 'Shrinkage factor', 'B12', FMT.factor),
        cell('RunAt', 'Run at', 'B13', FMT.dateTime),
        ...COST_RATE_FIELDS.map((f, i) => ({ ...cell(f.name, f.label, `E${5 + i}`, RATE_FMT[f.key], 'input'), unit: f.unit })),
        cell('CommittedServiceLevel', 'Service level', 'I5', FMT.pct),
        cell('CommittedAsa', 'ASA (s)', 'I6', FMT.one),
        cell('CommittedAbandonRate', 'Abandonment', 'I7', FMT.pct),
        cell('CommittedOccupancy', 'Occupancy', 'I8', FMT.pct),
        cell('TotalCost', 'Total cost', 'I9', FMT.money0, 'formula'),
        cell('CostPerCall', 'Cost per call', 'I10', FMT.money, 'formula'),
        cell('CostPerHandledMinute', 'Cost per handled minute', 'I11', FMT.money3, 'formula'),
        cell('LabourShare', 'Labour share', 'I12', FMT.pct, 'formula'),
        cell('ScheduleHeadcount', 'Headcount (roster)', 'N14', FMT.int),
        cell('ScheduleByContract', 'By contract', 'N15'),
        cell('ScheduleFte', 'FTE (schedule)', 'N16', FMT.one),
        cell('CapacityMaxHeadcount', 'Peak headcount (capacity)', 'N17', FMT.one, 'formula'),
        cell('CapacityHires', 'Hires in the year', 'N18', FMT.int, 'formula'),
      ],
      // CostTable first: its header row is the one repeated on every printed page
      tables: [COST_TABLE, PLANS_TABLE],
    },
    CAPACITY_SHEET_CONTRACT,
    notesSheet('Budget notes'),
  ],
};

export const TEMPLATE_CONTRACTS: Readonly<Record<TemplateName, TemplateContract>> = {
  forecast: FORECAST_CONTRACT,
  schedule: SCHEDULE_CONTRACT,
  budget: BUDGET_CONTRACT,
};

/** Column letters of a 1-based index. @example columnLetter(28) //=> 'AB' */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The sheets of a plan's template it writes: every sheet but those it omits.
 * @throws Error when the plan omits a sheet that is not an optional sheet of its template (SheetContract.optional)
 */
export function planSheets(plan: Pick<FillPlan, 'template' | 'omitSheets'>): readonly SheetContract[] {
  const sheets = TEMPLATE_CONTRACTS[plan.template].sheets;
  const omitted = new Set(plan.omitSheets ?? []);
  for (const name of omitted) if (!sheets.some((s) => s.name === name && s.optional)) throw new Error(`the ${plan.template} template has no optional sheet ${name}`);
  return sheets.filter((s) => !omitted.has(s.name));
}

/** The table contract named `table` in a template. */
export function findTable(contract: TemplateContract, table: string): { sheet: SheetContract; table: TableContract } | undefined {
  for (const sheet of contract.sheets) {
    const t = sheet.tables.find((x) => x.name === table);
    if (t) return { sheet, table: t };
  }
  return undefined;
}
