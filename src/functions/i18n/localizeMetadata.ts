/**
 * A localized custom-functions metadata file from the English one (the
 * functions.json the metadata plugin generates) and a translation table:
 * same functions in the same order, same ids, same `name`s (the English ids,
 * so a formula typed in one language works in every other), same parameter
 * names, order, types and optionality; only the descriptions change. Fails
 * loudly when the table misses or invents a function or an argument, so the
 * build stops instead of shipping English help in a zh-CN file.
 */

/** Per function id: its description and per-argument descriptions, in the target language. */
export type MetadataTranslation = Readonly<
  Record<string, { readonly description: string; readonly parameters: Readonly<Record<string, string>> }>
>;

export interface MetadataParameter {
  readonly name: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

export interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly MetadataParameter[];
  readonly [key: string]: unknown;
}

export interface FunctionsMetadata {
  readonly functions: readonly MetadataFunction[];
  readonly [key: string]: unknown;
}

/** Everything in which `table` does not match `metadata` (missing, extra or empty entries). */
export function translationProblems(metadata: FunctionsMetadata, table: MetadataTranslation): string[] {
  const problems: string[] = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`${id}: translated but not a function`);
  for (const f of metadata.functions) {
    const t = table[f.id];
    if (!t) {
      problems.push(`${f.id}: no translation`);
      continue;
    }
    if (t.description.trim() === '') problems.push(`${f.id}: empty description`);
    const names = new Set(f.parameters.map((p) => p.name));
    for (const p of f.parameters) if (!t.parameters[p.name]?.trim()) problems.push(`${f.id}(${p.name}): no translation`);
    for (const name of Object.keys(t.parameters)) if (!names.has(name)) problems.push(`${f.id}(${name}): translated but not an argument`);
  }
  return problems;
}

/**
 * @throws Error listing every problem when the table does not cover the metadata exactly
 * @example localizeMetadata(en, FUNCTIONS_ZH_CN).functions[0].description //=> '来电需要等待的概率…'
 */
export function localizeMetadata(metadata: FunctionsMetadata, table: MetadataTranslation): FunctionsMetadata {
  const problems = translationProblems(metadata, table);
  if (problems.length > 0) throw new Error(`the translation does not match functions.json:\n  ${problems.join('\n  ')}`);
  return {
    ...metadata,
    functions: metadata.functions.map((f) => ({
      ...f,
      description: table[f.id].description,
      parameters: f.parameters.map((p) => ({ ...p, description: table[f.id].parameters[p.name] })),
    })),
  };
}
