/** Reading history from the open workbook (Excel only): cell values become tab-separated text for the core's importer. */
const toText = (values: readonly (readonly unknown[])[]): string =>
  values.map((row) => row.map((v) => String(v ?? '').replace(/[\t\r\n]/g, ' ')).join('\t')).join('\n');

/** The selected range, with its header row. */
export async function readSelectedRange(): Promise<{ name: string; text: string }> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(['values', 'address']);
    await context.sync();
    return { name: range.address, text: toText(range.values) };
  });
}

/** A sheet's used range, by name. */
export async function readSheet(sheet: string): Promise<{ name: string; text: string }> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getUsedRange();
    range.load('values');
    await context.sync();
    return { name: sheet, text: toText(range.values) };
  });
}
