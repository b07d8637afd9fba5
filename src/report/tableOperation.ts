/** A table operation from a table's contract: its header captions in the plan's language, and each row's values by the columns' accessors. */
import type { TableCellValue, TableOperation, TemplateName } from './fillPlan';
import { tableHeaders } from './labelOperations';
import { TEMPLATE_CONTRACTS, findTable, type TableContract, type ValueLabels } from './templateContract';
import type { TemplateLabels } from './templateLabels';

/** The values of `rows` as the table's columns write them. */
export const tableValues = <Row>(table: TableContract<Row>, rows: readonly Row[], labels: ValueLabels): TableCellValue[][] =>
  rows.map((r) => table.columns.map((c) => c.value(r, labels)));

/** @example tableOperation('schedule', DAYS_TABLE, result.schedule.days, labels).table //=> 'DaysTable' */
export function tableOperation<Row>(template: TemplateName, table: TableContract<Row>, rows: readonly Row[], labels: TemplateLabels): TableOperation {
  const found = findTable(TEMPLATE_CONTRACTS[template], table.name);
  if (!found) throw new Error(`${template} template has no table ${table.name}`);
  return { kind: 'table', sheet: found.sheet.name, table: table.name, ...tableHeaders(template, table.name, labels), rows: tableValues(table, rows, labels) };
}
