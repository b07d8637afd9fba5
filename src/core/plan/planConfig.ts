/**
 * PlanConfig: one schema for the whole plan. It is the wizard's state, the
 * JSON file `npm run plan` reads, and what is saved in the workbook. Validated
 * here (zod) with messages that name the field; the engine trusts the result.
 * Units: seconds, minutes, fractions (0.8 = 80%), money per the `currency`.
 */
import { parseRegion } from '../calendar/regionCodes';
import { z } from 'zod';
import { MAX_CHAT_CONCURRENCY } from '../queueing/chatAgents';
import { COST_RATE_FIELDS, type CostRateKey, MONEY_MAX } from '../cost/costFields';
import { METHOD_NAMES } from '../forecast/methods/index';
import { RECURRING_EVENTS } from '../forecast/recurringEvents';
import { SCENARIO_NAME, SCENARIO_NUMBER_FIELDS, type ScenarioNumberKey } from '../scenario/scenarioFields';
import { slTargetFault } from '../scenario/slTargetProblem';
import { SHRINKAGE_CATEGORIES } from '../staffing/shrinkage';
import { TARGET_SECONDS_MAX } from '../staffing/slTarget';
import { COLUMN_FIELDS, type ColumnField } from '../workload/columnMapping';
import { DEFAULT_CLEANING } from './cleanHistory';
import { isValidYmd } from '../calendar/dates';
import { DEFAULT_SCENARIOS } from '../scenario/defaultScenarios';
import { ROTATION_WEEKS } from '../schedule/rotation';

/**
 * zod without its JIT: the JIT compiles parsers with `new Function`, which the
 * task pane's Content-Security-Policy forbids (no 'unsafe-eval'); a config is
 * parsed a few times per edit, so the JIT gains nothing worth an eval.
 */
z.config({ jitless: true });

/**
 * The longest text of the configuration that a workbook shows (centre and
 * scenario labels, event and shift names, column headers), characters. Far
 * below Excel's 32,767-character cell limit, and still a readable title.
 */
export const TEXT_MAX = 200;
/** The longest history path or sheet name, characters (a path; never a cell's title). */
const SOURCE_MAX = 1024;
/** The largest annual budget the inverse question takes, currency units (see MONEY_MAX). */
const BUDGET_MAX = 1e15;

const fraction = z.number().min(0).max(1);
const openFraction = z.number().gt(0).lt(1);
const money = z.number().min(0).max(MONEY_MAX);
const text = z.string().min(1).max(TEXT_MAX);
const targetSeconds = z.number().min(0).max(TARGET_SECONDS_MAX);
/** Whether "YYYY-MM-DD" names a day of the calendar (2026-02-31 does not). */
const isCalendarDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
};
/** A calendar date; its custom issue carries `params.date` so the edge words it (code 'notADate'). */
const date = z.string().refine(isCalendarDate, { message: 'expected a calendar date "YYYY-MM-DD"', params: { date: true } });

/** A region code date-holidays knows ("CN", "US-CA"); its custom issue carries `params.region` (code 'unknownRegion'). */
const region = z.string().refine((s) => parseRegion(s) !== undefined, { message: 'unknown region', params: { region: true } });

/**
 * Step 3's closed days: a list of ISO dates (as always), a region's public
 * holidays and make-up working days (src/core/calendar/regions.ts), or a
 * region with `dates` the centre also closes and `except` holidays it opens.
 */
export const holidaysSchema = z.union([
  z.array(date),
  region,
  z.object({ region, dates: z.array(date).default([]), except: z.array(date).default([]) }).strict(),
]);

/**
 * The plan's closed days: `forecast.holidays` as given, else China's calendar
 * for a plan in Chinese (locale zh-CN) and none otherwise.
 * @example holidaySetting({ locale: 'zh-CN', forecast: {} }) //=> 'CN'
 */
