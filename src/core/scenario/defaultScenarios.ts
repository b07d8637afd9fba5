import type { Scenario } from './types';

/**
 * The three plans of step 9, editable in the config: high = +10% volume at
 * 85/20, mid = the forecast at 80/20, low = −10% volume at 70/30.
 *
 * @example DEFAULT_SCENARIOS.map((s) => s.name) //=> ['high', 'mid', 'low']
 */
export const DEFAULT_SCENARIOS: readonly Scenario[] = [
  { name: 'high', label: 'High: +10% volume at 85/20', volumeFactor: 1.1, slTarget: 0.85, targetSeconds: 20 },
  { name: 'mid', label: 'Mid: forecast volume at 80/20', volumeFactor: 1, slTarget: 0.8, targetSeconds: 20 },
  { name: 'low', label: 'Low: −10% volume at 70/30', volumeFactor: 0.9, slTarget: 0.7, targetSeconds: 30 },
];
