/**
 * The engine's texts in English: the words CLIs, logs and plan.json have
 * always shown (method and field codes as a user types them), and the
 * wizard's English names of the engine's codes (`terms`).
 */
import { COST_CATEGORIES, type CostCategoryId } from '../cost/costCategories';
import { WEEKDAYS, fromSundayFirst } from '../calendar/dates';
import type { SkippedUnit } from '../workload/validationReport';
import type { HistoryEncoding } from '../workload/decodeHistoryBytes';
import type { VendorId } from '../workload/vendorLayouts';
import type { EngineTexts } from './engineTexts';
import type { DerivedSetting, RosterProblem, RuleProblem } from './note';
import type { NoteFormat } from './plainFormat';

const pct = (f: NoteFormat, x: number | undefined): string => (x === undefined ? '-' : f.percent(x, 1));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** 'YYYY-MM' as 'Jan 2027'. */
const monthName = (ym: string): string => (/^\d{4}-\d{2}$/.test(ym) ? `${MONTHS[Number(ym.slice(5)) - 1]} ${ym.slice(0, 4)}` : ym);
/** FTE to one decimal. */
const fte = (x: number): string => x.toFixed(1);
const where = (month: string | undefined) => (month ? `month ${month}` : 'all months');
const skipped = (unit: SkippedUnit) => (unit === 'call' ? 'row skipped; call not counted' : 'row skipped; its interval is treated as missing, not zero');
const objective = (sl: number, seconds: number) => `${Math.round(sl * 100)}/${seconds}`;
/** Hours as the schedule module writes them: at most two decimals, no grouping. */
const hours = (h: number): string => String(Math.round(h * 100) / 100);
const rosterProblem = (r: RosterProblem): string => {
  switch (r.kind) {
    case 'weeklyHours':
      return `no roster keeps every agent within ${hours(r.maxHours)} paid hours a week with these shifts (Agent ${r.agent} would work ${hours(r.hours)} h); allow more hours, fewer working days or shorter shifts`;
    case 'rest':
      return `no roster keeps ${hours(r.restHours)} h of rest between shifts with these shifts (Agent ${r.agent} on ${r.day}); lower the rest or add later/earlier shifts`;
    case 'dayCounts':
      return `${r.day} has ${r.shifts} shifts for ${r.agents} agents working; the schedule was not solved with these roster rules`;
    default:
      return 'a roster needs a schedule solved with roster rules';
  }
};
/** Agents by number, at most 8 listed: "Agents 3, 7 and 2 more". */
const agentList = (agents: readonly number[]): string =>
  `${agents.length === 1 ? 'Agent' : 'Agents'} ${agents.slice(0, 8).join(', ')}${agents.length > 8 ? ` and ${agents.length - 8} more` : ''}`;
const rotationRule = (p: { rule: 'rest' | 'consecutiveDays' | 'both'; restHours: number; maxDays: number }): string =>
  p.rule === 'rest' ? `${hours(p.restHours)} h of rest between shifts` : p.rule === 'consecutiveDays' ? `at most ${p.maxDays} working days in a row` : `both ${hours(p.restHours)} h of rest and at most ${p.maxDays} working days in a row`;
const ranges = (p: { ranges: { day: string; from: string; to: string }[]; more: number }): string =>
  `${p.ranges.map((r) => `${r.day} ${r.from}–${r.to}`).join(', ')}${p.more > 0 ? ` and ${p.more} more ranges` : ''}`;
const ruleProblem = (r: RuleProblem): string => {
  switch (r.rule) {
    case 'seats':
      return `the ${r.seats} seats (with them no schedule covers every required interval); add seats or use the balance objective`;
    case 'rest':
      return `${hours(r.restHours)} h of rest between shifts with these shifts and contracts (without it a schedule exists); lower the rest or add earlier/later shifts`;
    case 'shares':
      return `the shares of heads of contracts ${r.contracts.join(', ')} (without them a schedule exists); change the shares`;
    default:
      return `contracts ${r.contracts.join(', ')} with these shifts (agents on freer contracts could cover the hours); widen a contract's hours or days, or add a contract`;
  }
};
/** Report layouts by vendor, as the report words them (proper names, the same in every language). */
export const VENDORS: Readonly<Record<VendorId, string>> = {
  'avaya-cms': 'an Avaya CMS split/skill report', 'cisco-ucce': 'a Cisco UCCE (CUIC) call type report', 'genesys-cloud': 'a Genesys Cloud queue performance export',
  'amazon-connect': 'an Amazon Connect historical metrics report', 'nice-cxone': 'a NICE CXone export', 'aliyun-ccc': 'an Alibaba Cloud contact centre report',
};
const ENCODINGS: Readonly<Record<HistoryEncoding, string>> = {
  'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (with byte-order mark)', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030 (GBK)',
};
const costCategories = Object.fromEntries(COST_CATEGORIES.map((c) => [c.id, c.label])) as Record<CostCategoryId, string>;

