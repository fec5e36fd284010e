import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../src/analysis/small-sort';

describe('sortSmall', () => {
  it('sorts in place exactly as Array.prototype.sort does (stable), short lists and long ones', () => {
    const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: -3, max: 3 }), id: fc.nat() }), { maxLength: 40 }), (items) => {
        const copy = [...items];
        const sorted = sortSmall(copy, byKey);
        expect(sorted).toBe(copy);
        expect(sorted).toEqual([...items].sort(byKey));
      }),
    );
  });
});
