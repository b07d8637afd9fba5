import { averageHandleTime, type IntervalRecord } from '../workload/intervalRecord';
import { type ServiceLevelMethod, measuredServiceLevel } from '../workload/measuredServiceLevel';
import { totalsBy } from '../workload/totals';
import type { ValidationReport } from '../workload/validationReport';
import type { HistorySummary } from './planResult';

/**
 * Step 2's presentation: totals and the shares ratio decomposition uses —
 * month share of its year, weekday index (share of the week × 7), interval
 * share of the day — and the measured SL by the plan's method.
 */
export function summariseHistory(
  records: readonly IntervalRecord[],
  source: string,
  intervalMinutes: number,
  slMethod: ServiceLevelMethod,
  importReport: ValidationReport,
): HistorySummary {
  const dates = records.map((r) => r.date);
  const sum = (field: 'offered' | 'answered' | 'abandoned' | 'answeredWithin' | 'abandonedWithin') =>
    records.reduce((s, r) => s + (r[field] ?? 0), 0);
  const hasCounts = records.every((r) => r.answered !== undefined && r.answeredWithin !== undefined && r.abandoned !== undefined);
  const measured = hasCounts
    ? measuredServiceLevel(slMethod, sum('answeredWithin'), sum('answered'), sum('abandonedWithin'), sum('abandoned'))
    : undefined;
  return {
    source,
    from: dates.reduce((a, b) => (a < b ? a : b)),
    to: dates.reduce((a, b) => (a > b ? a : b)),
    days: new Set(dates).size,
    intervalMinutes,
    totalCalls: sum('offered'),
    measuredServiceLevel: measured?.ok ? measured.value : undefined,
    ahtSeconds: averageHandleTime(records),
    importReport,
    monthShares: totalsBy(records, 'month').map((row) => ({ month: row.key, calls: row.calls, share: row.share })),
    weekdayIndex: totalsBy(records, 'weekday').map((row) => ({ weekday: row.key, calls: row.calls, index: row.share * 7 })),
    intervalShares: totalsBy(records, 'interval').map((row) => ({ start: row.key, share: row.share })),
  };
}