export function holidaySetting(config: { locale: 'en' | 'zh-CN'; forecast: { holidays?: z.infer<typeof holidaysSchema> } }): z.infer<typeof holidaysSchema> {
  return config.forecast.holidays ?? (config.locale === 'zh-CN' ? 'CN' : []);
}

/**
 * An SL target: a fraction in SL_TARGET_RANGE, both ends excluded. A custom
 * issue carries the fault (`params.slTarget`, see `slTargetFault`) so the edge
 * words it: 100% is unreachable, 85 reads as a percentage.
 */
const slTarget = z.number().superRefine((value, ctx) => {
  const fault = slTargetFault(value);
  if (fault) ctx.addIssue({ code: 'custom', message: 'not an SL target', input: value, params: { slTarget: fault } });
});

/** A number within a field table's bounds (cost rates, scenario factors). */
const bounded = (f: { min: number; minExclusive?: boolean; max: number }) => (f.minExclusive ? z.number().gt(f.min) : z.number().min(f.min)).max(f.max);
const clock = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'expected a time "HH:MM"');
const weekdayName = z.enum(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
/** An average handle time, seconds (two hours at most). */
const ahtSeconds = z.number().gt(0).max(7200);

/** One weekday's hours: "08:00-20:00" (close after open, at most "24:00") or "closed". */
const dayHours = z.union([
  z.literal('closed'),
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected "HH:MM-HH:MM" (e.g. "08:00-20:00") or "closed"')
    .refine((t) => t.slice(0, 5) < t.slice(6), 'closes before it opens'),
]);
/** The centre's opening hours: "24/7", or every weekday's hours. */
export const openingHoursSchema = z.union([
  z.literal('24/7'),
  z.object(Object.fromEntries(weekdayName.options.map((d) => [d, dayHours])) as Record<z.infer<typeof weekdayName>, typeof dayHours>).strict(),
]);

const shrinkageValue = z.union([
  fraction,
  z.object({ byMonth: z.array(fraction).length(12) }).strict(),
  z.object({ byWeekday: z.array(fraction).length(7) }).strict(),
]);

/** A break inside a shift: starts `offset` minutes after the shift starts (or anywhere up to `latestOffset`). */
export const breakRuleSchema = z
  .object({
    offset: z.number().int().min(0),
    minutes: z.number().int().gt(0),
    paid: z.boolean(),
    latestOffset: z.number().int().min(0).optional(),
  })
  .strict();

/** A shift template as in the `schedule` CLI's shifts file. */
const shiftTemplate = z
  .object({
    name: text,
    start: clock,
    minutes: z.number().int().gt(0).max(1440),
    breaks: z.array(breakRuleSchema).default([]),
    days: z.array(weekdayName).optional(),
    cost: money.optional(),
  })
  .strict();

/** Generated templates: a start every `everyMinutes` between two times, for each length. */
const shiftGenerator = z
  .object({
    firstStart: clock,
    lastStart: clock,
    everyMinutes: z.number().int().gt(0),
    lengths: z.array(z.number().int().gt(0).max(1440)).min(1),
    /** breaks per length in minutes, keyed by the length ("480": [...]) */
    breaks: z.record(z.string(), z.array(breakRuleSchema)).default({}),
    days: z.array(weekdayName).optional(),
  })
  .strict();

/** Roster rules (step 7), apart so the cross-field checks can read them when other parts are invalid. */
export const rosterSchema = z
  .object({
    minWorkDays: z.number().int().min(0).max(7).optional(),
    maxWorkDays: z.number().int().min(1).max(7).optional(),
    maxWeeklyHours: z.number().gt(0).max(168).optional(),
    /** hours between the end of a shift and the next (default 11: EU directive 2003/88/EC art. 3) */
    minRestHours: z.number().min(0).max(24).optional(),
    /** most working days in a row, the repeating week included (default 6) */
    maxConsecutiveDays: z.number().int().min(1).max(6).optional(),
    /** weeks of the rotating roster (default 4): weekends and late shifts rotate over them */
    weeks: z.number().int().min(ROTATION_WEEKS.min).max(ROTATION_WEEKS.max).optional(),
  })
  .strict();

/** An employment contract (step 7): weekly paid hours and working days per agent, and its share of the heads. */
export const contractSchema = z
  .object({
    name: text,
    weeklyHours: z.object({ min: z.number().min(0).max(168), max: z.number().gt(0).max(168) }).strict(),
    days: z.object({ min: z.number().int().min(1).max(7), max: z.number().int().min(1).max(7) }).strict(),
    /** fraction of the heads on this contract (held within one head); free when absent */
    share: fraction.optional(),
  })
  .strict();

/** One queue of a several-queue plan (data.queues). */
const queueSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    /** the history's call types this queue takes (default: the one named like the queue) */
    callTypes: z.array(z.string().trim().min(1).max(80)).min(1).max(100).optional(),
    channel: z.enum(['voice', 'chat', 'email']).default('voice'),
    /** chats one agent handles at once (chat only), whole 1–10 */
    concurrency: z.number().int().min(1).max(MAX_CHAT_CONCURRENCY).optional(),
    /** the queue's SL target and answer time (default: the centre's) */
    slTarget: z.number().gt(0).lt(1).optional(),
    targetSeconds: z.number().min(0).max(86_400).optional(),
    /** e-mail only (required there; the plan step says when it is missing): every item answered within this many hours of its arrival, up to a week */
    responseHours: z.number().gt(0).max(168).optional(),
  })
  .strict()
  .refine((q) => q.concurrency === undefined || q.channel === 'chat', { message: 'concurrency is for chat queues (channel "chat")', path: ['concurrency'] })
  .refine((q) => q.responseHours === undefined || q.channel === 'email', { message: 'responseHours is for e-mail queues (channel "email")', path: ['responseHours'] });

