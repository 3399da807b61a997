import type { TFunction } from 'i18next';
import { INITIATIVE_REFERENCE_FIELDS } from '../../../shared/domain/initiative';
import { type ReferenceItem, referenceLabel } from '../../../shared/domain/reference-lists';
import { formatShortDate } from '../../../shared/format/danish';
import type { ColumnField } from '../../../shared/spreadsheet/columns';

const money = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** A field value as the review shows it: reference names, Danish dates (01-03-2010) and money (1.250.000 kr.). */
export function formatFieldValue(
  field: ColumnField,
  value: unknown,
  referenceItems: readonly ReferenceItem[],
  language: 'da' | 'en',
  t: TFunction,
): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('import.empty');
  }
  const kind = (INITIATIVE_REFERENCE_FIELDS as Record<string, string>)[field];
  if (kind) {
    const ids = Array.isArray(value) ? value : [value];
    return ids
      .map((id) => {
        const item = referenceItems.find((i) => i.kind === kind && i.id === id);
        return item ? referenceLabel(item, language) : String(id);
      })
      .join(', ');
  }
  if (typeof value === 'boolean') return value ? t('values.yes') : t('values.no');
  if (field === 'annualBudgetDkk' && typeof value === 'number') return `${money.format(value)} kr.`;
  if ((field === 'startDate' || field === 'endDate') && typeof value === 'string') return formatShortDate(value);
  if (field === 'preventionLevel' || field === 'evidenceLevel') return t(`values.${String(value)}`);
  return String(value);
}
