import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDkk,
  formatLongDate,
  formatMoment,
  formatShortDate,
  parseAmount,
  parseDanishDate,
} from './danish';

/** Intl writes a no-break space before "kr."; a reader sees an ordinary space. */
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

describe('Danish formats', () => {
  it('writes money as the committee papers do, in both languages', () => {
    expect(spaced(formatDkk(1_250_000))).toBe('1.250.000 kr.');
    expect(formatDkk(null)).toBe('');
    expect(formatAmount(1_250_000)).toBe('1.250.000');
    expect(formatAmount(undefined)).toBe('');
  });

  it('writes dates short for tables and long for text', () => {
    expect(formatShortDate('2010-03-01')).toBe('01-03-2010');
    expect(formatShortDate(null)).toBe('');
    expect(formatLongDate('2010-03-01', 'da')).toBe('1. marts 2010');
    expect(formatLongDate('2010-03-01', 'en')).toBe('1 March 2010');
    expect(formatLongDate('2010-04-01T09:30:00.000Z', 'da')).toBe('1. april 2010');
    expect(formatLongDate('', 'da')).toBe('');
    const moment = new Date(2010, 2, 1, 10, 15).getTime();
    expect(formatMoment(moment, 'da')).toBe('1. marts 2010 kl. 10.15');
    expect(formatMoment(moment, 'en')).toBe('1 March 2010 at 10:15');
  });

  it('reads a budget as typed', () => {
    expect(parseAmount('1.250.000')).toBe(1_250_000);
    expect(parseAmount('1250000')).toBe(1_250_000);
    expect(parseAmount('1.250.000 kr.')).toBe(1_250_000);
    expect(parseAmount('2,5')).toBe(2.5);
    expect(parseAmount('  ')).toBeNull();
    expect(parseAmount('mange')).toBeNaN();
  });

  it('reads a date as typed, day first', () => {
    expect(parseDanishDate('1-3-2010')).toBe('2010-03-01');
    expect(parseDanishDate('01.03.2010')).toBe('2010-03-01');
    expect(parseDanishDate('1/3/2010')).toBe('2010-03-01');
    expect(parseDanishDate('2010-3-1')).toBe('2010-03-01');
    expect(parseDanishDate('')).toBeNull();
    expect(parseDanishDate('første marts')).toBeUndefined();
    // Left to the schema, which says the day does not exist.
    expect(parseDanishDate('31-02-2010')).toBe('2010-02-31');
  });
});
