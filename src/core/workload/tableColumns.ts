/**
 * Which column of an interval table's text holds what, read from its header row alone:
 * what the wizard's column-mapping editor shows, even for a file that does not import yet.
 */
import { type ColumnField, type ColumnOverride, detectColumns } from './columnMapping';
import { parseDelimitedText } from './delimitedText';

export interface TableColumns {
  /** The header row as in the file (Chinese and all), '' for an unnamed column. */
  header: string[];
  /** Field → header name of the column it is read from (detected, or the user's override). */
  mapping: Partial<Record<ColumnField, string>>;
  /** Overrides naming a header the file does not have, as "field → name". */
  unknownOverrides: string[];
}

/**
 * Reads the first non-blank line of a CSV/TSV text as its header and maps the fields.
 * @example tableColumns('日期,时段,来电量\n2024-01-02,09:00,12').mapping //=> { date: '日期', start: '时段', offered: '来电量' }
 */
export function tableColumns(text: string, override: ColumnOverride = {}): TableColumns {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { header: [], mapping: {}, unknownOverrides: [] };
  // the header and the line after it, so the delimiter is guessed as for the whole file
  const header = (parseDelimitedText(lines.slice(first, first + 2).join('\n'))[0] ?? []).map((c) => c.trim());
  const detected = detectColumns(header, override);
  const mapping: Partial<Record<ColumnField, string>> = {};
  for (const [field, index] of Object.entries(detected.mapping) as [ColumnField, number][]) mapping[field] = header[index];
  return { header, mapping, unknownOverrides: detected.unknownOverrides };
}
