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
      sections: { A3: '规划', D3: '服务目标' },
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
    Budget: {
      title: '预算',
      subtitle: '每项成本都是基于本表驱动因素和费率的实时公式：修改费率，所有合计随之更新。',
      sections: { A4: '假设', D4: '费率', H4: '承诺服务', A18: '每月成本' },
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
      },
      units: Object.fromEntries(COST_RATE_FIELDS.map((f) => [f.name, RATES[f.key][1]])),
    },
  },
  columns: {
    ForecastTable: ['日期', '星期', '开始', '未营业', '来电量', '平均处理时长（秒）', '话务量（爱尔兰）'],
    MonthlyTable: ['月份', '来电量'],
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
    CostTable: [
      '月份',
      ...MONTH_DRIVER_FIELDS.map((f) => DRIVERS[f.key]),
      '工位',
      ...COST_CATEGORIES.map((c) => CATEGORIES[c.id]),
      '合计',
      '单次来电成本',
    ],
  },
  horizonTotal: '规划期合计',
  off: '休息',
  weekday: (english) => WEEKDAYS[english] ?? english,
  method: (code) => methods[code as keyof typeof methods] ?? code,
  status: (code) => statuses[code as keyof typeof statuses] ?? code,
  note: (n) => renderNote(n, 'zh-CN'),
  budgetTitle: (scenario, centre) => `${scenario} — ${centre}`,
  scenario: scenarioName,
  charts: { coverage: '各时段所需与已排班坐席', scenarios: '成本与承诺服务水平', scenarioSeries: '方案' },
};
