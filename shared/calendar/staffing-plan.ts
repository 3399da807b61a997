import type { Absence, AbsenceKind, StaffMember } from '../domain/staff';
import { AWAY_KINDS } from '../domain/staff';
import { type Day, eachDay, isoWeek, isoWeekday } from './days';
import {
  type DanishHoliday,
  type HolidayPeriod,
  holidayOn,
  holidayPeriodOn,
  isPublicHoliday,
  isWeekend,
} from './holidays';

export type PresenceReason = 'fixed' | 'extraDay' | 'swap';

export interface DayPlan {
  date: Day;
  week: number;
  weekday: number;
  holiday: DanishHoliday | undefined;
  period: HolidayPeriod | undefined;
  /** Weekend or public holiday: nobody is planned in on a fixed day. */
  dayOff: boolean;
  expected: { staffId: string; reason: PresenceReason }[];
  /** People who would have been in on a fixed day, and why they are not. */
  away: { staffId: string; kind: AbsenceKind | 'holiday-closed' }[];
  overCapacity: boolean;
  /** Departments that normally sit here on this weekday but have nobody expected. */
  departmentsWithNobody: string[];
}

export interface HoursSummary {
  staffId: string;
  planned: number;
  agreed: number;
}

export function hoursPerDay(staff: Pick<StaffMember, 'hoursPerWeek' | 'fixedDays'>): number {
  return staff.fixedDays.length === 0 ? 0 : staff.hoursPerWeek / staff.fixedDays.length;
}

function seconded(staff: StaffMember, day: Day): boolean {
  return (
    (!staff.secondmentStart || staff.secondmentStart <= day) && (!staff.secondmentEnd || day <= staff.secondmentEnd)
  );
}

function covers(absence: Absence, day: Day): boolean {
  return absence.from <= day && day <= absence.to;
}

/** Absences by person, so a plan looks at each person's own few instead of all of them. */
function absencesByStaff(absences: Absence[]): Map<string, Absence[]> {
  const byStaff = new Map<string, Absence[]>();
  for (const a of absences) {
    const list = byStaff.get(a.staffId);
    if (list) list.push(a);
    else byStaff.set(a.staffId, [a]);
  }
  return byStaff;
}

/** Where one person is on one day, and why; `own` are that person's absences. */
function presence(
  staff: StaffMember,
  day: Day,
  own: Absence[],
): { in: PresenceReason } | { away: AbsenceKind | 'holiday-closed' } | null {
  if (!seconded(staff, day)) return null;
  const closed = isPublicHoliday(day);
  if (!closed && own.some((a) => a.kind === 'swap' && a.swapTo === day)) return { in: 'swap' };
  if (!closed && own.some((a) => a.kind === 'extraDay' && covers(a, day))) return { in: 'extraDay' };
  if (!staff.fixedDays.includes(isoWeekday(day)) || isWeekend(day)) return null;
  if (closed) return { away: 'holiday-closed' };
  const away = own.find((a) => covers(a, day) && (AWAY_KINDS.includes(a.kind) || a.kind === 'swap'));
  if (away) return { away: away.kind };
  return { in: 'fixed' };
}

/** Who is expected at the centre on each day, against the desks and the departments' usual days. */
export function planDays(days: Day[], staff: StaffMember[], absences: Absence[], deskCount: number): DayPlan[] {
  const byStaff = absencesByStaff(absences);
  return days.map((date) => {
    const weekday = isoWeekday(date);
    const expected: DayPlan['expected'] = [];
    const away: DayPlan['away'] = [];
    for (const person of staff) {
      const where = presence(person, date, byStaff.get(person.id) ?? []);
      if (!where) continue;
      if ('in' in where) expected.push({ staffId: person.id, reason: where.in });
      else away.push({ staffId: person.id, kind: where.away });
    }
    const dayOff = isWeekend(date) || isPublicHoliday(date);
    const present = new Set(expected.map((e) => staff.find((s) => s.id === e.staffId)?.department));
    const usual = new Set(
      staff.filter((s) => seconded(s, date) && s.fixedDays.includes(weekday)).map((s) => s.department),
    );
    return {
      date,
      week: isoWeek(date).week,
      weekday,
      holiday: holidayOn(date),
      period: holidayPeriodOn(date),
      dayOff,
      expected,
      away,
      overCapacity: expected.length > deskCount,
      departmentsWithNobody: dayOff ? [] : [...usual].filter((d) => !present.has(d)).sort(),
    };
  });
}

/**
 * Hours planned (days expected × hours per fixed day) against hours agreed
 * (hours per week, pro rata for the seconded days of the range).
 */
export function hoursInRange(from: Day, to: Day, staff: StaffMember[], absences: Absence[]): HoursSummary[] {
  const days = eachDay(from, to);
  const byStaff = absencesByStaff(absences);
  return staff.map((person) => {
    const own = byStaff.get(person.id) ?? [];
    const perDay = hoursPerDay(person);
    let planned = 0;
    let secondedDays = 0;
    for (const day of days) {
      if (!seconded(person, day)) continue;
      secondedDays += 1;
      const where = presence(person, day, own);
      if (where && 'in' in where) planned += perDay;
    }
    return { staffId: person.id, planned: round(planned), agreed: round((person.hoursPerWeek * secondedDays) / 7) };
  });
}

/** People expected per day, summed: the desk-days the range needs. */
export function deskDays(plans: DayPlan[]): number {
  return plans.reduce((sum, p) => sum + p.expected.length, 0);
}

function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}
