import type { TFunction } from 'i18next';
import { parsePeriod } from '../../../shared/followup/period';
import { formatLongDate } from '../../../shared/format/danish';

/** Danish number display: 1.250.000 and 12,5. */
export function formatNumber(value: number | null | undefined, language: string, maximumFractionDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits }).format(value);
}

export function formatDkk(value: number, language: string): string {
  return language === 'en' ? `DKK ${formatNumber(value, language, 0)}` : `${formatNumber(value, language, 0)} kr.`;
}

/** "1. marts 2010" (Danish) or "1 March 2010"; a dash when there is no date. */
export function formatDate(iso: string | null | undefined, language: string): string {
  return iso ? formatLongDate(iso, language) : '–';
}

/** "2. kvartal 2010", "1. halvår 2010", "maj 2010", "2010". */
export function formatPeriod(period: string, t: TFunction<'followup'>, short = false): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const suffix = short ? 'Short' : '';
  switch (parsed.kind) {
    case 'year':
      return String(parsed.year);
    case 'half':
      return t(`period.half${suffix}`, { index: parsed.index, year: parsed.year });
    case 'quarter':
      return t(`period.quarter${suffix}`, { index: parsed.index, year: parsed.year });
    case 'month':
      return t(`period.month${suffix}`, { month: t(`period.months.${parsed.index}`), year: parsed.year });
  }
}
