import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/analysis/lower-bound';
import { runs } from '../property';

describe('lowerBound', () => {
  it('is the first index where the predicate fails, as a linear scan finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 40 }), fc.integer({ min: -25, max: 25 }), (values, point) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = (isBefore: (v: number) => boolean) => {
          const i = sorted.findIndex((v) => !isBefore(v));
          return i === -1 ? sorted.length : i;
        };
        expect(lowerBound(sorted, (v) => v < point)).toBe(linear((v) => v < point));
        expect(lowerBound(sorted, (v) => v <= point)).toBe(linear((v) => v <= point));
      }),
      runs(200),
    );
  });

  it('is 0 on an empty array and the length when every item comes before', () => {
    expect(lowerBound([], () => true)).toBe(0);
    expect(lowerBound([1, 2, 3], () => true)).toBe(3);
    expect(lowerBound([1, 2, 3], () => false)).toBe(0);
  });
});
