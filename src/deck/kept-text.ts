// What is left of a sentence once spans are deleted: its own characters, joined, with the punctuation tidied.
import { CLAUSE_MARKS, CLOSING_QUOTES, DASHES, OPENING_MARKS } from './bullet-marks';

/** A half-open character range of a sentence. */
export interface Span {
  /** First character. */
  readonly start: number;
  /** After the last character. */
  readonly end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Signs that a word count reads as part of a word: "%", "$", "€", "£", "_". */
const WORD_SIGN = /[%$€£_]/u;
const SPACES = /[ \t\n\r]+/g;
const SPACE_BEFORE_MARK = / ([,.])/g;
const REPEATED_MARKS = new RegExp(`([${CLAUSE_MARKS}])(?:\\s*[${CLAUSE_MARKS}])+`, 'g');
const LEADING_MARKS = new RegExp(`^[\\s${CLAUSE_MARKS}${DASHES}]+`, 'u');
const TRAILING_MARK = new RegExp(`[\\s${CLAUSE_MARKS}${DASHES}]`, 'u');
const COMMA_IN_FINAL_QUOTE = new RegExp(`,([${CLOSING_QUOTES}])$`, 'u');
const OPENING = new RegExp(`^[${OPENING_MARKS}\\s]*`, 'u');

/**
 * The characters of `text[from, to)` outside `deleted` (sorted, possibly overlapping), joined with a
 * space where two words would touch; spaces collapsed, commas and dashes left dangling by a deletion
 * removed, no final full stop or ellipsis, the first letter upper-cased. Words are never changed.
 */
export function keptText(text: string, deleted: readonly Span[], from = 0, to = text.length): string {
  let out = '';
  let at = from;
  const append = (piece: string): void => {
    if (piece === '') return;
    const last = out[out.length - 1];
    if (last !== undefined && touches(last, piece[0] as string)) out += ' ';
    out += piece;
  };
  for (const span of deleted) {
    if (span.end <= at || span.start >= to) continue;
    if (span.start > at) append(text.slice(at, span.start));
    at = Math.max(at, span.end);
  }
  if (at < to) append(text.slice(at, to));
  return tidy(out);
}

/**
 * Whether two characters joined across a deletion would glue two words into one: two letters or digits, or a
 * word's character and a sign that counts as one ("A( )$" must not give "A$").
 */
function touches(last: string, first: string): boolean {
  return isWordy(last) && isWordy(first);
}

function isWordy(ch: string): boolean {
  return WORD_CHAR.test(ch) || WORD_SIGN.test(ch);
}

function tidy(raw: string): string {
  let t = raw.replace(SPACES, ' ');
  if (t.includes(' ,') || t.includes(' .')) t = t.replace(SPACE_BEFORE_MARK, '$1');
  t = t.replace(REPEATED_MARKS, '$1').replace(LEADING_MARKS, '');
  // From the end, without regular expressions anchored at "$" (V8 tries those at every run of spaces of a
  // long bullet): marks before a final stop, marks at the end, the final stop or ellipsis, marks again.
  const last = t[t.length - 1];
  if (last === '.' || last === '!' || last === '?') t = withoutTrailingMarks(t.slice(0, -1)) + last;
  t = withoutTrailingMarks(t);
  const stop = t.endsWith('...') ? 3 : t.endsWith('…') || (t.endsWith('.') && !t.endsWith('..')) ? 1 : 0;
  t = withoutTrailingMarks(t.slice(0, t.length - stop));
  return upperFirst(t.replace(COMMA_IN_FINAL_QUOTE, '$1'));
}

/** `text` without the spaces, commas, semicolons, colons and dashes it ends with. */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_MARK.test(text[end - 1] as string)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Upper-cases the first letter after any opening quotation mark (the faithfulness check compares lower-cased words). */
export function upperFirst(text: string): string {
  const lead = OPENING.exec(text)?.[0].length ?? 0;
  const first = text[lead];
  if (first === undefined) return text;
  const upper = first.toUpperCase();
  // "ß" upper-cases to two letters: a changed word, so it stays as it is.
  return upper.length === 1 ? text.slice(0, lead) + upper + text.slice(lead + 1) : text;
}

/** About the word count of `keptText(text, deleted, from, to)`, without building it (deletions end at word boundaries). */
export function keptWordCount(text: string, deleted: readonly Span[], countWords: (t: string, s: number, e: number) => number, from = 0, to = text.length): number {
  let n = 0;
  let at = from;
  for (const span of deleted) {
    if (span.end <= at || span.start >= to) continue;
    if (span.start > at) n += countWords(text, at, span.start);
    at = Math.max(at, span.end);
  }
  if (at < to) n += countWords(text, at, to);
  return n;
}
