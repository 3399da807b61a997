import {
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  INITIATIVE_REFERENCE_FIELDS,
  type InitiativeFields,
  PREVENTION_LEVELS,
  type PreventionLevel,
} from '../domain/initiative';
import type { ReferenceItem, ReferenceKind } from '../domain/reference-lists';
import { type ColumnField, fieldForHeader, findHeaderRow, isColumnField } from './columns';
import { parseDanishDate, parseMoney, parseYesNo, splitList } from './danish-values';
import { SpreadsheetError } from './errors';
import type { SpreadsheetFormat } from './file-guard';
import { normalizeText, ReferenceMatcher } from './reference-matcher';
import { type CellValue, type LoadedSheet, type LoadedWorkbook, loadWorkbook } from './workbook-reader';

export interface InspectOptions {
  referenceItems: readonly ReferenceItem[];
  /** Department code the file belongs to (used when the sheet has no department column). */
  department?: string;
  /** Sheet to read; by default the one that looks most like an inventory. */
  sheet?: string;
  /** Header text → field (null: ignore the column); overrides the automatic mapping. */
  mapping?: Record<string, string | null>;
}

/** One row of the sheet as inventory values (reference ids); only the fields the sheet has columns for. */
export type InspectedInitiative = Partial<InitiativeFields> & {
  /** The hidden id of a returned hearing sheet. */
  id?: string;
  /** 1-based row number in the sheet. */
  sourceRow: number;
  /** The department came from the options or a title row, not from a cell of this row. */
  departmentAssumed?: true;
};

export interface InspectedColumn {
  /** 0-based column index. */
  index: number;
  /** Column letter as Excel shows it. */
  letter: string;
  header: string;
  field: ColumnField | null;
}

export interface InspectResult {
  fileName: string;
  format: SpreadsheetFormat;
  sheet: string;
  sheets: string[];
  /** 1-based row number of the header row. */
  headerRow: number;
  /** Header text → field or null. An object without prototype: any header text is a plain key. */
  columns: Record<string, ColumnField | null>;
  columnList: InspectedColumn[];
  /** Department inferred from a title row above the header (a department's own layout), if any. */
  departmentFromSheet: string | null;
  initiatives: InspectedInitiative[];
  skipped: { row: number; reason: 'total-row' | 'no-title' }[];
  errors: { row: number; column: string; cell: string; field: ColumnField | null; message: string }[];
}

const TOTAL_ROW = /^(i alt|ialt|total|totalt|sum|samlet|subtotal|hovedtotal)( (i alt|kr|dkk|budget|\d{4}))*$/;
const SKIPPED_SHEETS = /^(vejledning|instructions|lister|lists)$/i;

const PREVENTION_WORDS: Record<string, PreventionLevel> = {
  primaer: 'primary',
  primary: 'primary',
  '1': 'primary',
  sekundaer: 'secondary',
  secondary: 'secondary',
  '2': 'secondary',
  tertiaer: 'tertiary',
  tertiary: 'tertiary',
  '3': 'tertiary',
};
const EVIDENCE_WORDS: Record<string, EvidenceLevel> = {
  dokumenteret: 'documented',
  documented: 'documented',
  evidensbaseret: 'documented',
  'dokumenteret effekt': 'documented',
  lovende: 'promising',
  promising: 'promising',
  'ikke evalueret': 'not-evaluated',
  'not evaluated': 'not-evaluated',
  'ikke dokumenteret': 'not-evaluated',
  ingen: 'not-evaluated',
};

/**
 * Read any department's spreadsheet with the app's one pipeline: refuse bad
 * files, find the sheet, the header row and the columns, and turn each row
 * into inventory values, reporting every cell it cannot understand.
 */
export function inspectSpreadsheet(bytes: Uint8Array, fileName: string, options: InspectOptions): InspectResult {
  return inspectWorkbook(loadWorkbook(bytes, fileName), fileName, options);
}

