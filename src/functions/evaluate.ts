import { readNumber } from './argument';
import { type ArgumentValue, broadcast } from './broadcast';
import { type CellResult, type CellValue, isCellError, valueError } from './cellError';
import { type FunctionSpec, catalogById } from './catalog';
import { type FunctionMessages, messages } from './messages';
import { evaluateRange, rangeCatalogById } from './rangeFunctions';

/**
 * Evaluates one call of a catalogue function: reads each argument (with its
 * defaults, percent rule and bounds), broadcasts over ranges, and guarantees
 * that every cell is a finite number or an error with a message — an
 * exception inside never escapes as a bare #VALUE!. Errors are worded from
 * `msgs` (English by default; see messagesFor).
 */
export function evaluate(spec: FunctionSpec, args: readonly ArgumentValue[], msgs: FunctionMessages = messages): CellResult[][] {
  const names = spec.args.map((a) => a.name);
  const padded: ArgumentValue[] = spec.args.map((_, i) => args[i]);
  const read: (number | undefined)[] = new Array(spec.args.length);
  return broadcast(names, padded, (values: CellValue[]) => {
    for (let i = 0; i < spec.args.length; i += 1) {
      const value = readNumber(spec.args[i], values[i], msgs);
      if (isCellError(value)) return value;
      read[i] = value;
    }
    try {
      const result = spec.compute(read, msgs);
      if (typeof result === 'number' && !Number.isFinite(result)) {
        return valueError(msgs.resultTooLarge(spec.id)); // a safety net: the argument bounds keep results finite
      }
      return result;
    } catch (error) {
      return valueError(msgs.internal(error instanceof Error ? error.message : String(error)));
    }
  }, msgs);
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
