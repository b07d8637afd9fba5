/**
 * The templates' visible words in each language: sheet titles, subtitles,
 * section headings, named-cell captions and units, table header captions,
 * and the few words the fill plans write into data (weekdays, "Off", the
 * budget's title). One template set serves every language: the templates
 * hold the English text, and a fill plan writes these captions over it
 * (label operations and table captions), so the contract's sheet, table,
 * column and cell names never change with the language.
 *
 * English is read from the contract itself (one source); zh-CN lives in
 * templateLabels.zh-CN.ts and uses the glossary's terms; localeLabels.ts
 * picks a language's table.
 */
import type { Note } from '../core/notes/note';
import { renderNote } from '../core/notes/render';
import { textsEn } from '../core/notes/texts.en';
import { TEMPLATE_CONTRACTS, type SheetContract } from './templateContract';

export interface SheetLabels {
  readonly title: string;
  readonly subtitle: string;
  /** section heading text by its address ('A3') */
  readonly sections: Readonly<Record<string, string>>;
  /** caption of each named cell (written in the cell to its left), by cell name */
  readonly cells: Readonly<Record<string, string>>;
  /** unit shown right of a named cell (budget rates), by cell name */
  readonly units: Readonly<Record<string, string>>;
}

/** A scenario's figures, for naming the default plans in another language. */
export interface ScenarioFigures {
  readonly id: string;
  readonly label: string;
  readonly volumeFactor: number;
  readonly slTarget: number;
  readonly targetSeconds: number;
}

export interface TemplateLabels {
  /** by sheet name (the contract's, which does not change) */
  readonly sheets: Readonly<Record<string, SheetLabels>>;
  /** header captions by table name, in the contract's column order */
  readonly columns: Readonly<Record<string, readonly string[]>>;
  /** the name each sheet shows, by the contract's sheet name */
  readonly sheetNames: Readonly<Record<string, string>>;
  /** a sheet's printed footer (Excel codes: &P page, &N pages) */
  readonly footer: (sheetCaption: string) => string;
  /** number formats that follow the language: a month ('Jan 2026'), a date-time */
  readonly formats: { readonly month: string; readonly dateTime: string };
  /** captions of the budget's year rows: flows summed, stocks at their maximum */
  readonly yearSum: string;
  readonly yearMax: string;
  /** the Capacity sheet's third year row: stocks at their average */
  readonly yearMean: string;
  /** the SL measurement method (1–4) and its formula, e.g. '3: Aw / (A + B): every abandon counts as missed' */
  readonly slMethod: (method: 1 | 2 | 3 | 4, formula: string) => string;
  /** the staffing model's name ('Erlang C') */
  readonly model: (name: string) => string;
  /** an agent's name as the engine gives it ('Agent 12') */
  readonly agent: (name: string) => string;
  /** a queue's channel ('voice', 'chat') */
  readonly channel: (channel: 'voice' | 'chat') => string;
  /** how a skill group's free agent picks its next caller ('priority', 'longestWaiting') */
  readonly selection: (selection: 'priority' | 'longestWaiting') => string;
  /** the notes sheet's words */
  readonly notes: NotesLabels;
  /** a roster day without a shift */
  readonly off: string;
  /** a roster day that is a paid holiday */
  readonly holiday: string;
  /** a weekday as the engine names it ('Mon' or 'Monday') in this language */
  readonly weekday: (english: string) => string;
  /** a forecast method by its code ('calendar-regression'); English keeps the code a user types */
  readonly method: (code: string) => string;
  /** the solver's status ('optimal', 'time-limit'…) */
  readonly status: (code: string) => string;
  /** an engine note (the budget question's answer…) in this language */
  readonly note: (n: Note) => string;
  /** the budget sheet's title line */
  readonly budgetTitle: (scenario: string, centre: string) => string;
  /** the name shown for a scenario: a default plan's label is translated, a planner's own label is kept */
  readonly scenario: (s: ScenarioFigures) => string;
  /** the native charts' titles and axis titles (src/report/charts.ts) */
  readonly charts: ChartLabels;
  /** the budget summary's block on the promise checked (budgetPromiseBlock) */
  readonly promise: PromiseLabels;
}

