import { useMemo } from 'react';
import { looksLikeCallRecords } from '../../../core/plan/loadHistory';
import { COLUMN_FIELDS, type ColumnField, type ColumnOverride } from '../../../core/workload/columnMapping';
import { tableColumns } from '../../../core/workload/tableColumns';

export interface MappingRow {
  field: ColumnField;
  /** the user's choice, '' when the column is detected */
  chosen: string;
  /** what detection alone finds for this field */
  detected: string | undefined;
}

/**
 * The column-mapping editor's rows for an interval table's text: the fields an import
 * needs (date and interval start, or date-time; calls), every field detected, and every
 * field the user mapped, each with the header it is read from. Undefined for per-call
 * records or a text without a header.
 */
export function useColumnMapping(text: string | undefined, format: 'auto' | 'intervals' | 'acd', columns: ColumnOverride) {
  return useMemo(() => {
    if (text === undefined || format === 'acd' || (format === 'auto' && looksLikeCallRecords(text))) return undefined;
    const detected = tableColumns(text);
    if (detected.header.length === 0) return undefined;
    const mapped = tableColumns(text, columns).mapping;
    const needed: ColumnField[] = mapped.datetime !== undefined ? ['datetime', 'offered'] : ['date', 'start', 'offered'];
    const shown = COLUMN_FIELDS.filter((f) => needed.includes(f) || mapped[f] !== undefined || columns[f] !== undefined);
    const rows: MappingRow[] = shown.map((field) => ({ field, chosen: typeof columns[field] === 'string' ? (columns[field] as string) : '', detected: detected.mapping[field] }));
    return { header: detected.header, rows };
  }, [text, format, columns]);
}
