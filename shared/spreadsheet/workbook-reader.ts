import * as XLSX from 'xlsx';
import type { IsoDate } from '../domain/initiative';
import { decodeCsvText, detectDelimiter, parseCsv } from './csv';
import { serialToIsoDate } from './danish-values';
import { SpreadsheetError } from './errors';
import { SPREADSHEET_LIMITS, type SpreadsheetFormat, sniffSpreadsheet } from './file-guard';

/** One cell as the pipeline sees it, whatever the file format: a date cell is already a calendar date. */
export type CellValue = string | number | boolean | { date: IsoDate } | null;

export interface LoadedSheet {
  name: string;
  hidden: boolean;
  rows: CellValue[][];
}

export interface LoadedWorkbook {
  format: SpreadsheetFormat;
  sheets: LoadedSheet[];
  /** The workbook counts days from 1904 (old Mac Excel); serial numbers in text columns need it. */
  date1904: boolean;
}

/** Check the bytes, then read every sheet into plain rows of cells (SheetJS for workbooks, our own CSV reader). */
export function loadWorkbook(bytes: Uint8Array, fileName: string): LoadedWorkbook {
  const format = sniffSpreadsheet(bytes, fileName);
  if (format === 'csv') {
    const { text } = decodeCsvText(bytes);
    if (!text.trim()) throw new SpreadsheetError('empty', 'The file is empty');
    const rows: CellValue[][] = parseCsv(text, detectDelimiter(text));
    const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'CSV';
    return { format, sheets: [{ name, hidden: false, rows }], date1904: false };
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      cellDates: false,
      sheetRows: SPREADSHEET_LIMITS.maxRows + 1,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) {
      throw new SpreadsheetError('password-protected', 'The workbook is password-protected');
    }
    throw new SpreadsheetError('corrupt', `The workbook cannot be read: ${message}`);
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets = workbook.SheetNames.map((name, index) => {
    const sheet = workbook.Sheets[name];
    const hidden = Boolean(workbook.Workbook?.Sheets?.[index]?.Hidden);
    return { name, hidden, rows: sheet ? sheetRows(sheet, date1904) : [] };
  });
  return { format, sheets, date1904 };
}

const dateFormatCache = new Map<string, boolean>();

function isDateFormat(format: string | number | undefined): boolean {
  if (format === undefined) return false;
  const key = String(format);
  const cached = dateFormatCache.get(key);
  if (cached !== undefined) return cached;
  const text = typeof format === 'number' ? (XLSX.SSF.get_table()[format] ?? '') : format;
  const known = Boolean(XLSX.SSF.is_date(text));
  dateFormatCache.set(key, known);
  return known;
}

function sheetRows(sheet: XLSX.WorkSheet, date1904: boolean): CellValue[][] {
  const data = (sheet as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
  if (data.length > SPREADSHEET_LIMITS.maxRows) {
    throw new SpreadsheetError('too-large', `A sheet has more than ${SPREADSHEET_LIMITS.maxRows} rows`);
  }
  const rows: CellValue[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    if (!source) {
      rows[r] = [];
      continue;
    }
    if (source.length > SPREADSHEET_LIMITS.maxColumns) {
      throw new SpreadsheetError('too-large', `A sheet has more than ${SPREADSHEET_LIMITS.maxColumns} columns`);
    }
    const row: CellValue[] = new Array(source.length);
    for (let c = 0; c < source.length; c++) row[c] = cellValue(source[c], date1904);
    rows[r] = row;
  }
  return rows;
}

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'n': {
      const value = cell.v as number;
      if (isDateFormat(cell.z)) {
        const date = serialToIsoDate(value, date1904);
        if (date) return { date };
      }
      return value;
    }
    case 'b':
      return Boolean(cell.v);
    case 'd': {
      const value = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      // SheetJS builds such dates from local components; read them back the same way.
      const y = value.getFullYear();
      const m = String(value.getMonth() + 1).padStart(2, '0');
      const d = String(value.getDate()).padStart(2, '0');
      return Number.isNaN(y) ? null : { date: `${y}-${m}-${d}` };
    }
    default:
      return null;
  }
}
