import { describe, expect, it } from 'vitest';
import { CLAUSE_MARKS, CLOSING_QUOTES, DASHES, ELISION_MARKS, OPENING_BRACKETS, OPENING_MARKS, QUOTATION_MARKS } from '../../src/deck/bullet-marks';
import marks from '../../src/deck/bullet-marks.json';
import quoteMarks from '../../src/deck/quote-marks.json';

/** Every character from U+0000 to U+2FFF that a class `[inside]` matches. */
function members(inside: string): string[] {
  const re = new RegExp(`^[${inside}]$`, 'u');
  const out: string[] = [];
  for (let c = 0; c < 0x3000; c++) if (re.test(String.fromCharCode(c))) out.push(String.fromCharCode(c));
  return out;
}

const sorted = (chars: readonly string[]) => [...new Set(chars)].sort();

describe('bullet marks', () => {
  it('builds each class from its list, matching those characters and no other', () => {
    expect(members(QUOTATION_MARKS)).toEqual(sorted(marks.quotationMarks));
    expect(members(OPENING_MARKS)).toEqual(sorted(marks.openingMarks));
    expect(members(OPENING_BRACKETS)).toEqual(sorted(marks.openingBrackets));
    expect(members(DASHES)).toEqual(sorted(marks.dashes));
    expect(members(CLAUSE_MARKS)).toEqual(sorted(marks.clauseMarks));
    expect(members(ELISION_MARKS)).toEqual(sorted(marks.elisionMarks));
    expect(members(CLOSING_QUOTES)).toEqual(sorted(Object.values(quoteMarks)));
  });

  it('escapes what a class reads as syntax', () => {
    expect(members(DASHES)).toContain('-');
    expect(members(OPENING_BRACKETS)).toEqual(['(', '[']);
  });
});
