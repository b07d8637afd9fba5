/**
 * Workload data (planning-guide.md step 2): the interval data model, importers, per-call
 * aggregation, validation reports, presentation (totals and shares), measured SL, patience.
 */
export type { IntervalRecord, AdditiveField } from './intervalRecord';
export { averageHandleTime, ADDITIVE_FIELDS } from './intervalRecord';
export type { IssueKind, IssueParams, ValidationIssue, ValidationReport, Severity } from './validationReport';
export { ReportBuilder } from './validationReport';
export type { ColumnField, ColumnMapping, ColumnOverride } from './columnMapping';
export { COLUMN_FIELDS, detectColumns, normaliseHeader } from './columnMapping';
export type { TableColumns } from './tableColumns';
export { tableColumns } from './tableColumns';
export type { IntervalImport, IntervalImportOptions } from './intervalTable';
export { importIntervalText, importIntervalRows, detectIntervalMinutes } from './intervalTable';
export { parseDelimitedText } from './delimitedText';
export type { AcdField, AcdOptions, AcdSummary, AcdImport } from './acdRecords';
export { AcdAggregator, importAcdText } from './acdRecords';
export type { ServiceLevelMethod } from './measuredServiceLevel';
export { measuredServiceLevel, SERVICE_LEVEL_METHODS } from './measuredServiceLevel';
export type { PatienceEstimate } from './patience';
export { estimatePatience } from './patience';
export type { TotalsLevel, TotalRow } from './totals';
export { totalsBy } from './totals';
export { monthShareOfYear, weekdayIndex, intervalShareOfDay, readHistoryArrays } from './shares';
export type { DateFormat, DayMonthOrder, ParsedDate } from './parseDate';
export { parseDate, detectDayMonthOrder } from './parseDate';
export { parseTime } from './parseTime';
export { parseNumber } from './parseNumber';
