/** exceljs styles of the report's cell looks (src/report/cellStyles.ts). */
import type ExcelJS from 'exceljs';
import { CELL_LOOKS, type CellStyleName } from '../../report';

/** Gives `cell` the look of a role (font, fill, border, locked) keeping its number format and alignment. */
export function applyLook(cell: ExcelJS.Cell, name: CellStyleName): void {
  const look = CELL_LOOKS[name];
  cell.font = { name: 'Calibri', size: look.font.size ?? 10, color: { argb: look.font.color }, bold: look.font.bold ?? false, italic: look.font.italic ?? false };
  if (look.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } };
  if (look.border) {
    const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: look.border } };
    cell.border = { top: side, bottom: side, left: side, right: side };
  }
  if (look.totalLines) cell.border = { top: { style: 'thin', color: { argb: look.totalLines } }, bottom: { style: 'double', color: { argb: look.totalLines } } };
  cell.protection = { locked: look.locked };
}
