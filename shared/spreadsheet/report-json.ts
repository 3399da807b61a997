import { INITIATIVE_REFERENCE_FIELDS } from '../domain/initiative';
import type { ReferenceItem } from '../domain/reference-lists';
import type { InspectResult } from './inspect';

/**
 * The JSON the CLI prints: like the inspect result, but reference ids become
 * the lists' names (dates are already YYYY-MM-DD, money already numbers).
 */
export function toReportJson(result: InspectResult, referenceItems: readonly ReferenceItem[]) {
  const names = new Map<string, string>();
  for (const item of referenceItems) names.set(`${item.kind}:${item.id}`, item.name);
  const name = (kind: string, id: string) => names.get(`${kind}:${id}`) ?? id;
  const initiatives = result.initiatives.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(row)) {
      if (field === 'departmentAssumed') continue;
      const kind = (INITIATIVE_REFERENCE_FIELDS as Record<string, string>)[field];
      if (kind && Array.isArray(value)) out[field] = value.map((id) => name(kind, String(id)));
      else if (kind && typeof value === 'string') out[field] = name(kind, value);
      else out[field] = value;
    }
    return out;
  });
  return {
    sheet: result.sheet,
    sheets: result.sheets,
    headerRow: result.headerRow,
    columns: result.columns,
    initiatives,
    skipped: result.skipped,
    errors: result.errors.map(({ row, column, message }) => ({ row, column, message })),
  };
}
