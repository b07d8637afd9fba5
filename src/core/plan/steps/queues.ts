/**
 * Several queues (planning guide, "Several queues, channels and skills"):
 * each queue of the history (its call types) forecast as its share of the
 * plan's forecast by weekday and time, and staffed on its own — its own AHT
 * and service objective — and the centre staffed
 * both ways: **separately** (one team per queue: the queues' agents added up)
 * and **pooled** (one cross-trained team for the voice queues: their
 * forecasts added per interval, AHT call-weighted, staffed at once at the
 * centre's objective), with the saving.
 * Chat queues are staffed with their concurrency (CHAT_AGENTS' model) and
 * stay separate: a chat agent's capacity is not a voice agent's.
 * With `data.skills` the voice queues are also staffed by the skill groups,
 * by simulation (src/core/staffing/skillStaffing.ts), beside the two.
 * E-mail queues are only checked here (their call types); emailQueues.ts plans
 * them, and the plan's forecast and the live queues' shares leave their calls out.
 */
import type { ForecastInterval } from '../../forecast/forecast';
import { note } from '../../notes/note';
import { invalidNote } from '../../notes/noAnswerNote';
import { type Result, success, within } from '../../result';
import type { ServiceObjective } from '../../staffing/types';
import { averageHandleTime, type IntervalRecord } from '../../workload/intervalRecord';
import { weekday } from '../../calendar/dates';
import type { PlanConfig } from '../planConfig';
import type { QueuePlan, QueuesSummary, SkillsPlan } from '../planResult';
import { formatClock } from '../../calendar/clock';
import { SKILL_CALLS_PER_EVALUATION, SKILL_SEED, staffSkills } from '../../staffing/skillStaffing';
import type { PlanSettings } from './settings';
import { staffStep, staffingSettings } from './staffing';
import { liveRecords } from './liveCalls';

type QueueSetting = Exclude<PlanConfig['data']['queues'], 'total' | 'separate'>[number];
/** A queue answered live (voice or chat), staffed here; e-mail queues are deferred work (emailQueues.ts). */
type LiveQueueSetting = QueueSetting & { channel: 'voice' | 'chat' };
const answeredLive = (q: QueueSetting): q is LiveQueueSetting => q.channel !== 'email';

/** The queues the configuration asks for, each with the call types it takes from the history. */
function queueSettings(queues: PlanConfig['data']['queues'], callTypes: readonly string[]): Result<QueueSetting[]> {
  if (callTypes.length === 0) return invalidNote(note('queues.noCallType', {}));
  if (queues === 'separate') return success(callTypes.map((name) => ({ name, callTypes: [name], channel: 'voice' as const })));
  if (queues === 'total') return success([]);
  const known = new Set(callTypes);
  for (const q of queues) {
    const missing = (q.callTypes ?? [q.name]).filter((t) => !known.has(t));
    if (missing.length > 0) return invalidNote(note('queues.noHistory', { queue: q.name, callTypes: missing, known: [...callTypes] }));
  }
  return success(queues);
}

/** Agent-hours of staffed intervals (agents × interval length). */
const agentHours = (rows: readonly { agents: number }[], intervalMinutes: number) => rows.reduce((s, r) => s + r.agents, 0) * (intervalMinutes / 60);

/**
 * Calls of the queue's own history that weigh its share of an interval as
 * much as the overall share does (a pseudo-count): sparse queues lean on their
 * overall share, busy ones on their own pattern by weekday and time.
 */
const SHARE_PSEUDO_CALLS = 20;

/**
 * The queue's share of the centre's calls by weekday and interval start over
 * the history, shrunk toward its overall share: (calls_q + k·overall) ÷
 * (calls_all + k). Top-down forecasting by historical proportions (Gross &
 * Sohl 1990; Athanasopoulos, Ahmed & Hyndman 2009): the queues' forecasts then
 * add up to the plan's own forecast in every interval, and a queue with a few
 * calls a day gets a stable forecast where fitting its own sparse series would not.
 */
export function historicalShares(own: readonly IntervalRecord[], all: readonly IntervalRecord[]): (date: string, start: number) => number {
  const key = (r: { date: string; start: number }) => `${weekday(r.date)}|${r.start}`;
  const sums = (records: readonly IntervalRecord[]) => {
    const m = new Map<string, number>();
    for (const r of records) m.set(key(r), (m.get(key(r)) ?? 0) + r.offered);
    return m;
  };
  const mine = sums(own);
  const total = sums(all);
  const allCalls = all.reduce((s, r) => s + r.offered, 0);
  const overall = allCalls > 0 ? own.reduce((s, r) => s + r.offered, 0) / allCalls : 0;
  return (date, start) => {
    const k = key({ date, start });
    return ((mine.get(k) ?? 0) + SHARE_PSEUDO_CALLS * overall) / ((total.get(k) ?? 0) + SHARE_PSEUDO_CALLS);
  };
}

