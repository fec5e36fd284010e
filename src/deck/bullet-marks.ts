// The punctuation at the edges of a bullet's words (bullet-marks.json, and quote-marks.json's closing
// marks), as the insides of regular-expression classes: `new RegExp(`[${OPENING_MARKS}]`)`.
import marks from './bullet-marks.json';
import quoteMarks from './quote-marks.json';

/** The characters of a list as the inside of a regular-expression class, escaped where a class needs it. */
function classOf(chars: readonly string[]): string {
  return chars.map((c) => (/[\\\]^[-]/.test(c) ? `\\${c}` : c)).join('');
}

/** Every quotation mark, opening or closing, double or single. */
export const QUOTATION_MARKS = classOf(marks.quotationMarks);
/** What may stand before a bullet's first letter: opening quotation marks and an opening parenthesis. */
export const OPENING_MARKS = classOf(marks.openingMarks);
/** The marks that close a quotation. */
export const CLOSING_QUOTES = classOf(Object.values(quoteMarks));
/** Opening brackets. */
export const OPENING_BRACKETS = classOf(marks.openingBrackets);
/** Dashes and the hyphen. */
export const DASHES = classOf(marks.dashes);
/** The marks between clauses that a deletion can leave dangling or doubled: commas, semicolons, colons, dashes. */
export const CLAUSE_MARKS = classOf(marks.clauseMarks);
/** The apostrophes of an elided word (qu’, c’), which glue it to the next one. */
export const ELISION_MARKS = classOf(marks.elisionMarks);
