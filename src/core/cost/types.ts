import type { Note } from '../notes/note';
import type { ByCategory } from './costCategories';

/** One month's cost drivers, produced by steps 4–7 of the plan. */
export interface MonthDrivers {
  /** Month label, 'YYYY-MM' (e.g. '2025-01'). */
  readonly month: string;
  /** Agent paid hours in the month (scheduled hours including shrinkage), hours. */
  readonly paidHours: number;
  /** Calls offered in the month. */
  readonly calls: number;
  /** Handled minutes: answered calls × AHT ÷ 60, minutes. */
  readonly handledMinutes: number;
  /** Agents scheduled in the busiest interval of the month (drives seats). */
  readonly peakScheduledAgents: number;
  /** Trunk lines provisioned (the peak interval's need). */
  readonly trunks: number;
  /** Minutes calls hold trunks (talk + wait + IVR), minutes. */
  readonly trunkMinutes: number;
  /** What hiring adds to labour in the month (trainees' loaded wages, training, recruiting: src/core/capacity), currency; absent: 0. */
  readonly hiringCost?: number;
}

/** The drivers of a cost breakdown: any number of months (12 for a budget year). */
export interface CostDrivers {
  readonly months: readonly MonthDrivers[];
}

/** Cost rates (a setting of the plan). Money is in `currency` units. */
export interface CostRates {
  /** ISO 4217 code, e.g. 'USD', 'CNY' — carried to the output, never converted. */
  readonly currency: string;
  /** Agent wage per paid hour. */
  readonly hourlyWage: number;
  /** On-cost (benefits, taxes) as a fraction of wages, e.g. 0.3. Applies to agents and supervisors. */
  readonly onCostRate: number;
  /** Agents per supervisor, e.g. 15 (> 0). Supervisor paid hours = agent paid hours ÷ ratio. */
  readonly supervisorRatio: number;
  /** Supervisor wage per paid hour. */
  readonly supervisorHourlyWage: number;
  /** Spare seats as a fraction of peak scheduled agents, e.g. 0.1. */
  readonly seatSpareRate: number;
  /** Space cost per seat per month. */
  readonly seatMonthlyCost: number;
  /** Equipment cost per seat per month. */
  readonly equipmentPerSeatMonthly: number;
  /** Software licences per seat per month. */
  readonly licencesPerSeatMonthly: number;
  /** Cost per trunk line per month. */
  readonly trunkMonthlyCost: number;
  /** Usage cost per trunk minute. */
  readonly trunkUsagePerMinute: number;
  /** Network, fixed per month. */
  readonly networkMonthly: number;
  /** Professional services, fixed per month. */
  readonly professionalServicesMonthly: number;
  /** Shared platforms, fixed per month. */
  readonly sharedPlatformsMonthly: number;
}

/** One month's costs. Money in currency units, unrounded (writers format). */
export interface MonthCost {
  readonly month: string;
  /** Seats provided: CEILING(ROUND(peak × (1 + spare), 6), 1) — the budget sheet's "seats" driver. */
  readonly seats: number;
  readonly byCategory: ByCategory;
  /** Sum of the categories in COST_CATEGORIES order. */
  readonly total: number;
  readonly calls: number;
  readonly handledMinutes: number;
  /** total ÷ calls; undefined when the month has no calls (see notes). */
  readonly costPerCall: number | undefined;
  /** total ÷ handled minutes; undefined when there are none. */
  readonly costPerHandledMinute: number | undefined;
}

/** Totals over all months given (the annual total when the drivers cover 12 months). */
export interface CostTotals {
  readonly months: number;
  /** Σ over months, per category. */
  readonly byCategory: ByCategory;
  /** Grand total: Σ of `byCategory` in COST_CATEGORIES order. */
  readonly total: number;
  readonly paidHours: number;
  readonly calls: number;
  readonly handledMinutes: number;
  readonly costPerCall: number | undefined;
  readonly costPerHandledMinute: number | undefined;
  /** (labour + supervision) ÷ total; undefined when the total is 0. */
  readonly labourShare: number | undefined;
}

/** What `costBreakdown` returns. Never contains NaN. */
export interface CostBreakdown {
  readonly currency: string;
  readonly months: readonly MonthCost[];
  readonly total: CostTotals;
  /** Plain-language notes, e.g. why a cost per call is undefined. */
  readonly notes: readonly Note[];
}
