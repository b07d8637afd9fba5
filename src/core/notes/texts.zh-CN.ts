/**
 * 引擎文本（简体中文）: the same codes as texts.en.ts (the EngineTexts type
 * makes a missing one a compile error). Domain terms follow
 * src/i18n/glossary.ts (test/i18n/glossary.test.ts checks every note and
 * issue); values taken from the user's file (headers, cells) and the ACD
 * outcome codes (AGENT, HANG…) stay as written.
 */
import type { DayMonthOrder } from '../workload/parseDate';
import type { IssueKind, Severity, SkippedUnit } from '../workload/validationReport';
import type { HistoryEncoding } from '../workload/decodeHistoryBytes';
import type { VendorId } from '../workload/vendorLayouts';
import type { EngineTexts, Terms } from './engineTexts';
import type { DerivedSetting, RosterProblem, RuleProblem } from './note';
import type { NoteFormat } from './plainFormat';

const hours = (h: number): string => String(Math.round(h * 100) / 100);
const ranges = (p: { ranges: { day: string; from: string; to: string }[]; more: number }): string =>
  `${p.ranges.map((r) => `${r.day} ${r.from}–${r.to}`).join('、')}${p.more > 0 ? ` 等（另有 ${p.more} 段）` : ''}`;
/** Agents by number, at most 8 listed: "坐席 3、7 等 10 名". */
const agentList = (agents: readonly number[]): string =>
  `坐席 ${agents.slice(0, 8).join('、')}${agents.length > 8 ? ` 等 ${agents.length} 名` : ''}`;
const rotationRule = (p: { rule: 'rest' | 'consecutiveDays' | 'both'; restHours: number; maxDays: number }): string =>
  p.rule === 'rest' ? `班次之间休息 ${hours(p.restHours)} 小时` : p.rule === 'consecutiveDays' ? `最多连续工作 ${p.maxDays} 天` : `班次之间休息 ${hours(p.restHours)} 小时且最多连续工作 ${p.maxDays} 天`;
const ruleProblem = (r: RuleProblem): string => {
  switch (r.rule) {
    case 'seats':
      return `${r.seats} 个工位的限制（在此限制下无法覆盖所有需求时段）；请增加工位或使用均衡目标`;
    case 'rest':
      return `班次之间休息 ${hours(r.restHours)} 小时的规则（去掉此规则即可排班）；请缩短最少休息，或添加更早/更晚开始的班次`;
    case 'shares':
      return `合同 ${r.contracts.join('、')} 的人数占比（去掉占比即可排班）；请调整占比`;
    default:
      return `合同 ${r.contracts.join('、')} 的坐席与这些班次的组合（更宽松的合同即可覆盖）；请放宽某个合同的工时或天数，或添加合同`;
  }
};
const rosterProblem = (r: RosterProblem): string => {
  switch (r.kind) {
    case 'weeklyHours':
      return `在这些班次下，无法让每名坐席每周带薪工时不超过 ${hours(r.maxHours)} 小时（坐席 ${r.agent} 将工作 ${hours(r.hours)} 小时）；请放宽工时上限、减少工作天数或缩短班次`;
    case 'rest':
      return `在这些班次下，无法保证两个班次之间休息 ${hours(r.restHours)} 小时（坐席 ${r.agent}，${r.day}）；请缩短最少休息，或添加更早/更晚开始的班次`;
    case 'dayCounts':
      return `${r.day} 有 ${r.shifts} 个班次，但当天工作的坐席为 ${r.agents} 名；排班并非按这些排班表规则求解`;
    default:
      return '排班表需要按排班表规则求解的排班';
  }
};

/** The default plans' names (高中低预算方案); the workbook labels use them too. */
export const PLAN_NAMES_ZH: Readonly<Record<string, string>> = { high: '高预算方案', mid: '中预算方案', low: '低预算方案' };

const KINDS: Readonly<Record<IssueKind, string>> = {
  'ambiguous-date-order': '日期顺序不明确', 'mixed-date-order': '日期顺序混用', 'mixed-date-formats': '日期格式混用',
  'blank-row': '空行', 'bad-datetime': '无效的日期时间', 'missing-value': '缺少数值', 'bad-date': '无效日期', 'bad-time': '无效时间',
  'not-a-number': '不是数字', negative: '负数', 'answered-exceeds-offered': '接听量超过来电量', 'duplicate-interval': '重复时段',
  'interval-length-mismatch': '时段长度不一致', 'missing-days': '缺少日期', 'bad-outcome': '无效结果', phantom: '虚假来电',
  'negative-duration': '时长为负', 'ended-in-vru': '在 VRU 中结束', 'zero-service-time': '服务时长为 0',
  'served-without-server': '接听但无坐席', 'abandon-with-service': '放弃的来电有服务时长',
  'fractional-count': '来电量不是整数', 'unclosed-quote': '引号未闭合', 'dst-spring-gap': '夏令时跳过的时段', 'dst-repeated-hour': '夏令时重复的时段',
};

