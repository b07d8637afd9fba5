/**
 * Every message the functions show, in one place. Quantities are named as the
 * argument names a user sees in Excel's formula help.
 */
const shown = (value: unknown): string => {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
};

export const messages = {
  required: (name: string) => `${name} is required`,
  notNumber: (name: string, value: unknown) => `${name} must be a number (got ${shown(value)})`,
  notFinite: (name: string) => `${name} must be a finite number`,
  atLeast: (name: string, min: number, unit: string, value: number) =>
    `${name} must be ${min} or more${unit} (got ${value})`,
  greaterThan: (name: string, min: number, unit: string, value: number) =>
    `${name} must be greater than ${min}${unit} (got ${value})`,
  atMost: (name: string, max: number, unit: string, value: number) =>
    `${name} must be at most ${max.toLocaleString('en-US')}${unit} (got ${value})`,
  whole: (name: string, value: number) => `${name} must be a whole number (got ${value})`,
  fraction: (name: string, value: number) =>
    `${name} must be a fraction (0.8), a percentage (80%) or a percentage number (80) between 0% and 100% (got ${value})`,
  fractionAbove: (name: string, min: number, value: number) =>
    `${name} must be greater than ${min * 100}% (got ${value})`,
  fractionBelow: (name: string, max: number, value: number) =>
    `${name} must be below ${max * 100}% (got ${value})`,
  oneOf: (name: string, allowed: readonly string[], value: unknown) =>
    `${name} must be one of ${allowed.join(', ')} (got ${shown(value)})`,
  shapes: (a: string, aShape: string, b: string, bShape: string) =>
    `${a} is ${aShape} and ${b} is ${bShape}; ranges must have the same shape, or be single cells`,
  notMore: (name: string, value: number, other: string, otherValue: number) =>
    `${name} (${value}) cannot be more than ${other} (${otherValue})`,
  loadTooLarge: (load: number, max: number) =>
    `the offered load is ${Number(load.toPrecision(6))} Erlangs; NineStep computes up to ${max.toLocaleString('en-US')} Erlangs`,
  unstableAsa: (agents: number, traffic: number) =>
    `with ${agents} agents for ${Number(traffic.toPrecision(6))} Erlangs the queue grows without limit, so ASA is unbounded (add agents or give a patience)`,
  noAgentsOccupancy: () => 'occupancy is undefined with 0 agents',
  noAnswered: () => 'no call is answered with 0 agents, so ASA is undefined',
  unknownFunction: (name: string, known: readonly string[]) =>
    `unknown function ${name}; known: ${known.join(', ')}`,
  argumentCount: (name: string, min: number, max: number, got: number) =>
    min === max
      ? `${name} takes ${min} arguments (got ${got})`
      : `${name} takes ${min} to ${max} arguments (got ${got})`,
  internal: (detail: string) => `internal error: ${detail}`,
} as const;
