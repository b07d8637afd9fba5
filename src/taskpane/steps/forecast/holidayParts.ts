/**
 * Step 3's holiday setting as the pane edits it, and back in the shapes the
 * config schema takes (holidaysSchema, src/core/plan/planConfig.ts): dates
 * only → a list of dates; a region alone → its code ("CN"); a region with the
 * centre's own dates or exceptions → { region, dates, except }. Left out, the
 * plan's default applies (holidaySetting: China for a plan in Chinese).
 */
import type { Locale } from '../../../i18n/locale';

export interface HolidayParts {
  /** the region's code, or the text typed when it names none; undefined: no region */
  region?: string;
  /** dates the centre closes besides the region's holidays (kept as typed; the validator names a bad one) */
  dates: unknown[];
  /** the region's holidays the centre opens */
  except: unknown[];
  /** true when the draft leaves the setting out and this is the plan's default */
  isDefault: boolean;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The parts of a draft's `forecast.holidays`; `locale`: the plan's (the default region follows it).
 * @example holidayParts(undefined, 'zh-CN') //=> { region: 'CN', dates: [], except: [], isDefault: true }
 */
export function holidayParts(value: unknown, locale: Locale): HolidayParts {
  if (value === undefined) return { region: locale === 'zh-CN' ? 'CN' : undefined, dates: [], except: [], isDefault: true };
  if (Array.isArray(value)) return { dates: value, except: [], isDefault: false };
  if (typeof value === 'string') return { region: value, dates: [], except: [], isDefault: false };
  if (value !== null && typeof value === 'object') {
    const o = value as { region?: unknown; dates?: unknown; except?: unknown };
    return { region: typeof o.region === 'string' ? o.region : undefined, dates: list(o.dates), except: list(o.except), isDefault: false };
  }
  return { dates: [], except: [], isDefault: false };
}

/**
 * The schema's shape for the parts (`isDefault` is not read: whatever the planner edits is written).
 * @example holidayValue({ region: 'CN', dates: [], except: ['2025-10-08'] }) //=> { region: 'CN', dates: [], except: ['2025-10-08'] }
 */
export function holidayValue(parts: Pick<HolidayParts, 'region' | 'dates' | 'except'>): unknown {
  const region = parts.region?.trim();
  if (!region) return [...parts.dates];
  if (parts.dates.length === 0 && parts.except.length === 0) return region;
  return { region, dates: [...parts.dates], except: [...parts.except] };
}