const terms: Terms = {
  methods: {
    auto: '自动（经回测检验）', 'seasonal-naive': '季节性朴素法', 'moving-average': '移动平均',
    'weighted-moving-average': '加权移动平均', 'historical-average': '历史平均', ratio: '比率分解法',
    regression: '回归', 'calendar-regression': '日历回归', 'holt-winters': 'Holt-Winters（双季节）',
    'mstl-ets': 'MSTL 分解 + 指数平滑', 'mstl-arima': 'MSTL 分解 + ARIMA', combined: '组合',
  },
  repairs: { comparable: '可比时期的平均值', interpolate: '按前后相邻值插值', model: '模型填补（日历回归）' },
  statuses: { optimal: '最优', 'time-limit': '达到时间上限', cancelled: '已取消', heuristic: '启发式' },
  columnFields: {
    date: '日期', start: '时段开始', datetime: '日期和时间', offered: '来电量', answered: '接听量',
    abandoned: '放弃量', answeredWithin: '在目标应答时间内接听', abandonedWithin: '在目标应答时间内放弃',
    talkSeconds: '通话时长（秒）', acwSeconds: '话后处理（秒）', avgTalk: '通话时长均值（每通）', avgAcw: '话后处理均值（每通）',
    aht: '平均处理时长', callType: '来电类型（队列）',
  },
  costCategories: {
    labour: '人工', supervision: '主管', space: '工位与场地', equipment: '设备', licences: '许可证',
    trunks: '中继线及使用费', network: '网络', professionalServices: '专业服务', sharedPlatforms: '共享平台',
  },
  issueKinds: KINDS,
  weekdays: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
};

const SEVERITY: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };


const VENDORS: Readonly<Record<VendorId, string>> = {
  'avaya-cms': 'Avaya CMS 分组/技能报表', 'cisco-ucce': 'Cisco UCCE（CUIC）呼叫类型报表', 'genesys-cloud': 'Genesys Cloud 队列绩效导出',
  'amazon-connect': 'Amazon Connect 历史指标报表', 'nice-cxone': 'NICE CXone 导出', 'aliyun-ccc': '阿里云云联络中心报表',
};
const ENCODINGS: Readonly<Record<HistoryEncoding, string>> = {
  'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8（带字节顺序标记）', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030（GBK）',
};

const method = (code: string): string => terms.methods[code as keyof Terms['methods']] ?? code;
const pct = (f: NoteFormat, x: number | undefined): string => (x === undefined ? '-' : f.percent(x, 1));
/** '2026-12' → '2026年12月' */
const month = (ym: string): string => (/^\d{4}-\d{2}$/.test(ym) ? `${ym.slice(0, 4)}年${Number(ym.slice(5))}月` : ym);
/** FTE to one decimal. */
const fte = (x: number): string => x.toFixed(1);
const where = (m: string | undefined) => (m ? month(m) : '所有月份合计');
const skipped = (unit: SkippedUnit) => (unit === 'call' ? '跳过此行；该来电不计入' : '跳过此行；其时段按缺失处理，而不是按零处理');
const order = (o: DayMonthOrder) => (o === 'DMY' ? '日/月/年' : '月/日/年');
const objective = (sl: number, seconds: number) => `${Math.round(sl * 100)}/${seconds}`;
const plan = (scenario: string) => PLAN_NAMES_ZH[scenario] ?? `“${scenario}”方案`;
const talkZero = '按已接听计，通话时长记为 0 秒';

const DERIVED_ZH: Record<DerivedSetting, string> = {
  intervalMinutes: '时段长度（分钟）',
  horizonStart: '计划首日',
  patience: '来电者平均耐心时间（秒）',
};

