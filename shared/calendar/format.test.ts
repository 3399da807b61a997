import { describe, expect, it } from 'vitest';
import { formatDay, formatDayWithWeekday } from './format';

describe('Danish dates', () => {
  it('writes dates the Danish way', () => {
    expect(formatDay('2010-03-01', 'da')).toBe('1. marts 2010');
    expect(formatDay('2010-03-01', 'da', 'short')).toBe('01-03-2010');
    expect(formatDay('2010-04-01', 'da', 'month')).toBe('april 2010');
    expect(formatDayWithWeekday('2010-04-01', 'da')).toBe('torsdag 1. april 2010');
    expect(formatDay('2010-04-01', 'en')).toBe('1 April 2010');
    expect(formatDayWithWeekday('2010-04-01', 'en')).toBe('Thursday 1 April 2010');
  });
});
