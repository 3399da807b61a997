import type { Initiative } from '../../../shared/domain/initiative';

export interface CategoryDatum {
  id: string;
  label: string;
  count: number;
  budget: number;
  /** Target groups: 18 or older. */
  adult?: boolean;
}

/**
 * Count and budget per category. An initiative in several categories counts in
 * each (so the bars of a list field do not add up to the total, and say so).
 */
export function perCategory(
  initiatives: readonly Initiative[],
  valuesOf: (i: Initiative) => readonly string[],
  categories: readonly { id: string; label: string; adult?: boolean }[],
): CategoryDatum[] {
  const rows = new Map<string, CategoryDatum>(categories.map((c) => [c.id, { ...c, count: 0, budget: 0 }]));
  for (const initiative of initiatives) {
    for (const id of new Set(valuesOf(initiative))) {
      const row = rows.get(id) ?? { id, label: id, count: 0, budget: 0 };
      row.count += 1;
      row.budget += initiative.annualBudgetDkk ?? 0;
      rows.set(id, row);
    }
  }
  return [...rows.values()].filter((r) => r.count > 0);
}
