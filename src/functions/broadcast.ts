import { type CellResult, type CellValue, valueError } from './cellError';
import { type FunctionMessages, messages } from './messages';

/** An argument as Excel passes it: a single value or a 2-D range / array constant. */
export type ArgumentValue = CellValue | CellValue[][];

const isMatrix = (value: ArgumentValue): value is CellValue[][] => Array.isArray(value);

const shapeOf = (matrix: CellValue[][]): string => `${matrix.length}×${matrix[0]?.length ?? 0}`;

/**
 * Applies `cell` element-wise over the arguments. Single values (and 1×1
 * ranges) broadcast against a range; two ranges of different shapes are one
 * #VALUE! error naming them. The result has the ranges' shape (1×1 if none).
 */
export function broadcast(
  names: readonly string[],
  args: readonly ArgumentValue[],
  cell: (values: CellValue[]) => CellResult,
  msgs: FunctionMessages = messages,
): CellResult[][] {
  let rows = 1;
  let columns = 1;
  let shapeOwner = -1;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (!isMatrix(arg) || (arg.length === 1 && arg[0].length === 1)) continue;
    if (shapeOwner < 0) {
      shapeOwner = i;
      rows = arg.length;
      columns = arg[0]?.length ?? 0;
    } else if (arg.length !== rows || (arg[0]?.length ?? 0) !== columns) {
      const owner = args[shapeOwner] as CellValue[][];
      return [[valueError(msgs.shapes(names[shapeOwner] ?? msgs.argumentAt(shapeOwner + 1), shapeOf(owner), names[i] ?? msgs.argumentAt(i + 1), shapeOf(arg)))]];
    }
  }
  // Single values (and 1×1 ranges) are read once; only the ranges change from cell to cell.
  const values: CellValue[] = new Array(args.length);
  const spread: number[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (!isMatrix(arg)) values[i] = arg;
    else if (arg.length === 1 && arg[0].length === 1) values[i] = arg[0][0];
    else spread.push(i);
  }
  const result: CellResult[][] = new Array(rows);
  for (let r = 0; r < rows; r += 1) {
    const row: CellResult[] = new Array(columns);
    for (let c = 0; c < columns; c += 1) {
      for (let k = 0; k < spread.length; k += 1) {
        const i = spread[k];
        values[i] = (args[i] as CellValue[][])[r][c];
      }
      row[c] = cell(values);
    }
    result[r] = row;
  }
  return result;
}
