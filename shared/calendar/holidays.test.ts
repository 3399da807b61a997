import { describe, expect, it } from 'vitest';
import { isoWeek } from './days';
import {
  danishHolidays,
  flagDate,
  holidayOn,
  holidayPeriodOn,
  holidayPeriods,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './holidays';

const offDays = (year: number) =>
  danishHolidays(year)
    .filter((h) => h.dayOff)
    .map((h) => `${h.date} ${h.name}`);

describe('Danish public holidays', () => {
  it('has Easter 2010 in ISO week 13, Maundy Thursday on 1 April', () => {
    expect(holidayOn('2010-04-01')).toMatchObject({ name: 'Skærtorsdag', nameEn: 'Maundy Thursday', dayOff: true });
    expect(isoWeek('2010-04-01').week).toBe(13);
    expect(offDays(2010)).toEqual([
      '2010-01-01 Nytårsdag',
      '2010-04-01 Skærtorsdag',
      '2010-04-02 Langfredag',
      '2010-04-04 Påskedag',
      '2010-04-05 Anden påskedag',
      '2010-04-30 Store Bededag',
      '2010-05-13 Kristi Himmelfartsdag',
      '2010-05-23 Pinsedag',
      '2010-05-24 Anden Pinsedag',
      '2010-12-25 Juledag',
      '2010-12-26 Anden Juledag',
    ]);
  });

  it('moves Easter and the feasts that hang on it from year to year', () => {
    const easter = (year: number) => danishHolidays(year).find((h) => h.name === 'Påskedag')?.date;
    expect(easter(2008)).toBe('2008-03-23'); // early
    expect(easter(2011)).toBe('2011-04-24'); // late
    expect(easter(2019)).toBe('2019-04-21');
    expect(easter(2024)).toBe('2024-03-31');
    expect(easter(2025)).toBe('2025-04-20');
    expect(holidayOn('2011-04-21')?.name).toBe('Skærtorsdag');
    expect(holidayOn('2011-06-02')?.name).toBe('Kristi Himmelfartsdag');
    expect(holidayOn('2008-05-01')?.name).toBe('Kristi Himmelfartsdag');
  });

  it('drops Store Bededag from 2024, as the law did', () => {
    expect(holidayOn('2023-05-05')?.name).toBe('Store Bededag');
    expect(danishHolidays(2024).some((h) => h.name === 'Store Bededag')).toBe(false);
  });

  it('marks Constitution Day and Christmas Eve without making them days off', () => {
    expect(holidayOn('2010-06-05')).toMatchObject({ name: 'Grundlovsdag', dayOff: false });
    expect(holidayOn('2010-12-24')).toMatchObject({ name: 'Juleaftensdag', dayOff: false });
    expect(isWorkingDay('2011-06-06')).toBe(true);
  });
});

describe('holiday periods', () => {
  it('spans Easter week from the Monday before Maundy Thursday to Easter Monday', () => {
    expect(holidayPeriods(2010)[0]).toEqual({ kind: 'easter', from: '2010-03-29', to: '2010-04-05' });
    expect(holidayPeriods(2011)[0]).toEqual({ kind: 'easter', from: '2011-04-18', to: '2011-04-25' });
  });

  it('finds summer and a Christmas that runs into the new year', () => {
    expect(holidayPeriodOn('2010-07-14')?.kind).toBe('summer');
    expect(holidayPeriodOn('2010-08-09')).toBeUndefined();
    expect(holidayPeriodOn('2011-01-01')).toEqual({ kind: 'christmas', from: '2010-12-24', to: '2011-01-01' });
    expect(holidayPeriodOn('2011-01-03')).toBeUndefined();
  });
});

describe('working days', () => {
  it('skips the Easter holidays and the weekend', () => {
    expect(nextWorkingDay('2010-03-31')).toBe('2010-04-06');
    expect(previousWorkingDay('2010-04-06')).toBe('2010-03-31');
    expect(workingDaysBetween('2010-03-29', '2010-04-11')).toEqual([
      '2010-03-29',
      '2010-03-30',
      '2010-03-31',
      '2010-04-06',
      '2010-04-07',
      '2010-04-08',
      '2010-04-09',
    ]);
  });

  it('flags a deadline on 1 April 2010 and suggests the first working day after Easter', () => {
    const flags = flagDate('2010-04-01');
    expect(flags.holiday?.name).toBe('Skærtorsdag');
    expect(flags.period?.kind).toBe('easter');
    expect(flags.weekend).toBe(false);
    expect(flags.suggestion).toBe('2010-04-06');
  });

  it('flags weekends and holiday periods, not an ordinary Tuesday', () => {
    expect(flagDate('2010-06-12').suggestion).toBe('2010-06-14');
    expect(flagDate('2010-07-14')).toMatchObject({ weekend: false, suggestion: '2010-08-09' });
    expect(flagDate('2010-12-27').suggestion).toBe('2011-01-03');
    expect(flagDate('2010-04-13')).toEqual({
      weekend: false,
      holiday: undefined,
      period: undefined,
      suggestion: undefined,
    });
  });
});
