/**
 * Number formats that depend on the plan: money in its currency, months and
 * date-times in its language. The contract's formats hold placeholders
 * (CURRENCY_MARK, FMT.month, FMT.dateTime); these give the plan's own.
 */
import type { CellOperation, CellValue, TemplateName } from './fillPlan';
import { FMT, TEMPLATE_CONTRACTS, excelSerial, isMoneyFormat, moneyFormat } from './templateContract';
import type { TemplateLabels } from './templateLabels';

export interface PlanFormatContext {
  readonly currency: string;
  readonly labels: TemplateLabels;
}

/**
 * The plan's format for a contract format, or undefined when the template's format stands.
 * @example planFormat(FMT.money0, { currency: 'USD', labels }) //=> '"USD" #,##0'
 */
export function planFormat(numFmt: string | undefined, ctx: PlanFormatContext): string | undefined {
  if (numFmt === undefined) return undefined;
  if (isMoneyFormat(numFmt)) return moneyFormat(numFmt, ctx.currency);
  if (numFmt === FMT.month) return ctx.labels.formats.month;
  if (numFmt === FMT.dateTime) return ctx.labels.formats.dateTime;
  return undefined;
}

/**
 * A named-cell operation with the plan's format for the cell (when its contract format depends on the plan).
 * @example namedCell('budget', 'hourly_wage', 21.5, ctx) //=> { kind: 'cell', name: 'hourly_wage', value: 21.5, numFmt: '"EUR" #,##0.00' }
 */
export function namedCell(template: TemplateName, name: string, value: CellValue, ctx: PlanFormatContext): CellOperation {
  const contract = TEMPLATE_CONTRACTS[template].sheets.flatMap((s) => s.cells).find((c) => c.name === name);
  if (!contract) throw new Error(`${template} template has no named cell ${name}`);
  const numFmt = planFormat(contract.numFmt, ctx);
  return numFmt ? { kind: 'cell', name, value, numFmt } : { kind: 'cell', name, value };
}

/** The contract format of a named cell (for formulas written into it). */
export function namedCellFormat(template: TemplateName, name: string, ctx: PlanFormatContext): string | undefined {
  return planFormat(TEMPLATE_CONTRACTS[template].sheets.flatMap((s) => s.cells).find((c) => c.name === name)?.numFmt, ctx);
}

/**
 * A run time ('2026-03-01T08:15:00.000Z', an instant) as a local wall-clock
 * Excel serial in `timeZone` (IANA; the runtime's own when absent): a real
 * date cell the sheet formats as a date-time.
 */
export function localDateTime(iso: string, timeZone?: string): number | null {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  );
  return excelSerial(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`);
}
