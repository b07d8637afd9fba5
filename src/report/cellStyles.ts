/**
 * The looks of cells by role, as plain data (ARGB colours), shared by the
 * template builder and both executors so an input looks the same in every
 * output. Modelled on Excel's built-in cell styles:
 * - input: "Input" (light orange fill, blue-grey font, grey border), unlocked —
 *   a rate or assumption finance may change; at least one formula reads it;
 * - result: an engine figure (Erlang staffing, the schedule) a spreadsheet
 *   cannot recompute: grey fill, dark font, locked;
 * - formula: a live formula ("Calculation": grey fill, orange bold font), locked;
 * - total: a total row (bold, thin line above, double line below), locked;
 * - note: a small italic explanation.
 */
import type { CellStyleName } from './fillPlan';

export interface CellLook {
  readonly font: { readonly color: string; readonly bold?: boolean; readonly italic?: boolean; readonly size?: number };
  /** solid fill colour */
  readonly fill?: string;
  /** border colour of all four sides (thin) */
  readonly border?: string;
  /** the total row's lines: thin above, double below */
  readonly totalLines?: string;
  /** false: editable when the sheet is protected */
  readonly locked: boolean;
}

export const CELL_LOOKS: Readonly<Record<CellStyleName, CellLook>> = {
  input: { font: { color: 'FF3F3F76' }, fill: 'FFFFCC99', border: 'FF7F7F7F', locked: false },
  result: { font: { color: 'FF3F3F3F' }, fill: 'FFF2F2F2', border: 'FFBFBFBF', locked: true },
  formula: { font: { color: 'FFB35900', bold: true }, fill: 'FFF2F2F2', border: 'FFBFBFBF', locked: true },
  total: { font: { color: 'FF000000', bold: true }, totalLines: 'FF1F3864', locked: true },
  note: { font: { color: 'FF595959', italic: true, size: 9 }, locked: true },
};
