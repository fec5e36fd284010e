// The clause of a sentence that holds a phrase: what a figure bullet shows around its number.
import { countWords } from './shorten';

const BREAK = /[,;:]\s|[–—()]|\s-\s/g;
const MAX_WORDS = 16;
const WINDOW = 400;

/** A clause split around the phrase it holds. */
export interface ClauseAround {
  /** The whole clause. */
  readonly text: string;
  /** The clause before the phrase. */
  readonly before: string;
  /** The clause after the phrase. */
  readonly after: string;
}

/** The clause of `sentence` (between commas, dashes, parentheses) that holds `phrase`, or undefined. */
export function clauseAround(whole: string, phrase: string): ClauseAround | undefined {
  const found = whole.indexOf(phrase);
  if (found < 0) return undefined;
  // Only a window around the phrase is read: a clause of MAX_WORDS words is far shorter.
  const from = Math.max(0, found - WINDOW);
  const sentence = whole.slice(from, found + phrase.length + WINDOW);
  const at = found - from;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + phrase.length) {
      end = m.index;
      break;
    }
  }
  let before = sentence.slice(start, at).trimStart();
  let after = sentence.slice(at + phrase.length, end).trimEnd().replace(/[.!?…]+$/, '');
  before = lastWords(before, MAX_WORDS / 2);
  after = firstWords(after, MAX_WORDS / 2);
  return { text: before + phrase + after, before, after };
}

function lastWords(text: string, n: number): string {
  return countWords(text) <= n ? text : text.split(/(?<=\s)/).slice(-n).join('');
}

function firstWords(text: string, n: number): string {
  return countWords(text) <= n ? text : text.split(/(?=\s)/).slice(0, n).join('');
}
