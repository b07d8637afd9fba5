/**
 * Which sheets NineStep owns: a workbook setting (ExcelApi 1.4) mapping each
 * sheet it wrote to the sheet's id and a content hash taken right after
 * writing. A sheet is ours to replace only if its id matches and its content
 * still hashes the same; otherwise the user is asked first.
 */
export const OWNERSHIP_SETTING = 'NineStep.ownedSheets';

export interface OwnedSheet {
  readonly id: string;
  readonly hash: string;
  readonly template: string;
  /** the name the sheet shows when it is not the contract's (a zh-CN plan: '预测') */
  readonly shown?: string;
}

export type Ownership = Record<string, OwnedSheet>;

/** FNV-1a (32-bit) of a sheet's formulas grid, as hex. @example contentHash([[1]]) //=> '…' */
export function contentHash(grid: readonly (readonly unknown[])[]): string {
  const s = JSON.stringify(grid);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export async function readOwnership(context: Excel.RequestContext): Promise<Ownership> {
  const setting = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
  setting.load('value');
  await context.sync();
  if (setting.isNullObject) return {};
  try {
    const parsed: unknown = typeof setting.value === 'string' ? JSON.parse(setting.value) : setting.value;
    return parsed && typeof parsed === 'object' ? (parsed as Ownership) : {};
  } catch {
    return {}; // an unreadable record owns nothing: every sheet is then confirmed with the user
  }
}

export function writeOwnership(context: Excel.RequestContext, owned: Ownership): void {
  context.workbook.settings.add(OWNERSHIP_SETTING, JSON.stringify(owned));
}

/** Hash of a sheet's used range, read in row blocks so no response exceeds the limits. */
export async function sheetHash(context: Excel.RequestContext, sheet: Excel.Worksheet, maxCells: number): Promise<string> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['rowCount', 'columnCount', 'rowIndex', 'columnIndex']);
  await context.sync();
  if (used.isNullObject) return contentHash([]);
  const rowsPer = Math.max(1, Math.floor(maxCells / Math.max(1, used.columnCount)));
  const grid: unknown[][] = [];
  for (let r = 0; r < used.rowCount; r += rowsPer) {
    const block = sheet.getRangeByIndexes(used.rowIndex + r, used.columnIndex, Math.min(rowsPer, used.rowCount - r), used.columnCount);
    block.load('formulas');
    await context.sync();
    grid.push(...(block.formulas as unknown[][]));
  }
  return contentHash([[used.rowIndex, used.columnIndex], ...grid]);
}
