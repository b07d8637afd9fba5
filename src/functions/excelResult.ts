import type { CellResult } from './cellError';

/**
 * Turns a result matrix into what a custom function returns to Excel:
 * numbers stay numbers, errors become `CustomFunctions.Error` with their
 * message (#VALUE! → invalidValue, #N/A → notAvailable). A 1×1 result shows in
 * one cell; a larger one spills.
 */
export function toExcel(cells: CellResult[][]): (number | CustomFunctions.Error)[][] {
  return cells.map((row) =>
    row.map((cell) => {
      if (typeof cell === 'number') return cell;
      const code =
        cell.error === '#N/A' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
      return new CustomFunctions.Error(code, cell.message);
    }),
  );
}
