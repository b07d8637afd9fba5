/** Headless LibreOffice for tests: recalculate written workbooks and read every computed value back. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export const SKIP = process.env.NINESTEP_SKIP_LIBREOFFICE === '1';
export const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0);

export const ERROR = /^(#(VALUE!|REF!|NAME\?|DIV\/0!|N\/A|NUM!|NULL!)|Err:\d+)/;

/** Converts every file to .xlsx in `out` with a private profile that recalculates OOXML on load. */
export function recalculate(files: string[], out: string, profile: string): void {
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, ...files], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}

/** Every cell's computed value on `sheet` (formula cells give their result), and every formula error of the workbook. */
export async function readValues(path: string, sheet = 'Budget'): Promise<{ ws: ExcelJS.Worksheet; value: (addr: string) => unknown; errors: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const errors: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        const r = v && typeof v === 'object' && 'formula' in (v as object) ? (v as { result?: unknown }).result : v;
        const shown = r && typeof r === 'object' && 'error' in (r as object) ? (r as { error: string }).error : r;
        if (typeof shown === 'string' && ERROR.test(shown)) errors.push(`${ws.name}!${cell.address}: ${shown}`);
      }),
    ),
  );
  const ws = wb.getWorksheet(sheet)!;
  const value = (addr: string): unknown => {
    const v = ws.getCell(addr).value as unknown;
    // LibreOffice saves repeated formulas as shared ones (exceljs: { sharedFormula, result })
    return v && typeof v === 'object' && ('formula' in (v as object) || 'sharedFormula' in (v as object)) ? (v as { result?: unknown }).result : v;
  };
  return { ws, value, errors };
}

