import { INITIATIVE_FIELDS, type InitiativeField } from '../domain/initiative';
import { normalizeText } from './reference-matcher';

/** What a column can hold: an inventory field, or the hidden id of a returned hearing sheet. */
export type ColumnField = InitiativeField | 'id';
export const COLUMN_FIELDS: readonly ColumnField[] = ['id', ...INITIATIVE_FIELDS];

export function isColumnField(value: unknown): value is ColumnField {
  return typeof value === 'string' && (COLUMN_FIELDS as readonly string[]).includes(value);
}

/** Header texts met in department sheets (Danish and English), normalized as by `normalizeText`. */
const SYNONYMS: Record<ColumnField, string[]> = {
  id: ['id', 'csb id', 'indsats id', 'initiative id', 'id maa ikke aendres'],
  title: [
    'titel',
    'title',
    'projektnavn',
    'projekt',
    'navn paa indsats',
    'navn paa indsatsen',
    'indsatsens navn',
    'indsats',
    'indsatsnavn',
    'navn',
    'name',
    'initiative',
    'project',
    'project name',
  ],
  department: ['forvaltning', 'department', 'ansvarlig forvaltning', 'afdeling', 'administration', 'ejer'],
  description: ['beskrivelse', 'kort beskrivelse', 'description', 'indhold', 'formaal', 'purpose'],
  focusAreas: ['fokusomraade', 'fokusomraader', 'focus area', 'focus areas', 'indsatsomraade', 'tema'],
  targetGroups: ['maalgruppe', 'maalgrupper', 'target group', 'target groups', 'maalgruppe r'],
  districts: ['bydel', 'bydele', 'district', 'districts', 'omraade', 'geografi', 'lokalomraade'],
  hotspot: ['hotspot', 'hotspotindsats', 'hotspot indsats', 'hotspot omraade', 'del af hotspot'],
  preventionLevel: ['forebyggelsesniveau', 'niveau', 'prevention level', 'forebyggelsestype', 'forebyggelse'],
  partners: ['samarbejdspartnere', 'samarbejdspartner', 'partnere', 'partners', 'partner', 'samarbejde'],
  startDate: ['start', 'startdato', 'start dato', 'fra', 'periode fra', 'start date', 'begyndelse', 'opstart'],
  endDate: ['slut', 'slutdato', 'slut dato', 'til', 'periode til', 'end date', 'ophoer', 'udloeb'],
  annualBudgetDkk: [
    'budget',
    'aarligt budget',
    'aarsbudget',
    'budget pr aar',
    'annual budget',
    'budget dkk',
    'beloeb',
    'oekonomi',
    'udgift',
  ],
  fundingSource: ['finansiering', 'finansieringskilde', 'funding', 'funding source', 'finansieret af'],
  status: ['status', 'projektstatus'],
  successCriteria: ['succeskriterier', 'succeskriterie', 'success criteria', 'maal'],
  evidenceLevel: ['evidens', 'evidensniveau', 'evidence', 'evidence level', 'dokumentation'],
  evaluation: ['evaluering', 'evaluation', 'effektmaaling', 'evalueringsstatus'],
  contact: ['kontakt', 'kontaktperson', 'contact', 'ansvarlig', 'tovholder'],
  notes: ['bemaerkninger', 'bemaerkning', 'noter', 'kommentarer', 'kommentar', 'notes', 'comments'],
};

const BY_SYNONYM = new Map<string, ColumnField>();
for (const field of COLUMN_FIELDS) for (const synonym of SYNONYMS[field]) BY_SYNONYM.set(synonym, field);
const PREFIXES = [...BY_SYNONYM.keys()].sort((a, b) => b.length - a.length);

/** The field a header text names, or null. */
export function fieldForHeader(header: string): ColumnField | null {
  const key = normalizeText(header);
  if (!key) return null;
  const direct = BY_SYNONYM.get(key);
  if (direct) return direct;
  // "Budget 2010", "Budget (kr.)", "Startdato *": drop years, units and marks.
  const trimmed = key
    .replace(/\b(19|20)\d\d\b/g, '')
    .replace(/\b(kr|dkk|i kr|i dkk|x)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const second = BY_SYNONYM.get(trimmed);
  if (second) return second;
  // "Budget i alt", "Start dato for indsats": the longest synonym the header starts with.
  for (const prefix of PREFIXES) if (trimmed.startsWith(`${prefix} `)) return BY_SYNONYM.get(prefix) ?? null;
  return null;
}

/** The row (0-based) most like a header among the first rows, with how many headers it names. */
export function findHeaderRow(rows: readonly (readonly unknown[])[], scanRows = 30): { row: number; score: number } {
  let best = { row: -1, score: 0 };
  for (let r = 0; r < Math.min(rows.length, scanRows); r++) {
    const seen = new Set<ColumnField>();
    let texts = 0;
    for (const cell of rows[r] ?? []) {
      if (typeof cell !== 'string' || !cell.trim()) continue;
      texts++;
      const field = fieldForHeader(cell);
      if (field) seen.add(field);
    }
    // A header names at least two fields, or the title column alone in a one-column sheet.
    const score = seen.size;
    if (score > best.score && (score >= 2 || (seen.has('title') && texts === 1))) best = { row: r, score };
  }
  return best;
}
