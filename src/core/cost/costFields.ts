import type { CostRates, MonthDrivers } from './types';

/** Metadata of one numeric input: its key, its cell name in formulas, label and unit. */
export interface CostField<K extends string> {
  readonly key: K;
  /** Name used in `costFormulaSpec` expressions and as the budget sheet's defined name. */
  readonly name: string;
  readonly label: string;
  readonly unit: string;
}

/** A rate the user types: its accepted range, `min` ≤ value ≤ `max` (`min` excluded when `minExclusive`). */
export interface CostRateField extends CostField<CostRateKey> {
  readonly min: number;
  readonly minExclusive?: boolean;
  readonly max: number;
}

/**
 * The ceiling of every money rate, in currency units (per hour, per seat, per
 * month…): 10^12. Generous for any currency (an hourly wage in IDR or VND is
 * ~10^5) yet small enough that rate × hours × months stays a finite number
 * (no "Infinity" in a budget cell) with room to spare.
 */
export const MONEY_MAX = 1e12;

/** The ceiling of a rate that is a fraction of something (on-cost, spare seats): 5 = 500%. */
const SHARE_MAX = 5;

/**
 * Agents per supervisor: at least 1 (a fraction would mean more supervisors
 * than agents, and a tiny one makes supervisor hours overflow), at most 10,000.
 */
const SUPERVISOR_RATIO = { min: 1, max: 10_000 } as const;

/**
 * The cell name of an input: its key in snake_case, usable as an Excel defined name.
 *
 * @example cellName('peakScheduledAgents') //=> 'peak_scheduled_agents'
 */
export const cellName = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const named = <K extends string, F extends CostField<K>>(fields: Omit<F, 'name'>[]): F[] =>
  fields.map((f) => ({ ...f, name: cellName(f.key) }) as F);

export type CostRateKey = Exclude<keyof CostRates, 'currency'>;
/** The drivers with a column of their own (hiring cost comes from the Capacity sheet: HIRING_COST). */
export type MonthDriverKey = Exclude<keyof MonthDrivers, 'month' | 'hiringCost'>;

/**
 * The numeric cost rates, with their formula names and bounds — the one
 * place those bounds live (the PlanConfig schema is built from it; writers
 * label cells from it; the cost functions trust rates that passed it).
 * Every rate is a single cell on the budget sheet.
 *
 * @example COST_RATE_FIELDS.find((f) => f.key === 'onCostRate')?.name //=> 'on_cost_rate'
 */
export const COST_RATE_FIELDS: readonly CostRateField[] = named<CostRateKey, CostRateField>([
  { key: 'hourlyWage', label: 'Agent hourly wage', unit: 'per paid hour', min: 0, max: MONEY_MAX },
  { key: 'onCostRate', label: 'On-cost (benefits, taxes)', unit: 'fraction of wages', min: 0, max: SHARE_MAX },
  { key: 'supervisorRatio', label: 'Agents per supervisor', unit: 'agents', ...SUPERVISOR_RATIO },
  { key: 'supervisorHourlyWage', label: 'Supervisor hourly wage', unit: 'per paid hour', min: 0, max: MONEY_MAX },
  { key: 'seatSpareRate', label: 'Spare seats', unit: 'fraction of peak agents', min: 0, max: SHARE_MAX },
  { key: 'seatMonthlyCost', label: 'Space per seat', unit: 'per seat per month', min: 0, max: MONEY_MAX },
  { key: 'equipmentPerSeatMonthly', label: 'Equipment per seat', unit: 'per seat per month', min: 0, max: MONEY_MAX },
  { key: 'licencesPerSeatMonthly', label: 'Licences per seat', unit: 'per seat per month', min: 0, max: MONEY_MAX },
  { key: 'trunkMonthlyCost', label: 'Trunk line', unit: 'per line per month', min: 0, max: MONEY_MAX },
  { key: 'trunkUsagePerMinute', label: 'Trunk usage', unit: 'per trunk minute', min: 0, max: MONEY_MAX },
  { key: 'networkMonthly', label: 'Network', unit: 'per month', min: 0, max: MONEY_MAX },
  { key: 'professionalServicesMonthly', label: 'Professional services', unit: 'per month', min: 0, max: MONEY_MAX },
  { key: 'sharedPlatformsMonthly', label: 'Shared platforms', unit: 'per month', min: 0, max: MONEY_MAX },
]);

/**
 * The per-month drivers, with their formula names. On the budget sheet each is
 * a column (one row per month). Computed by the plan (never typed), so trusted.
 *
 * @example MONTH_DRIVER_FIELDS.map((f) => f.name)[0] //=> 'paid_hours'
 */
export const MONTH_DRIVER_FIELDS: readonly CostField<MonthDriverKey>[] = named<MonthDriverKey, CostField<MonthDriverKey>>([
  { key: 'paidHours', label: 'Agent paid hours', unit: 'hours' },
  { key: 'calls', label: 'Calls offered', unit: 'calls' },
  { key: 'handledMinutes', label: 'Handled minutes', unit: 'minutes' },
  { key: 'peakScheduledAgents', label: 'Peak scheduled agents', unit: 'agents' },
  { key: 'trunks', label: 'Trunk lines', unit: 'lines' },
  { key: 'trunkMinutes', label: 'Trunk minutes', unit: 'minutes' },
]);
