import { SpreadsheetError } from './errors';
import { SPREADSHEET_LIMITS } from './file-guard';

export type CsvEncoding = 'utf-8' | 'windows-1252';

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (Danish Excel's "CSV"). */
export function decodeCsvText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

const DELIMITERS = [';', ',', '\t', '|'] as const;

/** The delimiter that splits the first lines into the most, and most even, fields (outside quotes). */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, 20).filter((line) => line.trim().length > 0);
  let best: string = ';';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}

/** RFC 4180 fields (quotes, doubled quotes, line breaks inside quotes); every value stays text. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const pushRow = () => {
    row.push(field);
    field = '';
    rows.push(row);
    row = [];
    if (rows.length > SPREADSHEET_LIMITS.maxRows) {
      throw new SpreadsheetError('too-large', `The file has more than ${SPREADSHEET_LIMITS.maxRows} rows`);
    }
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.length === 0) quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
      if (row.length > SPREADSHEET_LIMITS.maxColumns) {
        throw new SpreadsheetError('too-large', `A row has more than ${SPREADSHEET_LIMITS.maxColumns} columns`);
      }
    } else if (ch === '\r' || ch === '\n') {
      pushRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if (field.length > 0 || row.length > 0) pushRow();
  return rows;
}
