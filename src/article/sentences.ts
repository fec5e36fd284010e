// A rule-based sentence splitter for French and English news text (no Intl.Segmenter: it is quadratic).
import type { Lang, UnitKind } from './article';
import abbreviations from './abbreviations.json';
import type { Block } from './blocks';
import { splitBlocks } from './blocks';

/** One unit of a body: a sentence, a heading or a list item. */
export interface Unit {
  /** The words, inline markup removed, runs of spaces, tabs and newlines collapsed to one space. */
  readonly text: string;
  /** Which paragraph (block separated by blank lines) it comes from, from 0. */
  readonly paragraph: number;
  /** Sentence, heading or list item. */
  readonly kind: UnitKind;
}

/** Abbreviations that do not end a sentence, for one language. */
interface AbbreviationSets {
  /** Never end a sentence (titles before names: M., Dr, Mrs…). */
  readonly neverFinal: ReadonlySet<string>;
  /** Do not end a sentence when a number follows (No. 5, p. 12, Jan. 3). */
  readonly beforeNumber: ReadonlySet<string>;
}

const TERMINATORS = new Set(['.', '!', '?', '…', '‽']);
const ADJACENT_CLOSERS = new Set(['”', '’', "'", ')', ']', '}', '›']);
const OPENERS = new Set(['«', '“', '‘', '"', "'", '(', '[', '{', '‹', '„', '¿', '¡']);
const MAX_TOKEN = 40;
/** True when a text holds a letter or a digit (a unit without one is no fact). */
export const HAS_WORD = /[\p{L}\p{N}]/u;
const COLLAPSIBLE = /[ \t\n\r\f\v]+/g;
const NEEDS_COLLAPSE = /[\t\n\r\f\v]| {2}/;
const ACRONYM = /^(?:\p{Lu}\.-?)+\p{Lu}$/u;
const INITIAL = /^\p{Lu}$/u;

const setsByLang = new Map<Lang, AbbreviationSets>();

/**
 * Splits a body into units: each heading and list item is one unit, paragraphs are split into
 * sentences. Fenced code and HTML comments are skipped, Markdown markup removed. Linear time.
 */
export function splitUnits(body: string, lang: Lang): Unit[] {
  return unitsOfBlocks(splitBlocks(body), lang);
}

/** The units of some blocks, paragraphs numbered from 0 over the blocks that give a unit. */
export function unitsOfBlocks(blocks: readonly Block[], lang: Lang): Unit[] {
  const units: Unit[] = [];
  let paragraph = -1;
  let lastBlockParagraph = -1;
  for (const block of blocks) {
    const texts = block.kind === 'paragraph' ? splitSentences(block.text, lang) : [collapse(block.text)];
    for (const text of texts) {
      if (!HAS_WORD.test(text)) continue;
      if (block.paragraph !== lastBlockParagraph) {
        paragraph++;
        lastBlockParagraph = block.paragraph;
      }
      units.push({ text, paragraph, kind: block.kind === 'paragraph' ? 'sentence' : block.kind });
    }
  }
  return units;
}