/** One queue's forecast (its share of the plan's forecast) and staffing over the plan's horizon. */
function queuePlan(
  q: LiveQueueSetting,
  records: readonly IntervalRecord[],
  centreForecast: readonly ForecastInterval[],
  intervalMinutes: number,
  settings: PlanSettings,
  objective: ServiceObjective,
): Result<QueuePlan> {
  const types = new Set(q.callTypes ?? [q.name]);
  const own = records.filter((r) => r.callType !== undefined && types.has(r.callType));
  const aht = averageHandleTime(own);
  const share = historicalShares(own, records);
  const forecast: ForecastInterval[] = centreForecast.map((i) => ({ ...i, calls: i.calls * share(i.date, i.start), aht: aht ?? i.aht }));
  const queueObjective: ServiceObjective = { ...objective, slTarget: q.slTarget ?? objective.slTarget, targetSeconds: q.targetSeconds ?? objective.targetSeconds };
  const fallback = aht ?? (typeof settings.data.ahtSeconds === 'number' ? settings.data.ahtSeconds : 0);
  const staffed = staffStep(forecast, staffingSettings(settings, queueObjective, fallback));
  if (!staffed.ok) return staffed;
  const concurrency = q.channel === 'chat' ? (q.concurrency ?? 1) : 1;
  const intervals = staffed.value.map((s) => ({
    date: s.date,
    start: s.start,
    calls: s.forecast.calls,
    ahtSeconds: s.forecast.ahtSeconds,
    agents: Math.ceil(s.staffing.agents / concurrency),
    serviceLevel: s.staffing.serviceLevel,
  }));
  return success({
    name: q.name,
    channel: q.channel ?? 'voice',
    concurrency,
    callTypes: [...types],
    slTarget: queueObjective.slTarget,
    targetSeconds: queueObjective.targetSeconds,
    history: { totalCalls: own.reduce((s, r) => s + r.offered, 0), ahtSeconds: aht ?? null },
    forecast: { method: 'top-down', totalCalls: intervals.reduce((s, i) => s + i.calls, 0) },
    agentHours: agentHours(intervals, intervalMinutes),
    peakAgents: intervals.reduce((m, i) => Math.max(m, i.agents), 0),
    intervals,
  });
}

/** The voice queues as one: calls added per interval, AHT weighted by calls. */
function pooledForecast(voice: readonly QueuePlan[]): ForecastInterval[] {
  const byKey = new Map<string, { date: string; start: number; calls: number; work: number }>();
  for (const q of voice) {
    for (const i of q.intervals) {
      const key = `${i.date} ${i.start}`;
      const sum = byKey.get(key) ?? { date: i.date, start: i.start, calls: 0, work: 0 };
      sum.calls += i.calls;
      sum.work += i.calls * i.ahtSeconds;
      byKey.set(key, sum);
    }
  }
  return [...byKey.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start))
    .map((s) => ({ date: s.date, start: s.start, calls: s.calls, aht: s.calls > 0 ? s.work / s.calls : undefined }));
}

/**
 * The plan's queues: undefined for `data.queues: "total"` (one queue, as the
 * plan itself); otherwise each queue's plan and the separate/pooled
 * comparison over the voice queues. Failures name the queue.
 */
