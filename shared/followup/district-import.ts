import * as XLSX from 'xlsx';
import type { ReferenceItem } from '../domain/reference-lists';
import { foldDanish } from '../overlap/text-similarity';
import { ReferenceMatcher } from '../spreadsheet/reference-matcher';
import { parseDecimal } from './decimal';
import { CRIME_KINDS, type DistrictIndicator, DistrictIndicatorSchema } from './schemas';

/**
 * District indicators from a spreadsheet in the style of the safety survey:
 * one row per district and year, columns found by their headings (Danish or
 * English, any order), districts matched forgivingly against the reference list.
 */

type Column = 'district' | 'year' | 'feelSafePct' | (typeof CRIME_KINDS)[number] | 'source';

/** Folded words a heading starts with or contains, per column. */
const HEADINGS: Record<Column, string[]> = {
  district: ['bydel', 'district', 'omraade'],
  year: ['aar', 'year', 'aarstal'],
  feelSafePct: ['tryg', 'feel safe', 'safe'],
  violence: ['vold', 'violence'],
  burglary: ['indbrud', 'burglar'],
  theft: ['tyveri', 'theft'],
  narcotics: ['narko', 'narcotic'],
  vandalism: ['haervaerk', 'vandal'],
  harassment: ['chikane', 'harass'],
  source: ['kilde', 'source'],
};

export interface DistrictImportProblem {
  row: number;
  /** Translation key under "district.problems". */
  key: 'noHeader' | 'unknownDistrict' | 'badYear' | 'notANumber' | 'invalid';
  value: string;
}

export interface DistrictImport {
  rows: { row: number; values: DistrictIndicator }[];
  problems: DistrictImportProblem[];
}

type Cell = string | number | boolean | Date | null | undefined;

function headingColumn(text: string): Column | null {
  const folded = foldDanish(text);
  if (!folded) return null;
  for (const [column, words] of Object.entries(HEADINGS) as [Column, string[]][]) {
    if (
      words.some((w) => folded === w || folded.startsWith(`${w} `) || folded.startsWith(w) || folded.includes(` ${w}`))
    ) {
      return column;
    }
  }
  return null;
}

export function readDistrictSheet(bytes: Uint8Array, references: readonly ReferenceItem[]): DistrictImport {
  const workbook = XLSX.read(bytes, { type: 'array' });
  const first = workbook.SheetNames[0];
  const sheet = first ? workbook.Sheets[first] : undefined;
  const rows = sheet
    ? (XLSX.utils.sheet_to_json<Cell[]>(sheet, { header: 1, defval: null, blankrows: true }) as Cell[][])
    : [];
  const headerIndex = rows.slice(0, 15).findIndex((cells) => {
    const columns = cells.map((c) => headingColumn(String(c ?? '')));
    return columns.includes('district') && columns.includes('year');
  });
  if (headerIndex < 0) return { rows: [], problems: [{ row: 0, key: 'noHeader', value: '' }] };
  const columns = (rows[headerIndex] ?? []).map((c) => headingColumn(String(c ?? '')));
  const at = (cells: Cell[], column: Column): Cell => {
    const index = columns.indexOf(column);
    return index < 0 ? null : cells[index];
  };
  const matcher = new ReferenceMatcher(references, 'district');
  const result: DistrictImport = { rows: [], problems: [] };

  rows.slice(headerIndex + 1).forEach((cells, offset) => {
    const row = headerIndex + offset + 2;
    const districtText = String(at(cells, 'district') ?? '').trim();
    if (!districtText) return;
    const match = matcher.match(districtText);
    if ('error' in match) {
      result.problems.push({ row, key: 'unknownDistrict', value: districtText });
      return;
    }
    const yearCell = at(cells, 'year');
    const year = typeof yearCell === 'number' ? yearCell : Number(String(yearCell ?? '').trim());
    if (!Number.isInteger(year)) {
      result.problems.push({ row, key: 'badYear', value: String(yearCell ?? '') });
      return;
    }
    const values: Record<string, unknown> = { district: match.id, year, source: String(at(cells, 'source') ?? '') };
    let bad = false;
    for (const column of ['feelSafePct', ...CRIME_KINDS] as const) {
      const cell = at(cells, column);
      if (cell === null || cell === undefined || String(cell).trim() === '') {
        values[column] = null;
        continue;
      }
      let number = typeof cell === 'number' ? cell : parseDecimal(String(cell).replace('%', ''));
      if (number === null) {
        result.problems.push({ row, key: 'notANumber', value: String(cell) });
        bad = true;
        continue;
      }
      // A percentage cell in Excel holds the fraction (0,72 shown as 72 %).
      if (column === 'feelSafePct' && typeof cell === 'number' && number <= 1) number *= 100;
      values[column] = column === 'feelSafePct' ? Math.round(number * 10) / 10 : number;
    }
    if (bad) return;
    const parsed = DistrictIndicatorSchema.safeParse(values);
    if (!parsed.success) {
      result.problems.push({ row, key: 'invalid', value: districtText });
      return;
    }
    result.rows.push({ row, values: parsed.data });
  });
  return result;
}
