import { format, parseISO } from 'date-fns';
import { da, enGB } from 'date-fns/locale';

/**
 * Money, dates and typed input the way the centre writes them, in every section:
 * "1.250.000 kr.", "01-03-2010", "1. marts 2010". Section-specific wording
 * (periods, follow-up numbers in English style) stays in its feature.
 */

const money = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });
const plain = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** "1.250.000 kr." (Danish style in both languages, as the committee papers write it). */
export function formatDkk(value: number | null | undefined): string {
  return value == null ? '' : money.format(value);
}

/** "1.250.000", for an input the user edits. */
export function formatAmount(value: number | null | undefined): string {
  return value == null ? '' : plain.format(value);
}

/**
 * A budget as typed: "1.250.000", "1250000", "1.250.000 kr.", "2,5" (a comma is the decimal sign).
 * Returns null for an empty field and NaN for anything that is not a number.
 */
export function parseAmount(text: string): number | null {
  const cleaned = text
    .replace(/kr\.?/i, '')
    .replace(/[\s\u00a0]/g, '')
    .replace(/\./g, '')
    .replace(',', '.');
  if (cleaned === '') return null;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** "01-03-2010" in tables. */
export function formatShortDate(iso: string | null | undefined): string {
  // Plain slicing: this runs for every visible cell while scrolling, where date-fns would show in the profile.
  return iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '';
}

/** "1. marts 2010" / "1 March 2010"; of a full timestamp only its date part is shown. */
export function formatLongDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const day = parseISO(iso.slice(0, 10));
  return language === 'en' ? format(day, 'd MMMM yyyy', { locale: enGB }) : format(day, 'd. MMMM yyyy', { locale: da });
}

/** "1. marts 2010 kl. 10.15" for the moment of a change. */
export function formatMoment(epochMs: number, language: string): string {
  return language === 'en'
    ? format(epochMs, "d MMMM yyyy 'at' HH:mm", { locale: enGB })
    : format(epochMs, "d. MMMM yyyy 'kl.' HH.mm", { locale: da });
}

/**
 * A date as typed in a form: "1-3-2010", "01.03.2010", "1/3/2010" (day first, the Danish way) or ISO "2010-03-01".
 * Returns the ISO date, null for an empty field, or undefined when it cannot be read.
 * Whether the day exists is left to the schema ("date.invalid"), so the form shows the schema's message;
 * spreadsheet cells, which also arrive as serial numbers and month names, go through
 * shared/spreadsheet/danish-values.ts instead.
 */
export function parseDanishDate(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : [];
  if (!year || !month || !day) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