const DERIVED_EN: Record<DerivedSetting, string> = {
  intervalMinutes: 'interval length (minutes)',
  horizonStart: 'first day of the plan',
  patience: 'mean caller patience (seconds)',
};

export const textsEn: EngineTexts = {
  where: {
    file: (name) => `${name}: `,
    scenario: (name) => `scenario ${name}: `,
    team: (name) => `team ${name}: `,
    month: (month) => `${month}: `,
    date: (date, f) => `${f.date(date)}: `,
  },
  notes: {
    'clean.summary': (p, f) => `${f.count(p.flagged)} anomalies flagged in the history: ${f.count(p.repaired)} repaired (${p.repair}), ${f.count(p.kept)} kept as observed`,
    'clean.unrepaired': (p, f) => `${f.count(p.count)} accepted anomalies had no comparable data to repair from and were left as observed`,
    'clean.unusedOverride': (p, f) => `the override for ${f.date(p.date)}${p.start ? ` ${p.start}` : ''} matches no flagged anomaly and was ignored`,
    'forecast.trained': (p, f) => `trained on ${f.count(p.days)} days with data from ${f.date(p.from)} to ${f.date(p.to)}`,
    'forecast.autoTooShort': (p) => `auto used ${p.method}: the history is too short to backtest`,
    'forecast.autoKept': (p, f) =>
      `auto kept ${p.method} (wMAPE ${pct(f, p.wmape)} over a ${p.days}-day backtest): ${p.challenger} scored ${pct(f, p.challengerWmape)}, less than ${f.percent(p.margin, 0)} better`,
    'forecast.autoChose': (p, f) => `auto chose ${p.method}: the lowest wMAPE (${pct(f, p.wmape)}) in a day-ahead backtest of the last ${p.days} days of the training data`,
    'forecast.closedGap': (p, f) => `${p.dates.map((d) => f.date(d)).join(', ')}: no data between the history and the forecast on a usually-open day; taken as closed, so the next days carry the after-closure effect`,
    'forecast.recurringEvent': (p, f) => {
      const what = { firstBusinessDay: 'the first business day of the month', secondBusinessDay: 'the second business day of the month', thirdBusinessDay: 'the third business day of the month', lastBusinessDay: 'the last business day of the month', afterClosure: 'the first open day after a closure', secondDayAfterClosure: 'the second open day after a closure', thirdDayAfterClosure: 'the third open day after a closure' }[p.event];
      const signed = (x: number) => `${x >= 0 ? '+' : '−'}${f.percent(Math.abs(x), 1)}`;
      const decision = !p.overridden ? 'applied' : !p.accepted ? 'rejected by your override: not applied' : `your override ${signed(p.effect)} applied`;
      return `recurring event: ${what}, ${f.count(p.occurrences)} in the history (last ${f.date(p.last)}), measured ${signed(p.measured)} calls; ${decision}`;
    },
    'forecast.fallback': (p, f) => `${f.date(p.date)}: ${p.method} had no basis for this day; used the historical average of the last year`,
    'forecast.noComparableDay': (p, f) => `${f.date(p.date)}: no comparable day in the history; forecast 0 and marked closed`,
    'forecast.regionalHolidays': (p, f) => {
      const how = p.open ? (p.factor === 1 ? 'open as on a normal day' : `open, at ${pct(f, p.factor)} of a normal day's calls`) : 'closed';
      const why = p.learned ? `as on the ${f.count(p.seen)} public holidays in the history` : 'assumed: the history holds no public holiday on an open weekday to learn from';
      return `${p.region} public holidays in the forecast (${p.dates.map((d) => f.date(d)).join(', ')}): ${how}, ${why}`;
    },
    'forecast.makeupDays': (p, f) => {
      const days = p.days.map((d) => `${f.date(d.date)} as a ${WEEKDAYS[d.pattern]}`).join(', ');
      const why = p.learned ? `as on the ${f.count(p.seen)} make-up days in the history` : 'assumed: the history holds no make-up day to learn from';
      return p.open ? `${p.region} make-up working days (调休) in the forecast: ${days}; worked, ${why}` : `${p.region} make-up working days (调休) in the forecast are not worked, ${why}`;
    },
    'forecast.dayAfterHoliday': (p, f) => {
      const days = `the first open day after a holiday (${p.dates.map((d) => f.date(d)).join(', ')})`;
      const signed = `${p.effect >= 0 ? '+' : '−'}${f.percent(Math.abs(p.effect), 1)}`;
      if (p.basis === 'learned') return `${days}: ${signed} calls, learned from the ${f.count(p.occurrences)} closures in the history`;
      if (p.basis === 'yours') return `${days}: ${signed} calls, your factor for the days after a closure`;
      if (p.basis === 'notSeen') return `${days}: forecast as a normal day, assumed: the history shows no effect of a closure on the next day to learn from`;
      return `${days}: forecast as a normal day, assumed: ${p.method} does not model the calls a closure carries over (calendar-regression learns them)`;
    },
    'calendar.uncoveredYears': (p) => `${p.region}: the official holiday arrangement for ${p.years.join(', ')} is not in the calendar data yet (China's is published each November); statutory holidays only, no make-up days`,
    'reforecast.badTime': (p) => `the reforecast time must be a clock time HH:MM such as 12:00 (got "${p.value}")`,
    'reforecast.outsideHours': (p, f) => p.hours === null
      ? `the reforecast time ${p.time} cannot be used on ${f.date(p.date)}: the centre is closed that day`
      : `the reforecast time ${p.time} is outside ${f.date(p.date)}'s opening hours (${p.hours}): give a time after opening and before closing`,
    'reforecast.noActuals': (p, f) => `the history has no calls of ${f.date(p.date)} before ${p.time}: add today's intervals so far to the file`,
    'reforecast.shortHistory': (p, f) => `a reforecast needs at least ${p.minDays} days of history before ${f.date(p.date)} (got ${f.count(p.days)})`,
    'reforecast.revised': (p, f) =>
      `${f.date(p.date)} before ${p.from}: ${f.count(p.actual)} calls against ${f.count(p.forecast)} forecast (${pct(f, p.forecast > 0 ? p.actual / p.forecast - 1 : 0)}); `
      + `${pct(f, p.weight)} of the day's calls seen, so the rest of the day × ${p.factor.toFixed(3)}; the last half hour ran ${pct(f, p.local)} against that, half of which carries on, fading over the next hours`,
    'budgetYear.partialMonth': (p) => `${p.month}: ${p.source} is only partly in the history; scaled from ${p.days} days`,
    'budgetYear.missingMonth': (p) => `${p.month}: no ${p.calendarMonth} in the history; filled from the mean calls per day`,
    'schedule.noRoster': (p) => `No roster: ${rosterProblem(p.reason)}`,
    'schedule.uncovered': (p) =>
      `no shift template works during ${p.ranges.map((r) => `${r.day} ${r.from}–${r.to}`).join(', ')}${p.more > 0 ? ` and ${p.more} more ranges` : ''}, where agents are required; add a shift that covers these hours or set their requirement to 0`,
    'schedule.rosterInfeasible': () =>
      'no schedule fits the roster rules (working days per week, consecutive days off, maximum weekly hours, minimum rest) with these shift templates; relax a rule or add templates',
    'schedule.infeasible': () => 'the schedule has no solution with these templates and caps',
    'schedule.noSolutionInTime': (p) => `HiGHS found no schedule within the time limit (status ${p.status}); allow more time`,
    'schedule.stopped': (p, f) => `The solver stopped at its ${p.status}; the schedule is the best found, within ${f.percent(p.gap, 2)} of the bound.`,
    'schedule.seatsShort': (p) =>
      `the room's ${p.seats} seats cannot hold the agents required during ${ranges(p)}; add seats, lower the requirement there or use the balance objective (the best the seats allow)`,
    'schedule.contractsUncovered': (p) =>
      `no shift that an agent on any contract may work (its weekdays and shift length) covers ${ranges(p)}, where agents are required; add a contract or shifts of lengths the contracts allow`,
    'schedule.contractUnworkable': (p) =>
      `contract '${p.contract}' (${hours(p.minHours)}–${hours(p.maxHours)} h over ${p.minDays}–${p.maxDays} days) cannot be worked with these shift lengths: no number of its days times one shift's paid hours lands within its weekly hours; change its hours or days, or add shifts`,
    'schedule.ruleInfeasible': (p) => `no schedule keeps ${ruleProblem(p.problem)}`,
    'schedule.rotationFixed': (p) =>
      `${agentList(p.agents)} repeat${p.agents.length === 1 ? 's' : ''} the same week in the ${p.weeks}-week rotation: no order of their contract's weeks keeps ${rotationRule(p)} from one week into the next; lower the rest or the limit, or add shifts`,
    'schedule.rotationUnfair': (p) =>
      `The ${p.weeks}-week rotation shares ${p.measure === 'lateShifts' ? 'late shifts (ending after 20:00)' : 'weekend days off'} unevenly among the agents on ${p.contract}: ${p.min} to ${p.max} each; the weeks' rest and consecutive-day rules allow no fairer order`,
    'schedule.noWeekendOff': (p) => `${agentList(p.agents)} work${p.agents.length === 1 ? 's' : ''} every Saturday and Sunday of the ${p.weeks}-week rotation; the weekend needs too many agents for everyone to have a weekend day off`,
    'schedule.paidHolidays': (p, f) =>
      `No shifts on ${p.dates.map((d) => f.date(d)).join(', ')}: the centre is closed for the holiday. ${p.agents === 0 ? 'No agent\'s working week includes it, so nobody is paid for it' : `${f.count(p.agents)} agent${p.agents === 1 ? ' whose working week includes it is' : 's whose working weeks include it are'} paid for it at their average shift that week, ${hours(p.hours)} h in all`}; the holiday counts toward their contract's hours and days and in paid hours and FTE, not in the coverage`,
    'schedule.rosterClosedDates': (p, f) =>
      `No shifts in the roster on ${p.dates.map((d) => f.date(d)).join(', ')}: the centre is closed then (a closed weekday or a rest day swapped for a working one), so the shifts the solved week's repetition puts there are left out; those agents work fewer hours that week`,
    'schedule.rosterHolidays': (p, f) =>
      `No shifts in the roster on ${p.dates.map((d) => f.date(d)).join(', ')}: the centre is closed for the holiday in a later week of the rotation; the agents rostered that day are paid for it at their shift's hours (a paid holiday), so their week keeps its contract hours`,
    'schedule.rosterCut': (p, f) =>
      `The roster covers ${f.count(p.published)} of the rotation's ${f.count(p.weeks)} weeks: from the week of ${f.date(p.from)} the centre is open on ${p.dates.map((d) => f.date(d)).join(', ')}, which the solved week did not staff the same way (a holiday or make-up working day); plan a week from ${f.date(p.from)} for them`,
    'cost.noCalls': (p) => `${where(p.month)}: no calls, so cost per call is undefined`,
    'cost.noHandledMinutes': (p) => `${where(p.month)}: no handled minutes, so cost per handled minute is undefined`,
    'cost.zeroTotal': () => 'the total cost is 0, so the labour share is undefined',
    'capacity.shortLeadTime': (p) =>
      `short ${fte(p.fte)} FTE in ${monthName(p.month)}: ${p.joinMonth ? `the earliest class can join in ${monthName(p.joinMonth)}${p.productiveMonth ? ` and is fully productive from ${monthName(p.productiveMonth)}` : ', fully productive only after the year'}` : 'the hiring lead time puts the earliest class after the year'}`,
    'capacity.shortClassSize': (p) => `short ${fte(p.fte)} FTE in ${monthName(p.month)}: one class of at most ${p.classMax} a month cannot catch up; allow larger classes (capacity.classSize.max)`,
    'capacity.notCaughtUp': (p) => `The ${p.scenario} plan cannot catch up within the year: still short ${fte(p.fte)} FTE in ${monthName(p.month)} with classes of at most ${p.classMax}; allow larger classes, a shorter lead time or shorter training.`,
    'capacity.noHiringPlan': (p) => `HiGHS found no hiring plan within ${p.seconds} s; allow more time`,
    'capacity.assumed': (p, f) =>
      `No capacity settings: assumed ${f.percent(p.attritionRate, 1)} attrition a month, ${p.hiringLeadWeeks} weeks' hiring lead time, ${p.trainingWeeks} weeks' training${p.nestingWeeks > 0 ? `, ${p.nestingWeeks} weeks' nesting at ${f.percent(p.nestingProductivity, 0)}` : ''}, classes of ${p.classMin}–${p.classMax}, no recruiting or training cost.`,
    'capacity.startHeadcount': (p) =>
      `Start headcount ${p.heads}: ${p.source === 'config' ? 'as configured' : p.source === 'schedule' ? "the schedule's roster (give capacity.startHeadcount for the real payroll)" : "the first month's required FTE ÷ FTE per head (give capacity.startHeadcount for the real payroll)"}.`,
    'capacity.newCentre': (p) => `A new centre: no heads at the start, everyone is hired${p.joinMonth ? `; the first class joins in ${monthName(p.joinMonth)}` : ''}, and the months before it are short.`,
    'capacity.ftePerHead': (p) => `One head is ${p.fte.toFixed(3)} FTE (${p.source === 'roster' ? "the schedule's roster: FTE ÷ heads" : "the contracts' shares at their mid-range weekly hours"}).`,
    'capacity.method': () =>
      'Capacity: a class joins on the first of a month after the hiring lead time; headcount(m+1) = headcount(m) − leavers(m) + hires(m+1), leavers = headcount × attrition (trainees included); trainees are paid but not on the phones; months of 52 ÷ 12 weeks for the ramp. The labour line adds trainees\' wages, training and recruiting.',
    'plan.costCategories': (p) => `Costs by category: ${p.categories.map((c) => costCategories[c]).join(', ')}.`,
    'plan.monthlyScaling': () => 'Monthly paid hours scale each month\'s required hours by the solved week\'s paid-per-required ratio; seats by its peak scheduled-per-required ratio.',
    'plan.derived': (p) => `${DERIVED_EN[p.setting]} ${p.source === 'history' ? 'derived from the data' : 'assumed'}: ${p.value}`,
    'plan.derivedOpeningHours': (p) => `opening hours derived from the data: ${p.hours.map((h, w) => `${WEEKDAYS[w].slice(0, 3)} ${h ?? 'closed'}`).join(', ')}`,
    'plan.derivedContracts': (p, f) => `contracts assumed for the generated shifts: ${p.contracts.map((c) => `${c.name} ${c.minHours}–${c.maxHours} h over ${c.minDays === c.maxDays ? c.minDays : `${c.minDays}–${c.maxDays}`} days a week for ${f.percent(c.share, 0)} of the heads`).join('; ')}`,
    'plan.derivedShifts': (p) =>
      `shift patterns generated from the opening hours: ${p.patterns.map((s) => `${s.days.map((w) => WEEKDAYS[w].slice(0, 3)).join(',')} ${s.hours} h starting ${s.firstStart}–${s.lastStart}`).join('; ')}`,
    'plan.assumed': (p) =>
      p.what === 'noShrinkage'
        ? 'no shrinkage given: every scheduled agent is taken to be on the phones (0% absence, breaks and training); enter shrinkage in step 6'
        : 'no cost rates given: wages, seats, licences, trunks and fixed costs count as 0 until they are entered in step 8 or in the budget workbooks',
    'plan.cancelled': () => 'the plan was cancelled',
    'plan.intervalMismatch': (p) => `data.intervalMinutes is ${p.configured} but the history has ${p.history}-minute intervals`,
    'queues.noCallType': () => 'data.queues plans several queues, but the history has no call-type (queue) column: map one in step 2, or set data.queues to "total"',
    'queues.noHistory': (p) => `data.queues: queue "${p.queue}" takes call type${p.callTypes.length > 1 ? 's' : ''} ${p.callTypes.map((t) => `"${t}"`).join(', ')}, which the history does not have (its call types: ${p.known.join(', ')})`,
    'teams.needQueues': (p) => `schedule.teams is "${p.teams}", but data.queues is "total" (one queue): set data.queues to "separate" or list the queues, or schedule one team ("pooled")`,
    'teams.needSkills': () => 'schedule.teams is "skills", but the plan has no skill groups: list them in data.skills, or schedule "separate" or "pooled" teams',
    'queues.skillsNeedQueues': () => 'data.skills routes calls between several queues, but data.queues is "total" (one queue): set data.queues to "separate" or list the queues',
    'queues.skillUnknownQueue': (p) => `data.skills: group "${p.group}" serves queue "${p.queue}", which the plan does not have (its queues: ${p.known.join(', ')})`,
    'queues.skillChatQueue': (p) => `data.skills: group "${p.group}" serves chat queue "${p.queue}": skills route voice calls, and chat queues are staffed on their own (remove it from the group)`,
    'queues.skillUnserved': (p) => `data.skills: no group serves queue${p.queues.length > 1 ? 's' : ''} ${p.queues.map((q) => `"${q}"`).join(', ')}: add ${p.queues.length > 1 ? 'them' : 'it'} to a group's queues`,
    'queues.skillsUnreached': (p) => `data.skills: in ${p.interval} the simulation did not meet every queue's target after adding agents ${p.rounds} times; check the groups' queues and their order`,
    'email.noResponseWindow': (p) => `data.queues: e-mail queue "${p.queue}" needs its response window, responseHours (e.g. 24 to reply within a day)`,
    'email.windowTooShort': (p) =>
      `data.queues: e-mail queue "${p.queue}" must be answered within ${p.responseHours} h, shorter than the ${+p.minimumHours.toFixed(2)} h any item needs: one handle time (${Math.round(p.ahtSeconds)} s) and at least two ${p.intervalMinutes}-minute planning intervals (an e-mail is not answered in the interval it arrives)`,
    'plan.planningInterval': (p) =>
      `schedule.intervalMinutes is ${p.planning} minutes: the planning interval must be a whole multiple of the history's ${p.data}-minute intervals and divide the day (15 or 30 minutes for 5-minute data)`,
    'schedule.assumedSharesDropped': (p, f) => {
      const mix = p.contracts.map((c) => `${f.percent(c.share, 0)} ${c.name}`).join(', ');
      return p.why === 'teams'
        ? `the assumed contract mix (${mix}) is the centre's, and the teams are scheduled apart, so each team's schedule lets the solver choose its mix; give schedule.contracts with your own shares to hold one in every team`
        : `no schedule keeps the assumed contract mix (${mix}) with the seats and rules given, so this schedule lets the solver choose the mix; give schedule.contracts with your own shares, or more seats, to hold one`;
    },
    'plan.scenarioScheduleTaken': (p) =>
      `the ${p.scenario} plan uses the ${p.from} plan's schedule (${p.paidHours} paid hours against ${p.ownPaidHours} found for it within the time limit): it covers the ${p.scenario} plan's requirement in every interval, and a lower plan never costs more than a higher one`,
    'plan.noAht': () => 'the history has no talk or after-call-work time, so there is no AHT to plan with: enter the average handle time in step 2 (data.ahtSeconds in a plan file)',
    'plan.nothingToSchedule': () => 'the forecast horizon has no calls: nothing to schedule (is the centre closed on every day of the horizon?)',
    'plan.shrinkageTooHigh': (p) => `shrinkage × factor reaches ${(p.share * 100).toFixed(1)}%; it must stay below 100%`,
    'budget.nonMonotone': (p, f) =>
      `cost is not monotone in the SL target: ${f.percent(p.lowSl, 0)} costs ${f.money(p.lowCost, p.currency)} but ${f.percent(p.highSl, 0)} costs ${f.money(p.highCost, p.currency)}`,
    'budget.answer': (p, f) =>
      `${f.money(p.budget, p.currency)} a year buys ${objective(p.slTarget, p.targetSeconds)} for the ${p.scenario} plan's volume; ${objective(p.nextSlTarget, p.targetSeconds)} would cost ${f.money(p.nextCost, p.currency)}.`,
    'budget.answerTop': (p, f) => `${f.money(p.budget, p.currency)} a year buys the highest objective considered (${objective(p.slTarget, p.targetSeconds)}).`,
    'budget.belowMinimum': (p, f) => `a budget of ${f.money(p.budget, p.currency)} cannot buy even the minimum SL target of ${f.percent(p.slTarget, 0)}, which costs ${f.money(p.cost, p.currency)}`,
    'budget.failed': (p) => p.reason,
    'import.columnsUsed': (p) => `columns used: ${p.columns.map(([field, header]) => `${field} ← "${header}"`).join(', ')}`,
    'import.columnsIgnored': (p) => `columns not used: ${p.columns.join(', ')}`,
    'import.talkFromAht': (p) => `talk time computed as "${p.column}" × answered (or offered) calls; after-call work is counted in it (0 s of its own)`,
    'import.intervalDetected': (p) => `interval length detected from the data: ${p.minutes} minutes`,
    'import.intervalAssumed': (p) => `one interval start only: interval length taken as ${p.minutes} minutes`,
    'import.offGrid': (p) => `interval starts not on ${p.minutes}-minute boundaries (first at row ${p.row}, ${p.start}) are counted in the interval that contains them`,
    'import.callInterval': (p) => `interval of a call: its queue entry (q_start), or its VRU exit when it went straight to an agent; ${p.minutes}-minute intervals`,
    'import.callDefinitions': (p) => `within = waited ≤ ${p.seconds} s; AHT = service time only (the file has no after-call-work column)`,
    'import.layout': (p) => `the columns are those of ${VENDORS[p.vendor]}`,
    'import.encoding': (p) => `read as ${ENCODINGS[p.encoding]}`,
    'import.numberFormat': (p, f) =>
      `numbers read with ${p.decimal === ',' ? 'a decimal comma (1.234,5)' : 'a decimal point (1,234.5)'} throughout the file, ${
        p.decidedBy === 'values' ? `as values like "${p.example}" show` : p.decidedBy === 'delimiter' ? "as the file is ';'-delimited and no value says otherwise" : 'as no value says otherwise'}${
        p.ambiguous > 0 ? `; ${f.count(p.ambiguous)} values like "${p.ambiguousExample ?? ''}" read accordingly (${p.decimal === ',' ? '"." separating thousands' : '"," separating thousands, "." a decimal'})` : ''}`,
    'import.offeredFromParts': (p) => `no calls-offered column: offered = "${p.answered}" + "${p.abandoned}"`,
    'import.totalsFromAverages': (p) => `totals computed as average × "${p.count}": ${p.columns.map((c) => `"${c}"`).join(', ')}`,
    'import.offsetDropped': (p) => `"${p.column}" carries a UTC offset (${p.offset}, first at row ${p.row}); times kept as the local wall-clock times written`,
    'import.queues': (p, f) => `${p.queues.length} queues in "${p.column}", planned as their total: ${p.queues.map((q) => `${q.name} (${f.count(q.calls)} calls)`).join(', ')}`,
    'import.tooBig': (p, f) =>
      `the file is ${f.count(Math.round(p.bytes / 1048576))} MB, above the ${f.count(Math.round(p.limit / 1048576))} MB that can be read at once; export a shorter period (or fewer queues), or give per-call records to npm run forecast, which streams them`,
    'import.intervalUnusable': (p) =>
      `${p.source === 'declared' ? 'data.intervalMinutes is' : 'the history has'} ${p.minutes}-minute intervals; plans need intervals of at most 60 minutes that divide an hour (5, 10, 15, 30 or 60)`,
  },
  issues: {
    'ambiguous-date-order': {
      problem: () => 'dates like 03/04/2003 could be day-first or month-first and no value decides it',
      action: (p) =>
        `read as ${p.order === 'DMY' ? 'day/month/year' : 'month/day/year'}${p.vendor ? `, the default of ${VENDORS[p.vendor]}` : ''}; set the date order if that is wrong`,
    },
    'mixed-date-order': {
      problem: () => 'some dates are day-first (first part > 12) and others month-first (second part > 12)',
      action: (p) => `each date read in the order its own values force; ambiguous ones as ${p.order}`,
    },
    'mixed-date-formats': {
      problem: (p) => `dates are written in ${p.formats.length} formats: ${p.formats.map((x) => `${x.format} (${x.count} rows, first at row ${x.firstRow})`).join(', ')}`,
      action: () => 'each date read in its own format; check that day and month are not swapped',
    },
    'blank-row': { problem: () => 'blank row', action: () => 'ignored' },
    'bad-datetime': { problem: (p) => `"${p.value}" is not a date and time`, action: () => skipped('interval') },
    'missing-value': {
      problem: (p) => (p.field === 'date' ? 'date is empty' : p.field === 'start' ? 'interval start is empty' : 'calls offered is empty'),
      action: () => skipped('interval'),
    },
    'bad-date': { problem: (p) => `"${p.value}" is not a date`, action: (p) => skipped(p.skipped) },
    'bad-time': {
      problem: (p) =>
        p.reason === 'notTime' ? `"${p.value}" is not a time of day`
          : p.reason === 'beyondDay' ? `${p.value} is not a start within the day`
            : 'no valid VRU exit or entry time for a call that went straight to an agent',
      action: (p) => skipped(p.skipped),
    },
    'not-a-number': { problem: (p) => `"${p.value}" is not a number${p.skipped === 'call' ? ' of seconds' : ''}`, action: (p) => skipped(p.skipped) },
    'negative': { problem: (p) => `${p.value} is negative`, action: () => skipped('interval') },
    'answered-exceeds-offered': { problem: (p) => `answered (${p.answered}) exceeds offered (${p.offered})`, action: () => 'kept as given' },
    'duplicate-interval': {
      problem: (p) => `duplicate of row ${p.first} (${p.date} ${p.start}${p.callType ? ` ${p.callType}` : ''})`,
      action: (p) => `row ignored; the first row (${p.first}) is kept`,
    },
    'interval-length-mismatch': {
      problem: ({ declared, detected }) =>
        detected > declared && detected % declared === 0
          ? `${declared}-minute intervals were requested but the file has a row only every ${detected} minutes; read as ${declared}-minute data, ${detected / declared - 1} of every ${detected / declared} intervals would be empty`
          : `${declared}-minute intervals were requested but the file has rows every ${detected} minutes`,
      action: ({ declared, detected }) =>
        declared % detected === 0 ? `rows summed into ${declared}-minute intervals` : `read as ${detected}-minute intervals`,
    },
    'missing-days': {
      problem: (p) =>
        p.open === 1 && p.from === p.to
          ? `no data for ${p.from} (a ${WEEKDAYS[fromSundayFirst(p.weekday)]} on which the centre is usually open)`
          : `no data from ${p.from} to ${p.to} (${p.open} usually-open days)`,
      action: () => 'treated as missing (closed or not recorded), not as zero-demand days',
    },
    'bad-outcome': { problem: (p) => `outcome "${p.value}" is not AGENT, HANG or PHANTOM`, action: () => skipped('call') },
    'phantom': { problem: () => 'outcome PHANTOM (not a real call)', action: () => 'ignored' },
    'negative-duration': {
      problem: (p) =>
        p.field === 'queue' ? `queue time is negative (${p.seconds} s)`
          : p.field === 'vru' ? `VRU time is negative (${p.seconds} s): VRU exit is before VRU entry`
            : `service time is negative (${p.seconds} s)`,
      action: (p) =>
        p.field === 'queue' ? `wait taken as ${p.fixed} s (q_exit − q_start)`
          : p.field === 'vru' ? 'call kept; VRU time not used (the statistics use queue and service times)'
            : 'counted as answered with 0 s talk',
    },
    'ended-in-vru': {
      problem: () => 'hung up in the VRU without entering the agent queue',
      action: () => 'not counted as offered to agents (counted in the summary as ended in VRU)',
    },
    'zero-service-time': { problem: () => 'answered call with 0 s service time', action: () => 'counted as answered with 0 s talk' },
    'served-without-server': { problem: () => 'outcome AGENT but server is NO_SERVER', action: () => 'counted as answered (the outcome decides)' },
    'abandon-with-service': { problem: (p) => `abandoned call has a service time (${p.seconds} s)`, action: () => 'counted as abandoned; service time ignored' },
    'fractional-count': {
      problem: (p) => `"${p.value}" is not a whole number of calls`,
      action: (p) => `kept as ${p.read}; if "." separates thousands in this file, export it with a decimal comma or without separators`,
    },
    'unclosed-quote': {
      problem: (p) => `a quote (") opens on this row and never closes; read as a quoted cell it would swallow the ${p.swallowed} rows after it`,
      action: () => 'quotes on this row read as ordinary characters; every other row read normally',
    },
    'dst-spring-gap': {
      problem: (p) => `${p.date} is a daylight-saving spring-forward day: the clocks skip ${p.from}–${p.to}`,
      action: () => 'those intervals kept as missing (no rows), not as zero calls',
    },
    'dst-repeated-hour': {
      problem: (p) => `${p.date} ${p.start} appears twice (rows ${p.first} and this one): the clocks went back and the hour happened twice`,
      action: () => 'both rows kept: their calls and times summed into the interval',
    },
  },
  report: {
    counts: (read, used, skippedRows, f) => `${f.count(read)} rows read, ${f.count(used)} used, ${f.count(skippedRows)} skipped`,
    note: (text) => `note: ${text}`,
    capped: (kind, count, listed) => `${kind}: ${count} issues (${listed} listed)`,
    issue: (severity, row, column, problem, action) => `${severity}: ${row > 0 ? `row ${row}` : 'file'}${column ? `, column ${column}` : ''}: ${problem}; ${action}`,
  },
  terms: {
    methods: {
      auto: 'Automatic (checked by backtest)', 'seasonal-naive': 'Seasonal naive', 'moving-average': 'Moving average',
      'weighted-moving-average': 'Weighted moving average', 'historical-average': 'Historical average', ratio: 'Ratio decomposition',
      regression: 'Regression', 'calendar-regression': 'Calendar regression', 'holt-winters': 'Holt-Winters (double seasonal)',
      'mstl-ets': 'MSTL + exponential smoothing', 'mstl-arima': 'MSTL + ARIMA', combined: 'Combination',
    },
    repairs: { comparable: 'Average of comparable periods', interpolate: 'Interpolate between neighbours', model: 'Model fill (calendar regression)' },
    statuses: { optimal: 'optimal', 'time-limit': 'time-limit', cancelled: 'cancelled', heuristic: 'heuristic' },
    columnFields: {
      date: 'Date', start: 'Interval start', datetime: 'Date and time', offered: 'Calls offered', answered: 'Calls answered',
      abandoned: 'Calls abandoned', answeredWithin: 'Answered within the answer time', abandonedWithin: 'Abandoned within the answer time',
      talkSeconds: 'Talk time (seconds)', acwSeconds: 'After-call work (seconds)', avgTalk: 'Average talk time', avgAcw: 'Average after-call work',
      aht: 'Average handle time', callType: 'Call type (queue)',
    },
    costCategories,
    issueKinds: {
      'ambiguous-date-order': 'Ambiguous date order', 'mixed-date-order': 'Mixed date order', 'mixed-date-formats': 'Mixed date formats',
      'blank-row': 'Blank rows', 'bad-datetime': 'Not a date and time', 'missing-value': 'Empty cells', 'bad-date': 'Not a date', 'bad-time': 'Not a time',
      'not-a-number': 'Not a number', negative: 'Negative numbers', 'answered-exceeds-offered': 'More answered than offered', 'duplicate-interval': 'Duplicate intervals',
      'interval-length-mismatch': 'Interval length differs', 'missing-days': 'Days without data', 'bad-outcome': 'Unknown call outcome', phantom: 'Phantom calls',
      'negative-duration': 'Negative durations', 'ended-in-vru': 'Ended in the VRU', 'zero-service-time': 'Answered with 0 s talk',
      'served-without-server': 'Answered without an agent', 'abandon-with-service': 'Abandoned with talk time',
      'dst-spring-gap': 'Clock change: hour skipped', 'dst-repeated-hour': 'Clock change: hour repeated', 'fractional-count': 'Fractional call counts', 'unclosed-quote': 'Unclosed quote',
    },
    weekdays: WEEKDAYS.map((_, sunday0) => WEEKDAYS[fromSundayFirst(sunday0)]),
  },
};
