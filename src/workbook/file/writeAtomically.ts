/**
 * All-or-nothing output: every file is written to a temporary name in the
 * target folder, and only when all writes succeeded are they renamed into
 * place. On failure the temporaries are removed and nothing is left half-written.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

export interface OutputFile {
  /** file name inside `dir` (no folders) */
  readonly name: string;
  readonly bytes: Uint8Array | string;
}

export type WriteOutcome = { readonly ok: true; readonly written: readonly string[] } | { readonly ok: false; readonly message: string };

/**
 * @example await writeWorkbooksAtomically('out', [{ name: 'forecast.xlsx', bytes }]) //=> { ok: true, written: ['out/forecast.xlsx'] }
 */
export async function writeWorkbooksAtomically(dir: string, files: readonly OutputFile[]): Promise<WriteOutcome> {
  for (const f of files) {
    if (f.name === '' || /[\\/]/.test(f.name) || f.name === '.' || f.name === '..') return { ok: false, message: `not a plain file name: ${JSON.stringify(f.name)}` };
  }
  const stamp = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const temps: string[] = [];
  try {
    await fs.mkdir(dir, { recursive: true });
    for (const f of files) {
      const tmp = join(dir, `.${f.name}.${stamp}.tmp`);
      temps.push(tmp);
      await fs.writeFile(tmp, f.bytes, { flag: 'wx' });
    }
  } catch (e) {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true })));
    return { ok: false, message: `cannot write to ${dir}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const written: string[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      const target = join(dir, files[i].name);
      await fs.rename(temps[i], target);
      written.push(target);
    }
  } catch (e) {
    await Promise.all(temps.slice(written.length).map((t) => fs.rm(t, { force: true })));
    return { ok: false, message: `cannot rename into ${dir} after writing ${written.length} of ${files.length} files: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { ok: true, written };
}