/**
 * One agent group of a multi-skill centre (data.skills): its name and the
 * queues (data.queues' names, or the call types under "separate") its agents
 * answer, the first one first. `selection` says how a free agent picks among
 * waiting callers: "priority" (default) takes the longest-waiting caller of
 * the first queue in the list that has one; "longestWaiting" takes the
 * longest-waiting caller of all its queues (one first-come-first-served line).
 * @example { "group": "Billing+Repairs", "queues": ["billing", "repairs"] }
 */
export const skillGroupSchema = z
  .object({
    group: z.string().trim().min(1).max(80),
    queues: z.array(z.string().trim().min(1).max(80)).min(1).max(50),
    selection: z.enum(['priority', 'longestWaiting']).default('priority'),
  })
  .strict();

/** An event adjustment (step 3): calls × factor from `from` to `to` inclusive. */
export const eventSchema = z.object({ name: text, from: date, to: date, factor: z.number().gt(0).max(100) }).strict();

/** One shrinkage category: a fraction all year, by month or by weekday. */
export const shrinkageValueSchema = shrinkageValue;

/**
 * Column overrides (step 2): field → the header name of the column to read it from, exactly
 * as in the file ("来电量"). Fields left out are detected from the header. Interval tables only.
 */
export const columnsSchema = z
  .object(Object.fromEntries(COLUMN_FIELDS.map((f) => [f, text.optional()])) as Record<ColumnField, z.ZodOptional<typeof text>>)
  .strict();

/**
 * Cleaning the history before the forecast (step 3): every flagged anomaly is repaired by
 * `repair` unless an override says otherwise. An override names a flag by date and, for an
 * interval flag, its start "HH:MM" (none: the whole-day flag); `accept: false` keeps the
 * observed values (the user knows the day was real), `accept: true` repairs it. Overrides
 * that match no flag are ignored and reported in the forecast notes.
 */
export const cleaningSchema = z
  .object({
    repair: z.enum(['comparable', 'interpolate', 'model']).default('comparable'),
    overrides: z.array(z.object({ date, start: clock.optional(), accept: z.boolean() }).strict()).default([]),
  })
  .strict();

