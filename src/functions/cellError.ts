/** What a cell shows for a failure: Excel displays a message only for #VALUE! and #N/A. */
export type CellErrorCode = '#VALUE!' | '#N/A';

/** A cell error with its message (shown in Excel, printed by `calc`). */
export interface CellError {
  readonly error: CellErrorCode;
  readonly message: string;
}

/** One cell of a result: a plain finite number or an error. */
export type CellResult = number | CellError;

/** A value as it arrives from a cell, an array constant or the CLI parser. */
export type CellValue = number | string | boolean | null | undefined;

export const valueError = (message: string): CellError => ({ error: '#VALUE!', message });

export const notAvailable = (message: string): CellError => ({ error: '#N/A', message });

export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value && 'message' in value;
}
