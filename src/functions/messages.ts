/**
 * Every message the functions show, in English, in one place. Quantities are
 * named as the argument names a user sees in Excel's formula help (those
 * stay English in every language). The zh-CN table (messages.zh-CN.ts) has
 * the same keys; messagesFor.ts picks one.
 */

import { FAILURE_REASONS_EN as REASONS } from '../core/failureReasons';

/** Units an argument's bounds are stated in. */
export type UnitKey = 'seconds' | 'minutes' | 'hours' | 'days' | 'erlangs';

const UNITS: Readonly<Record<UnitKey, string>> = { seconds: ' seconds', minutes: ' minutes', hours: ' hours', days: ' days', erlangs: ' Erlangs' };
const unit = (u: UnitKey | undefined): string => (u ? UNITS[u] : '');

const shown = (value: unknown): string => {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
};

export const messages = {
  required: (name: string) => `${name} is required`,
  notNumber: (name: string, value: unknown) => `${name} must be a number (got ${shown(value)})`,
  notFinite: (name: string) => `${name} must be a finite number`,
  atLeast: (name: string, min: number, u: UnitKey | undefined, value: number) =>
    `${name} must be ${min} or more${unit(u)} (got ${value})`,
  greaterThan: (name: string, min: number, u: UnitKey | undefined, value: number) =>
    `${name} must be greater than ${min}${unit(u)} (got ${value})`,
  atMost: (name: string, max: number, u: UnitKey | undefined, value: number) =>
    `${name} must be at most ${max.toLocaleString('en-US')}${unit(u)} (got ${value})`,
  whole: (name: string, value: number) => `${name} must be a whole number (got ${value})`,
  fraction: (name: string, value: number) =>
    `${name} must be a fraction (0.8), a percentage (80%) or a percentage number (80) between 0% and 100% (got ${value})`,
  fractionAbove: (name: string, min: number, value: number) =>
    `${name} must be greater than ${min * 100}% (got ${value})`,
  fractionBelow: (name: string, max: number, value: number) =>
    `${name} must be below ${max * 100}% (got ${value})`,
  oneOf: (name: string, allowed: readonly string[], value: unknown) =>
    `${name} must be one of ${allowed.join(', ')} (got ${shown(value)})`,
  argumentAt: (position: number) => `argument ${position}`,
  shapes: (a: string, aShape: string, b: string, bShape: string) =>
    `${a} is ${aShape} and ${b} is ${bShape}; ranges must have the same shape, or be single cells`,
  notMore: (name: string, value: number, other: string, otherValue: number) => REASONS.notMore({ name, value, other, otherValue }),
  // The engine's failures (src/core/failureReasons.ts words them in English once).
  loadTooLarge: (load: number, max: number) => REASONS.loadTooLarge({ load, max }),
  patienceArrivalsTooMany: (arrivals: number, max: number) => REASONS.patienceArrivalsTooMany({ arrivals, max }),
  unstableAsa: (agents: number, traffic: number) => REASONS.unstableAsa({ agents, traffic }),
  noAgentsOccupancy: () => REASONS.noAgentsOccupancy({}),
  noAnswered: () => REASONS.noAnswered({}),
  unreachableSl: (slTarget: number, seconds: number) => REASONS.unreachableSl({ slTarget, seconds }),
  unreachableOccupancy: (maxOccupancy: number, agents: number, max: number) =>
    REASONS.unreachableOccupancy({ maxOccupancy, agents, max }),
  unreachableAsa: (seconds: number) => REASONS.unreachableAsa({ seconds }),
  unreachableAbandon: (maxAbandon: number) => REASONS.unreachableAbandon({ maxAbandon }),
  abandonNeedsPatience: () => REASONS.abandonNeedsPatience({}),
  backlogWindowTooShort: (responseHours: number, minimumHours: number, openHours: number) =>
    REASONS.backlogWindowTooShort({ responseHours, minimumHours, openHours }),
  zeroBlocking: () => REASONS.zeroBlocking({}),
  unreachableBlocking: (max: number) => REASONS.unreachableBlocking({ max }),
  noServiceBase: (method: number) => REASONS.noServiceBase({ method }),
  resultTooLarge: (name: string) =>
    `the result of ${name} is beyond what NineStep computes (above 1.8e308); use smaller arguments`,
  singleValue: (name: string) => `${name} must be a single value, not a range`,
  pairedLengths: (a: string, aCount: number, b: string, bCount: number) =>
    `${a} and ${b} must have the same number of cells (${aCount} and ${bCount})`,
  rangeValueNotNumber: (name: string, position: number, value: unknown) =>
    `${name} value ${position} must be a number (got ${value === null || value === undefined || value === '' ? 'an empty cell' : JSON.stringify(value)})`,
  noValues: () => 'the ranges hold no values',
  unknownFunction: (name: string, known: readonly string[]) =>
    `unknown function ${name}; known: ${known.join(', ')}`,
  argumentCount: (name: string, min: number, max: number, got: number) =>
    min === max
      ? `${name} takes ${min} arguments (got ${got})`
      : `${name} takes ${min} to ${max} arguments (got ${got})`,
  internal: (detail: string) => `internal error: ${detail}`,
} as const;

/** The shape every language's table has: the same keys, the same parameters. */
export type FunctionMessages = { readonly [K in keyof typeof messages]: (typeof messages)[K] };
