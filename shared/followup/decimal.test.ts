import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal';

describe('numbers typed the Danish way', () => {
  it('reads decimal commas and thousands dots', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('1.250')).toBe(1250);
    expect(parseDecimal('1.250.000,75')).toBe(1250000.75);
    expect(parseDecimal(' -3 ')).toBe(-3);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1 250')).toBe(1250);
  });

  it('gives null for empty or non-numbers', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('tolv')).toBeNull();
    expect(parseDecimal('1,2,3')).toBeNull();
  });
});
