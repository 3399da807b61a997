import { z } from 'zod';

/**
 * Reporting periods: a year ("2010"), a half ("2010-H1"), a quarter ("2010-Q2")
 * or a month ("2010-05"). The same keys sort, chart and name the periods.
 */
const PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export const ReportingPeriodSchema = z.string().trim().regex(PERIOD_PATTERN, 'period.format');
export type ReportingPeriod = z.infer<typeof ReportingPeriodSchema>;

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';

export interface ParsedPeriod {
  kind: PeriodKind;
  year: number;
  /** 1-based half, quarter or month; 1 for a year. */
  index: number;
}

export function parsePeriod(period: string): ParsedPeriod | null {
  const match = PERIOD_PATTERN.exec(period.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  if (!part) return { kind: 'year', year, index: 1 };
  if (part.startsWith('H')) return { kind: 'half', year, index: Number(part.slice(1)) };
  if (part.startsWith('Q')) return { kind: 'quarter', year, index: Number(part.slice(1)) };
  return { kind: 'month', year, index: Number(part) };
}

const MONTHS_PER: Record<PeriodKind, number> = { year: 12, half: 6, quarter: 3, month: 1 };

/** First and last day of the period (ISO dates). */
export function periodRange(period: string): { start: string; end: string } | null {
  const parsed = parsePeriod(period);
  if (!parsed) return null;
  const months = MONTHS_PER[parsed.kind];
  const firstMonth = (parsed.index - 1) * months; // 0-based
  const start = new Date(Date.UTC(parsed.year, firstMonth, 1));
  const end = new Date(Date.UTC(parsed.year, firstMonth + months, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** Order by end date, the shorter period first on a tie: "2010-Q2", "2010-H1", "2010". */
export function comparePeriods(a: string, b: string): number {
  const ra = periodRange(a);
  const rb = periodRange(b);
  if (!ra || !rb) return a.localeCompare(b);
  return ra.end.localeCompare(rb.end) || rb.start.localeCompare(ra.start);
}

/** The middle of the period in milliseconds, where a chart puts its point. */
export function periodMidpoint(period: string): number | null {
  const range = periodRange(period);
  if (!range) return null;
  return (Date.parse(range.start) + Date.parse(range.end)) / 2;
}

/** The period of a kind that holds an ISO date (e.g. the current quarter). */
export function periodOf(isoDate: string, kind: PeriodKind): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  switch (kind) {
    case 'year':
      return year;
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'month':
      return `${year}-${String(month).padStart(2, '0')}`;
  }
}

/** The period a form starts on: the latest one anything was reported for, else the current quarter. */
export function defaultPeriod(reported: readonly string[], today: string): string {
  let latest: string | null = null;
  for (const period of reported) if (!latest || comparePeriods(period, latest) > 0) latest = period;
  return latest ?? periodOf(today, 'quarter');
}
