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
  /** caption of the budget's horizon-total row */
  readonly horizonTotal: string;
  /** a roster day without a shift */
  readonly off: string;
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
  readonly charts: { readonly coverage: string; readonly scenarios: string; readonly scenarioSeries: string };
}

const sheetLabelsOf = (sheet: SheetContract): SheetLabels => ({
  title: sheet.title,
  subtitle: sheet.subtitle,
  sections: Object.fromEntries(sheet.sections.map((s) => [s.address, s.text])),
  cells: Object.fromEntries(sheet.cells.map((c) => [c.name, c.label])),
  units: Object.fromEntries(sheet.cells.flatMap((c) => (c.unit ? [[c.name, c.unit]] : []))),
});

const contracts = Object.values(TEMPLATE_CONTRACTS);

/** English: the contract's own text. */
export const templateLabelsEn: TemplateLabels = {
  sheets: Object.fromEntries(contracts.flatMap((c) => c.sheets.map((s) => [s.name, sheetLabelsOf(s)]))),
  columns: Object.fromEntries(contracts.flatMap((c) => c.sheets.flatMap((s) => s.tables.map((t) => [t.name, t.columns.map((col) => col.header)])))),
  horizonTotal: 'Horizon total',
  off: 'Off',
  weekday: (english) => english,
  method: (code) => code,
  status: (code) => code,
  note: (n) => renderNote(n, 'en'),
  budgetTitle: (scenario, centre) => `${scenario} plan — ${centre}`,
  scenario: (s) => s.label,
  charts: {
    coverage: 'Required vs scheduled agents per interval',
    scenarios: 'Cost against committed service level',
    scenarioSeries: 'Scenarios',
  },
};
