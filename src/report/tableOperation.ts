/** A table operation from a table's contract: its header captions in the plan's language, each row's values by the columns' accessors, and the plan's number formats (currency, months). */
import type { CellFormat, TableCellValue, TableOperation, TemplateName } from './fillPlan';
import { tableHeaders } from './labelOperations';
import { planFormat, type PlanFormatContext } from './planFormats';
import { TEMPLATE_CONTRACTS, findTable, type TableContract, type ValueLabels } from './templateContract';

/** The values of `rows` as the table's columns write them. */
export const tableValues = <Row>(table: TableContract<Row>, rows: readonly Row[], labels: ValueLabels): TableCellValue[][] =>
  rows.map((r) => table.columns.map((c) => c.value(r, labels)));

/** @example tableOperation('schedule', DAYS_TABLE, result.schedule.days, { currency: 'USD', labels }).table //=> 'DaysTable' */
export function tableOperation<Row>(
  template: TemplateName,
  table: TableContract<Row>,
  rows: readonly Row[],
  ctx: PlanFormatContext,
  extraFormats: readonly CellFormat[] = [],
): TableOperation {
  const found = findTable(TEMPLATE_CONTRACTS[template], table.name);
  if (!found) throw new Error(`${template} template has no table ${table.name}`);
  const formats: CellFormat[] = table.columns.flatMap((c, column) => {
    const numFmt = planFormat(c.numFmt, ctx);
    return numFmt ? [{ column, numFmt }] : [];
  });
  formats.push(...extraFormats);
  return {
    kind: 'table',
    sheet: found.sheet.name,
    table: table.name,
    ...tableHeaders(template, table.name, ctx.labels),
    rows: tableValues(table, rows, ctx.labels),
    ...(formats.length ? { formats } : {}),
  };
}