/** What splitSentences stops at: a terminator (. ! ? … ‽) or a straight quotation mark. */
const STOP_OR_QUOTE = /[.!?…‽"]/g;

/**
 * Splits one paragraph's text into sentences, collapsed and trimmed. A sentence ends at `.`, `!`,
 * `?`, `…` or `...` (with the quotes and brackets that close right after) when white space and a
 * word that is not lower-case follow, and the word before a single `.` is no abbreviation, initial
 * or dotted acronym.
 */
export function splitSentences(text: string, lang: Lang): string[] {
  const sets = abbreviationSets(lang);
  const sentences: string[] = [];
  const n = text.length;
  let start = 0;
  const quotes: StraightQuotes = { count: 0 };
  let i = 0;
  while (i < n) {
    // Only the TERMINATORS (. ! ? … ‽) can end a sentence, and straight quotes are counted: one regular
    // expression jumps to the next of them, every other character moves on.
    STOP_OR_QUOTE.lastIndex = i;
    if (!STOP_OR_QUOTE.test(text)) break;
    i = STOP_OR_QUOTE.lastIndex - 1;
    if (text.charCodeAt(i) === 0x22) {
      quotes.count++;
      i++;
      continue;
    }
    const c = text[i] as string;
    let j = i;
    while (j < n && TERMINATORS.has(text[j] as string)) j++;
    // "[…]" and "(...)" mark words left out of a quotation, not an end.
    const before = text[i - 1];
    if ((before === '[' || before === '(') && (text[j] === ']' || text[j] === ')')) {
      i = j;
      continue;
    }
    const end = endAfterClosers(text, j, quotes);
    if (end < n && !isSpace(text[end] as string)) {
      i = end;
      continue;
    }
    let k = end;
    while (k < n && isSpace(text[k] as string)) k++;
    if (k >= n) break;
    const next = text[k] as string;
    const isSingleDot = j - i === 1 && c === '.';
    if (isLowerCase(next) || (isSingleDot && isAbbreviation(text, i, next, sets))) {
      i = end;
      continue;
    }
    pushSentence(sentences, text.slice(start, end));
    start = k;
    i = k;
  }
  pushSentence(sentences, text.slice(start));
  return sentences;
}

/** The straight quotes (") read so far: after an odd count, the next one closes a quotation. */
interface StraightQuotes {
  count: number;
}

/**
 * Where a sentence whose stops end at `j` ends: past the closing quotes, brackets and stops right after
 * them, a French closing guillemet after a space too, and a straight quote that closes one (counted in `quotes`).
 */
function endAfterClosers(text: string, j: number, quotes: StraightQuotes): number {
  const n = text.length;
  let end = j;
  for (;;) {
    let k = end;
    while (k < n && isSpace(text[k] as string)) k++;
    const next = text[k];
    // French closing guillemets may stand after a (no-break) space.
    if (next === '»') {
      end = k + 1;
      continue;
    }
    if (k !== end || next === undefined) return end;
    if (ADJACENT_CLOSERS.has(next) || TERMINATORS.has(next)) {
      end++;
      continue;
    }
    if (next === '"' && quotes.count % 2 === 1) {
      quotes.count++;
      end++;
      continue;
    }
    return end;
  }
}

function pushSentence(sentences: string[], raw: string): void {
  const text = collapse(raw);
  if (text !== '') sentences.push(text);
}

/** Runs of spaces, tabs and newlines become one space (no-break spaces are kept); trimmed. */
export function collapse(text: string): string {
  // Most sentences have single spaces only: nothing to replace.
  return (NEEDS_COLLAPSE.test(text) ? text.replace(COLLAPSIBLE, ' ') : text).trim();
}

/** True when the `.` at `dot` ends an abbreviation, an initial or a dotted acronym, not a sentence. */
function isAbbreviation(text: string, dot: number, next: string, sets: AbbreviationSets): boolean {
  let from = dot;
  while (from > 0 && dot - from < MAX_TOKEN && !isSpace(text[from - 1] as string)) from--;
  if (from > 0 && !isSpace(text[from - 1] as string)) return false;
  while (from < dot && OPENERS.has(text[from] as string)) from++;
  const token = text.slice(from, dot);
  if (token === '') return false;
  if (sets.neverFinal.has(token)) return true;
  if (sets.beforeNumber.has(token) && next >= '0' && next <= '9') return true;
  return INITIAL.test(token) || ACRONYM.test(token);
}

function abbreviationSets(lang: Lang): AbbreviationSets {
  let sets = setsByLang.get(lang);
  if (sets === undefined) {
    sets = {
      neverFinal: new Set([...abbreviations.common.neverFinal, ...abbreviations[lang].neverFinal]),
      beforeNumber: new Set([...abbreviations.common.beforeNumber, ...abbreviations[lang].beforeNumber]),
    };
    setsByLang.set(lang, sets);
  }
  return sets;
}

function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code === 0xa0 || code === 0x202f || code === 0x3000 || code === 0x205f || code === 0x1680) return true;
  return code >= 0x2000 && code <= 0x200a;
}

/** A cased letter in lower case (digits, marks and uncased scripts are not). */
function isLowerCase(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
