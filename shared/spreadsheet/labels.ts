import { format } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import type { EvidenceLevel, InitiativeField, IsoDate, PreventionLevel } from '../domain/initiative';
import { type ReferenceItem, referenceLabel } from '../domain/reference-lists';

export type SheetLanguage = 'da' | 'en';

/** Column headers written to workbooks; the reader's synonyms recognise every one of them. */
export const FIELD_HEADERS: Record<SheetLanguage, Record<InitiativeField | 'id', string>> = {
  da: {
    id: 'ID',
    title: 'Titel',
    department: 'Forvaltning',
    description: 'Beskrivelse',
    focusAreas: 'Fokusområder',
    targetGroups: 'Målgrupper',
    districts: 'Bydele',
    hotspot: 'Hotspot',
    preventionLevel: 'Forebyggelsesniveau',
    partners: 'Samarbejdspartnere',
    startDate: 'Startdato',
    endDate: 'Slutdato',
    annualBudgetDkk: 'Årligt budget (kr.)',
    fundingSource: 'Finansiering',
    status: 'Status',
    successCriteria: 'Succeskriterier',
    evidenceLevel: 'Evidens',
    evaluation: 'Evaluering',
    contact: 'Kontaktperson',
    notes: 'Bemærkninger',
  },
  en: {
    id: 'ID',
    title: 'Title',
    department: 'Department',
    description: 'Description',
    focusAreas: 'Focus areas',
    targetGroups: 'Target groups',
    districts: 'Districts',
    hotspot: 'Hotspot',
    preventionLevel: 'Prevention level',
    partners: 'Partners',
    startDate: 'Start date',
    endDate: 'End date',
    annualBudgetDkk: 'Annual budget (DKK)',
    fundingSource: 'Funding source',
    status: 'Status',
    successCriteria: 'Success criteria',
    evidenceLevel: 'Evidence level',
    evaluation: 'Evaluation',
    contact: 'Contact',
    notes: 'Notes',
  },
};

export const PREVENTION_LABELS: Record<SheetLanguage, Record<PreventionLevel, string>> = {
  da: { primary: 'Primær', secondary: 'Sekundær', tertiary: 'Tertiær' },
  en: { primary: 'Primary', secondary: 'Secondary', tertiary: 'Tertiary' },
};

export const EVIDENCE_LABELS: Record<SheetLanguage, Record<EvidenceLevel, string>> = {
  da: { documented: 'Dokumenteret', promising: 'Lovende', 'not-evaluated': 'Ikke evalueret' },
  en: { documented: 'Documented', promising: 'Promising', 'not-evaluated': 'Not evaluated' },
};

export const YES_NO: Record<SheetLanguage, [string, string]> = { da: ['Ja', 'Nej'], en: ['Yes', 'No'] };

/** Reference names by kind and id, in one language. */
export class ReferenceNames {
  private readonly names = new Map<string, string>();
  readonly adult = new Set<string>();

  constructor(
    readonly items: readonly ReferenceItem[],
    language: SheetLanguage,
  ) {
    for (const item of items) {
      this.names.set(`${item.kind}\u0000${item.id}`, referenceLabel(item, language));
      if (item.kind === 'targetGroup' && item.adult) this.adult.add(item.id);
    }
  }

  name(kind: string, id: string): string {
    return this.names.get(`${kind}\u0000${id}`) ?? id;
  }

  list(kind: string, ids: readonly string[]): string {
    return ids.map((id) => this.name(kind, id)).join(', ');
  }

  /** Items of one kind in the list's order, without archived ones. */
  ofKind(kind: ReferenceItem['kind']): ReferenceItem[] {
    return this.items.filter((i) => i.kind === kind && !i.archived).sort((a, b) => a.sortOrder - b.sortOrder);
  }
}

/** A calendar date as a Date at UTC midnight: ExcelJS turns it into the exact serial day. */
export function excelDate(date: IsoDate | null | undefined): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "1. marts 2010" / "1 March 2010". */
export function longDate(date: IsoDate, language: SheetLanguage): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), language === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy', {
    locale: language === 'da' ? da : enGB,
  });
}

/** User text as it may go into a workbook: no control characters that would break the XML. */
export function cellText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly those characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export const DKK_FORMAT = '#,##0 "kr."';
export const DATE_FORMAT = 'dd-mm-yyyy';
