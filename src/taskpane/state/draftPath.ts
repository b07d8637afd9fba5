/** A field's place in the plan draft, as the core's validator names it: "service.slTarget", "scenarios[0].label". */
export type FieldPath = string;

const keysOf = (path: FieldPath): (string | number)[] =>
  path.split(/\.|\[|\]/).filter((k) => k !== '').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** The value at `path`, or undefined. */
export function getIn(root: unknown, path: FieldPath): unknown {
  let node: unknown = root;
  for (const key of keysOf(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path` (objects and arrays along the way are copied, missing ones created); undefined deletes the key. */
export function setIn<T>(root: T, path: FieldPath, value: unknown): T {
  const keys = keysOf(path);
  const put = (node: unknown, i: number): unknown => {
    const key = keys[i];
    const copy: Record<string | number, unknown> = Array.isArray(node) ? [...node] as unknown as Record<number, unknown> : { ...(node as Record<string, unknown> | undefined) };
    if (i === keys.length - 1) {
      if (value === undefined && !Array.isArray(copy)) delete copy[key];
      else copy[key] = value;
    } else {
      const child = copy[key];
      copy[key] = put(child ?? (typeof keys[i + 1] === 'number' ? [] : {}), i + 1);
    }
    return copy;
  };
  return put(root, 0) as T;
}