export const textsZhCN: EngineTexts = {
  where: {
    file: (name) => `${name}：`,
    scenario: (name) => `方案 ${name}：`,
    team: (name) => `团队 ${name}：`,
    month: (month) => `${month}：`,
    date: (date, f) => `${f.date(date)}：`,
  },
  notes: {
    'clean.summary': (p, f) => `历史数据中标出 ${f.count(p.flagged)} 项异常：修复 ${f.count(p.repaired)} 项（${terms.repairs[p.repair]}），按观测保留 ${f.count(p.kept)} 项`,
    'clean.unrepaired': (p, f) => `${f.count(p.count)} 项已接受修复的异常没有可比数据可用，已按观测保留`,
    'clean.unusedOverride': (p, f) => `${f.date(p.date)}${p.start ? ` ${p.start}` : ''} 的修复设置没有对应的已标出异常，已忽略`,
    'forecast.trained': (p, f) => `预测以 ${f.date(p.from)} 至 ${f.date(p.to)} 的 ${f.count(p.days)} 天数据训练`,
    'forecast.autoTooShort': (p) => `自动选择使用了${method(p.method)}：历史数据太短，无法回测`,
    'forecast.autoKept': (p, f) =>
      `自动选择保留${method(p.method)}（${p.days} 天回测的加权 MAPE 为 ${pct(f, p.wmape)}）：${method(p.challenger)}为 ${pct(f, p.challengerWmape)}，优势不足 ${f.percent(p.margin, 0)}`,
    'forecast.autoChose': (p, f) => `自动选择了${method(p.method)}：在训练数据最后 ${p.days} 天的逐日滚动回测中加权 MAPE 最低（${pct(f, p.wmape)}）`,
    'forecast.closedGap': (p, f) => `${p.dates.map((d) => f.date(d)).join('、')}：历史数据与预测起始日之间的常规营业日没有数据，按关闭处理，其后几天计入闭店后的回补效应`,
    'forecast.recurringEvent': (p, f) => {
      const what = { firstBusinessDay: '每月第一个工作日', secondBusinessDay: '每月第二个工作日', thirdBusinessDay: '每月第三个工作日', lastBusinessDay: '每月最后一个工作日', afterClosure: '闭店后的第一个营业日', secondDayAfterClosure: '闭店后的第二个营业日', thirdDayAfterClosure: '闭店后的第三个营业日' }[p.event];
      const signed = (x: number) => `${x >= 0 ? '+' : '−'}${f.percent(Math.abs(x), 1)}`;
      const decision = !p.overridden ? '已计入预测' : !p.accepted ? '已按您的设置拒绝，不计入' : `已按您的设置 ${signed(p.effect)} 计入`;
      return `周期性事件：${what}，历史中出现 ${f.count(p.occurrences)} 次（最近一次 ${f.date(p.last)}），测得来电量 ${signed(p.measured)}；${decision}`;
    },
    'forecast.fallback': (p, f) => `${f.date(p.date)}：${method(p.method)}无法预测这一天，改用最近一年的历史平均`,
    'forecast.noComparableDay': (p, f) => `${f.date(p.date)}：历史数据中没有可比的日期，预测为 0 并按关闭处理`,
    'forecast.regionalHolidays': (p, f) => {
      const how = p.open ? (p.factor === 1 ? '照常营业' : `营业，来电量为平日的 ${pct(f, p.factor)}`) : '不营业';
      const why = p.learned ? `依据历史数据中的 ${f.count(p.seen)} 个法定节假日` : '为假定：历史数据中没有落在营业日的法定节假日可供学习';
      return `预测期内的 ${p.region} 法定节假日（${p.dates.map((d) => f.date(d)).join('、')}）：${how}，${why}`;
    },
    'forecast.makeupDays': (p, f) => {
      const days = p.days.map((d) => `${f.date(d.date)} 按${terms.weekdays[(d.pattern + 1) % 7]}`).join('、');
      const why = p.learned ? `依据历史数据中的 ${f.count(p.seen)} 个调休上班日` : '为假定：历史数据中没有调休上班日可供学习';
      return p.open ? `预测期内的 ${p.region} 调休上班日：${days}；照常上班，${why}` : `预测期内的 ${p.region} 调休上班日不上班，${why}`;
    },
    'forecast.dayAfterHoliday': (p, f) => {
      const days = `节假日后的第一个营业日（${p.dates.map((d) => f.date(d)).join('、')}）`;
      const signed = `${p.effect >= 0 ? '+' : '−'}${f.percent(Math.abs(p.effect), 1)}`;
      if (p.basis === 'learned') return `${days}：来电量 ${signed}，依据历史数据中的 ${f.count(p.occurrences)} 次闭店学习`;
      if (p.basis === 'yours') return `${days}：来电量 ${signed}，为您对闭店后营业日设置的系数`;
      if (p.basis === 'notSeen') return `${days}：按平常日预测，为假定：历史数据中看不出闭店对次日来电的影响可供学习`;
      return `${days}：按平常日预测，为假定：${method(p.method)}不模拟闭店后积压的来电（日历回归会学习）`;
    },
    'calendar.uncoveredYears': (p) => `${p.region}：日历数据中还没有 ${p.years.join('、')} 年的官方节假日安排（国务院每年 11 月前后公布）；仅计法定节假日，不含调休`,
    'reforecast.badTime': (p) => `重新预测时间须为 HH:MM 格式的时刻，例如 12:00（收到“${p.value}”）`,
    'reforecast.outsideHours': (p, f) => p.hours === null
      ? `${f.date(p.date)} 呼叫中心不营业，无法从 ${p.time} 重新预测`
      : `重新预测时间 ${p.time} 不在 ${f.date(p.date)} 的营业时间（${p.hours}）内：请给出开门之后、关门之前的时刻`,
    'reforecast.noActuals': (p, f) => `历史数据中没有 ${f.date(p.date)} ${p.time} 之前的来电：请把今天已有的时段数据加入文件`,
    'reforecast.shortHistory': (p, f) => `重新预测需要 ${f.date(p.date)} 之前至少 ${p.minDays} 天的历史数据（现有 ${f.count(p.days)} 天）`,
    'reforecast.revised': (p, f) =>
      `${f.date(p.date)} ${p.from} 之前：实际来电 ${f.count(p.actual)}，预测 ${f.count(p.forecast)}（${pct(f, p.forecast > 0 ? p.actual / p.forecast - 1 : 0)}）；`
      + `已过当天来电的 ${pct(f, p.weight)}，余下时段 × ${p.factor.toFixed(3)}；最近半小时比此水平偏差 ${pct(f, p.local)}，其一半延续到之后几小时并逐渐减弱`,
    'budgetYear.partialMonth': (p) => `${month(p.month)}：历史数据只包含 ${month(p.source)} 的一部分，已按其中 ${p.days} 天折算为整月`,
    'budgetYear.missingMonth': (p) => `${month(p.month)}：历史数据中没有 ${Number(p.calendarMonth)} 月，按日均来电量填补`,
    'schedule.noRoster': (p) => `未生成排班表：${rosterProblem(p.reason)}`,
    'schedule.uncovered': (p) =>
      `${p.ranges.map((r) => `${r.day} ${r.from}–${r.to}`).join('、')}${p.more > 0 ? ` 等（另有 ${p.more} 段）` : ''}需要坐席，但没有任何班次模板覆盖这些时段；请添加覆盖这些时段的班次，或把这些时段的需求设为 0`,
    'schedule.rosterInfeasible': () => '在这些班次模板下，没有满足排班表规则（每周工作天数、连续休息日、每周最多工时、最少休息）的排班；请放宽某条规则或添加班次模板',
    'schedule.infeasible': () => '在这些班次模板和上限下，排班无解',
    'schedule.noSolutionInTime': (p) => `求解器在时间限制内没有找到排班（状态 ${p.status}）；请放宽时间限制`,
    'schedule.stopped': (p, f) => `求解器未得到最优解（${terms.statuses[p.status]}）；排班为已找到的最佳结果，与下界相差不超过 ${f.percent(p.gap, 2)}。`,
    'schedule.seatsShort': (p) => `${ranges(p)}所需坐席超过场地的 ${p.seats} 个工位；请增加工位、降低这些时段的需求，或使用均衡目标（在工位允许范围内尽量满足）`,
    'schedule.contractsUncovered': (p) => `${ranges(p)}需要坐席，但没有任何合同允许的班次（工作日与班次时长）覆盖这些时段；请添加合同，或添加合同允许时长的班次`,
    'schedule.contractUnworkable': (p) =>
      `合同“${p.contract}”（每周 ${hours(p.minHours)}–${hours(p.maxHours)} 小时，${p.minDays}–${p.maxDays} 天）无法用这些班次时长排班：其工作天数乘以任一班次的带薪时长都不在其每周工时范围内；请调整其工时或天数，或添加班次`,
    'schedule.ruleInfeasible': (p) => `没有排班能满足${ruleProblem(p.problem)}`,
    'schedule.rotationFixed': (p) =>
      `在 ${p.weeks} 周轮换中，${agentList(p.agents)} 每周重复同一周的班次：其合同的各周无论如何排序，都无法在跨周时满足${rotationRule(p)}；请缩短最少休息或放宽限制，或添加班次`,
    'schedule.rotationUnfair': (p) =>
      `${p.weeks} 周轮换中，${p.contract} 坐席的${p.measure === 'lateShifts' ? '晚间班次（20:00 后结束）' : '周末休息天数'}分配不均：每人 ${p.min} 至 ${p.max}；各周的休息与连续工作天数规则不允许更公平的顺序`,
    'schedule.noWeekendOff': (p) => `${agentList(p.agents)} 在 ${p.weeks} 周轮换中每个周六和周日都上班；周末所需坐席过多，无法让每人都有周末休息日`,
    'schedule.paidHolidays': (p, f) =>
      `${p.dates.map((d) => f.date(d)).join('、')} 不安排班次：中心节假日休息。${p.agents === 0 ? '没有坐席的工作周包含这些日期，因此无人获得节假日工资' : `${f.count(p.agents)} 名坐席的工作周包含这些日期，按其当周平均班次带薪休假，共 ${hours(p.hours)} 小时`}；节假日计入其合同的工时和天数，并计入带薪工时和 FTE，但不计入覆盖`,
    'schedule.rosterClosedDates': (p, f) =>
      `排班表在 ${p.dates.map((d) => f.date(d)).join('、')} 不安排班次：中心当天不营业（休息日或调休的休息日），已求解周的重复排在当天的班次均已去除；相关坐席该周工时相应减少`,
    'schedule.rosterHolidays': (p, f) =>
      `排班表在 ${p.dates.map((d) => f.date(d)).join('、')} 不安排班次：轮换的后续周中心节假日休息；当天排班的坐席按其班次工时带薪休假，因此该周仍保持合同工时`,
    'schedule.rosterCut': (p, f) =>
      `排班表只覆盖轮换 ${f.count(p.weeks)} 周中的 ${f.count(p.published)} 周：自 ${f.date(p.from)} 所在周起，中心在 ${p.dates.map((d) => f.date(d)).join('、')} 营业，而已求解周当天未按同样方式排班（节假日或调休工作日）；请从 ${f.date(p.from)} 起另做一周计划`,
    'cost.noCalls': (p) => `${where(p.month)}：没有来电，无法计算每通来电成本`,
    'cost.noHandledMinutes': (p) => `${where(p.month)}：没有处理时长，无法计算每处理分钟成本`,
    'cost.zeroTotal': () => '总成本为 0，无法计算人工成本占比',
    'capacity.shortLeadTime': (p) =>
      `${month(p.month)}缺 ${fte(p.fte)} 个全职当量（FTE）：${p.joinMonth ? `最早一期培训班 ${month(p.joinMonth)} 入职${p.productiveMonth ? `，${month(p.productiveMonth)}起才完全达产` : '，年内无法完全达产'}` : '招聘周期使最早一期培训班在本年度之后才入职'}`,
    'capacity.shortClassSize': (p) => `${month(p.month)}缺 ${fte(p.fte)} 个全职当量（FTE）：每月一期、每期最多 ${p.classMax} 人的培训班追不上需求；请放宽每期人数上限`,
    'capacity.notCaughtUp': (p) => `${plan(p.scenario)}在本年度内无法补足人力：${month(p.month)}仍缺 ${fte(p.fte)} 个全职当量（每期最多 ${p.classMax} 人）；请放宽每期人数、缩短招聘周期或培训时间。`,
    'capacity.noHiringPlan': (p) => `HiGHS 在 ${p.seconds} 秒内未找到招聘计划；请放宽时间限制`,
    'capacity.assumed': (p, f) =>
      `未设置人力容量参数：假定每月流失率 ${f.percent(p.attritionRate, 1)}、招聘周期 ${p.hiringLeadWeeks} 周、培训 ${p.trainingWeeks} 周${p.nestingWeeks > 0 ? `、上岗辅导期 ${p.nestingWeeks} 周（产能 ${f.percent(p.nestingProductivity, 0)}）` : ''}、每期 ${p.classMin}–${p.classMax} 人，不计招聘和培训费用。`,
    'capacity.startHeadcount': (p) =>
      `期初人数 ${p.heads}：${p.source === 'config' ? '按配置' : p.source === 'schedule' ? '取自排班表的人数（请填写实际的期初在册人数）' : '按首月所需全职当量 ÷ 人均全职当量估算（请填写实际的期初在册人数）'}。`,
    'capacity.newCentre': (p) => `新建中心：期初无人，全部人员需招聘${p.joinMonth ? `；第一期培训班 ${month(p.joinMonth)} 入职` : ''}，此前各月人力不足。`,
    'capacity.ftePerHead': (p) => `人均 ${p.fte.toFixed(3)} 个全职当量（${p.source === 'roster' ? '取自排班表：全职当量 ÷ 人数' : '按各合同占比及其周工时范围中值计算'}）。`,
    'capacity.method': () =>
      '人力容量：培训班在招聘周期后于某月 1 日入职；下月人数 = 本月人数 − 本月离职 + 下月入职，离职 = 人数 × 流失率（含培训学员）；学员带薪但不接听电话；培训进度按每月 52 ÷ 12 周计算。人工成本包含学员工资、培训费和招聘费。',
    'plan.costCategories': (p) => `成本类别：${p.categories.map((c) => terms.costCategories[c]).join('、')}。`,
    'plan.monthlyScaling': () => '每月带薪工时 = 当月所需工时 × 已求解一周的带薪工时与所需工时之比；工位按该周排班坐席峰值与所需坐席之比计算。',
    'plan.derived': (p) => `${DERIVED_ZH[p.setting]}${p.source === 'history' ? '（根据数据得出）' : '（采用默认值）'}：${p.value}`,
    'plan.derivedOpeningHours': (p) => `营业时间（根据数据得出）：${p.hours.map((h, w) => `${terms.weekdays[(w + 1) % 7]} ${h ?? '休息'}`).join('，')}`,
    'plan.derivedContracts': (p, f) => `为生成的班次假定的合同：${p.contracts.map((c) => `${c.name === 'Full-time' ? '全职' : c.name === 'Part-time' ? '兼职' : c.name} 每周 ${c.minHours}–${c.maxHours} 小时，${c.minDays === c.maxDays ? c.minDays : `${c.minDays}–${c.maxDays}`} 天，占人数 ${f.percent(c.share, 0)}`).join('；')}`,
    'plan.derivedShifts': (p) =>
      `班次模式（根据营业时间生成）：${p.patterns.map((s) => `${s.days.map((w) => terms.weekdays[(w + 1) % 7]).join('、')} ${s.hours} 小时，${s.firstStart}–${s.lastStart} 开始`).join('；')}`,
    'plan.assumed': (p) =>
      p.what === 'noShrinkage'
        ? '未填写人员缩减：按所有排班坐席都在接听电话计算（缺勤、休息和培训为 0%）；请在第 6 步填写人员缩减'
        : '未填写成本费率：工资、工位、许可证、中继线和固定费用按 0 计算，请在第 8 步或预算工作簿中填写',
    'plan.cancelled': () => '计划已取消',
    'plan.intervalMismatch': (p) => `设置的时段长度为 ${p.configured} 分钟，但历史数据的时段为 ${p.history} 分钟`,
    'queues.noCallType': () => '“data.queues”（队列）要按多个队列计划，但历史数据没有来电类型（队列）列：请在第 2 步映射该列，或将其设为 "total"',
    'queues.noHistory': (p) => `“data.queues”（队列）：队列“${p.queue}”使用的来电类型 ${p.callTypes.map((t) => `“${t}”`).join('、')} 在历史数据中不存在（历史数据的来电类型：${p.known.join('、')}）`,
    'teams.needQueues': (p) => `“schedule.teams”（团队）为 "${p.teams}"，但“data.queues”（队列）为 "total"（只有一个队列）：请将队列设为 "separate" 或列出各队列，或只排一个团队（"pooled"）`,
    'teams.needSkills': () => '“schedule.teams”（团队）为 "skills"，但计划没有技能组：请在“data.skills”中列出技能组，或改为 "separate" 或 "pooled" 团队',
    'queues.skillsNeedQueues': () => '“data.skills”（技能组）在多个队列之间分配来电，但“data.queues”（队列）为 "total"（只有一个队列）：请将其设为 "separate" 或列出各队列',
    'queues.skillUnknownQueue': (p) => `“data.skills”（技能组）：技能组“${p.group}”服务的队列“${p.queue}”在计划中不存在（计划的队列：${p.known.map((q) => `“${q}”`).join('、')}）`,
    'queues.skillChatQueue': (p) => `“data.skills”（技能组）：技能组“${p.group}”服务在线聊天队列“${p.queue}”：技能组只分配语音来电，在线聊天队列单独配置人员（请将其从该技能组中移除）`,
    'queues.skillUnserved': (p) => `“data.skills”（技能组）：没有技能组服务队列 ${p.queues.map((q) => `“${q}”`).join('、')}：请将其加入某个技能组的队列`,
    'queues.skillsUnreached': (p) => `“data.skills”（技能组）：在 ${p.interval}，增加坐席 ${p.rounds} 次后，仿真仍未使每个队列达到目标；请检查各技能组的队列及其顺序`,
    'email.noResponseWindow': (p) => `“data.queues”（队列）：邮件队列“${p.queue}”需要设置回复时限 responseHours（小时，例如 24 表示一天内回复）`,
    'email.windowTooShort': (p) =>
      `“data.queues”（队列）：邮件队列“${p.queue}”的回复时限为 ${p.responseHours} 小时，短于每封邮件至少需要的 ${+p.minimumHours.toFixed(2)} 小时：一个平均处理时长（${Math.round(p.ahtSeconds)} 秒），且至少两个 ${p.intervalMinutes} 分钟的计划时段（邮件不在到达的时段内回复）`,
    'plan.planningInterval': (p) =>
      `“schedule.intervalMinutes”（计划时段长度）为 ${p.planning} 分钟：计划时段必须是历史数据 ${p.data} 分钟时段的整数倍，并能整除一天（5 分钟数据用 15 或 30 分钟）`,
    'schedule.assumedSharesDropped': (p, f) => {
      const mix = p.contracts.map((c) => `${c.name} ${f.percent(c.share, 0)}`).join('，');
      return p.why === 'teams'
        ? `假定的合同比例（${mix}）针对整个中心，而各团队分开排班，因此每个团队的排班由求解器决定比例；如需每个团队都保持比例，请在“schedule.contracts”中给出自己的比例`
        : `在给定的工位和规则下，没有排班能保持假定的合同比例（${mix}），因此本排班由求解器决定比例；如需保持比例，请在“schedule.contracts”中给出自己的比例，或增加工位`;
    },
    'plan.scenarioScheduleTaken': (p) =>
      `“${p.scenario}”方案采用“${p.from}”方案的排班（带薪 ${p.paidHours} 小时，而在时间限制内为其找到的排班为 ${p.ownPaidHours} 小时）：该排班在每个时段都满足“${p.scenario}”方案的需求，较低的方案成本绝不高于较高的方案`,
    'plan.noAht': () => '历史数据没有通话或话后处理时间，因此没有可用于计划的平均处理时长（AHT）：请在第 2 步填写平均处理时长',
    'plan.nothingToSchedule': () => '预测期内没有来电，无需排班（预测期内每天都不营业吗？）',
    'plan.shrinkageTooHigh': (p, f) => `人员缩减 × 系数达到 ${f.percent(p.share, 1)}，必须低于 100%`,
    'budget.nonMonotone': (p, f) =>
      `成本没有随服务水平目标单调上升：${f.percent(p.lowSl, 0)} 的成本为 ${f.money(p.lowCost, p.currency)}，而 ${f.percent(p.highSl, 0)} 的成本为 ${f.money(p.highCost, p.currency)}`,
    'budget.answer': (p, f) =>
      `每年 ${f.money(p.budget, p.currency)} 的预算可买到${plan(p.scenario)}来电量下 ${objective(p.slTarget, p.targetSeconds)} 的服务水平；${objective(p.nextSlTarget, p.targetSeconds)} 需要 ${f.money(p.nextCost, p.currency)}。`,
    'budget.answerTop': (p, f) => `每年 ${f.money(p.budget, p.currency)} 的预算可买到所考虑的最高服务水平目标（${objective(p.slTarget, p.targetSeconds)}）。`,
    'budget.belowMinimum': (p, f) => `${f.money(p.budget, p.currency)} 的预算连最低的服务水平目标 ${f.percent(p.slTarget, 0)} 都达不到，该目标的成本为 ${f.money(p.cost, p.currency)}`,
    'budget.failed': (p) => `预算问题无法回答：${p.reason}`,
    'import.columnsUsed': (p) => `使用的列：${p.columns.map(([field, header]) => `${terms.columnFields[field]} ← "${header}"`).join('，')}`,
    'import.columnsIgnored': (p) => `未使用的列：${p.columns.map((c) => `"${c}"`).join('，')}`,
    'import.talkFromAht': (p) => `通话时长按 "${p.column}" × 接听量（无接听量时按来电量）计算；话后处理已含在其中（单独计为 0 秒）`,
    'import.intervalDetected': (p) => `时段长度由数据识别：${p.minutes} 分钟`,
    'import.intervalAssumed': (p) => `只有一个时段开始时间：时段长度按 ${p.minutes} 分钟计`,
    'import.offGrid': (p) => `不在 ${p.minutes} 分钟边界上的时段开始时间（首次出现在第 ${p.row} 行，${p.start}）计入包含它的时段`,
    'import.callInterval': (p) => `来电所属时段：按进入队列的时间（q_start），直接转给坐席的来电按离开 VRU 的时间；时段长度 ${p.minutes} 分钟`,
    'import.callDefinitions': (p) => `达标 = 等待不超过 ${p.seconds} 秒；平均处理时长（AHT）只含服务时长（文件没有话后处理列）`,
    'import.layout': (p) => `各列与${VENDORS[p.vendor]}一致`,
    'import.encoding': (p) => `按 ${ENCODINGS[p.encoding]} 编码读取`,
    'import.numberFormat': (p, f) =>
      `整个文件的数字按${p.decimal === ',' ? '逗号作小数点（1.234,5）' : '句点作小数点（1,234.5）'}读取，${
        p.decidedBy === 'values' ? `依据像“${p.example}”这样的数值` : p.decidedBy === 'delimiter' ? '因为文件以分号分隔且没有数值表明相反' : '因为没有数值表明相反'}${
        p.ambiguous > 0 ? `；${f.count(p.ambiguous)} 个像“${p.ambiguousExample ?? ''}”这样的数值按此读取（${p.decimal === ',' ? '“.”为千位分隔符' : '“,”为千位分隔符，“.”为小数点'}）` : ''}`,
    'import.offeredFromParts': (p) => `没有来电量列：来电量 = “${p.answered}” + “${p.abandoned}”`,
    'import.totalsFromAverages': (p) => `总时长按平均值 × “${p.count}”计算：${p.columns.map((c) => `“${c}”`).join('，')}`,
    'import.offsetDropped': (p) => `“${p.column}”带有 UTC 时差（${p.offset}，首次出现在第 ${p.row} 行）；时间按所写的当地时间保留`,
    'import.queues': (p, f) => `“${p.column}”中有 ${p.queues.length} 个队列，按合计计划：${p.queues.map((q) => `${q.name}（${f.count(q.calls)} 通来电）`).join('，')}`,
    'import.tooBig': (p, f) =>
      `文件大小为 ${f.count(Math.round(p.bytes / 1048576))} MB，超过一次可读取的 ${f.count(Math.round(p.limit / 1048576))} MB；请导出较短的时期（或较少的队列），或改用逐通来电记录，由预测命令行工具以流式读取`,
    'import.intervalUnusable': (p) =>
      `${p.source === 'declared' ? '设置的时段长度为' : '历史数据的时段为'} ${p.minutes} 分钟；计划需要不超过 60 分钟且能整除一小时的时段（5、10、15、30 或 60 分钟）`,
  },
  issues: {
    'ambiguous-date-order': {
      problem: () => '像 03/04/2003 这样的日期既可能是日在前也可能是月在前，且没有数值能确定',
      action: (p) => `按${order(p.order)}读取${p.vendor ? `（${VENDORS[p.vendor]}的默认顺序）` : ''}；如有误请设置日期顺序`,
    },
    'mixed-date-order': {
      problem: () => '部分日期是日在前（第一部分大于 12），另一部分是月在前（第二部分大于 12）',
      action: (p) => `每个日期按其数值确定的顺序读取；无法确定的按${order(p.order)}读取`,
    },
    'mixed-date-formats': {
      problem: (p, f) => `日期使用了 ${p.formats.length} 种格式：${p.formats.map((x) => `${x.format === 'Excel serial' ? 'Excel 序列号' : x.format}（${f.count(x.count)} 行，首次出现在第 ${x.firstRow} 行）`).join('，')}`,
      action: () => '每个日期按其自身格式读取；请检查日和月是否颠倒',
    },
    'blank-row': { problem: () => '空行', action: () => '已忽略' },
    'bad-datetime': { problem: (p) => `“${p.value}”不是日期和时间`, action: () => skipped('interval') },
    'missing-value': {
      problem: (p) => (p.field === 'date' ? '日期为空' : p.field === 'start' ? '时段开始时间为空' : '来电量为空'),
      action: () => skipped('interval'),
    },
    'bad-date': { problem: (p) => `“${p.value}”不是日期`, action: (p) => skipped(p.skipped) },
    'bad-time': {
      problem: (p) =>
        p.reason === 'notTime' ? `“${p.value}”不是一天中的时间`
          : p.reason === 'beyondDay' ? `${p.value} 不是当天之内的开始时间`
            : '直接转给坐席的来电没有有效的 VRU 离开或进入时间',
      action: (p) => skipped(p.skipped),
    },
    'not-a-number': { problem: (p) => `“${p.value}”不是${p.skipped === 'call' ? '秒数' : '数字'}`, action: (p) => skipped(p.skipped) },
    'negative': { problem: (p) => `${p.value} 为负数`, action: () => skipped('interval') },
    'answered-exceeds-offered': { problem: (p) => `接听量（${p.answered}）超过来电量（${p.offered}）`, action: () => '按原值保留' },
    'duplicate-interval': {
      problem: (p, f) => `与第 ${p.first} 行重复（${f.date(p.date)} ${p.start}${p.callType ? ` “${p.callType}”` : ''}）`,
      action: (p) => `已忽略此行；保留第 ${p.first} 行`,
    },
    'interval-length-mismatch': {
      problem: ({ declared, detected }) =>
        detected > declared && detected % declared === 0
          ? `要求 ${declared} 分钟的时段，但文件每 ${detected} 分钟才有一行；若按 ${declared} 分钟读取，每 ${detected / declared} 个时段中会有 ${detected / declared - 1} 个为空`
          : `要求 ${declared} 分钟的时段，但文件每 ${detected} 分钟有一行`,
      action: ({ declared, detected }) => (declared % detected === 0 ? `各行合并为 ${declared} 分钟的时段` : `按 ${detected} 分钟的时段读取`),
    },
    'missing-days': {
      problem: (p, f) =>
        p.open === 1 && p.from === p.to
          ? `${f.date(p.from)}（中心通常营业的${terms.weekdays[p.weekday]}）没有数据`
          : `${f.date(p.from)} 至 ${f.date(p.to)} 没有数据（其中 ${p.open} 天通常营业）`,
      action: () => '按缺失处理（未营业或未记录），不当作来电量为零的日子',
    },
    'bad-outcome': { problem: (p) => `结果“${p.value}”不是 AGENT、HANG 或 PHANTOM`, action: () => skipped('call') },
    'phantom': { problem: () => '结果为 PHANTOM（不是真实来电）', action: () => '已忽略' },
    'negative-duration': {
      problem: (p) =>
        p.field === 'queue' ? `排队时长为负（${p.seconds} 秒）`
          : p.field === 'vru' ? `VRU 时长为负（${p.seconds} 秒）：离开 VRU 早于进入 VRU`
            : `服务时长为负（${p.seconds} 秒）`,
      action: (p) =>
        p.field === 'queue' ? `等待时长取 ${p.fixed} 秒（q_exit − q_start）`
          : p.field === 'vru' ? '保留该来电；不使用 VRU 时长（统计使用排队和服务时长）'
            : talkZero,
    },
    'ended-in-vru': { problem: () => '在 VRU 中挂断，未进入坐席队列', action: () => '不计入坐席的来电量（在汇总中计为在 VRU 中结束）' },
    'zero-service-time': { problem: () => '已接听来电的服务时长为 0 秒', action: () => talkZero },
    'served-without-server': { problem: () => '结果为 AGENT，但坐席字段为 NO_SERVER', action: () => '按已接听计（以结果为准）' },
    'abandon-with-service': { problem: (p) => `放弃的来电有服务时长（${p.seconds} 秒）`, action: () => '按放弃计；忽略服务时长' },
    'fractional-count': {
      problem: (p) => `“${p.value}”不是整数的来电量`,
      action: (p) => `按 ${p.read} 保留；如果此文件中“.”是千位分隔符，请以逗号作小数点或不带分隔符重新导出`,
    },
    'unclosed-quote': {
      problem: (p) => `此行的引号（"）没有闭合；若按引号读取，会吞掉其后的 ${p.swallowed} 行`,
      action: () => '此行的引号按普通字符读取；其他各行正常读取',
    },
    'dst-spring-gap': {
      problem: (p, f) => `${f.date(p.date)} 是夏令时开始日：时钟跳过 ${p.from}–${p.to}`,
      action: () => '这些时段按缺失处理（没有数据行），而不是按来电量为零处理',
    },
    'dst-repeated-hour': {
      problem: (p, f) => `${f.date(p.date)} ${p.start} 出现两次（第 ${p.first} 行和此行）：时钟回拨，这一小时经历了两次`,
      action: () => '两行都保留：其来电量和时长合计到该时段',
    },
  },
  report: {
    counts: (read, used, skippedRows, f) => `读取 ${f.count(read)} 行，使用 ${f.count(used)} 行，跳过 ${f.count(skippedRows)} 行`,
    note: (text) => `说明：${text}`,
    capped: (kind, count, listed, f) => `${KINDS[kind]}：共 ${f.count(count)} 项，列出 ${f.count(listed)} 项`,
    issue: (severity, row, column, problem, action) => `${SEVERITY[severity]}：${row > 0 ? `第 ${row} 行` : '整个文件'}${column ? `，列 ${column}` : ''}：${problem}；${action}`,
  },
  terms,
};
