import { readNumber } from './argument';
import { type ArgumentValue, broadcast } from './broadcast';
import { type CellResult, type CellValue, valueError } from './cellError';
import { type FunctionSpec, catalogById } from './catalog';
import { type FunctionMessages, messages } from './messages';
import { evaluateRange, rangeCatalogById } from './rangeFunctions';

/** The argument names of each spec, computed once (broadcast names ranges by them). */
const argumentNames = new WeakMap<FunctionSpec, readonly string[]>();
const namesOf = (spec: FunctionSpec): readonly string[] => {
  let names = argumentNames.get(spec);
  if (!names) argumentNames.set(spec, (names = spec.args.map((a) => a.name)));
  return names;
};

/** A range that is more than one cell (a 1×1 range is a single value). */
const isSpread = (value: ArgumentValue): boolean =>
  Array.isArray(value) && !(value.length === 1 && value[0].length === 1);

/**
 * One cell: reads each argument (with its defaults, percent rule and bounds)
 * into `read` and computes. Every cell is a finite number or an error with a
 * message — an exception inside never escapes as a bare #VALUE!.
 */
function cellOf(spec: FunctionSpec, values: readonly CellValue[], read: (number | undefined)[], msgs: FunctionMessages): CellResult {
  const specs = spec.args;
  for (let i = 0; i < specs.length; i += 1) {
    const value = readNumber(specs[i], values[i], msgs);
    if (typeof value === 'object') return value;
    read[i] = value;
  }
  try {
    const result = spec.compute(read, msgs);
    // A safety net: the argument bounds keep results finite.
    if (typeof result === 'number' && !Number.isFinite(result)) return valueError(msgs.resultTooLarge(spec.id));
    return result;
  } catch (error) {
    return valueError(msgs.internal(error instanceof Error ? error.message : String(error)));
  }
}

/**
 * Evaluates one call of a catalogue function: reads each argument, broadcasts
 * over ranges, and returns the result matrix (1×1 unless a range spills).
 * Errors are worded from `msgs` (English by default; see messagesFor). A call
 * with single values only (the common cell) skips broadcasting.
 */
export function evaluate(spec: FunctionSpec, args: readonly ArgumentValue[], msgs: FunctionMessages = messages): CellResult[][] {
  const count = spec.args.length;
  const read: (number | undefined)[] = new Array(count);
  let single = true;
  for (let i = 0; i < args.length && i < count; i += 1) {
    if (isSpread(args[i])) {
      single = false;
      break;
    }
  }
  if (single) {
    const values: CellValue[] = new Array(count);
    for (let i = 0; i < count; i += 1) {
      const arg = args[i];
      values[i] = Array.isArray(arg) ? arg[0][0] : arg;
    }
    return [[cellOf(spec, values, read, msgs)]];
  }
  const padded: ArgumentValue[] = spec.args.map((_, i) => args[i]);
  return broadcast(namesOf(spec), padded, (values: CellValue[]) => cellOf(spec, values, read, msgs), msgs);
}

/** Evaluates a call by function name (as typed, with or without `WFM.`), checking the argument count. */
export function evaluateByName(name: string, args: readonly ArgumentValue[], msgs: FunctionMessages = messages): CellResult[][] {
  const id = name.toUpperCase().replace(/^WFM\./, '');
  const spec = catalogById.get(id);
  const rangeSpec = rangeCatalogById.get(id);
  if (!spec && !rangeSpec) {
    return [[valueError(msgs.unknownFunction(name, [...catalogById.keys(), ...rangeCatalogById.keys()]))]];
  }
  const optional = spec
    ? spec.args.map((a) => Boolean(a.optional))
    : rangeSpec!.args.map((a) => a.kind === 'choice' || (a.kind === 'number' && Boolean(a.spec.optional)));
  const required = optional.filter((o) => !o).length;
  if (args.length < required || args.length > optional.length) {
    return [[valueError(msgs.argumentCount(id, required, optional.length, args.length))]];
  }
  return spec ? evaluate(spec, args, msgs) : evaluateRange(rangeSpec!, args, msgs);
}
