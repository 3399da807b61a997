import { format } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import type { Language } from '../settings';
import { type Day, noonOf } from './days';

const LOCALES = { da, en: enGB } as const;

/**
 * Dates the Danish way: "1. april 2010" (long), "01-04-2010" (short),
 * "tor. 1. apr." (day, for column heads); English uses the same order.
 */
export function formatDay(
  day: Day,
  language: Language,
  style: 'long' | 'short' | 'weekday' | 'month' = 'long',
): string {
  const pattern = { long: 'd. MMMM yyyy', short: 'dd-MM-yyyy', weekday: 'EEE d. MMM', month: 'LLLL yyyy' }[style];
  return format(noonOf(day), pattern, { locale: LOCALES[language] });
}

/** "torsdag 1. april 2010". */
export function formatDayWithWeekday(day: Day, language: Language): string {
  return format(noonOf(day), 'EEEE d. MMMM yyyy', { locale: LOCALES[language] });
}