export function inspectWorkbook(workbook: LoadedWorkbook, fileName: string, options: InspectOptions): InspectResult {
  const sheet = chooseSheet(workbook.sheets, options.sheet);
  const { row: headerIndex } = findHeaderRow(sheet.rows);
  if (headerIndex < 0) {
    if (sheet.rows.every((row) => row.every(isBlank))) throw new SpreadsheetError('empty', 'The sheet is empty');
    throw new SpreadsheetError('no-header', `No header row found in sheet "${sheet.name}"`);
  }
  const columnList = mapColumns(sheet.rows[headerIndex] ?? [], options.mapping);
  const columns = Object.create(null) as Record<string, ColumnField | null>;
  for (const column of columnList) columns[column.header] = column.field;

  const matchers = new Map<ReferenceKind, ReferenceMatcher>();
  const matcher = (kind: ReferenceKind) => {
    let found = matchers.get(kind);
    if (!found) {
      found = new ReferenceMatcher(options.referenceItems, kind);
      matchers.set(kind, found);
    }
    return found;
  };
  const departmentFromSheet = findDepartmentAbove(sheet.rows.slice(0, headerIndex), matcher('department'));
  const defaultDepartment = options.department ?? departmentFromSheet ?? undefined;

  const result: InspectResult = {
    fileName,
    format: workbook.format,
    sheet: sheet.name,
    sheets: workbook.sheets.map((s) => s.name),
    headerRow: headerIndex + 1,
    columns,
    columnList,
    departmentFromSheet,
    initiatives: [],
    skipped: [],
    errors: [],
  };
  const mapped = columnList.filter((c) => c.field !== null) as (InspectedColumn & { field: ColumnField })[];
  const titleColumn = mapped.find((c) => c.field === 'title');

  for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    const sourceRow = r + 1;
    const first = cells.find((c) => !isBlank(c));
    if (typeof first === 'string' && first.length < 40 && TOTAL_ROW.test(normalizeText(first))) {
      result.skipped.push({ row: sourceRow, reason: 'total-row' });
      continue;
    }
    if (!titleColumn || isBlank(cells[titleColumn.index] ?? null)) {
      result.skipped.push({ row: sourceRow, reason: 'no-title' });
      continue;
    }
    const row: InspectedInitiative = { sourceRow };
    for (const column of mapped) {
      const cell = cells[column.index] ?? null;
      const parsed = parseField(column.field, cell, matcher, workbook.date1904);
      if ('error' in parsed) {
        result.errors.push({
          row: sourceRow,
          column: column.header,
          cell: `${column.letter}${sourceRow}`,
          field: column.field,
          message: parsed.error,
        });
        continue;
      }
      if (parsed.value === undefined) continue;
      if (column.field in row) continue; // the first column of a field wins
      (row as Record<string, unknown>)[column.field] = parsed.value;
    }
    if (!row.department && defaultDepartment) {
      row.department = defaultDepartment;
      row.departmentAssumed = true;
    }
    if (row.startDate && row.endDate && row.startDate > row.endDate) {
      const column = mapped.find((c) => c.field === 'endDate');
      result.errors.push({
        row: sourceRow,
        column: column?.header ?? 'endDate',
        cell: column ? `${column.letter}${sourceRow}` : '',
        field: 'endDate',
        message: `The end date ${row.endDate} is before the start date ${row.startDate}`,
      });
      delete row.endDate;
    }
    result.initiatives.push(row);
  }
  return result;
}

function chooseSheet(sheets: LoadedSheet[], wanted: string | undefined): LoadedSheet {
  if (wanted !== undefined) {
    const found =
      sheets.find((s) => s.name === wanted) ??
      sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (!found) throw new SpreadsheetError('sheet-not-found', `No sheet named "${wanted}"`);
    return found;
  }
  let best: LoadedSheet | undefined;
  let bestScore = -1;
  for (const sheet of sheets) {
    if (sheet.hidden || SKIPPED_SHEETS.test(sheet.name.trim())) continue;
    const score = findHeaderRow(sheet.rows).score;
    if (score > bestScore) {
      best = sheet;
      bestScore = score;
    }
  }
  const chosen = best ?? sheets[0];
  if (!chosen) throw new SpreadsheetError('empty', 'The workbook has no sheets');
  return chosen;
}

function mapColumns(headerCells: readonly CellValue[], mapping: InspectOptions['mapping']): InspectedColumn[] {
  // The user's corrections, read into a Map so no header text ever becomes an object key.
  const corrections = new Map<string, ColumnField | null>();
  if (mapping) {
    for (const [header, field] of Object.entries(mapping)) {
      if (field === null || isColumnField(field)) corrections.set(header, field);
    }
  }
  const seenHeaders = new Map<string, number>();
  const taken = new Set<ColumnField>();
  const list: InspectedColumn[] = [];
  headerCells.forEach((cell, index) => {
    const text = cellText(cell).trim();
    if (!text) return;
    const count = (seenHeaders.get(text) ?? 0) + 1;
    seenHeaders.set(text, count);
    const header = count === 1 ? text : `${text} (${count})`;
    let field = corrections.has(header) ? (corrections.get(header) ?? null) : fieldForHeader(text);
    if (field && taken.has(field) && !corrections.has(header)) field = null;
    if (field) taken.add(field);
    list.push({ index, letter: columnLetter(index), header, field });
  });
  return list;
}

