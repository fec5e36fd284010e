// The clause of a sentence that holds a phrase: what a figure bullet shows around its number.
import type { Lang } from '../article/article';
import { opensDangling } from './dangling';
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

/**
 * The clause of `sentence` (between commas, dashes, parentheses) that holds `phrase`, or undefined.
 * A clause that opens on a dangling pronoun or connective ("et est son…", "dont…", "which…") is
 * replaced by the sentence's start when that is short, else the bullet opens on the phrase itself.
 */
export function clauseAround(whole: string, phrase: string, lang: Lang = 'fr'): ClauseAround | undefined {
  const found = whole.indexOf(phrase);
  if (found < 0) return undefined;
  // Only a window around the phrase is read: a clause of MAX_WORDS words is far shorter.
  const from = Math.max(0, found - WINDOW);
  const sentence = whole.slice(from, found + phrase.length + WINDOW);
  const at = found - from;
  // Where each clause before the phrase starts, nearest last.
  const starts = [0];
  let end = sentence.length;
  for (const m of sentence.matchAll(BREAK)) {
    if (m.index + m[0].length <= at) starts.push(m.index + m[0].length);
    else if (m.index >= at + phrase.length) {
      end = m.index;
      break;
    }
  }
  let before = lastWords(sentence.slice(starts.at(-1), at).trimStart(), MAX_WORDS / 2);
  if (opensDangling(before, lang)) {
    // The sentence from its start, when short; else the figure opens the bullet.
    const head = sentence.slice(0, at).trimStart();
    before = from === 0 && countWords(head) <= MAX_WORDS && !opensDangling(head, lang) ? head : '';
  }
  let after = sentence.slice(at + phrase.length, end).trimEnd().replace(/[.!?…]+$/, '');
  after = firstWords(after, MAX_WORDS / 2);
  return { text: before + phrase + after, before, after };
}

function lastWords(text: string, n: number): string {
  return countWords(text) <= n ? text : text.split(/(?<=\s)/).slice(-n).join('');
}

function firstWords(text: string, n: number): string {
  return countWords(text) <= n ? text : text.split(/(?=\s)/).slice(0, n).join('');
}
