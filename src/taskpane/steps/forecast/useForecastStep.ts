import { useMemo } from 'react';
import { METHOD_NAMES } from '../../../core/forecast/methods/index';
import { addDays } from '../../../core/calendar/dates';
import { totalsBy } from '../../../core/workload/totals';
import { usePlan } from '../../state/PlanContext';
import { useHistoryImport } from '../../state/useHistoryImport';

const HISTORY_DAYS_SHOWN = 28;

/** Step 3: method, horizon, growth, holidays and events; the last run's backtest and forecast beside recent history. */
export function useForecastStep() {
  const { result, valueAt, update } = usePlan();
  const loaded = useHistoryImport();
  const events = (valueAt('forecast.events') as unknown[] | undefined) ?? [];

  const chart = useMemo(() => {
    if (!loaded?.ok || !result) return undefined;
    const past = totalsBy(loaded.value.records, 'date').slice(-HISTORY_DAYS_SHOWN);
    // a history day without a single call was a closed day: a gap, like a day without data
    const history = new Map(past.filter((d) => d.calls > 0).map((d) => [d.key, d.calls]));
    // a forecast day is closed when every interval of it is (weekend, holiday, closed weekday)
    const open = new Map<string, boolean>();
    for (const r of result.intervals) open.set(r.date, (open.get(r.date) ?? false) || !r.closed);
    const forecast = new Map(result.schedule.days.map((d) => [d.date, d.calls]));
    const first = past[0]?.key ?? result.forecast.from;
    const last = result.forecast.to;
    // every calendar day: a day without data, or closed, is a gap (null), never a drop to zero
    const rows: { date: string; history: number | null; forecast: number | null }[] = [];
    for (let date = first; date <= last; date = addDays(date, 1)) {
      rows.push({ date, history: history.get(date) ?? null, forecast: open.get(date) ? forecast.get(date) ?? null : null });
    }
    return { rows };
  }, [loaded, result]);

  return {
    methods: ['auto', ...METHOD_NAMES] as const,
    result,
    chart,
    events,
    addEvent: () => update('forecast.events', [...events, { name: '', from: '', to: '', factor: 1 }]),
    removeEvent: (i: number) => update('forecast.events', events.filter((_, j) => j !== i)),
  };
}
