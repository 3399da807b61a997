import type { IsoDate } from '../domain/initiative';

/**
 * Values as Danish departments type them. Each parser returns the value or
 * an `{ error }` with an English reason; callers turn errors into report lines.
 */
export type Parsed<T> = { value: T } | { error: string };

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  january: 1,
  februar: 2,
  feb: 2,
  february: 2,
  marts: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const SCALES: [RegExp, number][] = [
  [/(mia\.?|milliarder)$/, 1_000_000_000],
  [/(mio\.?|millioner|mill\.?)$/, 1_000_000],
  [/(t\.?kr\.?|tusind)$/, 1_000],
];

/** Money in DKK: 1250000, 1.250.000, 1.250.000 kr., 6.750.000,50, 1,5 mio. kr. */
export function parseMoney(input: string | number): Parsed<number> {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { value: input } : { error: `Not an amount: ${input}` };
  }
  let text = input
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, '')
    .replace(/^(dkk|kr\.?)/, '')
    .replace(/(dkk|kr\.?|,-|\.-)+$/, '');
  let factor = 1;
  for (const [suffix, scale] of SCALES) {
    const match = suffix.exec(text);
    if (match) {
      text = text.slice(0, match.index).replace(/(kr\.?)$/, '');
      factor = scale;
      break;
    }
  }
  if (!/^-?[\d.,]+$/.test(text)) return { error: `Not an amount: ${input}` };
  const number = parseDanishNumber(text);
  if (number === null) return { error: `Not an amount: ${input}` };
  return { value: Math.round(number * factor * 100) / 100 };
}

/** "1.250.000,50" → 1250000.5; a dot followed by groups of three digits is a thousands separator. */
function parseDanishNumber(text: string): number | null {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  let normalized: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) normalized = body.replace(/\./g, '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(body)) normalized = body.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) normalized = body.replace(/,/g, '');
  else if (/^\d+\.\d+$/.test(body)) normalized = body;
  else return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? (negative ? -value : value) : null;
}

/** Calendar date from day, month, year; null when the date does not exist. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (year < 1900 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Excel serial day number → calendar date, by arithmetic only (no time zone can
 * shift it). Excel counts 1900 as a leap year, so serials from 61 on are one day late.
 */
export function serialToIsoDate(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const days = Math.floor(serial + 1e-7) + (date1904 ? 1462 : 0);
  if (days === 60) return null; // 29 February 1900 never existed
  const epoch = Date.UTC(1899, 11, days < 60 ? 31 : 30);
  const date = new Date(epoch + days * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Dates as typed: 1. marts 2010, 1 mar 2010, 01-03-2010, 1/3/10, 01.03.2010, 2010-03-01. */
export function parseDanishDate(input: string | number, date1904 = false): Parsed<IsoDate> {
  if (typeof input === 'number') {
    const date = input >= 1 && input < 100_000 ? serialToIsoDate(input, date1904) : null;
    return date ? { value: date } : { error: `Not a date: ${input}` };
  }
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(text);
  if (match) return dateOrError(input, Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(text);
  if (match) return dateOrError(input, fullYear(match[3] ?? ''), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\.? ?([a-zæøå]+)\.?,? ?(\d{2}|\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS[match[2] ?? ''];
    if (month) return dateOrError(input, fullYear(match[3] ?? ''), month, Number(match[1]));
  }
  if (/^\d+([.,]\d+)?$/.test(text)) return parseDanishDate(Number(text.replace(',', '.')), date1904);
  return { error: `Not a date: ${input}` };
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function dateOrError(input: string, year: number, month: number, day: number): Parsed<IsoDate> {
  const date = isoDate(year, month, day);
  return date ? { value: date } : { error: `Not a date: ${input}` };
}

const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'sand', '1', '✓', '✔', 'jo']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falsk', '0', '-', '']);

/** Ja/Nej/X/blank (blank is no). */
export function parseYesNo(input: string | number | boolean): Parsed<boolean> {
  if (typeof input === 'boolean') return { value: input };
  const text = String(input).trim().toLowerCase();
  if (YES.has(text)) return { value: true };
  if (NO.has(text)) return { value: false };
  return { error: `Not yes or no: ${input}` };
}

/** Several values in one cell, separated by comma, semicolon or line break. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
