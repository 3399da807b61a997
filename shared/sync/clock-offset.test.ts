import { describe, expect, it } from 'vitest';
import { addSample, estimateOffset, offsetSample } from './clock-offset';

describe('clock offset from server file times', () => {
  it('takes the middle of the write as the laptop time', () => {
    expect(offsetSample(10_000, 4_000, 6_000)).toBe(5_000);
  });

  it('ignores small differences and one odd sample', () => {
    expect(estimateOffset([2_000, -1_500])).toBe(0);
    const days = 2 * 24 * 3600_000;
    expect(estimateOffset([-days, -days + 40, -days - 30, 5_000])).toBe(-days + 20);
  });

  it('keeps only the recent samples', () => {
    let samples: number[] = [];
    for (let i = 0; i < 20; i++) samples = addSample(samples, i);
    expect(samples).toEqual([13, 14, 15, 16, 17, 18, 19]);
  });
});
