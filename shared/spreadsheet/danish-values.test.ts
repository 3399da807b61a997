import { describe, expect, it } from 'vitest';
import { parseDanishDate, parseMoney, parseYesNo, serialToIsoDate, splitList } from './danish-values';

describe('Danish values as departments type them', () => {
  it('reads money in every usual spelling', () => {
    const cases: [string | number, number][] = [
      [1250000, 1250000],
      ['1250000', 1250000],
      ['1.250.000', 1250000],
      ['1.250.000 kr.', 1250000],
      ['kr. 1.250.000', 1250000],
      ['6.750.000,50', 6750000.5],
      ['420.000,00', 420000],
      ['1.250.000,-', 1250000],
      ['1 250 000 kr', 1250000],
      ['1,5 mio. kr.', 1500000],
      ['2 mio', 2000000],
      ['DKK 300.000', 300000],
    ];
    for (const [input, expected] of cases) expect(parseMoney(input), String(input)).toEqual({ value: expected });
    expect(parseMoney('cirka en million')).toHaveProperty('error');
    expect(parseMoney('1.25.0')).toHaveProperty('error');
  });

  it('reads dates typed the Danish way and Excel serial numbers, without a day of shift', () => {
    const cases: [string | number, string][] = [
      ['1. marts 2010', '2010-03-01'],
      ['1 mar 2010', '2010-03-01'],
      ['1. Marts 2010', '2010-03-01'],
      ['01-03-2010', '2010-03-01'],
      ['1/3/2010', '2010-03-01'],
      ['01.03.2010', '2010-03-01'],
      ['1-3-10', '2010-03-01'],
      ['2010-03-01', '2010-03-01'],
      ['13. april 2010', '2010-04-13'],
      [40238, '2010-03-01'],
      ['40238', '2010-03-01'],
      [39814, '2009-01-01'],
      [59, '1900-02-28'],
      [61, '1900-03-01'],
    ];
    for (const [input, expected] of cases) expect(parseDanishDate(input), String(input)).toEqual({ value: expected });
    expect(parseDanishDate('31-02-2010')).toHaveProperty('error');
    expect(parseDanishDate(60)).toHaveProperty('error');
    expect(parseDanishDate('snart')).toHaveProperty('error');
    expect(serialToIsoDate(38776, true)).toBe('2010-03-01');
  });

  it('reads yes/no as Ja/Nej/X/blank', () => {
    for (const yes of ['Ja', 'ja ', 'X', 'x', 'yes', true]) expect(parseYesNo(yes)).toEqual({ value: true });
    for (const no of ['Nej', '', 'nej', 'no', false]) expect(parseYesNo(no)).toEqual({ value: false });
    expect(parseYesNo('måske')).toHaveProperty('error');
  });

  it('splits several values in one cell on comma, semicolon and line break', () => {
    expect(splitList('Nørrebro, Valby;Vanløse\nBispebjerg\r\n')).toEqual([
      'Nørrebro',
      'Valby',
      'Vanløse',
      'Bispebjerg',
    ]);
  });
});
