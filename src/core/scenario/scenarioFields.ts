import { TARGET_SECONDS_MAX } from '../staffing/slTarget';
import type { Scenario } from './types';

/** The numeric fields of a scenario besides its SL target (see `slTarget.ts`). */
export type ScenarioNumberKey = Exclude<keyof Scenario, 'name' | 'label' | 'slTarget'>;

/** One numeric field of a scenario: its accepted range and, when it may be left out, its default. */
export interface ScenarioNumberField {
  readonly key: ScenarioNumberKey;
  readonly min: number;
  /** `min` itself is refused (the field must be more than `min`) */
  readonly minExclusive?: boolean;
  readonly max: number;
  /** the value when left out; required when absent */
  readonly default?: number;
}

/**
 * The bounds of a scenario's numbers — the one place they live (the PlanConfig
 * schema is built from this table). Factors multiply the base plan; up to 10×
 * covers any scenario a planner means, and keeps products finite.
 *
 * @example SCENARIO_NUMBER_FIELDS.find((f) => f.key === 'volumeFactor') //=> { key: 'volumeFactor', min: 0, minExclusive: true, max: 10 }
 */
export const SCENARIO_NUMBER_FIELDS: readonly ScenarioNumberField[] = [
  { key: 'volumeFactor', min: 0, minExclusive: true, max: 10 },
  { key: 'targetSeconds', min: 0, max: TARGET_SECONDS_MAX },
  { key: 'ahtFactor', min: 0, minExclusive: true, max: 10, default: 1 },
  { key: 'shrinkageFactor', min: 0, max: 10, default: 1 },
];

/**
 * A scenario's name becomes a file name (`budget-<name>.xlsx`) and a sheet's
 * key, so it is short and safe on every file system: a lower-case letter,
 * then lower-case letters, digits or '-', at most 40 characters.
 */
export const SCENARIO_NAME = { pattern: /^[a-z][a-z0-9-]*$/, maxLength: 40 } as const;

