import { useEffect, useMemo, useState } from 'react';
import { addDays } from '../../../core/calendar/dates';
import { parseRegion } from '../../../core/calendar/regionCodes';
import { usePlan } from '../../state/PlanContext';
import { useHistoryImport } from '../../state/useHistoryImport';
import type { HolidayParts } from './holidayParts';

/** One day of the preview: a closed day (the region's holiday or the centre's own) or a make-up working day (调休). */
export interface PreviewDay {
  date: string;
  kind: 'holiday' | 'own' | 'makeup';
  /** the holiday's name as the calendar gives it (the one a make-up day makes up for) */
  name?: string;
}

export type HolidayPreview =
  | { state: 'noHorizon' }
  | { state: 'loading'; from: string; to: string }
  | { state: 'ready'; from: string; to: string; days: PreviewDay[]; uncoveredYears: number[] };

/** Days in the horizon when the draft's are not a whole number 1–28 (the schema's default). */
const DEFAULT_DAYS = 7;
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * The holidays and make-up days the setting gives in the forecast horizon:
 * the draft's first day (else the day after the history) and its days. The
 * regional calendars (date-holidays, chinese-days) load on first use, not with
 * the pane. The setting the planner is still typing is read as it stands:
 * dates that are not dates and a region that names none are left out (the
 * fields say what is wrong).
 */
export function useHolidayPreview(parts: HolidayParts): HolidayPreview {
  const { valueAt } = usePlan();
  const loaded = useHistoryImport();
  const fromSetting = valueAt('forecast.from');
  const daysSetting = valueAt('forecast.days');
  const lastDay = useMemo(() => (loaded?.ok ? loaded.value.records.reduce((last, r) => (r.date > last ? r.date : last), '') : ''), [loaded]);
  const from = isDate(fromSetting) ? fromSetting : lastDay ? addDays(lastDay, 1) : undefined;
  const days = typeof daysSetting === 'number' && Number.isInteger(daysSetting) && daysSetting >= 1 && daysSetting <= 28 ? daysSetting : DEFAULT_DAYS;
  const to = from === undefined ? undefined : addDays(from, days - 1);
  const region = parts.region !== undefined && parseRegion(parts.region) ? parts.region : undefined;
  const key = JSON.stringify([region, parts.dates.filter(isDate), parts.except.filter(isDate), from, to]);
  const [ready, setReady] = useState<{ key: string; days: PreviewDay[]; uncoveredYears: number[] } | undefined>();

  useEffect(() => {
    if (from === undefined || to === undefined) return;
    let live = true;
    const own = parts.dates.filter(isDate);
    const except = parts.except.filter(isDate);
    void import('../../../core/calendar/regions').then(({ holidayCalendar }) => {
      if (!live) return;
      const spec = region === undefined ? own : { region, dates: own, except };
      const calendar = holidayCalendar(spec, Number(from.slice(0, 4)), Number(to.slice(0, 4)));
      const inHorizon = (d: string) => d >= from && d <= to;
      const out = new Map<string, PreviewDay>();
      for (const [date, name] of calendar.regional?.holidays ?? []) if (inHorizon(date)) out.set(date, { date, kind: 'holiday', name });
      for (const date of calendar.listed) if (inHorizon(date) && !out.has(date)) out.set(date, { date, kind: 'own' });
      for (const [date, name] of calendar.regional?.makeupDays ?? []) if (inHorizon(date) && !out.has(date)) out.set(date, { date, kind: 'makeup', name });
      const uncoveredYears = (calendar.regional?.uncoveredYears ?? []).filter((y) => y >= Number(from.slice(0, 4)));
      setReady({ key, days: [...out.values()].sort((a, b) => (a.date < b.date ? -1 : 1)), uncoveredYears });
    });
    return () => { live = false; };
    // the key holds everything the calendar is read from
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (from === undefined || to === undefined) return { state: 'noHorizon' };
  if (!ready || ready.key !== key) return { state: 'loading', from, to };
  return { state: 'ready', from, to, days: ready.days, uncoveredYears: ready.uncoveredYears };
}