function findDepartmentAbove(rows: readonly CellValue[][], departments: ReferenceMatcher): string | null {
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell !== 'string' || !cell.trim()) continue;
      const match = departments.match(cell);
      if ('id' in match) return match.id;
    }
  }
  return null;
}

type FieldParse = { value: unknown } | { error: string };

/** The schema's limits, checked directly: zod per cell would cost more than reading the file. */
export const TEXT_LIMITS = {
  title: 300,
  description: 20_000,
  fundingSource: 300,
  successCriteria: 5_000,
  evaluation: 5_000,
  contact: 300,
  notes: 20_000,
} as const;
const MAX_BUDGET = 10_000_000_000;

function parseField(
  field: ColumnField,
  cell: CellValue,
  matcher: (kind: ReferenceKind) => ReferenceMatcher,
  date1904: boolean,
): FieldParse {
  const blank = isBlank(cell);
  switch (field) {
    case 'id':
      return { value: blank ? undefined : cellText(cell).trim() };
    case 'title':
    case 'description':
    case 'fundingSource':
    case 'successCriteria':
    case 'evaluation':
    case 'contact':
    case 'notes': {
      const text = blank ? '' : cellText(cell).trim();
      return text.length <= TEXT_LIMITS[field]
        ? { value: text }
        : { error: `Text too long (${text.length} characters)` };
    }
    case 'department':
    case 'status': {
      if (blank) return { value: undefined };
      const match = matcher(INITIATIVE_REFERENCE_FIELDS[field]).match(cellText(cell));
      return 'id' in match ? { value: match.id } : { error: match.error };
    }
    case 'focusAreas':
    case 'targetGroups':
    case 'districts':
    case 'partners':
      return blank ? { value: [] } : parseReferenceList(cellText(cell), matcher(INITIATIVE_REFERENCE_FIELDS[field]));
    case 'hotspot':
      return blank ? { value: false } : parseYesNo(typeof cell === 'object' ? '' : (cell as string | number | boolean));
    case 'preventionLevel':
      return blank ? { value: null } : enumValue(cell, PREVENTION_WORDS, PREVENTION_LEVELS);
    case 'evidenceLevel':
      return blank ? { value: null } : enumValue(cell, EVIDENCE_WORDS, EVIDENCE_LEVELS);
    case 'startDate':
    case 'endDate': {
      if (blank) return { value: null };
      if (typeof cell === 'object' && cell !== null) return { value: cell.date };
      if (typeof cell === 'boolean') return { error: 'Not a date' };
      return parseDanishDate(cell as string | number, date1904);
    }
    case 'annualBudgetDkk': {
      if (blank) return { value: null };
      if (typeof cell === 'object' || typeof cell === 'boolean') return { error: 'Not an amount' };
      const money = parseMoney(cell as string | number);
      if ('error' in money) return money;
      return money.value >= 0 && money.value <= MAX_BUDGET ? money : { error: `Not a valid budget: ${money.value}` };
    }
  }
}

function parseReferenceList(text: string, matcher: ReferenceMatcher): FieldParse {
  const whole = matcher.match(text);
  if ('id' in whole) return { value: [whole.id] };
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(text)) {
    const match = matcher.match(part);
    if ('id' in match) {
      if (!ids.includes(match.id)) ids.push(match.id);
    } else unknown.push(match.error);
  }
  // One unknown value makes the whole cell a question for the user, never a silent partial change.
  return unknown.length > 0 ? { error: unknown.join('; ') } : { value: ids };
}

function enumValue<T extends string>(cell: CellValue, words: Record<string, T>, values: readonly T[]): FieldParse {
  const key = normalizeText(cellText(cell));
  const direct = (values as readonly string[]).includes(cellText(cell).trim()) ? cellText(cell).trim() : undefined;
  const value = direct ?? (Object.hasOwn(words, key) ? words[key] : undefined);
  return value ? { value } : { error: `"${cellText(cell)}" is not one of the known values` };
}

function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  if (typeof cell === 'boolean') return cell ? 'Ja' : 'Nej';
  return String(cell);
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