/** The scenario numbers' schemas, from SCENARIO_NUMBER_FIELDS (the ones with a default may be left out). */
type ScenarioNumbers = Record<'volumeFactor' | 'targetSeconds', z.ZodNumber> & Record<'ahtFactor' | 'shrinkageFactor', z.ZodDefault<z.ZodNumber>>;
const scenarioNumbers = Object.fromEntries(
  SCENARIO_NUMBER_FIELDS.map((f) => [f.key, f.default === undefined ? bounded(f) : bounded(f).default(f.default)]),
) as unknown as ScenarioNumbers satisfies Record<ScenarioNumberKey, unknown>;
const scenario = z
  .object({
    name: z
      .string()
      .max(SCENARIO_NAME.maxLength)
      .regex(SCENARIO_NAME.pattern, `expected a lower-case name such as "high" (a-z, 0-9 and '-', at most ${SCENARIO_NAME.maxLength} characters: it names the file budget-<name>.xlsx)`),
    label: text,
    slTarget,
    ...scenarioNumbers,
  })
  .strict();

/** One scenario (step 9). */
export const scenarioSchema = scenario;

/**
 * Capacity (headcount, hiring, attrition; planning guide, "Capacity"). Absent:
 * these defaults, said in the plan's notes. Attrition is a monthly fraction
 * (0.03 = 3% a month, commonly 2–5%); weeks are calendar weeks; money per the
 * plan's currency. The start headcount defaults to the schedule's roster (or
 * the first month's required FTE); 0 is a new centre (everyone is hired).
 */
export const capacitySchema = z
  .object({
    startHeadcount: z.number().int().min(0).max(1_000_000).optional(),
    attritionRate: z.number().min(0).lt(1).default(0.03),
    /** weeks from the hiring decision to the start date */
    hiringLeadWeeks: z.number().min(0).max(104).default(6),
    /** weeks in class: paid, not on the phones */
    trainingWeeks: z.number().min(0).max(52).default(4),
    /** weeks on the floor at `nestingProductivity` after class */
    nestingWeeks: z.number().min(0).max(52).default(0),
    nestingProductivity: fraction.default(0.5),
    /** heads per class (one class may start each month) */
    classSize: z.object({ min: z.number().int().min(1).max(10_000), max: z.number().int().min(1).max(10_000) }).strict().default({ min: 1, max: 30 }),
    recruitingCostPerHire: money.default(0),
    /** trainer and material cost per trainee per week in class */
    trainingCostPerWeek: money.default(0),
  })
  .strict();

/** Step 8's rates, their bounds from COST_RATE_FIELDS. */
/** Agents per supervisor when the plan gives none (the sample centre's and a common span of control). */
const DEFAULT_SUPERVISOR_RATIO = 15;

/** Step 8's rates, their bounds from COST_RATE_FIELDS; a rate left out is 0 (the plan says so: costs then count only what is given). */
export const costRatesSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter currency code such as "USD"'),
    ...(Object.fromEntries(COST_RATE_FIELDS.map((f) => [f.key, bounded(f).default(f.key === 'supervisorRatio' ? DEFAULT_SUPERVISOR_RATIO : 0)])) as Record<CostRateKey, z.ZodDefault<z.ZodNumber>>),
  })
  .strict();

/**
 * The occupancy cap (busy ÷ staffed time) when the plan gives none: 90%, the
 * ceiling planners commonly hold sustained occupancy under so agents are not
 * run at 95% in large queues (the cap rule: planning guide, "required agents").
 * A plan that wants no cap says 1.
 */
export const DEFAULT_MAX_OCCUPANCY = 0.9;

