import type { CellResult } from '../functions/cellError';
import { evaluateByName } from '../functions/evaluate';
import { type FunctionMessages, messages } from '../functions/messages';
import { FormulaSyntaxError, parseCall } from './formulaParser';

/** A cell as `calc` prints it: shortest round-trip number, or `CODE message`. */
export function formatCell(cell: CellResult): string {
  return typeof cell === 'number' ? String(cell) : `${cell.error} ${cell.message}`;
}

/** Rows on lines, columns separated by tabs. */
export function formatMatrix(cells: CellResult[][]): string {
  return cells.map((row) => row.map(formatCell).join('\t')).join('\n');
}

/** Parses, evaluates and formats one typed call; syntax errors print as #VALUE!. Errors are worded from `msgs` (English by default). */
export function formatCall(text: string, msgs: FunctionMessages = messages): string {
  try {
    const call = parseCall(text);
    return formatMatrix(evaluateByName(call.name, call.args, msgs));
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return `#VALUE! ${error.message}`;
    throw error;
  }
}
