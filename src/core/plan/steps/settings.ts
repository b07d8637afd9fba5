/**
 * Settings from the data (after step 2): what the plan takes from the history
 * when the configuration leaves it out — the interval length, the opening
 * hours, the horizon's first day (the first open day after the history), shift
 * patterns from the opening hours, and for Erlang A the callers' patience
 * (estimated from per-call records, else a stated default). Each one taken is
 * reported as a 'plan.derived' note, so the planner sees what was assumed.
 */
import { addDays, weekday } from '../../calendar/dates';
import { type DerivedSetting, type Note, note } from '../../notes/note';
import { DERIVED_FULL_TIME_SHARE, FULL_TIME, PART_TIME } from '../../schedule/contracts';
import { defaultShiftTemplates } from '../../schedule/defaultShifts';
import { type OpeningHours, deriveOpeningHours, formatDayHours, parseDayHours } from '../../workload/openingHours';
import type { PlanConfig } from '../planConfig';
import type { WorkloadData } from './workloadData';

/** Mean caller patience assumed for Erlang A when neither the plan nor per-call records give one, seconds. */
export const DEFAULT_PATIENCE_SECONDS = 180;

/** A configuration with everything the history could tell filled in. */
export type PlanSettings = PlanConfig & {
  data: PlanConfig['data'] & { intervalMinutes: number };
  /** sharesAssumed: the contracts' shares are the plan's assumption (derived contracts), not the planner's: dropped where no schedule keeps them */
  schedule: PlanConfig['schedule'] & { sharesAssumed?: boolean };
};

export interface SettingsFromData {
  config: PlanSettings;
  openingHours: OpeningHours;
  /** one 'plan.derived' note per setting taken from the data or assumed */
  notes: Note[];
}

const WEEKDAY_KEYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** The configured opening hours, in minutes. */
function configuredHours(hours: NonNullable<PlanConfig['centre']['openingHours']>): OpeningHours {
  return hours === '24/7' ? Array(7).fill({ open: 0, close: 1440 }) : WEEKDAY_KEYS.map((d) => parseDayHours(hours[d]));
}

/** The first day after `date` on which the centre is open (the next day when it never opens). */
function nextOpenDay(hours: OpeningHours, date: string): string {
  for (let d = 1; d <= 7; d++) if (hours[weekday(addDays(date, d))] !== null) return addDays(date, d);
  return addDays(date, 1);
}

/**
 * @example settingsFromData({ ...config, data: { history: 'mine.csv' } }, data).notes.map((n) => n.params.setting)
 *   //=> ['intervalMinutes', 'openingHours', 'horizonStart', 'shifts']
 */
export function settingsFromData(config: PlanConfig, data: WorkloadData): SettingsFromData {
  const notes: Note[] = [];
  const derived = (setting: DerivedSetting, value: string, source: 'history' | 'default') =>
    notes.push(note('plan.derived', { setting, value, source }));

  const intervalMinutes = config.data.intervalMinutes ?? data.summary.intervalMinutes;
  if (config.data.intervalMinutes === undefined) derived('intervalMinutes', String(intervalMinutes), 'history');

  const openingHours = config.centre.openingHours ? configuredHours(config.centre.openingHours) : deriveOpeningHours(data.records, intervalMinutes);
  if (!config.centre.openingHours) notes.push(note('plan.derivedOpeningHours', { hours: openingHours.map((h) => (h === null ? null : formatDayHours(h))) }));

  const from = config.forecast.from ?? nextOpenDay(openingHours, data.summary.to);
  if (!config.forecast.from) derived('horizonStart', from, 'history');

  const noShifts = config.schedule.templates.length === 0 && config.schedule.generators.length === 0;
  const generated = noShifts ? defaultShiftTemplates(openingHours) : [];
  const templates = noShifts ? generated : config.schedule.templates;
  if (noShifts) {
    const lengths = [...new Set(generated.map((t) => t.minutes))];
    const patterns = lengths.map((minutes) => {
      const family = generated.filter((t) => t.minutes === minutes);
      const days = [...new Set(family.flatMap((t) => t.days.map((d) => WEEKDAY_KEYS.indexOf(d))))].sort();
      return { days, hours: minutes / 60, firstStart: family[0].start, lastStart: family[family.length - 1].start };
    });
    notes.push(note('plan.derivedShifts', { patterns }));
  }

  // shifts made here include 4-hour ones: unless the plan names its contracts (or the older roster rules), agents are full- or part-time, in the assumed mix
  const roster = config.schedule.roster ?? {};
  const givenContracts = config.schedule.contracts !== undefined || roster.minWorkDays !== undefined || roster.maxWorkDays !== undefined || roster.maxWeeklyHours !== undefined;
  const mix: [typeof FULL_TIME, number][] = [[FULL_TIME, DERIVED_FULL_TIME_SHARE], [PART_TIME, Math.round((1 - DERIVED_FULL_TIME_SHARE) * 1e6) / 1e6]];
  const contracts = noShifts && !givenContracts ? mix.map(([c, share]) => ({ ...c, weeklyHours: { ...c.weeklyHours }, days: { ...c.days }, share })) : config.schedule.contracts;
  if (contracts !== config.schedule.contracts && contracts) {
    notes.push(note('plan.derivedContracts', { contracts: contracts.map((c) => ({ name: c.name, minHours: c.weeklyHours.min, maxHours: c.weeklyHours.max, minDays: c.days.min, maxDays: c.days.max, share: c.share ?? 0 })) }));
  }

  let patienceSeconds = config.staffing.patienceSeconds;
  if (config.staffing.model === 'erlangA' && patienceSeconds === undefined) {
    patienceSeconds = data.estimatedPatienceSeconds ?? DEFAULT_PATIENCE_SECONDS;
    derived('patience', String(Math.round(patienceSeconds)), data.estimatedPatienceSeconds === undefined ? 'default' : 'history');
  }

  if (Object.values(config.shrinkage).every((v) => v === undefined)) notes.push(note('plan.assumed', { what: 'noShrinkage' }));
  const { currency: _currency, supervisorRatio: _ratio, ...rates } = config.costs;
  if (Object.values(rates).every((v) => v === 0)) notes.push(note('plan.assumed', { what: 'noRates' }));

  return {
    config: {
      ...config,
      data: { ...config.data, intervalMinutes },
      forecast: { ...config.forecast, from },
      schedule: { ...config.schedule, templates, contracts, ...(contracts !== config.schedule.contracts ? { sharesAssumed: true } : {}) },
      staffing: { ...config.staffing, patienceSeconds },
    },
    openingHours,
    notes,
  };
}

/** The settings without the contract shares the plan assumed (the planner's own shares are kept: they are not assumed). */
export function withoutAssumedShares(config: PlanSettings): PlanSettings {
  const contracts = config.schedule.contracts;
  if (!config.schedule.sharesAssumed || !contracts) return config;
  return { ...config, schedule: { ...config.schedule, contracts: contracts.map(({ share: _share, ...c }) => c), sharesAssumed: false } };
}

/** The note that the plan's assumed contract mix was dropped (the settings' shares named). */
export const assumedSharesDropped = (config: PlanSettings, why: 'infeasible' | 'teams'): Note =>
  note('schedule.assumedSharesDropped', { contracts: (config.schedule.contracts ?? []).map((c) => ({ name: c.name, share: c.share ?? 0 })), why });
