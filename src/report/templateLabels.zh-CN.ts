/**
 * 模板标签（简体中文）: the zh-CN captions of templateLabels.ts, keyed as the
 * English ones (sheet, section address, cell name, table name). Terms follow
 * src/i18n/glossary.ts; test/i18n checks the keys and the terms.
 */
import { COST_CATEGORIES, COST_RATE_FIELDS, MONTH_DRIVER_FIELDS, type CostRateKey, type MonthDriverKey } from '../core/cost';
import { renderNote } from '../core/notes/render';
import { PLAN_NAMES_ZH, textsZhCN } from '../core/notes/texts.zh-CN';
import { DEFAULT_SCENARIOS } from '../core/scenario/defaultScenarios';
import type { ScenarioFigures, TemplateLabels } from './templateLabels';

const RATES: Readonly<Record<CostRateKey, readonly [label: string, unit: string]>> = {
  hourlyWage: ['坐席时薪', '每带薪小时'],
  onCostRate: ['附加成本（福利、税费）', '占工资比例'],
  supervisorRatio: ['每名主管管理的坐席数', '坐席'],
  supervisorHourlyWage: ['主管时薪', '每带薪小时'],
  seatSpareRate: ['备用工位', '占峰值坐席比例'],
  seatMonthlyCost: ['每工位场地', '每工位每月'],
  equipmentPerSeatMonthly: ['每工位设备', '每工位每月'],
  licencesPerSeatMonthly: ['每工位许可证', '每工位每月'],
  trunkMonthlyCost: ['中继线', '每条每月'],
  trunkUsagePerMinute: ['中继线使用费', '每中继线分钟'],
  networkMonthly: ['网络', '每月'],
  professionalServicesMonthly: ['专业服务', '每月'],
  sharedPlatformsMonthly: ['共享平台', '每月'],
};

const DRIVERS: Readonly<Record<MonthDriverKey, string>> = {
  paidHours: '带薪工时（小时）',
  calls: '来电量',
  handledMinutes: '处理时长（分钟）',
  peakScheduledAgents: '峰值坐席',
  trunks: '中继线（条）',
  trunkMinutes: '中继线（分钟）',
};

const { costCategories: CATEGORIES, methods, statuses } = textsZhCN.terms;

const WEEKDAYS: Readonly<Record<string, string>> = {
  Mon: '周一', Tue: '周二', Wed: '周三', Thu: '周四', Fri: '周五', Sat: '周六', Sun: '周日',
  Monday: '周一', Tuesday: '周二', Wednesday: '周三', Thursday: '周四', Friday: '周五', Saturday: '周六', Sunday: '周日',
};

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const whole = (x: number): string => Math.round(x).toLocaleString('en-US');

/** The SL methods' formulas in Chinese (the task pane words them alike: src/taskpane/i18n/zh-CN.ts). */
const SL_METHODS: Readonly<Record<number, string>> = {
  1: '(Aw + Bw) / (A + B)：短时放弃计为达标',
  2: 'Aw / A：忽略放弃来电',
  3: 'Aw / (A + B)：每个放弃都计为未达标',
  4: 'Aw / (A + B − Bw)：短时放弃不计入基数',
};

/** Model names per the glossary: 爱尔兰 C (Erlang C). */
const MODELS: Readonly<Record<string, string>> = { 'Erlang C': '爱尔兰 C (Erlang C)', 'Erlang A': '爱尔兰 A (Erlang A)', 'Erlang B': '爱尔兰 B (Erlang B)' };


const percent = (x: number): string => `${Math.round(x * 1000) / 10}`;

/** 高预算方案：来电量 +10%，服务水平 85/20 (a default plan); a planner's own label is kept. */
function scenarioName(s: ScenarioFigures): string {
  const isDefault = DEFAULT_SCENARIOS.some((d) => d.name === s.id && d.label === s.label);
  const name = PLAN_NAMES_ZH[s.id];
  if (!isDefault || !name) return s.label;
  const change = s.volumeFactor - 1;
  const volume = Math.abs(change) < 1e-9 ? '预测来电量' : `来电量 ${change > 0 ? '+' : '−'}${percent(Math.abs(change))}%`;
  return `${name}：${volume}，服务水平 ${percent(s.slTarget)}/${s.targetSeconds}`;
}

