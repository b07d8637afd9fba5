/**
 * The cost categories of planning step 8, in the order every writer and the
 * budget sheet shows them. Data, not code: the budget template's rows, the
 * fill plans and `costBreakdown` all iterate this list, so they cannot drift.
 */
export const COST_CATEGORIES = [
  { id: 'labour', label: 'Labour' },
  { id: 'supervision', label: 'Supervision' },
  { id: 'space', label: 'Seats and space' },
  { id: 'equipment', label: 'Equipment' },
  { id: 'licences', label: 'Licences' },
  { id: 'trunks', label: 'Trunks and usage' },
  { id: 'network', label: 'Network' },
  { id: 'professionalServices', label: 'Professional services' },
  { id: 'sharedPlatforms', label: 'Shared platforms' },
] as const;

/** A cost category id: 'labour' | 'supervision' | … */
export type CostCategoryId = (typeof COST_CATEGORIES)[number]['id'];

/** The category ids in display order. @example COST_CATEGORY_IDS[0] //=> 'labour' */
export const COST_CATEGORY_IDS: readonly CostCategoryId[] = COST_CATEGORIES.map((c) => c.id);

/**
 * The categories counted as labour in the labour share (people paid by the
 * hour: agents and their supervisors). The planning guide expects ~70%.
 */
export const LABOUR_CATEGORY_IDS: readonly CostCategoryId[] = ['labour', 'supervision'];

/** Amounts by category, in currency units. */
export type ByCategory = Readonly<Record<CostCategoryId, number>>;
