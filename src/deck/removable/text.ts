// Text helpers of the removable parts: case folding, whole-word matching, word counts, verbs and participles.
import type { Segment } from '../clause-segments';
import type { Span } from '../kept-text';
import { alternation } from '../../analysis/phrase-regex';
import numberDateWords from '../../analysis/number-date-words.json';
import type { Rules } from './rules';

export const DIGIT = /\p{Nd}/u;
export const WORD = /[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu;

/** "réunis en sommet à Bruxelles", "made as part of a deal": a participle phrase. */
export function opensOnParticiple(lower: string, rules: Rules): boolean {
  const first = /^[\p{Ll}]+/u.exec(lower)?.[0];
  if (first === undefined || first.length < 4) return false;
  return rules.irregularParticiples.includes(first) || rules.pastParticiples.includes(first) || rules.participleEndings.some((e) => first.endsWith(e));
}

/** Whether `text` holds an auxiliary or a common finite verb of the lexicon ("has", "est", "ont"). */
export function holdsVerb(text: string, rules: Rules): boolean {
  for (const m of text.matchAll(WORD)) if (rules.verbStarts.has(foldCase(m[0]))) return true;
  return false;
}

/** The entry of `list` that `word` is, or an elided entry ("d’", "qu’") that `word` opens with ("d’avoir"); undefined if none. */
export function elidedEntry(word: string, list: readonly string[]): string | undefined {
  return list.find((entry) => word === entry || (ELIDED.test(entry) && word.startsWith(entry)));
}

const ELIDED = /['’]$/u;

/** Whether `lower` opens on one of `phrases` as whole words (an elided form such as "qu’" is glued to the next). */
export function startsWithAny(lower: string, phrases: readonly string[]): boolean {
  const first = lower[0];
  if (first === undefined) return false;
  const candidates = phrases.length < SMALL_LIST ? phrases : (byFirstChar(phrases).get(first) ?? []);
  return candidates.some((p) => lower.startsWith(p) && (ENDS_GLUED.test(p) || !WORD_CONTINUES.test(lower[p.length] ?? ' ')));
}

const SMALL_LIST = 8;
const ENDS_GLUED = /['’ ]$/u;
const WORD_CONTINUES = /[\p{L}\p{N}-]/u;
const FIRST_CHAR_INDEX = new WeakMap<readonly string[], Map<string, string[]>>();

/** The phrases of a (long, lexicon) list by their first character, built once per list. */
function byFirstChar(phrases: readonly string[]): Map<string, string[]> {
  let index = FIRST_CHAR_INDEX.get(phrases);
  if (index === undefined) {
    index = new Map();
    for (const p of phrases) {
      const key = p[0] ?? '';
      const list = index.get(key) ?? [];
      list.push(p);
      index.set(key, list);
    }
    FIRST_CHAR_INDEX.set(phrases, index);
  }
  return index;
}

/** Where each of `phrases` occurs in `text` as whole words. */
export function phraseSpans(text: string, phrases: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const phrase of phrases) {
    if (phrase === '') continue;
    let at = text.indexOf(phrase);
    while (at >= 0) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + phrase.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}’']/u.test(after)) out.push({ start: at, end: at + phrase.length });
      at = text.indexOf(phrase, at + phrase.length);
    }
  }
  return out;
}

export function protectedSpansOf(text: string, keep: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const phrase of keep) {
    if (phrase === '') continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) out.push({ start: at, end: at + phrase.length });
  }
  return out;
}

const DIGITS = /\p{Nd}/gu;

/** Whether `text[part)` holds a digit outside the date expressions (a year is the timeline's, not a figure). */
export function holdsNumberOutside(text: string, part: Span, dates: readonly Span[]): boolean {
  const slice = text.slice(part.start, part.end);
  if (!DIGIT.test(slice)) return false;
  for (const m of slice.matchAll(DIGITS)) {
    const at = part.start + m.index;
    if (dates.some((d) => d.start <= at && at < d.end)) continue;
    // "le réacteur numéro 1", "flight number 370": a number that names a thing counts nothing.
    if (NUMBER_AS_NAME.test(text.slice(Math.max(0, at - 12), at))) continue;
    return true;
  }
  return false;
}

/** The words that make the number after them a name, as the figures of the analysis read them (either language). */
const NUMBER_AS_NAME = new RegExp(`(?:^|\\s)${alternation([...numberDateWords.nameNumberWords.fr, ...numberDateWords.nameNumberWords.en])}\\s*$`, 'iu');

/** Words of `text[start, end)`: runs of letters and digits, an apostrophe between letters inside one ("l’Union"). */
export function countWordsIn(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    const isWord = code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : LETTER_OR_DIGIT.test(ch);
    if (isWord && !inWord) n++;
    // "l’Union" is one word: an apostrophe followed by a letter does not end it.
    inWord = isWord || (inWord && (ch === '’' || ch === "'") && LETTER_OR_DIGIT.test(text[i + 1] ?? ' '));
  }
  return n;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The start of a segment, folded for matching. */
export function lowerOf(text: string, seg: Segment): string {
  return foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 40)));
}

/** Lower case and plain spaces for matching, one character for one so that positions still hold. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  const folded = lower.length === text.length ? lower : Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return folded.includes('\u00a0') || folded.includes('\u202f') ? folded.replace(NO_BREAK_SPACES, ' ') : folded;
}

const NO_BREAK_SPACES = /[\u00a0\u202f]/gu;
