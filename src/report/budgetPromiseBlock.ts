/**
 * The budget summary's promise block (P4:S14 of the Budget sheet, right of the
 * plans compared): the scenario's committed SL, its schedule simulated (SL
 * and 95% bounds, half-hours below target), its SL at ±10% volume, the odds
 * of its target, and what the roster's shape costs. The engine's figures as
 * constant cells (results, not formulas over the sheet).
 */
import type { ScenarioResult } from '../core/plan/planResult';
import type { FillOperation } from './fillPlan';
import { type PlanFormatContext, planFormat } from './planFormats';
import { BUDGET_SHEET, FMT } from './templateContract';

/** Captions in column P (they run over Q–R), figures in column S, from row 4. */
const CAPTION_COLUMN = 'P';
const VALUE_COLUMN = 'S';
const FIRST_ROW = 4;

export function budgetPromiseBlock(scenario: ScenarioResult, ctx: PlanFormatContext): FillOperation[] {
  const l = ctx.labels.promise;
  const at = (v: number) => scenario.volumeRisk.find((x) => x.volumeFactor === v)?.serviceLevel;
  const rows: [string, number | undefined, string][] = [
    [l.committed, scenario.commitment.serviceLevel, FMT.pct],
    [l.simulated, scenario.simulated.serviceLevel, FMT.pct],
    [l.simulatedLow, scenario.simulated.ci95[0], FMT.pct],
    [l.simulatedHigh, scenario.simulated.ci95[1], FMT.pct],
    [l.belowTarget, scenario.simulated.intervalsBelowTarget.simulated, FMT.int],
    [l.fewerCalls, at(0.9), FMT.pct],
    [l.moreCalls, at(1.1), FMT.pct],
    [l.odds, scenario.targetProbability?.probability, FMT.pct],
    [l.extraHours, scenario.rosterShape.extraHours, FMT.one],
    [l.extraCost, scenario.rosterShape.extraCost, FMT.money0],
  ];
  const ops: FillOperation[] = [{ kind: 'label', sheet: BUDGET_SHEET, address: `${CAPTION_COLUMN}${FIRST_ROW}`, text: l.heading }];
  rows.forEach(([caption, value, format], i) => {
    const row = FIRST_ROW + 1 + i;
    ops.push({ kind: 'label', sheet: BUDGET_SHEET, address: `${CAPTION_COLUMN}${row}`, text: caption });
    if (value === undefined || !Number.isFinite(value)) return;
    const numFmt = planFormat(format, ctx) ?? format;
    ops.push({ kind: 'formula', sheet: BUDGET_SHEET, address: `${VALUE_COLUMN}${row}`, formula: `=${value}`, result: value, numFmt, style: 'result' });
  });
  return ops;
}