export const planConfigSchema = z
  .object({
    version: z.literal(1).default(1),
    /** language of the workbooks' titles, headers and notes (numbers and formulas do not change) */
    locale: z.enum(['en', 'zh-CN']).default('en'),
    centre: z
      .object({
        name: z.string().min(1).max(80),
        /** when calls arrive and agents are needed: "24/7", or each weekday "HH:MM-HH:MM" or "closed" (default: read from the history) */
        openingHours: openingHoursSchema.optional(),
        /** seats in the room: never more agents on the floor at once (step 7) */
        seats: z.number().int().min(1).max(100000).optional(),
      })
      .strict(),
    /** Step 1 */
    service: z
      .object({
        /** the common 80/20 unless given (planning guide, step 1) */
        slTarget: slTarget.default(0.8),
        targetSeconds: targetSeconds.default(20),
        slMethod: z.number().int().min(1).max(4).default(3),
        /** busy time ÷ staffed time that no interval may exceed, fraction (1: no cap) */
        maxOccupancy: z.number().gt(0).max(1).default(DEFAULT_MAX_OCCUPANCY),
        targetLevel: z.enum(['interval', 'daily']).default('interval'),
      })
      .strict().prefault({}),
    /** Step 2 */
    data: z
      .object({
        /** a file path (CLI), "sample" for the embedded sample centre, or a sheet name (wizard) */
        history: z.string().min(1).max(SOURCE_MAX),
        format: z.enum(['auto', 'intervals', 'acd']).default('auto'),
        /** minutes (default: the history's own interval length) */
        intervalMinutes: z
          .number()
          .int()
          .refine((m) => m > 0 && 1440 % m === 0, 'must divide a day: 5, 10, 15, 30 or 60 minutes')
          .optional(),
        columns: columnsSchema.optional(),
        /** average handle time, seconds, for a history without talk or after-call-work time (and for intervals without it): one value, or by weekday (Monday first) */
        ahtSeconds: z.union([ahtSeconds, z.object({ byWeekday: z.array(ahtSeconds).length(7) }).strict()]).optional(),
        /**
         * the history's queues (its call-type column): "total" plans them as one (default);
         * "separate" plans each call type as its own queue; a list names queues, the call types
         * each takes, its channel and objective. Beside "total" the plan reports the queues staffed
         * separately and pooled; e-mail queues (channel "email") as deferred work answered within
         * their responseHours, first in the voice roster's idle time.
         */
        queues: z.union([z.enum(['total', 'separate']), z.array(queueSchema).min(1).max(50)]).default('total'),
        /**
         * the agent groups of a multi-skill centre (several queues only): each group's name and
         * the queues it serves, the first one first (skillGroupSchema). Beside separate and pooled
         * the plan then reports the groups staffed by simulation (src/core/staffing/skillStaffing.ts):
         * each group's agents per interval, each queue's simulated SL. Every voice queue must be
         * served by a group; chat queues stay on their own.
         */
        skills: z.array(skillGroupSchema).min(1).max(20).optional(),
      })
      .strict(),
    /** Step 3 */
    forecast: z
      .object({
        method: z.enum(['auto', ...METHOD_NAMES]).default('auto'),
        /** first day of the planning horizon (default: the day after the history) */
        from: date.optional(),
        /** days in the planning horizon (schedules are solved for it) */
        days: z.number().int().min(1).max(28).default(7),
        /** annual growth for the budget year's monthly totals, fraction */
        growth: z.number().gt(-1).max(5).default(0),
        /** closed days: ISO dates, a region's public holidays ("CN", "US-CA"), or a region with your own dates and exceptions (default: none; "CN" when locale is zh-CN) */
        holidays: holidaysSchema.optional(),
        events: z.array(eventSchema).default([]),
        /** decisions on the recurring effects the forecast measures (first business days, days after a closure): accept, reject, or accept with your own factor */
        recurringEvents: z.array(z.object({ event: z.enum(RECURRING_EVENTS), accept: z.boolean(), factor: z.number().gt(0).max(10).optional() }).strict()).default([]),
        cleaning: cleaningSchema.default({ ...DEFAULT_CLEANING, overrides: [...DEFAULT_CLEANING.overrides] }),
      })
      .strict().prefault({}),
    /** Step 4 */
    staffing: z
      .object({
        model: z.enum(['erlangC', 'erlangA']).default('erlangC'),
        /** mean caller patience, seconds (Erlang A); estimated from call records when absent */
        patienceSeconds: z.number().gt(0).max(864000).optional(),
      })
      .strict().prefault({}),
    /** Step 5 */
    trunks: z
      .object({
        blocking: openFraction.default(0.01),
        ivrSeconds: z.number().min(0).max(3600).default(0),
        /** share of AHT that is talk (holds a trunk); the rest is after-call work. Used when the history has no talk time. */
        talkShare: z.number().gt(0).max(1).default(0.85),
      })
      .strict().prefault({}),
    /** Step 6: shrinkage by category, each a fraction or by month / by weekday */
    shrinkage: z
      .object(Object.fromEntries(SHRINKAGE_CATEGORIES.map((c) => [c, shrinkageValue.optional()])) as Record<(typeof SHRINKAGE_CATEGORIES)[number], z.ZodOptional<typeof shrinkageValue>>)
      .strict()
      .prefault({}),
    /** Step 7 */
    schedule: z
      .object({
        objective: z.enum(['cover', 'balance']).default('cover'),
        /**
         * how a several-queue centre's agents are organised (teamSchedules.ts): "pooled", one
         * cross-trained team scheduled for the whole centre's requirement (one queue's default, as
         * today); "separate", one team per queue, each scheduled for its own queue's requirement;
         * "skills", one team per group of data.skills (and one per chat queue) on the groups'
         * simulated staffing. Default: "skills" with data.skills, else "pooled".
         */
        teams: z.enum(['pooled', 'separate', 'skills']).optional(),
        /** seconds for all the plan's schedule solves together (the base week and every scenario; see scheduleBudget.ts) */
        timeLimitSeconds: z.number().gt(0).max(600).default(60),
        /** planning interval, minutes: a whole multiple of the history's interval that divides the day (default 15 for histories finer than 15 minutes — 30 for 10-minute data — else the history's own; see planningInterval.ts) */
        intervalMinutes: z
          .number()
          .int()
          .min(5)
          .max(120)
          .refine((m) => 1440 % m === 0, 'must divide a day: 15 or 30 minutes (60 for hourly plans)')
          .optional(),
        templates: z.array(shiftTemplate).default([]),
        generators: z.array(shiftGenerator).default([]),
        roster: rosterSchema.optional(),
        /** contracts agents are hired on (default: one full-time contract, 37.5–40 h over 5 days; with shifts the plan generates, 70% full-time and 30% part-time 20–30 h over 3–5 days: DERIVED_FULL_TIME_SHARE) */
        contracts: z.array(contractSchema).min(1).max(12).optional(),
        /** whether an agent on a break keeps a seat (default true) */
        breaksOnFloor: z.boolean().default(true),
        /** weekly paid hours of one full-time agent, for FTE (default: the largest contract maximum, 40 h by default) */
        fullTimeWeeklyHours: z.number().gt(0).max(168).optional(),
      })
      .strict()
      .prefault({}),
    /** Step 8 */
    costs: costRatesSchema,
    /** Capacity: headcount and hiring over the budget year (default: capacitySchema's defaults, noted) */
    capacity: capacitySchema.optional(),
    /** Step 9 */
    /** default: the standard high / mid / low plans */
    scenarios: z.array(scenario).min(1).max(6).prefault(() => DEFAULT_SCENARIOS.map((x) => ({ ...x }))),
    /** The inverse question: which SL does this annual budget buy (mid volume)? */
    budgetQuestion: z.object({ budget: z.number().gt(0).max(BUDGET_MAX), targetSeconds: targetSeconds.optional() }).strict().optional(),
  })
  .strict();

/** A validated plan configuration. */
export type PlanConfig = z.infer<typeof planConfigSchema>;
/** A plan configuration as written by a person (defaults may be omitted). */
export type PlanConfigInput = z.input<typeof planConfigSchema>;