export function queuesStep(
  records: readonly IntervalRecord[],
  intervalMinutes: number,
  settings: PlanSettings,
  objective: ServiceObjective,
  centreForecast: readonly ForecastInterval[],
): Result<QueuesSummary | undefined> {
  if (settings.data.queues === 'total') return settings.data.skills ? invalidNote(note('queues.skillsNeedQueues', {})) : success(undefined);
  const callTypes = [...new Set(records.flatMap((r) => (r.callType === undefined ? [] : [r.callType])))].sort();
  const wanted = queueSettings(settings.data.queues, callTypes);
  if (!wanted.ok) return wanted;
  const live = liveRecords(records, settings.data.queues);
  const queues: QueuePlan[] = [];
  for (const q of wanted.value.filter(answeredLive)) {
    const plan = queuePlan(q, live, centreForecast, intervalMinutes, settings, objective);
    if (!plan.ok) return within(plan, { queue: q.name });
    queues.push(plan.value);
  }
  const voice = queues.filter((q) => q.channel === 'voice');
  const separateAgentHours = voice.reduce((s, q) => s + q.agentHours, 0);
  const fallback = voice.find((q) => q.history.ahtSeconds !== null)?.history.ahtSeconds ?? 0;
  const pooled = staffStep(pooledForecast(voice), staffingSettings(settings, objective, fallback));
  if (!pooled.ok) return pooled;
  const pooledAgentHours = agentHours(pooled.value.map((p) => p.staffing), intervalMinutes);
  const skills = settings.data.skills ? skillsPlan(settings.data.skills, queues, intervalMinutes, objective) : undefined;
  if (skills && !skills.ok) return skills;
  return success({
    queues,
    ...(skills ? { skills: skills.value } : {}),
    comparison: {
      separateAgentHours,
      pooledAgentHours,
      ...(skills ? { skillsAgentHours: skills.value.agentHours } : {}),
      savingHours: separateAgentHours - pooledAgentHours,
      savingShare: separateAgentHours > 0 ? (separateAgentHours - pooledAgentHours) / separateAgentHours : 0,
    },
  });
}

type SkillSetting = NonNullable<PlanConfig['data']['skills']>[number];

/** The skill groups checked against the plan's queues: each names voice queues the plan has, and every voice queue has a group. */
function checkSkills(groups: readonly SkillSetting[], queues: readonly QueuePlan[]): Result<void> {
  const byName = new Map(queues.map((q) => [q.name, q]));
  for (const g of groups) {
    for (const name of g.queues) {
      const q = byName.get(name);
      if (q === undefined) return invalidNote(note('queues.skillUnknownQueue', { group: g.group, queue: name, known: queues.map((x) => x.name) }));
      if (q.channel !== 'voice') return invalidNote(note('queues.skillChatQueue', { group: g.group, queue: name }));
    }
  }
  const served = new Set(groups.flatMap((g) => g.queues));
  const unserved = queues.filter((q) => q.channel === 'voice' && !served.has(q.name)).map((q) => q.name);
  if (unserved.length > 0) return invalidNote(note('queues.skillUnserved', { queues: unserved }));
  return success(undefined);
}

const level = (e: { mean: number; ci95: [number, number] | null } | null) => (e === null ? null : { mean: e.mean, ci95: e.ci95 });

/** The voice queues staffed by the skill groups, by simulation over the horizon's intervals. */
function skillsPlan(groups: readonly SkillSetting[], queues: readonly QueuePlan[], intervalMinutes: number, objective: ServiceObjective): Result<SkillsPlan> {
  const checked = checkSkills(groups, queues);
  if (!checked.ok) return checked;
  const voice = queues.filter((q) => q.channel === 'voice');
  const slots = voice[0].intervals;
  const staffed = staffSkills(
    voice.map((q) => ({ name: q.name, calls: q.intervals.map((i) => i.calls), ahtSeconds: q.intervals.map((i) => i.ahtSeconds), slTarget: q.slTarget, targetSeconds: q.targetSeconds })),
    groups.map((g) => ({ name: g.group, queues: g.queues, selection: g.selection })),
    { intervalMinutes, patienceSeconds: objective.patienceSeconds, maxOccupancy: objective.maxOccupancy, seed: SKILL_SEED, labels: slots.map((i) => `${i.date} ${formatClock(i.start)}`) },
  );
  if (!staffed.ok) return staffed;
  const rows = staffed.value.intervals;
  const groupPlans = groups.map((g, k) => {
    const agents = rows.map((r) => r.agents[k]);
    return {
      name: g.group,
      queues: [...g.queues],
      selection: g.selection,
      agentHours: agentHours(agents.map((n) => ({ agents: n })), intervalMinutes),
      peakAgents: Math.max(0, ...agents),
      intervals: slots.map((i, r) => ({ date: i.date, start: i.start, agents: agents[r] })),
    };
  });
  return success({
    method: 'simulation',
    seed: SKILL_SEED,
    callsPerEvaluation: SKILL_CALLS_PER_EVALUATION,
    evaluations: staffed.value.evaluations,
    agentHours: groupPlans.reduce((s, g) => s + g.agentHours, 0),
    groups: groupPlans,
    queues: voice.map((q, k) => ({
      name: q.name,
      slTarget: q.slTarget,
      targetSeconds: q.targetSeconds,
      serviceLevel: level(staffed.value.serviceLevel[k]),
      intervals: slots.map((i, r) => ({ date: i.date, start: i.start, serviceLevel: level(rows[r].serviceLevel[k]) })),
    })),
  });
}