const committed = {
  CommittedServiceLevel: '服务水平',
  CommittedAsa: '平均应答速度（秒）',
  CommittedAbandonRate: '放弃率',
  CommittedOccupancy: '占用率',
  TotalCost: '总成本',
  CostPerCall: '单次来电成本',
  CostPerHandledMinute: '每处理分钟成本',
  LabourShare: '人工成本占比',
};

export const templateLabelsZhCN: TemplateLabels = {
  sheets: {
    Forecast: {
      title: '来电量预测',
      subtitle: '规划期内每个时段和每月的来电量。时间单位为秒，话务量单位为爱尔兰。',
      sections: { A3: '规划', D3: '服务目标', I11: '每月来电量' },
      cells: {
        Centre: '中心',
        RunAt: '运行时间',
        ForecastMethod: '预测方法',
        ForecastFrom: '起始日期',
        ForecastTo: '截止日期',
        ForecastTotalCalls: '总来电量',
        IntervalMinutes: '时段长度（分钟）',
        SlTarget: '服务水平目标',
        TargetSeconds: '目标应答时间（秒）',
        SlMethod: '服务水平算法',
        StaffingModel: '人力模型',
        HistoryFrom: '历史起始',
        HistoryTo: '历史截止',
        HistoryCalls: '历史来电量',
      },
      units: {},
    },
    Staffing: {
      title: '人力、中继线与人员缩减',
      subtitle: '每个时段在线接听的基础人力及其服务，以及计入人员缩减后需排班的人数。',
      sections: { A3: '中继线与人员缩减' },
      cells: {
        PeakTrunks: '峰值中继线数（条）',
        PeakTrunkLoad: '峰值中继线话务量（爱尔兰）',
        TrunkBlocking: '呼损率目标',
        ShrinkageTotal: '人员缩减率',
        IvrSeconds: 'IVR 时长（秒）',
        PeakTrunkAt: '峰值出现于',
      },
      units: {},
    },
    Queues: {
      title: '队列',
      subtitle: '每个队列按其在中心来电中的占比预测，并按自身的平均处理时长和服务目标单独配置人力；在线聊天坐席可同时处理多个会话。坐席数未计入人员缩减。',
      sections: { A4: '各队列（整个规划期）', M4: '每个时段' },
      cells: {},
      units: {},
    },
    Scenarios: {
      title: '高中低预算方案',
      subtitle: '各方案的成本及其承诺的服务。',
      sections: { A3: '预算问题' },
      cells: { ScenarioCurrency: '币种', BudgetAmount: '预算', BudgetAnswer: '答复' },
      units: {},
    },
    Schedule: {
      title: '排班覆盖',
      subtitle: '每个时段所需坐席（计入人员缩减）与已排班坐席的对比，以及各时段的服务水平。',
      sections: { A3: '排班' },
      cells: {
        ScheduleCentre: '中心',
        ScheduleStatus: '求解状态',
        PaidHours: '带薪工时（小时）',
        RequiredHours: '所需工时（小时）',
        Efficiency: '效率（%）',
        OptimalityGap: '与下界的差距（%）',
        SolveSeconds: '求解时间（秒）',
        Headcount: '人数（坐席）',
        Fte: '全职当量（FTE）',
        HeadcountByContract: '按合同',
      },
      units: {},
    },
    Shifts: {
      title: '每日班次',
      subtitle: '每个班次开始的坐席数、休息安排和带薪工时；以及每天的来电量和服务水平。',
      sections: {},
      cells: {},
      units: {},
    },
    Roster: {
      title: '每周排班表',
      subtitle: '每位坐席每周一行：每天所上的班次（休息日显示“休息”）。',
      sections: {},
      cells: {},
      units: {},
    },
    'Queue staffing': {
      title: '队列：分开或合并配置',
      subtitle: '语音队列各自单独组队与由一支交叉培训的团队按中心目标统一接听所需的坐席工时对比（在线聊天队列始终单独配置），排班表各时段每个队列所需坐席，按模拟配置的技能组，利用排班表空闲时间处理的邮件积压，以及排班所覆盖的团队（schedule.teams）；坐席未计入人员缩减。',
      sections: { A4: '分开或合并（语音）', F4: '各队列坐席', M4: '技能组（模拟）', S4: '技能组下各队列服务水平', Z4: '邮件队列（按天）', AJ4: '排班团队' },
      cells: {},
      units: {},
    },
    'Skill staffing': {
      title: '各时段技能组人力',
      subtitle: '排班表各时段每个技能组的坐席（未计入人员缩减），由模拟求得；以及每个语音队列的模拟服务水平及其 95% 置信界限，旁列该队列单独组队时按爱尔兰模型所需的坐席和服务水平。筛选技能组或队列列可只看其一。',
      sections: { A4: '各技能组坐席', G4: '各队列服务（模拟；单独组队按爱尔兰模型）' },
      cells: {},
      units: {},
    },
    Budget: {
      title: '预算',
      subtitle: '每项成本都是基于驱动因素和费率（橙色单元格）的实时公式：修改费率，所有合计随之更新。',
      sections: {
        A4: '方案（引擎结果）',
        D4: '费率（输入）',
        H4: '承诺服务',
        K4: '方案比较',
        K13: '人员（排班周、人力容量）',
        A14: '方案系数已由引擎用于人力计算（爱尔兰模型）和排班：此处为结果而非输入——请在向导中修改后重新运行规划。',
        A18: '每月成本',
        A19: '驱动因素为引擎结果（灰色）；成本为基于驱动因素和费率的公式。月份下方：工时、来电量、分钟数和成本的年度合计，以及坐席、中继线、工位的年度最大值。',
      },
      cells: {
        BudgetTitle: '规划',
        Centre: '中心',
        Scenario: '方案',
        Currency: '币种',
        VolumeFactor: '来电量系数',
        SlTarget: '服务水平目标',
        TargetSeconds: '目标应答时间（秒）',
        AhtFactor: '平均处理时长系数',
        ShrinkageFactor: '人员缩减系数',
        RunAt: '运行时间',
        ...Object.fromEntries(COST_RATE_FIELDS.map((f) => [f.name, RATES[f.key][0]])),
        ...committed,
        ScheduleHeadcount: '在册人数（排班表）',
        ScheduleByContract: '按合同',
        ScheduleFte: '全职当量（排班）',
        CapacityMaxHeadcount: '在册人数峰值（人力容量）',
        CapacityHires: '全年入职人数',
      },
      units: Object.fromEntries(COST_RATE_FIELDS.map((f) => [f.name, RATES[f.key][1]])),
    },

    Capacity: {
      title: '人力容量：在册人数与招聘',
      subtitle: '所需全职当量和各期入职人数为引擎结果（灰色）；在册人数、离职、培训学员、有效全职当量及其成本为基于橙色输入的公式：修改流失率或费率，各月随之更新。',
      sections: {
        A4: '假设（输入）',
        D4: '招聘规则（引擎）',
        G4: '培训爬坡（占当月比例）',
        A19: '每月人力',
        A20: '所需全职当量 = 当月带薪工时 ÷ 全职工时；入职人数由引擎（HiGHS，成本最低）决定，于当月 1 日入职。在册人数 = 上月人数 − 离职 + 入职；离职 = 在册人数 × 流失率。月份下方：入职、离职和成本为年度合计，存量为年度最大值和平均值。',
      },
      cells: {
        StartHeadcount: '期初在册人数',
        AttritionRate: '每月流失率',
        RecruitingCostPerHire: '每人招聘费用',
        TrainingCostPerWeek: '每名学员每周培训费',
        FtePerHead: '人均全职当量',
        FullTimeWeeklyHours: '全职每周工时',
        HiringLeadWeeks: '招聘周期（周）',
        TrainingWeeks: '培训（周）',
        NestingWeeks: '上岗辅导期（周）',
        NestingProductivity: '辅导期产能',
        ClassMin: '每期最少人数',
        ClassMax: '每期最多人数',
      },
      units: {},
    },

    ...Object.fromEntries(
      (['Forecast notes', 'Schedule notes', 'Budget notes'] as const).map((name) => [
        name,
        {
          title: '说明与假设',
          subtitle: '本规划的依据：预测方法及其回测、已修复的异常、估算的月份以及每一项假设。',
          sections: {},
          cells: {},
          units: {},
        },
      ]),
    ),
  },
  columns: {
    ForecastTable: ['日期', '星期', '开始', '未营业', '来电量', '平均处理时长（秒）', '话务量（爱尔兰）'],
    MonthlyTable: ['月份', '历史（来电量）', '预测（来电量）'],
    PlansTable: ['方案', '承诺服务水平（%）', '总成本', '单次来电成本'],
    StaffingTable: [
      '日期', '星期', '开始', '来电量', '平均处理时长（秒）', '话务量（爱尔兰）', '坐席', '服务水平（%）', '平均应答速度（秒）',
      '放弃率（%）', '占用率（%）', '人员缩减（%）', '需排班（坐席）', '中继线话务量（爱尔兰）', '中继线（条）',
    ],
    ScenarioTable: [
      '方案', '来电量系数', '服务水平目标（%）', '目标应答时间（秒）', '平均处理时长系数', '人员缩减系数', '承诺服务水平（%）',
      '平均应答速度（秒）', '放弃率（%）', '占用率（%）', '单次来电成本', '总成本',
    ],
    CoverageTable: ['日期', '星期', '开始', '所需（坐席）', '已排班（坐席）', '超出（坐席）', '不足（坐席）', '服务水平（%）'],
    AssignmentsTable: ['日期', '星期', '班次', '开始', '结束', '休息', '坐席', '带薪工时（小时）'],
    DaysTable: ['日期', '星期', '来电量', '服务水平（%）', '带薪工时（小时）'],
    RosterTable: ['坐席', '周起始日', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '每周工时（小时）'],
    NotesTable: ['类别', '项目', '数值', '说明'],
    QueuesTable: ['队列', '渠道', '同时会话数', '来电类型', '服务水平目标（%）', '目标应答时间（秒）', '历史来电量', '历史平均处理时长（秒）', '预测来电量', '坐席工时（小时）', '峰值坐席'],
    QueueIntervalsTable: ['队列', '日期', '星期', '开始', '来电量', '平均处理时长（秒）', '坐席', '服务水平（%）'],
    PoolingTable: ['分开团队（小时）', '合并团队（小时）', '节省（小时）', '节省（%）'],
    QueueAgentsTable: ['日期', '星期', '开始', '队列', '渠道', '坐席'],
    SkillGroupsTable: ['技能组', '服务队列（按优先顺序）', '选择规则', '坐席工时（小时）', '峰值坐席'],
    TeamsTable: ['团队', '服务队列（按优先顺序）', '带薪工时（小时）', '需求工时（小时）', '高于下界（%）', '坐席', '全职当量（FTE）'],
    SkillServiceTable: ['队列', '服务水平目标（%）', '目标应答时间（秒）', '模拟服务水平（%）', '95% 下限（%）', '95% 上限（%）'],
    SkillGroupIntervalsTable: ['日期', '星期', '开始', '技能组', '坐席'],
    SkillQueueIntervalsTable: ['日期', '星期', '开始', '队列', '来电量', '服务水平目标（%）', '模拟服务水平（%）', '95% 下限（%）', '95% 上限（%）', '单独组队（坐席）', '单独组队服务水平（%）'],
    EmailDaysTable: ['邮件队列', '日期', '星期', '邮件量', '日终积压', '利用空闲工时（小时）', '额外坐席工时（小时）', '最久邮件（小时）', '回复时限（小时）'],
    RampTable: ['在职月数', '培训中', '尚未达产'],
    CapacityTable: ['月份', '所需全职当量', '入职人数', '在册人数', '离职人数', '培训学员', '有效全职当量', '富余（+）/ 缺口（−）全职当量', '学员成本', '招聘成本', '招聘培训成本'],
    CostTable: [
      '月份',
      ...MONTH_DRIVER_FIELDS.map((f) => DRIVERS[f.key]),
      '工位',
      ...COST_CATEGORIES.map((c) => CATEGORIES[c.id]),
      '合计',
      '单次来电成本',
    ],
  },
  sheetNames: {
    Forecast: '预测',
    Staffing: '人力',
    Queues: '队列',
    Scenarios: '方案',
    'Forecast notes': '预测说明',
    Schedule: '排班',
    Shifts: '班次',
    Roster: '排班表',
    'Queue staffing': '队列人力',
    'Skill staffing': '技能组人力',
    'Schedule notes': '排班说明',
    Budget: '预算',
    Capacity: '人力容量',
    'Budget notes': '预算说明',
  },
  footer: (sheet) => `&L&8${sheet} — NineStep&R&8第 &P 页，共 &N 页`,
  formats: { month: 'yyyy"年"m"月"', dateTime: 'yyyy"年"m"月"d"日" hh:mm' },
  yearSum: '年度合计',
  yearMax: '年度最大值',
  yearMean: '年度平均值',
  slMethod: (method, formula) => `方法 ${method}：${SL_METHODS[method] ?? formula}`,
  model: (name) => MODELS[name] ?? name,
  agent: (name) => name.replace(/^(.+: )?Agent (\d+)$/, (_, team: string | undefined, n: string) => `${team ? `${team.slice(0, -2)} 团队：` : ''}坐席 ${n}`),
  channel: (c) => (c === 'chat' ? '在线聊天' : '语音'),
  selection: (s) => (s === 'longestWaiting' ? '等待最久优先' : '按队列顺序优先'),
  notes: {
    sections: {
      forecast: '预测',
      backtest: '回测',
      anomalies: '异常',
      notes: '提示',
      service: '服务',
      history: '历史数据',
      shrinkage: '人员缩减',
      rates: '费率',
      scenario: '方案',
      schedule: '排班',
    },
    items: {
      method: '方法',
      from: '起始日期',
      to: '截止日期',
      totalCalls: '总来电量',
      repairMethod: '异常修复方式',
      slTarget: '服务水平目标',
      targetSeconds: '目标应答时间（秒）',
      slMethod: '服务水平算法',
      model: '人力模型',
      patience: '来电者耐心（秒）',
      maxOccupancy: '占用率上限',
      targetLevel: '目标适用于',
      source: '来源',
      days: '天数',
      intervalMinutes: '时段长度（分钟）',
      measuredSl: '实测服务水平',
      aht: '平均处理时长（秒）',
      shrinkageTotal: '总人员缩减率',
      currency: '币种',
      runAt: '运行时间',
      volumeFactor: '来电量系数',
      ahtFactor: '平均处理时长系数',
      shrinkageFactor: '人员缩减系数',
      scheduleStatus: '求解状态',
      paidHours: '带薪工时（小时）',
      efficiency: '效率',
      noAnomalies: '未发现异常',
    },
    backtest: (b) =>
      [
        b.mape === undefined ? '' : `MAPE ${pct(b.mape)}`,
        b.bias === undefined ? '' : `偏差 ${pct(b.bias)}`,
        b.hitRate === undefined ? '' : `命中率 ${pct(b.hitRate)}`,
      ].filter(Boolean).join('，'),
    anomalyItem: (a) => `${a.date}${a.start ? ` ${a.start}` : ''}，${a.kind === 'high' ? '偏高' : '偏低'}`,
    anomalyDetail: (a) =>
      `实际 ${whole(a.observed)}，预期 ${whole(a.expected)}（得分 ${a.score.toFixed(1)}）；${
        a.accepted ? (a.repairedTo === undefined ? '已接受，但无可比数据用于修复' : `已修复为 ${whole(a.repairedTo)}`) : '保留实际值'
      }${a.overridden ? '（由您决定）' : ''}`,
    targetLevel: (l) => (l === 'interval' ? '每个时段' : '每天（按来电量加权）'),
    shrinkage: (c) => ({ absence: '缺勤', leave: '休假', training: '培训', meetings: '会议', coaching: '辅导', breaks: '休息', offPhone: '非话务工作', other: '其他' })[c] ?? c,
    repair: (m) => textsZhCN.terms.repairs[m as keyof typeof textsZhCN.terms.repairs] ?? m,
  },
  off: '休息',
  holiday: '节假日（带薪）',
  weekday: (english) => WEEKDAYS[english] ?? english,
  method: (code) => methods[code as keyof typeof methods] ?? code,
  status: (code) => statuses[code as keyof typeof statuses] ?? code,
  note: (n) => renderNote(n, 'zh-CN'),
  budgetTitle: (scenario, centre) => `${scenario} — ${centre}`,
  scenario: scenarioName,
  promise: {
    heading: '承诺核验（按排班）',
    committed: '承诺服务水平',
    simulated: '仿真服务水平',
    simulatedLow: '仿真：95% 下限',
    simulatedHigh: '仿真：95% 上限',
    belowTarget: '仿真中低于目标的半小时数',
    fewerCalls: '来电少 10% 时的服务水平',
    moreCalls: '来电多 10% 时的服务水平',
    odds: '达到目标的概率',
    extraHours: '每周超出需求的带薪工时',
    extraCost: '这些工时的年度成本',
  },
  charts: {
    monthlyCalls: '每月来电量：历史与预测',
    monthlyCost: '每月成本（按类别）',
    coverage: '各时段所需与已排班坐席',
    scenarios: '各方案年度成本与承诺服务水平',
    month: '月份',
    calls: '来电量',
    interval: '时段',
    agents: '坐席',
    committedSl: '承诺服务水平',
    cost: (currency) => `成本（${currency}）`,
  },
};
