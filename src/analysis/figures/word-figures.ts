// Figures written in words: "cinquante pays", "over a dozen bidders", "more than a third",
// "fifth largest oil exporter", "three-day", "la moitié".
import type { Lang } from '../../article/article';
import numberDateJson from '../number-date-words.json';
import { firstTokenAt, type Token } from '../tokenize';
import type { FigureCover } from './figure-cover';
import { nounPhraseEnd, withApproximator, withRate, type LangWords } from './figure-words';

/** Words before "two"/"deux" that make it a determiner, not a count. */
const DETERMINERS: ReadonlySet<string> = new Set(numberDateJson.countDeterminers);
/** "of the 20", "sur 20", "des 27" after a number word. */
const PARTITIVE = /^[ \u00a0](?:of the|of|sur|des)[ \u00a0]\d+(?![\d\p{L}])/u;
/** The weak numbers that are a figure with their noun ("deux morts", "two weeks"); "un", "a" are not. */
const COUNTING_WEAK: ReadonlySet<string> = new Set(numberDateJson.countingWeakNumbers);
/** Words before a fraction that make it a figure of its own ("la moitié", "a third"). */
const FRACTION_DETERMINERS: ReadonlySet<string> = new Set(numberDateJson.fractionDeterminers);

/** What kind of number word a token is. */
interface NumberWord {
  /** Its folded parts between hyphens (vingt-deux → vingt, deux). */
  readonly parts: readonly string[];
  /** A cardinal number ("cinquante", "twenty-one"). */
  readonly isNumberWord: boolean;
  /** A weak number (un, two): a figure only with more. */
  readonly isWeak: boolean;
  /** An ordinal (deuxième, twenty-fifth). */
  readonly isOrdinal: boolean;
  /** A fraction (moitié, third). */
  readonly isFraction: boolean;
}

function readNumberWord(t: Token, lang: Lang, w: LangWords): NumberWord {
  const parts = t.key.split('-');
  // "vingt-deux", "twenty-one": a weak number may end a hyphenated number.
  const isNumberWord = parts.every((p, k) => w.numbers.has(p) || w.scales.has(p) || (k > 0 && w.weak.has(p))) && w.numbers.has(parts[0]!);
  const lastPart = parts[parts.length - 1]!;
  const isOrdinal =
    (w.ordinals.has(lastPart) && parts.slice(0, -1).every((p) => w.numbers.has(p))) ||
    w.ordinals.has(parts[0]!) ||
    (lang === 'en' && parts[0] === 'second' && parts.length > 1);
  return { parts, isNumberWord, isWeak: w.weak.has(t.key), isOrdinal, isFraction: w.fractions.has(t.key) };
}

/** "three-day", "two-week", "ten-year": a number word and its unit in one hyphenated word. */
function isNumberAndUnit(word: NumberWord, w: LangWords): boolean {
  const { parts } = word;
  return !word.isNumberWord && !word.isOrdinal && parts.length === 2 && (w.numbers.has(parts[0]!) || COUNTING_WEAK.has(parts[0]!)) && /^\p{Ll}{3,}$/u.test(parts[1]!) && !w.fractions.has(parts[1]!) && !w.numberish.has(parts[1]!);
}

/** The last token of the number words chained from token i: "a dozen", "two hundred", "one billion", "deux tiers". */
function chainEnd(text: string, tokens: readonly Token[], i: number, w: LangWords): number {
  let j = i;
  while (j + 1 < tokens.length && /^[ \u00a0\u202f-]+$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
    const next = tokens[j + 1]!.key;
    if (w.numbers.has(next) || w.scales.has(next) || w.fractions.has(next) || (next === 'et' || next === 'and') && w.numbers.has(tokens[j + 2]?.key ?? '')) j++;
    else break;
  }
  return j;
}

/** Where the figure of number words i…j ends with what it counts, or undefined when it counts nothing worth a figure. */
function countedEnd(text: string, tokens: readonly Token[], i: number, j: number, word: NumberWord, w: LangWords): number | undefined {
  const end = tokens[j]!.end;
  const lastKey = tokens[j]!.key;
  if (word.isOrdinal && j === i) {
    // An ordinal needs its noun (deuxième prêteur), maybe after a superlative (fifth largest oil exporter).
    let k = j + 1;
    if (k < tokens.length && w.superlatives.has(tokens[k]!.key)) k++;
    const phrase = nounPhraseEnd(text, tokens, k > j + 1 ? tokens[k - 1]!.end : end, 3, w);
    if (phrase.nouns === 0 && word.parts.length === 1) return undefined;
    return phrase.nouns === 0 ? end : phrase.end;
  }
  // "more than a third" stands alone.
  if (w.fractions.has(lastKey) || word.isFraction) return end;
  // "nine of the 20", "trois sur dix": a part of a counted whole.
  const partitive = PARTITIVE.exec(text.slice(end, end + 16));
  if (partitive !== null) return end + partitive[0].length;
  const phrase = nounPhraseEnd(text, tokens, end, 1, w);
  if (phrase.nouns === 0 && !w.scales.has(lastKey)) return undefined;
  return phrase.nouns > 0 ? phrase.end : end;
}

/** Keeps the figure that number words from token i start, if any; returns the token to go on after. */
function addCount(text: string, tokens: readonly Token[], i: number, word: NumberWord, w: LangWords, found: FigureCover): number {
  const t = tokens[i]!;
  if (!word.isNumberWord && !word.isWeak && !word.isOrdinal) return i;
  if (t.text === t.text.toUpperCase() && t.text.length > 1) return i;
  const j = chainEnd(text, tokens, i, w);
  const endsWithFraction = w.fractions.has(tokens[j]!.key) || word.isFraction;
  // "the two countries", "les deux pays": after a determiner, "two" is no count worth a figure.
  if (word.isWeak && j === i && (!COUNTING_WEAK.has(t.key) || DETERMINERS.has(tokens[i - 1]?.key ?? ''))) return i;
  let end = countedEnd(text, tokens, i, j, word, w);
  if (end === undefined) return i;
  let start = t.start;
  const before = tokens[i - 1];
  if (before !== undefined && w.weak.has(before.key) && /^[ \u00a0\u202f]+$/u.test(text.slice(before.end, start))) start = before.start;
  start = withApproximator(text, start, w);
  end = withRate(text, end, w);
  if (endsWithFraction && start === t.start && word.isWeak && !/^(?:a|an|un|une|one)$/u.test(t.key)) return i;
  if (found.overlaps(start, end)) return i;
  found.add({ text: text.slice(start, end), start, end, isMoney: false, isPercent: false });
  return firstTokenAt(tokens, end) - 1;
}

/** Keeps the sentence's figures in words. */
export function findWordFigures(text: string, tokens: readonly Token[], lang: Lang, w: LangWords, found: FigureCover): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most words are no number word at all.
    if (!w.numberish.has(t.key) && !t.key.includes('-')) continue;
    const word = readNumberWord(t, lang, w);
    // "la moitié", "a third", "half of": a fraction after a determiner.
    if (word.isFraction && FRACTION_DETERMINERS.has(tokens[i - 1]?.key ?? '') && (t.key !== 'half' || tokens[i + 1]?.key === 'of')) {
      found.addPlain(text, withApproximator(text, tokens[i - 1]!.start, w), t.end);
      continue;
    }
    if (isNumberAndUnit(word, w)) {
      found.addPlain(text, withApproximator(text, t.start, w), t.end);
      continue;
    }
    i = addCount(text, tokens, i, word, w, found);
  }
}
