import type { TFunction } from 'i18next';
import type { Initiative } from '../../../shared/domain/initiative';
import { formatDkk, formatShortDate } from '../../../shared/format/danish';
import type { ReferenceLookup } from './use-inventory';

/** Columns of the inventory table, in their order; each can be shown, hidden and sorted. */
export const COLUMN_IDS = [
  'title',
  'department',
  'districts',
  'targetGroups',
  'focusAreas',
  'status',
  'preventionLevel',
  'hotspot',
  'startDate',
  'endDate',
  'annualBudgetDkk',
  'partners',
  'fundingSource',
  'evidenceLevel',
  'contact',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export const DEFAULT_HIDDEN_COLUMNS: Partial<Record<ColumnId, boolean>> = {
  focusAreas: false,
  partners: false,
  fundingSource: false,
  evidenceLevel: false,
  contact: false,
};

/** Width in pixels (the table has a fixed layout so virtualised rows line up). */
export const COLUMN_WIDTHS: Record<ColumnId, number> = {
  title: 320,
  department: 90,
  districts: 200,
  targetGroups: 200,
  focusAreas: 220,
  status: 110,
  preventionLevel: 170,
  hotspot: 90,
  startDate: 110,
  endDate: 110,
  annualBudgetDkk: 140,
  partners: 220,
  fundingSource: 160,
  evidenceLevel: 160,
  contact: 180,
};

export const NUMERIC_COLUMNS: ReadonlySet<ColumnId> = new Set(['annualBudgetDkk']);

/** What a cell shows, in the UI language. */
export function cellText(id: ColumnId, row: Initiative, lookup: ReferenceLookup, t: TFunction): string {
  switch (id) {
    case 'title':
    case 'fundingSource':
    case 'contact':
      return row[id];
    case 'department':
      return row.department;
    case 'districts':
      return row.districts.map((d) => lookup.label('district', d)).join(', ');
    case 'targetGroups':
      return row.targetGroups.map((g) => lookup.label('targetGroup', g)).join(', ');
    case 'focusAreas':
      return row.focusAreas.map((f) => lookup.label('focusArea', f)).join(', ');
    case 'partners':
      return row.partners.map((p) => lookup.label('partner', p)).join(', ');
    case 'status':
      return lookup.label('status', row.status);
    case 'preventionLevel':
      return row.preventionLevel ? t(`initiatives:preventionLevels.${row.preventionLevel}`) : '';
    case 'evidenceLevel':
      return row.evidenceLevel ? t(`initiatives:evidenceLevels.${row.evidenceLevel}`) : '';
    case 'hotspot':
      return row.hotspot ? t('initiatives:yes') : t('initiatives:no');
    case 'startDate':
    case 'endDate':
      return formatShortDate(row[id]);
    case 'annualBudgetDkk':
      return formatDkk(row.annualBudgetDkk);
  }
}

export type RowTexts = Record<ColumnId, string>;

/**
 * The texts of a row's cells, computed once per record and language: rows
 * come and go while scrolling, and a record object is replaced when it changes.
 */
export function rowTextCache(lookup: ReferenceLookup, t: TFunction): (row: Initiative) => RowTexts {
  const cache = new WeakMap<Initiative, RowTexts>();
  return (row) => {
    let texts = cache.get(row);
    if (!texts) {
      texts = Object.fromEntries(COLUMN_IDS.map((id) => [id, cellText(id, row, lookup, t)])) as RowTexts;
      cache.set(row, texts);
    }
    return texts;
  };
}

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/**
 * Sort the whole inventory once per sort order; filtering then keeps that
 * order, so a keystroke never sorts. Empty values go last either way.
 */
export function sortInitiatives(
  rows: readonly Initiative[],
  column: ColumnId,
  descending: boolean,
  lookup: ReferenceLookup,
  t: TFunction,
): Initiative[] {
  const direction = descending ? -1 : 1;
  const keyed = rows.map((row) => {
    let key: string | number | null;
    if (column === 'annualBudgetDkk') key = row.annualBudgetDkk;
    else if (column === 'startDate' || column === 'endDate') key = row[column];
    else if (column === 'hotspot') key = row.hotspot ? 1 : 0;
    else key = cellText(column, row, lookup, t) || null;
    return { row, key };
  });
  keyed.sort((a, b) => {
    if (a.key === b.key) return collator.compare(a.row.title, b.row.title);
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : collator.compare(String(a.key), String(b.key));
    return order * direction || collator.compare(a.row.title, b.row.title);
  });
  return keyed.map((k) => k.row);
}
