// Turns an article sentence into a bullet: attribution tail moved out, long sentences cut at a clause.
import type { Lang } from '../article/article';
import { cutLeadTitle } from '../article/lead-title';
import lexicon from './bullet-lexicon.json';
import { opensDangling } from './dangling';

/** How long a bullet may be, in characters, before it is cut at a clause boundary. */
export const BULLET_MAX_CHARS = 100;

const MIN_HEAD_WORDS = 6;
const MAX_TAIL_WORDS = 16;
// A clause ends at , ; : (also just inside a closing quotation mark: `,” he said`) or at a spaced dash.
const CLAUSE_BREAK = /[,;:]["”»]?\s|\s[–—-]\s/g;

/** A bullet made from one sentence. */
export interface ShortBullet {
  /** The bullet text: the article's words, possibly cut, never reworded. */
  readonly text: string;
  /** Whether anything of the sentence was left out. */
  readonly isTrimmed: boolean;
}

/**
 * Makes a bullet of `sentence`: drops a trailing attribution (", a annoncé X"), then, when still
 * longer than `maxChars`, a leading concessive clause ("Bien qu’…, "), then cuts at the longest
 * clause boundary that fits (a comma, a dash, or before "qui", "including"…), marked with "…".
 */
export function shortenSentence(sentence: string, lang: Lang, maxChars = BULLET_MAX_CHARS): ShortBullet {
  let text = dropAttributionTail(sentence, lang);
  if (text.length > maxChars) text = dropLeadingSubordinate(text, lang);
  if (text.length <= maxChars) return { text, isTrimmed: text !== sentence };
  const cut = cutLeadTitle(text, lang, maxChars).replace(/[.…]+$/, '');
  return { text: `${cut}…`, isTrimmed: true };
}

/** Counts the words of `text` (runs of non-space characters). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    const isSpace = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00a0' || ch === '\u202f';
    if (!isSpace && !inWord) count++;
    inWord = !isSpace;
  }
  return count;
}

function dropAttributionTail(sentence: string, lang: Lang): string {
  // Only the last comma can open a tail: an attribution tail holds no comma of its own.
  const last = clauseBreaks(sentence)
    .filter((b) => b.isComma)
    .at(-1);
  if (last === undefined) return sentence;
  const tail = sentence.slice(last.end).trim();
  const head = sentence.slice(0, last.start).replace(/,$/, '').trimEnd();
  if (!isAttribution(tail, lang) || countWords(head) < MIN_HEAD_WORDS) return sentence;
  const stop = /[.!?…]$/.test(sentence) && !/[.!?…»”"]$/.test(head) ? '.' : '';
  return head + stop;
}

/** "a annoncé le ministre", "said the governor", "the governor said", "according to …". */
function isAttribution(tail: string, lang: Lang): boolean {
  const words = countWords(tail);
  if (words === 0 || words > MAX_TAIL_WORDS) return false;
  const lower = tail.toLowerCase().replace(/[.!?…]+$/, '');
  const verbs = lexicon[lang].attributionVerbs;
  if (verbs.some((v) => lower === v || lower.startsWith(`${v} `))) return true;
  // English puts the verb last: ", the governor said."
  return lang === 'en' && words <= 6 && verbs.some((v) => lower.endsWith(` ${v}`));
}

/** "Bien qu’il n’ait pas fourni de détails, Maduro a indiqué …" → "Maduro a indiqué …". */
function dropLeadingSubordinate(text: string, lang: Lang): string {
  const lower = text.toLowerCase();
  const opens = lexicon[lang].leadingSubordinators.some(
    (w) => lower.startsWith(w) && (/[’']$/.test(w) || /\s/.test(lower[w.length] ?? '')),
  );
  if (!opens) return text;
  const first = clauseBreaks(text).find((b) => b.isComma);
  if (first === undefined) return text;
  const rest = text.slice(first.end).trim();
  // "Bien qu’il…, il a indiqué" keeps its clause: "Il a indiqué" alone would open on a dangling pronoun.
  if (countWords(rest) < MIN_HEAD_WORDS || opensDangling(rest, lang)) return text;
  return (rest[0] ?? '').toUpperCase() + rest.slice(1);
}

interface Break {
  /** Where the head before the break ends. */
  readonly start: number;
  /** Where the text after the break starts. */
  readonly end: number;
  /** Whether the break is a comma (attribution tails follow one). */
  readonly isComma: boolean;
}

/** Clause boundaries outside quotations, in order; one pass over the text. */
function clauseBreaks(text: string): Break[] {
  const out: Break[] = [];
  const quotes = new QuoteBalance();
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const isDash = m[0].startsWith(' ');
    const start = isDash ? m.index + 1 : m.index + m[0].length - 1;
    quotes.add(text, from, start);
    from = start;
    if (quotes.isBalanced()) out.push({ start, end: m.index + m[0].length, isComma: m[0].startsWith(',') });
  }
  return out;
}

/** Counts opening and closing quotation marks as text is fed to it. */
class QuoteBalance {
  private guillemets = 0;
  private curly = 0;
  private straight = 0;

  add(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const ch = text[i];
      if (ch === '«') this.guillemets++;
      else if (ch === '»') this.guillemets--;
      else if (ch === '“') this.curly++;
      else if (ch === '”') this.curly--;
      else if (ch === '"') this.straight++;
    }
  }

  isBalanced(): boolean {
    return this.guillemets <= 0 && this.curly <= 0 && this.straight % 2 === 0;
  }
}
