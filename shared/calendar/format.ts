import { format } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import type { Language } from '../settings';
import { type Day, noonOf } from './days';

const LOCALES = { da, en: enGB } as const;
const DANISH = { long: 'd. MMMM yyyy', short: 'dd-MM-yyyy', weekday: 'EEE d. MMM', month: 'LLLL yyyy' };
const ENGLISH = { long: 'd MMMM yyyy', short: 'dd-MM-yyyy', weekday: 'EEE d MMM', month: 'LLLL yyyy' };

/**
 * Dates the Danish way: "1. april 2010" (long), "01-04-2010" (short),
 * "tor. 1. apr." (day, for column heads); English "1 April 2010".
 */
export function formatDay(
  day: Day,
  language: Language,
  style: 'long' | 'short' | 'weekday' | 'month' = 'long',
): string {
  const patterns = language === 'da' ? DANISH : ENGLISH;
  return format(noonOf(day), patterns[style], { locale: LOCALES[language] });
}

/** "torsdag 1. april 2010" / "Thursday 1 April 2010". */
export function formatDayWithWeekday(day: Day, language: Language): string {
  return format(noonOf(day), language === 'da' ? 'EEEE d. MMMM yyyy' : 'EEEE d MMMM yyyy', {
    locale: LOCALES[language],
  });
}
