import Holidays from 'date-holidays';
import { addDays, type Day, dayFromParts, eachDay, isoWeekday, mondayOfIsoWeek, yearOf } from './days';

/** A Danish holiday as the maintained `date-holidays` library knows it (it does the Easter arithmetic). */
export interface DanishHoliday {
  date: Day;
  name: string;
  nameEn: string;
  /** Public holidays are days off; the observances listed are marked but worked (half days at most). */
  dayOff: boolean;
}

/** Observances the centre marks in the calendar although they are not public holidays. */
const MARKED_OBSERVANCES = new Set(['Grundlovsdag', 'Juleaftensdag']);

const danish = new Holidays('DK');
const byYear = new Map<number, DanishHoliday[]>();

export function danishHolidays(year: number): DanishHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const english = new Map(
    (danish.getHolidays(year, 'en') || []).map((h) => [`${h.date.slice(0, 10)}|${h.type}`, h.name]),
  );
  const list = (danish.getHolidays(year, 'da') || [])
    .filter((h) => h.type === 'public' || MARKED_OBSERVANCES.has(h.name))
    .map((h) => {
      const date = h.date.slice(0, 10);
      return {
        date,
        name: h.name,
        nameEn: english.get(`${date}|${h.type}`) ?? h.name,
        dayOff: h.type === 'public',
      };
    });
  byYear.set(year, list);
  return list;
}

export function holidayOn(day: Day): DanishHoliday | undefined {
  return danishHolidays(yearOf(day)).find((h) => h.date === day);
}

export function isPublicHoliday(day: Day): boolean {
  return holidayOn(day)?.dayOff === true;
}

export const HOLIDAY_PERIOD_KINDS = ['easter', 'summer', 'christmas'] as const;
export type HolidayPeriodKind = (typeof HOLIDAY_PERIOD_KINDS)[number];

const periodsByYear = new Map<number, HolidayPeriod[]>();

export interface HolidayPeriod {
  kind: HolidayPeriodKind;
  from: Day;
  to: Day;
}

/**
 * The common holiday periods when most staff are away and a process should
 * not expect answers: Easter week (Monday before Maundy Thursday to Easter
 * Monday), the summer holiday (ISO weeks 28–31, the usual common weeks) and
 * Christmas (24 December to 1 January).
 */
export function holidayPeriods(year: number): readonly HolidayPeriod[] {
  const cached = periodsByYear.get(year);
  if (cached) return cached;
  const maundyThursday = danishHolidays(year).find((h) => h.name === 'Skærtorsdag')?.date;
  const periods: HolidayPeriod[] = [];
  if (maundyThursday) {
    periods.push({ kind: 'easter', from: addDays(maundyThursday, -3), to: addDays(maundyThursday, 4) });
  }
  periods.push({ kind: 'summer', from: mondayOfIsoWeek(year, 28), to: addDays(mondayOfIsoWeek(year, 31), 6) });
  periods.push({ kind: 'christmas', from: dayFromParts(year, 12, 24), to: dayFromParts(year + 1, 1, 1) });
  periodsByYear.set(year, periods);
  return periods;
}

export function holidayPeriodOn(day: Day): HolidayPeriod | undefined {
  const year = yearOf(day);
  return [...holidayPeriods(year - 1), ...holidayPeriods(year)].find((p) => p.from <= day && day <= p.to);
}

export function isWeekend(day: Day): boolean {
  return isoWeekday(day) >= 6;
}

/** A day at work: not a weekend, not a public holiday. */
export function isWorkingDay(day: Day): boolean {
  return !isWeekend(day) && !isPublicHoliday(day);
}

export function nextWorkingDay(day: Day): Day {
  let next = addDays(day, 1);
  while (!isWorkingDay(next)) next = addDays(next, 1);
  return next;
}

export function previousWorkingDay(day: Day): Day {
  let previous = addDays(day, -1);
  while (!isWorkingDay(previous)) previous = addDays(previous, -1);
  return previous;
}

/** Working days in a range, both ends included. */
export function workingDaysBetween(from: Day, to: Day): Day[] {
  return eachDay(from, to).filter(isWorkingDay);
}

/** Why a date is a poor choice for a deadline or meeting, and a better one. */
export interface DateFlags {
  weekend: boolean;
  holiday: DanishHoliday | undefined;
  period: HolidayPeriod | undefined;
  /** The first working day after the date that is outside any holiday period; undefined when the date is fine. */
  suggestion: Day | undefined;
}

export function flagDate(day: Day): DateFlags {
  const weekend = isWeekend(day);
  const holiday = holidayOn(day);
  const period = holidayPeriodOn(day);
  const problem = weekend || holiday?.dayOff === true || period !== undefined;
  let suggestion: Day | undefined;
  if (problem) {
    suggestion = nextWorkingDay(day);
    while (holidayPeriodOn(suggestion)) suggestion = nextWorkingDay(suggestion);
  }
  return { weekend, holiday, period, suggestion };
}

export function isFlagged(flags: DateFlags): boolean {
  return flags.suggestion !== undefined || flags.holiday !== undefined;
}
