import { z } from 'zod';
import type { Initiative } from './initiative';
import { PREVENTION_LEVELS } from './initiative';
import type { ReferenceItem } from './reference-lists';
import { WHOLE_MUNICIPALITY } from './reference-lists';

/**
 * The inventory's filter: shared by the table, the dashboard charts (which
 * follow it and set it when a bar is clicked) and the exports.
 * An empty list means "no restriction".
 */
export const InitiativeFilterSchema = z.object({
  departments: z.array(z.string()).default([]),
  districts: z.array(z.string()).default([]),
  targetGroups: z.array(z.string()).default([]),
  focusAreas: z.array(z.string()).default([]),
  statuses: z.array(z.string()).default([]),
  preventionLevels: z.array(z.enum(PREVENTION_LEVELS)).default([]),
  /** null: either; true/false: only with/without the hotspot flag. */
  hotspot: z.boolean().nullable().default(null),
  /** Only initiatives with at least one 18+ target group. */
  adultOnly: z.boolean().default(false),
  /** Free-text search (applied by the search index, not by `matchesFilter`). */
  search: z.string().default(''),
  includeArchived: z.boolean().default(false),
});
export type InitiativeFilter = z.infer<typeof InitiativeFilterSchema>;

export const EMPTY_FILTER: InitiativeFilter = InitiativeFilterSchema.parse({});

function anyOf(selected: string[], values: string[]): boolean {
  return selected.length === 0 || values.some((v) => selected.includes(v));
}

/** Does an initiative pass every facet of the filter (all but the text search)? */
export function matchesFilter(
  initiative: Initiative,
  filter: InitiativeFilter,
  adultTargetGroups: ReadonlySet<string>,
): boolean {
  if (initiative._deleted) return false;
  if (!filter.includeArchived && initiative.archived) return false;
  if (filter.departments.length && !filter.departments.includes(initiative.department)) return false;
  if (filter.statuses.length && !filter.statuses.includes(initiative.status)) return false;
  if (
    filter.preventionLevels.length &&
    (!initiative.preventionLevel || !filter.preventionLevels.includes(initiative.preventionLevel))
  ) {
    return false;
  }
  if (filter.hotspot !== null && initiative.hotspot !== filter.hotspot) return false;
  if (filter.adultOnly && !initiative.targetGroups.some((g) => adultTargetGroups.has(g))) return false;
  // An initiative for the whole municipality is in every district.
  if (
    filter.districts.length &&
    !initiative.districts.includes(WHOLE_MUNICIPALITY) &&
    !anyOf(filter.districts, initiative.districts)
  ) {
    return false;
  }
  return anyOf(filter.targetGroups, initiative.targetGroups) && anyOf(filter.focusAreas, initiative.focusAreas);
}

export function adultGroupIds(items: readonly ReferenceItem[]): Set<string> {
  return new Set(items.filter((i) => i.kind === 'targetGroup' && i.adult).map((i) => i.id));
}
