/**
 * All-or-nothing output: the set of files in the output folder changes at once
 * or not at all, under any fault — a failed write, a rename that cannot be
 * done, or the process killed at any instant.
 *
 * How (POSIX): the output folder `out` is a symbolic link to one complete set,
 * kept beside it in a hidden store, `.<out>.ninestep/run-<id>/`. A run writes
 * its whole set into a fresh `run-<id>`, makes a link `link-<id>` to it, and
 * renames the link over `out` — one rename(2), which is atomic: whoever opens
 * `out/` sees the old set or the new one, never a mix. Then the old set is
 * removed. Folders and links a killed run leaves in the store are removed at
 * the start of the next run (`prepareOutputFolder`); a swap it left half done
 * is finished then.
 *
 * A folder made by an earlier version (a real directory holding only NineStep's
 * files) is moved into the store once, on the first run; `out` is missing for
 * the instant between two renames, and a run killed there is completed by the
 * next. `out` belongs to NineStep: a folder holding anything else is refused
 * before any work, naming what is in the way, since it is replaced as a whole.
 * One run per output folder at a time.
 */
import { constants, type Dirent, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface OutputFile {
  /** file name inside `dir` (no folders) */
  readonly name: string;
  readonly bytes: Uint8Array | string;
}

export type WriteOutcome = { readonly ok: true; readonly written: readonly string[] } | { readonly ok: false; readonly message: string };
type Checked = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** The names NineStep writes into an output folder (and the `.…tmp` files of its earlier versions). */
const OWN_NAME = /^(forecast\.xlsx|schedule\.xlsx|plan\.json|budget-[a-z][a-z0-9-]*\.xlsx|\..+\.tmp)$/;

/** The hidden store beside `out` that holds the sets: `<parent>/.<name>.ninestep`. */
export const storeOf = (out: string): string => join(dirname(out), `.${basename(out)}.ninestep`);

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const lstatOf = (path: string) => fs.lstat(path).catch(() => undefined);
const entriesOf = (dir: string): Promise<Dirent[]> => fs.readdir(dir, { withFileTypes: true }).catch(() => []);
/** A new id that sorts after every earlier one (time first). */
const newId = (): string => `${Date.now().toString(36).padStart(9, '0')}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

/** The store entry `out` links to, when `out` is one of our links. */
async function currentSet(out: string): Promise<string | undefined> {
  const target = await fs.readlink(out).catch(() => undefined);
  const prefix = `${basename(storeOf(out))}/`;
  return target?.startsWith(prefix) ? target.slice(prefix.length) : undefined;
}

/** Finishes a swap a killed run left half done, then removes every store entry but the current set. */
async function recover(out: string): Promise<void> {
  const store = storeOf(out);
  const entries = (await entriesOf(store)).map((e) => e.name).sort();
  const links = entries.filter((e) => e.startsWith('link-'));
  if (!(await lstatOf(out)) && links.length > 0) await fs.rename(join(store, links[links.length - 1]), out);
  const current = await currentSet(out);
  for (const name of entries) if (name !== current) await fs.rm(join(store, name), { recursive: true, force: true });
  if (current === undefined) await fs.rmdir(store).catch(() => undefined);
}

/** Why `out` cannot be replaced by a new set, if it cannot: it holds things NineStep did not write, or is not a folder. */
async function inspect(out: string): Promise<Checked> {
  const stat = await lstatOf(out);
  if (!stat) return { ok: true };
  let folder = out;
  if (stat.isSymbolicLink()) {
    const current = await currentSet(out);
    if (current === undefined) return { ok: false, message: `${out} is a link NineStep did not make; choose another output folder` };
    folder = join(storeOf(out), current);
  } else if (!stat.isDirectory()) {
    return { ok: false, message: `${out} is a file, not a folder` };
  }
  const foreign = (await entriesOf(folder)).filter((e) => !(e.isFile() && OWN_NAME.test(e.name))).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
  if (foreign.length === 0) return { ok: true };
  const listed = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, … (${foreign.length} in all)` : '');
  return { ok: false, message: `the output folder ${out} holds ${listed}, which NineStep did not write; the folder is replaced as a whole by each plan, so move them or choose another folder` };
}

/**
 * Before any work: cleans what earlier killed runs left (finishing a half-done
 * swap), and checks that `out` can take a new set and its parent is writable.
 *
 * @example await prepareOutputFolder('/tmp/out') //=> { ok: true }
 */
export async function prepareOutputFolder(out: string): Promise<Checked> {
  try {
    await fs.mkdir(dirname(out), { recursive: true });
    await fs.access(dirname(out), constants.W_OK);
    await recover(out);
  } catch (e) {
    return { ok: false, message: `cannot write to the output folder ${out}: ${errorText(e)}` };
  }
  return inspect(out);
}

/**
 * Replaces the set of files in `out` with `files`, all at once (see the module
 * comment). On failure `out` is as it was and the message says why.
 *
 * @example await writeWorkbooksAtomically('out', [{ name: 'forecast.xlsx', bytes }]) //=> { ok: true, written: ['out/forecast.xlsx'] }
 */
/** Removes what a failed run made; a path that cannot even be looked at (a file where a folder should be) leaves nothing to remove. */
async function discard(...paths: string[]): Promise<void> {
  for (const p of paths) await fs.rm(p, { recursive: true, force: true }).catch(() => undefined);
}

export async function writeWorkbooksAtomically(out: string, files: readonly OutputFile[]): Promise<WriteOutcome> {
  const unchanged = `; ${out} was not changed`;
  for (const f of files) {
    if (!OWN_NAME.test(f.name) || f.name.startsWith('.')) return { ok: false, message: `not an output file name: ${JSON.stringify(f.name)}${unchanged}` };
  }
  const checked = await inspect(out);
  if (!checked.ok) return { ok: false, message: `${checked.message}${unchanged}` };
  const store = storeOf(out);
  const id = newId();
  const set = join(store, `run-${id}`);
  const link = join(store, `link-${id}`);
  try {
    await fs.mkdir(set, { recursive: true });
    for (const f of files) await fs.writeFile(join(set, f.name), f.bytes, { flag: 'wx' });
    await fs.symlink(join(basename(store), `run-${id}`), link, 'dir');
  } catch (e) {
    await discard(set, link);
    return { ok: false, message: `cannot write the plan's files: ${errorText(e)}${unchanged}` };
  }
  const aside = join(store, `old-${id}`);
  let movedAside = false;
  try {
    if ((await lstatOf(out))?.isDirectory()) {
      await fs.rename(out, aside);
      movedAside = true;
    }
    await fs.rename(link, out);
  } catch (e) {
    if (movedAside) await fs.rename(aside, out).catch(() => undefined);
    await discard(set, link);
    return { ok: false, message: `cannot put the new files in place: ${errorText(e)}${unchanged}` };
  }
  await recover(out).catch(() => undefined);
  return { ok: true, written: files.map((f) => join(out, f.name)) };
}
