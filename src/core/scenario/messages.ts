/** Every message of the scenario module (step 9), in one place. */

const shown = (v: unknown): string => (typeof v === 'number' ? String(v) : v === undefined ? 'nothing' : JSON.stringify(v));
const pct = (x: number): string => `${Number((x * 100).toFixed(4))}%`;

export const noScenariosMessage = 'scenarios must list at least one scenario';
export const scenarioNotObject = (i: number): string => `scenario ${i + 1} must be an object`;
export const badName = (i: number, got: unknown): string =>
  `scenario ${i + 1}: name must be a non-empty text such as "high" (got ${shown(got)})`;
export const duplicateName = (name: string): string => `scenario ${name} is given more than once`;
export const badLabel = (name: string, got: unknown): string => `scenario ${name}: label must be a non-empty text (got ${shown(got)})`;
export const notNumber = (name: string, field: string, got: unknown): string =>
  `scenario ${name}: ${field} must be a number (got ${shown(got)})`;
export const mustBePositive = (name: string, field: string, got: number): string =>
  `scenario ${name}: ${field} must be more than 0 (got ${shown(got)})`;
export const mustBeAtLeast0 = (name: string, field: string, got: number): string =>
  `scenario ${name}: ${field} must be 0 or more (got ${shown(got)})`;

/** The SL-target messages, shared by scenarios and the inverse question. */
export const slUnreachable = (where: string): string =>
  `${where}an SL target of 100% can never be reached with finite staff`;
export const slLooksLikePercent = (where: string, got: number): string =>
  `${where}slTarget is a fraction (0.8 for 80%); got ${got} — did you mean ${got / 100}?`;
export const slOutOfRange = (where: string, got: unknown): string =>
  `${where}slTarget must be a fraction above 0 and below 1 (got ${shown(got)})`;

export const badBudget = (got: unknown): string => `budget must be more than 0 (got ${shown(got)})`;
export const badGrid = (field: string, got: unknown, rule: string): string => `${field} ${rule} (got ${shown(got)})`;
export const badCost = (sl: number, got: unknown): string =>
  `the cost of an SL target of ${pct(sl)} must be a number 0 or more (got ${shown(got)})`;
export const costFailedAt = (sl: number, message: string): string => `at an SL target of ${pct(sl)}: ${message}`;
export { pct };
