/**
 * The shape of one language's engine texts: a sentence per note code, a
 * problem and action per import issue kind, the import report's framing, and
 * the names of the engine's codes (methods, statuses…). Every language's
 * table has this type, so a code without a text fails to compile.
 */
import type { CostCategoryId } from '../cost/costCategories';
import type { MethodName } from '../forecast/methods/index';
import type { RepairMethod } from '../forecast/repair';
import type { ScheduleStatus } from '../schedule/types';
import type { ColumnField } from '../workload/columnMapping';
import type { IssueKind, IssueParams, Severity } from '../workload/validationReport';
import type { NoteCode, NoteParams } from './note';
import type { NoteFormat } from './plainFormat';

export type NoteTexts = { readonly [C in NoteCode]: (params: NoteParams[C], f: NoteFormat) => string };

export type IssueTexts = {
  readonly [K in IssueKind]: {
    problem(params: IssueParams[K], f: NoteFormat): string;
    action(params: IssueParams[K], f: NoteFormat): string;
  };
};

/** The lines around the issues of an import report. */
export interface ReportTexts {
  counts(read: number, used: number, skipped: number, f: NoteFormat): string;
  note(text: string): string;
  /** more issues of a kind than listed */
  capped(kind: IssueKind, count: number, listed: number, f: NoteFormat): string;
  /** row 0 is the whole file */
  issue(severity: Severity, row: number, column: string | undefined, problem: string, action: string): string;
}

/** Names of the engine's codes, as a planner reads them (the wizard's catalogues use these too). */
export interface Terms {
  readonly methods: Readonly<Record<MethodName, string>>;
  readonly repairs: Readonly<Record<RepairMethod, string>>;
  readonly statuses: Readonly<Record<ScheduleStatus, string>>;
  readonly columnFields: Readonly<Record<ColumnField, string>>;
  readonly costCategories: Readonly<Record<CostCategoryId, string>>;
  /** an import finding's kind, as a heading over its examples */
  readonly issueKinds: Readonly<Record<IssueKind, string>>;
  /** 0 = Sunday */
  readonly weekdays: readonly string[];
}

/** A failure's place in the plan, as a prefix ('scenario high: '). */
export interface WhereTexts {
  file(name: string): string;
  scenario(name: string): string;
  team(name: string): string;
  month(month: string): string;
  date(date: string, f: NoteFormat): string;
}

export interface EngineTexts {
  readonly notes: NoteTexts;
  readonly where: WhereTexts;
  readonly issues: IssueTexts;
  readonly report: ReportTexts;
  readonly terms: Terms;
}