/** Captions of the budget summary's promise block. */
export interface PromiseLabels {
  readonly heading: string;
  readonly committed: string;
  readonly simulated: string;
  readonly simulatedLow: string;
  readonly simulatedHigh: string;
  readonly belowTarget: string;
  readonly fewerCalls: string;
  readonly moreCalls: string;
  readonly odds: string;
  readonly extraHours: string;
  readonly extraCost: string;
}

/** Chart and axis titles; money axes name the plan's currency. */
export interface ChartLabels {
  readonly monthlyCalls: string;
  readonly monthlyCost: string;
  readonly coverage: string;
  readonly scenarios: string;
  readonly month: string;
  readonly calls: string;
  readonly interval: string;
  readonly agents: string;
  readonly committedSl: string;
  /** a money axis: 'Cost (USD)' */
  readonly cost: (currency: string) => string;
}

/** The words of the notes sheets (sections, items, and phrases built from values). */
export interface NotesLabels {
  readonly sections: {
    readonly forecast: string;
    readonly backtest: string;
    readonly anomalies: string;
    readonly notes: string;
    readonly service: string;
    readonly history: string;
    readonly shrinkage: string;
    readonly rates: string;
    readonly scenario: string;
    readonly schedule: string;
  };
  readonly items: Readonly<Record<
    | 'method' | 'from' | 'to' | 'totalCalls' | 'repairMethod' | 'slTarget' | 'targetSeconds' | 'slMethod' | 'model' | 'patience'
    | 'maxOccupancy' | 'targetLevel' | 'source' | 'days' | 'intervalMinutes' | 'measuredSl' | 'aht' | 'shrinkageTotal' | 'currency'
    | 'runAt' | 'volumeFactor' | 'ahtFactor' | 'shrinkageFactor' | 'scheduleStatus' | 'paidHours' | 'efficiency' | 'noAnomalies',
    string
  >>;
  /** a backtest line's detail: the other accuracy measures (fractions), words only around them */
  readonly backtest: (b: { mape?: number; bias?: number; hitRate?: number }) => string;
  /** an anomaly's item ('2025-03-04 09:30, high') and detail ('observed 412, expected 180, repaired to 180' / 'kept') */
  readonly anomalyItem: (a: { date: string; start?: string; kind: 'high' | 'low' }) => string;
  readonly anomalyDetail: (a: { observed: number; expected: number; score: number; accepted: boolean; overridden: boolean; repairedTo?: number }) => string;
  readonly targetLevel: (level: 'interval' | 'daily') => string;
  /** a shrinkage category by its code ('offPhone'); an unknown code is shown as it is */
  readonly shrinkage: (category: string) => string;
  readonly repair: (method: string) => string;
}

const sheetLabelsOf = (sheet: SheetContract): SheetLabels => ({
  title: sheet.title,
  subtitle: sheet.subtitle,
  sections: Object.fromEntries(sheet.sections.map((s) => [s.address, s.text])),
  cells: Object.fromEntries(sheet.cells.map((c) => [c.name, c.label])),
  units: Object.fromEntries(sheet.cells.flatMap((c) => (c.unit ? [[c.name, c.unit]] : []))),
});

const contracts = Object.values(TEMPLATE_CONTRACTS);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const whole = (x: number): string => Math.round(x).toLocaleString('en-US');

