/**
 * Step 9's finance question: the highest SL target a budget buys for the mid
 * plan (its volume, AHT and shrinkage, its solved week's yardstick), and what
 * the next step up would cost. Each candidate SL is priced through the same
 * chain as the scenarios.
 */
import { note } from '../../notes/note';
import { type Result, success } from '../../result';
import { budgetToServiceLevel } from '../../scenario';
import type { PlanConfig } from '../planConfig';
import type { BudgetAnswer } from '../planResult';
import type { ScheduleYardstick } from '../scenarioChain';
import { costStep } from './costs';
import type { PlanChains } from './scenarios';
import { staffingSettings } from './staffing';

/** The answer to `question` (a budget in the plan's currency; an answer time, default the mid plan's). */
export function budgetQuestionStep(
  chains: PlanChains,
  question: NonNullable<PlanConfig['budgetQuestion']>,
  yardsticks: ReadonlyMap<string, ScheduleYardstick>,
): BudgetAnswer {
  const { config } = chains;
  const mid = config.scenarios.find((s) => s.name === 'mid') ?? config.scenarios[0];
  const targetSeconds = question.targetSeconds ?? mid.targetSeconds;
  const yardstick = yardsticks.get(mid.name)!;
  const costOf = (slTarget: number): Result<number> => {
    const settings = staffingSettings(config, chains.objective, chains.fallbackAhtSeconds, { ...mid, slTarget, targetSeconds });
    const chain = costStep(chains.intervals, chains.months, settings, yardstick, config.costs);
    return chain.ok ? success(chain.value.costs.total.total) : chain;
  };
  const { budget } = question;
  const currency = config.costs.currency;
  const answer = budgetToServiceLevel(costOf, budget, currency);
  if (!answer.ok) return { budget, targetSeconds, message: answer.note ?? note('budget.failed', { reason: answer.message }) };
  const { slTarget, cost, next } = answer.value;
  return {
    budget, targetSeconds, slTarget, cost, nextSlTarget: next?.slTarget, nextCost: next?.cost,
    message: next
      ? note('budget.answer', { currency, budget, slTarget, targetSeconds, scenario: mid.name, nextSlTarget: next.slTarget, nextCost: next.cost })
      : note('budget.answerTop', { currency, budget, slTarget, targetSeconds }),
  };
}
