import type { TFunction } from 'i18next';
import type { ReferenceKind } from '../../../shared/domain/reference-lists';
import { formatDkk, formatLongDate } from '../../../shared/format/danish';
import type { ReferenceLookup } from './use-inventory';

const LIST_KINDS: Record<string, ReferenceKind> = {
  department: 'department',
  focusAreas: 'focusArea',
  targetGroups: 'targetGroup',
  districts: 'district',
  partners: 'partner',
  status: 'status',
};

/** A field value as a person reads it in the history: labels, Danish dates and money. */
export function describeValue(
  field: string,
  value: unknown,
  lookup: ReferenceLookup,
  t: TFunction,
  language: string,
): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('initiatives:history.empty');
  }
  const kind = LIST_KINDS[field];
  if (kind) {
    const ids = Array.isArray(value) ? value : [value];
    return ids.map((id) => lookup.label(kind, String(id))).join(', ');
  }
  if (typeof value === 'boolean') return value ? t('initiatives:yes') : t('initiatives:no');
  if (field === 'annualBudgetDkk' && typeof value === 'number') return formatDkk(value);
  if ((field === 'startDate' || field === 'endDate') && typeof value === 'string')
    return formatLongDate(value, language);
  if (field === 'preventionLevel') return t(`initiatives:preventionLevels.${String(value)}`);
  if (field === 'evidenceLevel') return t(`initiatives:evidenceLevels.${String(value)}`);
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