/** English: the contract's own text. */
export const templateLabelsEn: TemplateLabels = {
  sheets: Object.fromEntries(contracts.flatMap((c) => c.sheets.map((s) => [s.name, sheetLabelsOf(s)]))),
  columns: Object.fromEntries(contracts.flatMap((c) => c.sheets.flatMap((s) => s.tables.map((t) => [t.name, t.columns.map((col) => col.header)])))),
  sheetNames: Object.fromEntries(contracts.flatMap((c) => c.sheets.map((s) => [s.name, s.name]))),
  footer: (sheet) => `&L&8${sheet} — NineStep&R&8Page &P of &N`,
  formats: { month: 'mmm yyyy', dateTime: 'd mmm yyyy hh:mm' },
  yearSum: 'Year: total',
  yearMax: 'Year: max',
  yearMean: 'Year: average',
  slMethod: (method, formula) => `${method}: ${formula}`,
  model: (name) => name,
  agent: (name) => name,
  channel: (c) => (c === 'chat' ? 'Chat' : 'Voice'),
  selection: (s) => (s === 'longestWaiting' ? 'Longest waiting' : 'Priority'),
  notes: {
    sections: {
      forecast: 'Forecast',
      backtest: 'Backtest',
      anomalies: 'Anomalies',
      notes: 'Notes',
      service: 'Service',
      history: 'History',
      shrinkage: 'Shrinkage',
      rates: 'Rates',
      scenario: 'Scenario',
      schedule: 'Schedule',
    },
    items: {
      method: 'Method',
      from: 'From',
      to: 'To',
      totalCalls: 'Total calls',
      repairMethod: 'Anomaly repair',
      slTarget: 'SL objective',
      targetSeconds: 'Answer within (s)',
      slMethod: 'SL method',
      model: 'Staffing model',
      patience: 'Caller patience (s)',
      maxOccupancy: 'Occupancy cap',
      targetLevel: 'Objective applies to',
      source: 'Source',
      days: 'Days',
      intervalMinutes: 'Interval (min)',
      measuredSl: 'Measured SL',
      aht: 'AHT (s)',
      shrinkageTotal: 'Total shrinkage',
      currency: 'Currency',
      runAt: 'Run at',
      volumeFactor: 'Volume factor',
      ahtFactor: 'AHT factor',
      shrinkageFactor: 'Shrinkage factor',
      scheduleStatus: 'Solver status',
      paidHours: 'Paid hours (h)',
      efficiency: 'Efficiency',
      noAnomalies: 'none flagged',
    },
    backtest: (b) =>
      [
        b.mape === undefined ? '' : `MAPE ${pct(b.mape)}`,
        b.bias === undefined ? '' : `bias ${pct(b.bias)}`,
        b.hitRate === undefined ? '' : `hit rate ${pct(b.hitRate)}`,
      ].filter(Boolean).join(', '),
    anomalyItem: (a) => `${a.date}${a.start ? ` ${a.start}` : ''}, ${a.kind}`,
    anomalyDetail: (a) =>
      `observed ${whole(a.observed)}, expected ${whole(a.expected)} (score ${a.score.toFixed(1)}); ${
        a.accepted ? (a.repairedTo === undefined ? 'accepted, no comparable data to repair' : `repaired to ${whole(a.repairedTo)}`) : 'kept as observed'
      }${a.overridden ? ' (your decision)' : ''}`,
    targetLevel: (l) => (l === 'interval' ? 'every interval' : 'each day, call-weighted'),
    shrinkage: (c) =>
      ({ absence: 'Absence', leave: 'Leave', training: 'Training', meetings: 'Meetings', coaching: 'Coaching', breaks: 'Breaks', offPhone: 'Off-phone work', other: 'Other' })[c] ?? c,
    repair: (m) => textsEn.terms.repairs[m as keyof typeof textsEn.terms.repairs] ?? m,
  },
  off: 'Off',
  holiday: 'Holiday (paid)',
  weekday: (english) => english,
  method: (code) => code,
  status: (code) => code,
  note: (n) => renderNote(n, 'en'),
  budgetTitle: (scenario, centre) => `${scenario} plan — ${centre}`,
  scenario: (s) => s.label,
  promise: {
    heading: 'Promise checked (the schedule)',
    committed: 'Committed service level',
    simulated: 'Simulated service level',
    simulatedLow: 'Simulated: 95% low',
    simulatedHigh: 'Simulated: 95% high',
    belowTarget: 'Half-hours below target, simulated',
    fewerCalls: 'Service level at 10% fewer calls',
    moreCalls: 'Service level at 10% more calls',
    odds: 'Chance of meeting the target',
    extraHours: 'Paid hours a week above the requirement',
    extraCost: 'Cost of those hours a year',
  },
  charts: {
    monthlyCalls: 'Calls by month: history and forecast',
    monthlyCost: 'Cost by month and category',
    coverage: 'Required vs scheduled agents per interval',
    scenarios: 'Yearly cost against committed service level, by plan',
    month: 'Month',
    calls: 'Calls',
    interval: 'Interval',
    agents: 'Agents',
    committedSl: 'Committed service level',
    cost: (currency) => `Cost (${currency})`,
  },
};
