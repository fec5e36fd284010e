// A title cut from the lead sentence at a clause boundary, the article's own words unchanged.
import type { Lang } from './article';
import { countWords } from './count-words';
import titleWords from './title-words.json';

/** The longest a cut title may be, in characters. */
export const MAX_LEAD_TITLE = 90;
/** A clause cut shorter than this many words… */
const MIN_WORDS = 3;
/** …or than this share of the limit keeps too little: the last word boundary is taken instead. */
const MIN_SHARE = 0.5;

const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', '[']);
const DASHES = new Set(['–', '—', '-']);
const OPENERS = /^[«“‘"'([{„‹]+/u;
const TRAILING = /[\s,;:–—\-«“‘„‹([{]+$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

const sets = new Map<Lang, { clauseStarts: ReadonlySet<string>; dangling: ReadonlySet<string> }>();

/**
 * The lead sentence as a title of at most 90 characters: whole (without its final full stop) when
 * it fits, else cut at a comma or before a clause-starting word (the longest such cut, of at least
 * half the limit), never after an article, preposition or conjunction; when no such cut fits, at
 * the last word boundary that does.
 */
export function cutLeadTitle(sentence: string, lang: Lang, max = MAX_LEAD_TITLE): string {
  const text = sentence.trim();
  if (codePoints(text) <= max) return text.replace(/(?<!\.)\.$/u, '');
  const { clauseStarts, dangling } = wordSets(lang);
  const words = wordSpans(text, max);

  let best: string | null = null;
  let bestBalanced: string | null = null;
  const consider = (end: number): void => {
    const prefix = text.slice(0, end).replace(TRAILING, '');
    const length = codePoints(prefix);
    if (length > max || length < max * MIN_SHARE || countWords(prefix) < MIN_WORDS || endsDangling(prefix, dangling)) return;
    if (best === null || prefix.length > best.length) best = prefix;
    if (isBalanced(prefix) && (bestBalanced === null || prefix.length > bestBalanced.length)) bestBalanced = prefix;
  };
  for (const [index, word] of words.entries()) {
    const bare = word.text.replace(OPENERS, '').toLowerCase();
    const head = bare.split(/[’']/u)[0] ?? bare;
    if (index > 0 && (clauseStarts.has(head) || DASHES.has(word.text))) consider(word.start);
    for (let i = word.start; i < word.start + word.text.length; i++) {
      const c = text[i] as string;
      // "3,5" and "10:30" hold no clause boundary; "(" and "[" open one wherever they stand.
      const isInside = c !== '(' && c !== '[' && i + 1 < word.start + word.text.length;
      if (CLAUSE_PUNCTUATION.has(c) && !isInside) consider(i);
    }
  }
  const chosen = bestBalanced ?? best;
  if (chosen !== null) return chosen;
  return cutAtWord(text, words, max, dangling);
}

/** A word of the sentence and where it starts. */
interface WordSpan {
  readonly text: string;
  readonly start: number;
}

/** The words of `text` that start within the first `max` characters (plus one, to cut before it). */
function wordSpans(text: string, max: number): WordSpan[] {
  const words: WordSpan[] = [];
  const head = text.slice(0, max * 2 + 2);
  for (const match of head.matchAll(/\S+/gu)) {
    words.push({ text: match[0], start: match.index });
    if (codePoints(head.slice(0, match.index)) > max) break;
  }
  return words;
}

function cutAtWord(text: string, words: readonly WordSpan[], max: number, dangling: ReadonlySet<string>): string {
  const fitting = words.filter((word) => codePoints(text.slice(0, word.start + word.text.length)) <= max);
  let count = fitting.length;
  if (count === 0) return Array.from(text.slice(0, max * 2)).slice(0, max).join('');
  const prefixOf = (n: number): string => {
    const last = fitting[n - 1] as WordSpan;
    return text.slice(0, last.start + last.text.length).replace(TRAILING, '');
  };
  while (count > 1 && (endsDangling(prefixOf(count), dangling) || prefixOf(count) === '')) count--;
  return prefixOf(count);
}

function endsDangling(prefix: string, dangling: ReadonlySet<string>): boolean {
  const last = prefix.slice(prefix.lastIndexOf(' ') + 1);
  if (!HAS_WORD.test(last)) return true;
  return dangling.has(last.replace(OPENERS, '').toLowerCase());
}

function isBalanced(text: string): boolean {
  const count = (c: string): number => text.split(c).length - 1;
  return count('«') === count('»') && count('“') === count('”') && count('(') === count(')') && count('"') % 2 === 0;
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) n++;
  }
  return n;
}

function wordSets(lang: Lang): { clauseStarts: ReadonlySet<string>; dangling: ReadonlySet<string> } {
  let found = sets.get(lang);
  if (found === undefined) {
    found = { clauseStarts: new Set(titleWords[lang].clauseStarts), dangling: new Set(titleWords[lang].dangling) };
    sets.set(lang, found);
  }
  return found;
}
