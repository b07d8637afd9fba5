/** Every message of the scenario module (step 9), in one place. */

const shown = (v: unknown): string => (typeof v === 'number' ? String(v) : v === undefined ? 'nothing' : JSON.stringify(v));
const pct = (x: number): string => `${Number((x * 100).toFixed(4))}%`;

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
