import { getISOWeek, getISOWeekYear } from 'date-fns';

/**
 * Calendar days as ISO strings ("2010-04-01"): they compare, sort and sync as
 * plain text and never shift with the laptop's time zone. Day arithmetic goes
 * through UTC midnight, where every day is exactly 24 hours.
 */
export type Day = string;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parts(day: Day): [number, number, number] {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function dayFromParts(year: number, month: number, date: number): Day {
  return new Date(Date.UTC(year, month - 1, date)).toISOString().slice(0, 10);
}

/** The local calendar day of a moment (the day the user sees on the wall). */
export function dayOf(moment: Date): Day {
  return dayFromParts(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

function epochDay(day: Day): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function addDays(day: Day, days: number): Day {
  return new Date((epochDay(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return epochDay(to) - epochDay(from);
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: Day, to: Day): Day[] {
  const count = daysBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addDays(from, i));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const weekday = new Date(epochDay(day) * DAY_MS).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** A local Date at noon of the day, for date-fns (noon keeps it clear of DST edges). */
export function noonOf(day: Day): Date {
  const [y, m, d] = parts(day);
  return new Date(y, m - 1, d, 12);
}

/** ISO 8601 week number ("uge 13") and the year the week belongs to (1 Jan 2010 is in week 53 of 2009). */
export function isoWeek(day: Day): { week: number; year: number } {
  const date = noonOf(day);
  return { week: getISOWeek(date), year: getISOWeekYear(date) };
}

export function startOfIsoWeek(day: Day): Day {
  return addDays(day, 1 - isoWeekday(day));
}

/** Monday of ISO week `week` of ISO year `year` (week 1 holds 4 January). */
export function mondayOfIsoWeek(year: number, week: number): Day {
  return addDays(startOfIsoWeek(dayFromParts(year, 1, 4)), (week - 1) * 7);
}

/** "2010-04" → first and last day of that month. */
export function monthRange(year: number, month: number): { from: Day; to: Day } {
  return { from: dayFromParts(year, month, 1), to: dayFromParts(year, month + 1, 0) };
}

export function yearOf(day: Day): number {
  return parts(day)[0];
}

export function monthOf(day: Day): number {
  return parts(day)[1];
}
