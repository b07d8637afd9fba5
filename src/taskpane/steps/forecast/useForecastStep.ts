import { useMemo } from 'react';
import { METHOD_NAMES } from '../../../core/forecast/methods/index';
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
    const ahead = result.schedule.days;
    return {
      rows: [...past.map((d) => ({ date: d.key, history: d.calls, forecast: null as number | null })), ...ahead.map((d) => ({ date: d.date, history: null as number | null, forecast: d.calls }))],
    };
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
