import { forecastAccuracy } from '../core/forecast/accuracy';
import { intervalShareOfDay, monthShareOfYear, weekdayIndex } from '../core/workload/shares';
import { type NumberArgument, isEmpty, readNumber } from './argument';
import type { ArgumentValue } from './broadcast';
import { type CellResult, type CellValue, isCellError, notAvailable, valueError } from './cellError';
import { MAX_ANNUAL_CALLS } from './catalog';
import { type FunctionMessages, messages } from './messages';
import { cellOf } from './resultCell';

/**
 * Functions over whole history ranges (FORECAST_ACCURACY and the shares that
 * feed FORECAST_RATIO): their range arguments are read as one list each (row
 * by row), not broadcast, and the result is one cell.
 */
export type RangeArgument =
  | { readonly kind: 'range'; readonly name: string }
  | { readonly kind: 'number'; readonly spec: NumberArgument }
  | { readonly kind: 'choice'; readonly name: string; readonly allowed: readonly string[]; readonly default: string };

export interface RangeFunctionSpec {
  readonly id: string;
  readonly args: readonly RangeArgument[];
  readonly compute: (values: readonly (CellValue[] | number | string | undefined)[], msgs: FunctionMessages) => CellResult;
}

const flatten = (value: ArgumentValue): CellValue[] => (Array.isArray(value) ? value.flat() : [value]);


/** Pairs of actual/forecast values; rows where both are empty are skipped. */
function numberPairs(actual: CellValue[], forecast: CellValue[], msgs: FunctionMessages): { actual: number[]; forecast: number[] } | CellResult {
  if (actual.length !== forecast.length) return valueError(msgs.pairedLengths('actual', actual.length, 'forecast', forecast.length));
  const a: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < actual.length; i += 1) {
    if (isEmpty(actual[i]) && isEmpty(forecast[i])) continue;
    for (const [name, v] of [['actual', actual[i]], ['forecast', forecast[i]]] as const) {
      if (typeof v !== 'number' || !Number.isFinite(v)) return valueError(msgs.rangeValueNotNumber(name, i + 1, v));
      if (Math.abs(v) > MAX_ANNUAL_CALLS) return valueError(msgs.atMost(`${name} value ${i + 1}`, MAX_ANNUAL_CALLS, undefined, v));
    }
    a.push(actual[i] as number);
    f.push(forecast[i] as number);
  }
  if (a.length === 0) return notAvailable(msgs.noValues());
  return { actual: a, forecast: f };
}

const weekday: NumberArgument = { name: 'weekday', min: 1, max: 7, whole: true };

export const rangeCatalog: readonly RangeFunctionSpec[] = [
  {
    id: 'FORECAST_ACCURACY',
    args: [
      { kind: 'range', name: 'actual' },
      { kind: 'range', name: 'forecast' },
      { kind: 'choice', name: 'metric', allowed: ['MAPE', 'WMAPE', 'BIAS', 'HIT_RATE', 'R2'], default: 'MAPE' },
      { kind: 'number', spec: { name: 'tolerance', optional: { default: 0.1 }, percent: true, min: 0, max: 1 } },
    ],
    compute: ([actual, forecast, metric, tolerance], msgs) => {
      const pairs = numberPairs(actual as CellValue[], forecast as CellValue[], msgs);
      if (typeof pairs === 'number' || 'error' in pairs) return pairs;
      return cellOf(forecastAccuracy(pairs.actual, pairs.forecast, metric as 'MAPE', tolerance as number), msgs);
    },
  },
  {
    id: 'MONTH_SHARE',
    args: [
      { kind: 'range', name: 'dates' },
      { kind: 'range', name: 'calls' },
      { kind: 'number', spec: { name: 'month', min: 1, max: 12, whole: true } },
      { kind: 'number', spec: { name: 'year', optional: { default: undefined }, min: 1900, max: 9999, whole: true } },
    ],
    compute: ([dates, calls, month, year], msgs) =>
      cellOf(monthShareOfYear(dates as CellValue[], calls as CellValue[], month as number, year as number | undefined), msgs),
  },
  {
    id: 'WEEKDAY_INDEX',
    args: [{ kind: 'range', name: 'dates' }, { kind: 'range', name: 'calls' }, { kind: 'number', spec: weekday }],
    compute: ([dates, calls, day], msgs) => cellOf(weekdayIndex(dates as CellValue[], calls as CellValue[], day as number), msgs),
  },
  {
    id: 'INTERVAL_SHARE',
    args: [
      { kind: 'range', name: 'dates' },
      { kind: 'range', name: 'starts' },
      { kind: 'range', name: 'calls' },
      { kind: 'number', spec: { name: 'start', min: 0, max: 1440 } },
      { kind: 'number', spec: { ...weekday, optional: { default: undefined } } },
    ],
    compute: ([dates, starts, calls, start, day], msgs) =>
      cellOf(intervalShareOfDay(dates as CellValue[], starts as CellValue[], calls as CellValue[], start, day as number | undefined), msgs),
  },
];

export const rangeCatalogById: ReadonlyMap<string, RangeFunctionSpec> = new Map(rangeCatalog.map((s) => [s.id, s]));

/** Reads the arguments of a range function and computes its one cell; errors worded from `msgs`. */
export function evaluateRange(spec: RangeFunctionSpec, args: readonly ArgumentValue[], msgs: FunctionMessages = messages): CellResult[][] {
  const values: (CellValue[] | number | string | undefined)[] = [];
  for (let i = 0; i < spec.args.length; i += 1) {
    const arg = spec.args[i];
    const raw = args[i];
    if (arg.kind === 'range') {
      if (isEmpty(raw as CellValue) && !Array.isArray(raw)) return [[valueError(msgs.required(arg.name))]];
      values.push(flatten(raw));
      continue;
    }
    const single = Array.isArray(raw) ? (raw.length === 1 && raw[0].length === 1 ? raw[0][0] : undefined) : raw;
    if (Array.isArray(raw) && single === undefined) {
      const name = arg.kind === 'number' ? arg.spec.name : arg.name;
      return [[valueError(msgs.singleValue(name))]];
    }
    if (arg.kind === 'number') {
      const read = readNumber(arg.spec, single, msgs);
      if (isCellError(read)) return [[read]];
      values.push(read);
    } else {
      if (isEmpty(single)) {
        values.push(arg.default);
        continue;
      }
      const text = String(single).trim().toUpperCase();
      if (!arg.allowed.includes(text)) return [[valueError(msgs.oneOf(arg.name, arg.allowed, single))]];
      values.push(text);
    }
  }
  try {
    const cell = spec.compute(values, msgs);
    if (typeof cell === 'number' && !Number.isFinite(cell)) return [[valueError(msgs.resultTooLarge(spec.id))]];
    return [[cell]];
  } catch (error) {
    return [[valueError(msgs.internal(error instanceof Error ? error.message : String(error)))]];
  }
}
