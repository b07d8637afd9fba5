import type { CostRates, MonthDrivers } from './types';

/** The lower bound a numeric field accepts: 'atLeast0' (≥ 0) or 'moreThan0' (> 0). */
export type FieldBound = 'atLeast0' | 'moreThan0';

/** Metadata of one numeric input: its key, its cell name in formulas, label, unit and bound. */
export interface CostField<K extends string> {
  readonly key: K;
  /** Name used in `costFormulaSpec` expressions and as the budget sheet's defined name. */
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly bound: FieldBound;
}

/**
 * The cell name of an input: its key in snake_case, usable as an Excel defined name.
 *
 * @example cellName('peakScheduledAgents') //=> 'peak_scheduled_agents'
 */
export const cellName = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const named = <K extends string>(fields: Omit<CostField<K>, 'name'>[]): CostField<K>[] =>
  fields.map((f) => ({ ...f, name: cellName(f.key) }));

export type CostRateKey = Exclude<keyof CostRates, 'currency'>;
export type MonthDriverKey = Exclude<keyof MonthDrivers, 'month'>;

/**
 * The numeric cost rates, with their formula names and bounds — the one
 * place those bounds live (validation reads it; writers label cells from it).
 * Every rate is a single cell on the budget sheet.
 *
 * @example COST_RATE_FIELDS.find((f) => f.key === 'onCostRate')?.name //=> 'on_cost_rate'
 */
export const COST_RATE_FIELDS: readonly CostField<CostRateKey>[] = named<CostRateKey>([
  { key: 'hourlyWage', label: 'Agent hourly wage', unit: 'per paid hour', bound: 'atLeast0' },
  { key: 'onCostRate', label: 'On-cost (benefits, taxes)', unit: 'fraction of wages', bound: 'atLeast0' },
  { key: 'supervisorRatio', label: 'Agents per supervisor', unit: 'agents', bound: 'moreThan0' },
  { key: 'supervisorHourlyWage', label: 'Supervisor hourly wage', unit: 'per paid hour', bound: 'atLeast0' },
  { key: 'seatSpareRate', label: 'Spare seats', unit: 'fraction of peak agents', bound: 'atLeast0' },
  { key: 'seatMonthlyCost', label: 'Space per seat', unit: 'per seat per month', bound: 'atLeast0' },
  { key: 'equipmentPerSeatMonthly', label: 'Equipment per seat', unit: 'per seat per month', bound: 'atLeast0' },
  { key: 'licencesPerSeatMonthly', label: 'Licences per seat', unit: 'per seat per month', bound: 'atLeast0' },
  { key: 'trunkMonthlyCost', label: 'Trunk line', unit: 'per line per month', bound: 'atLeast0' },
  { key: 'trunkUsagePerMinute', label: 'Trunk usage', unit: 'per trunk minute', bound: 'atLeast0' },
  { key: 'networkMonthly', label: 'Network', unit: 'per month', bound: 'atLeast0' },
  { key: 'professionalServicesMonthly', label: 'Professional services', unit: 'per month', bound: 'atLeast0' },
  { key: 'sharedPlatformsMonthly', label: 'Shared platforms', unit: 'per month', bound: 'atLeast0' },
]);

/**
 * The per-month drivers, with their formula names. On the budget sheet each is
 * a column (one row per month).
 *
 * @example MONTH_DRIVER_FIELDS.map((f) => f.name)[0] //=> 'paid_hours'
 */
export const MONTH_DRIVER_FIELDS: readonly CostField<MonthDriverKey>[] = named<MonthDriverKey>([
  { key: 'paidHours', label: 'Agent paid hours', unit: 'hours', bound: 'atLeast0' },
  { key: 'calls', label: 'Calls offered', unit: 'calls', bound: 'atLeast0' },
  { key: 'handledMinutes', label: 'Handled minutes', unit: 'minutes', bound: 'atLeast0' },
  { key: 'peakScheduledAgents', label: 'Peak scheduled agents', unit: 'agents', bound: 'atLeast0' },
  { key: 'trunks', label: 'Trunk lines', unit: 'lines', bound: 'atLeast0' },
  { key: 'trunkMinutes', label: 'Trunk minutes', unit: 'minutes', bound: 'atLeast0' },
]);
