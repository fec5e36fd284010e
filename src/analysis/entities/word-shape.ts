// The shape of a sentence's words as the entity passes read them: capitalised, a name, at a sentence
// start, with a lowercase hyphen part cut off (Texas-based → Texas).
import { LETTER, LOWER, NUMBER, UPPER, classAt, isSpaceCode, isUpperWord, unitClassAt } from '../char-class';
import type { Token } from '../tokenize';
import { PARTICLE_NAME } from './entity-words';
import type { SentenceTokens } from './types';

/** Capitalised name-like word, with its trailing lowercase hyphen part (Texas-based) marked. */
export interface WordInfo {
  /** Whether the word may be part of a name (capitalised, in capitals, or a particle name). */
  readonly isName: boolean;
  /** Whether the word starts a sentence, a quotation or a clause (set for names; false for other words). */
  readonly isInitial: boolean;
  /** The name ends inside the token (Texas-based → Texas). */
  readonly cut?: number;
}

const OPENERS = new Set(['«', '“', '"', '‘', '„', '(', '[', '{', ':', ';', '–', '—', '•', '*', '.', '!', '?', '…', '-', '|', '>', '#']);

/** Whether a word starts with a capital letter. */
export function isCapitalised(text: string): boolean {
  return (classAt(text, 0) & UPPER) !== 0;
}

/** Whether a token starts a sentence, a quotation or a clause after a colon (its capital says nothing). */
function isInitial(text: string, token: Token): boolean {
  let i = token.start - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = text[i]!;
  if (c === "'" || c === '’') return !(i > 0 && (unitClassAt(text, i - 1) & LETTER) !== 0);
  return OPENERS.has(c);
}

/** Whether a lowercase letter is followed by a capital (QatarEnergy, McCafferty), as /\p{Ll}\p{Lu}/u. */
function hasInnerCapital(text: string): boolean {
  let previousLower = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const cls = classAt(text, i);
    if (previousLower && (cls & UPPER) !== 0) return true;
    previousLower = (cls & LOWER) !== 0;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** Whether a word holds a hyphen (-, ‐ or ‑). */
function hasHyphenChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d || code === 0x2010 || code === 0x2011) return true;
  }
  return false;
}

/** The four WordInfo values without a cut, shared (most tokens have one of them). */
const PLAIN_INFOS: readonly WordInfo[] = [
  { isName: false, isInitial: false },
  { isName: false, isInitial: true },
  { isName: true, isInitial: false },
  { isName: true, isInitial: true },
];

const NOT_A_NAME = PLAIN_INFOS[0]!;

function plainInfo(isName: boolean, isInitial: boolean): WordInfo {
  return PLAIN_INFOS[(isName ? 2 : 0) + (isInitial ? 1 : 0)]!;
}

/** Word shapes of a sentence's tokens; adds to `midCapitals` the names capitalised where a capital means a name. */
export function wordInfos(s: SentenceTokens, midCapitals?: Set<string>): WordInfo[] {
  return s.tokens.map((t) => {
    const word = t.text;
    const hasHyphen = hasHyphenChar(word);
    // Most words start with a lowercase ASCII letter and hold no hyphen: no name, no cut. (Whether such
    // a word starts the sentence is never asked: only names' starts are.)
    const code = word.charCodeAt(0);
    if (code >= 0x61 && code <= 0x7a && !hasHyphen) return NOT_A_NAME;
    const initial = isInitial(s.text, t);
    const hyphenCut = hasHyphen ? /^(\p{Lu}[\p{L}\p{M}]*)[-‐‑]\p{Ll}[\p{Ll}\p{M}-]*$/u.exec(word) : null;
    const isParticleName = hasHyphen && PARTICLE_NAME.test(word);
    const isName = (isCapitalised(word) || isUpperWord(word) || isParticleName) && (classAt(word, 0) & NUMBER) === 0;
    // Inner capitals (QatarEnergy, McCafferty) or a particle (al-Kaabi) mark a name even at a sentence start.
    if (midCapitals !== undefined && isName && (!initial || hasInnerCapital(word) || isParticleName)) midCapitals.add(t.key);
    return hyphenCut === null ? plainInfo(isName, initial) : { isName, isInitial: initial, cut: hyphenCut[1]!.length };
  });
}

/** Whether tokens a..b are an upper-case dateline at the very start of a sentence, before a comma, a parenthesis or a dash. */
export function isDateline(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!isUpperWord(tokens[k]!.text)) return false;
  if (!/^[\s*_]*(?:\p{Lu}+\s+)?$/u.test(text.slice(0, tokens[a]!.start))) return false;
  return /^[*_]*\s*(?:,|\(|—|–|-\s)/u.test(text.slice(tokens[b]!.end));
}
