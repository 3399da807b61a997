import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  eachDay,
  isDay,
  isoWeek,
  isoWeekday,
  mondayOfIsoWeek,
  monthRange,
  startOfIsoWeek,
} from './days';

describe('calendar days', () => {
  it('gives ISO week numbers as a Danish calendar prints them', () => {
    expect(isoWeek('2010-04-01')).toEqual({ week: 13, year: 2010 });
    expect(isoWeek('2010-04-13')).toEqual({ week: 15, year: 2010 });
    // 1 January 2010 is a Friday: it belongs to week 53 of 2009.
    expect(isoWeek('2010-01-01')).toEqual({ week: 53, year: 2009 });
    expect(isoWeek('2010-01-04')).toEqual({ week: 1, year: 2010 });
    // 31 December 2024 is a Tuesday in week 1 of 2025.
    expect(isoWeek('2024-12-31')).toEqual({ week: 1, year: 2025 });
    expect(isoWeek('2026-12-31')).toEqual({ week: 53, year: 2026 });
  });

  it('finds the Monday of an ISO week, and back', () => {
    expect(mondayOfIsoWeek(2010, 13)).toBe('2010-03-29');
    expect(mondayOfIsoWeek(2009, 53)).toBe('2009-12-28');
    expect(mondayOfIsoWeek(2025, 1)).toBe('2024-12-30');
    for (const day of eachDay('2009-12-20', '2011-01-10')) {
      const { week, year } = isoWeek(day);
      expect(startOfIsoWeek(day)).toBe(mondayOfIsoWeek(year, week));
    }
  });

  it('counts days across a daylight-saving change and a leap day', () => {
    // Summer time in Denmark began on 28 March 2010.
    expect(eachDay('2010-03-27', '2010-03-30')).toEqual(['2010-03-27', '2010-03-28', '2010-03-29', '2010-03-30']);
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
    expect(daysBetween('2010-02-08', '2010-03-01')).toBe(21);
    expect(monthRange(2012, 2)).toEqual({ from: '2012-02-01', to: '2012-02-29' });
    expect(monthRange(2010, 12)).toEqual({ from: '2010-12-01', to: '2010-12-31' });
  });

  it('knows weekdays and rejects impossible dates', () => {
    expect(isoWeekday('2010-03-30')).toBe(2); // Tuesday
    expect(isoWeekday('2010-04-04')).toBe(7); // Easter Sunday
    expect(isDay('2010-02-29')).toBe(false);
    expect(isDay('2012-02-29')).toBe(true);
    expect(isDay('1-4-2010')).toBe(false);
  });
});
