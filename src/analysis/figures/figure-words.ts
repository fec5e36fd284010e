// The words and patterns figures are read with, per language (from number-date-words.json), and the
// helpers both kinds of figure share: the noun phrase after a number, an approximator before it
// ("about", "près de"), a rate after it ("a month", "par an").
import type { Lang } from '../../article/article';
import { fold } from '../../text/fold';
import { GAZETTEER } from '../gazetteer';
import numberDateJson from '../number-date-words.json';
import { WORD_END, WORD_START, alternation } from '../phrase-regex';
import { firstTokenAt, type Token } from '../tokenize';

const nd = numberDateJson;
const SP = '[ \\u00a0\\u202f]';
const NUMBER = `\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
const CURRENCY = alternation(nd.currencies.symbols);
const PERCENT = alternation(nd.percentWords);

/** One language's figure words and patterns. */
export interface LangWords {
  /** Currency symbol, number, then a scale (bn, millions) and a percent sign or word. */
  readonly numeric: RegExp;
  /** An approximator right before a number ("about ", "près de "). */
  readonly approximator: RegExp;
  /** A rate right after a figure (" a month", " par an"). */
  readonly rate: RegExp;
  /** Number words (cinquante, fifty). */
  readonly numbers: ReadonlySet<string>;
  /** Number words that are a figure only with more (un, two). */
  readonly weak: ReadonlySet<string>;
  /** Ordinals (deuxième, fifth). */
  readonly ordinals: ReadonlySet<string>;
  /** Fractions (moitié, third). */
  readonly fractions: ReadonlySet<string>;
  /** Scales (millions, bn). */
  readonly scales: ReadonlySet<string>;
  /** Words of superlatives between an ordinal and its noun (largest). */
  readonly superlatives: ReadonlySet<string>;
  /** Words that join nouns of a unit (de, of). */
  readonly connectors: ReadonlySet<string>;
  /** Currency words (dollars, euros): a figure with one is money. */
  readonly currencyWords: ReadonlySet<string>;
  /** Any word of numbers, weak numbers, ordinals and fractions: a word outside it (without a hyphen) is no figure. */
  readonly numberish: ReadonlySet<string>;
  /** A word right before a number that makes it a name ("le réacteur numéro 2", "flight number 370"). */
  readonly nameNumber: RegExp;
}

function words(lang: Lang): LangWords {
  const scale = alternation(nd.scales[lang]);
  return {
    numeric: new RegExp(
      `(?:${CURRENCY}${SP}?)?${WORD_START}(?:${NUMBER})(?:${SP}?${scale}${WORD_END})?(?:${SP}?${PERCENT}(?![\\p{L}]))?`,
      'gu',
    ),
    approximator: new RegExp(`${WORD_START}${alternation(nd.approximators[lang])}${SP}+$`, 'iu'),
    rate: new RegExp(`^${SP}+${alternation(nd.rateSuffixes[lang])}${WORD_END}`, 'iu'),
    numbers: new Set(nd.numbers[lang].map(fold)),
    weak: new Set(nd.weakNumbers[lang].map(fold)),
    ordinals: new Set(nd.ordinals[lang].map(fold)),
    fractions: new Set(nd.fractions[lang].map(fold)),
    scales: new Set(nd.scales[lang].map(fold)),
    superlatives: new Set(nd.superlatives[lang].flatMap((s) => s.split(' ')).map(fold)),
    connectors: new Set(nd.unitConnectors[lang].map((c) => fold(c).replace(/'$/, ''))),
    currencyWords: new Set(nd.currencies.words.map(fold)),
    numberish: new Set([...nd.numbers[lang], ...nd.weakNumbers[lang], ...nd.ordinals[lang], ...nd.fractions[lang]].map(fold)),
    nameNumber: new RegExp(`${WORD_START}${alternation(nd.nameNumberWords[lang])}${SP}*$`, 'iu'),
  };
}

/** The figure words of each language. */
export const WORDS: Readonly<Record<Lang, LangWords>> = { fr: words('fr'), en: words('en') };
/** A figure that ends with a percent sign or word. */
export const ENDS_WITH_PERCENT = new RegExp(`${PERCENT}$`, 'u');
/** A figure that starts with a currency symbol. */
export const STARTS_WITH_CURRENCY = new RegExp(`^${CURRENCY}`, 'u');

// Participles and gerunds end the noun phrase: "cinquante pays dirigés", "four sources familiar".
const NOT_NOUN = new RegExp(`(?:${nd.notNounEndings.join('|')})$`, 'u');
// Nouns that end like a participle: "troisième journée", "deux armées", "capacités".
const PARTICIPLE_LIKE_NOUNS = new Set(nd.participleLikeNouns.map(fold));
const NOUN_ENDING = new RegExp(`(?:${nd.nounEndings.join('|')})$`, 'u');

/** A lowercase word that can be a unit or the counted noun. */
function isNoun(token: Token): boolean {
  if (!/^\p{Ll}/u.test(token.text) || token.text.length < 2) return false;
  if (NOT_NOUN.test(token.text) && token.key !== 'tonnes' && !PARTICIPLE_LIKE_NOUNS.has(token.key) && !NOUN_ENDING.test(token.text)) return false;
  if (GAZETTEER.functionWords.has(token.key)) return false;
  if (GAZETTEER.speechVerbs.fr.has(token.key) || GAZETTEER.speechVerbs.en.has(token.key)) return false;
  return true;
}

/** The noun phrase after a number: where it ends, how many nouns, their folded words. */
export interface NounPhrase {
  /** End offset (the number's end when there is no noun). */
  readonly end: number;
  /** How many nouns it has. */
  readonly nouns: number;
  /** Their folded words. */
  readonly keys: readonly string[];
}

/** The noun phrase after `from` (up to `max` nouns, "of"/"de" between). */
export function nounPhraseEnd(text: string, tokens: readonly Token[], from: number, max: number, w: LangWords): NounPhrase {
  let end = from;
  let nouns = 0;
  const keys: string[] = [];
  let i = firstTokenAt(tokens, from);
  let pos = from;
  while (i < tokens.length && nouns < max) {
    const t = tokens[i]!;
    const between = text.slice(pos, t.start);
    // "60,000-seat stadium": a hyphen may join the number to its first noun.
    const hyphened = nouns === 0 && between === '-' && pos === from;
    if (!hyphened && (!/^[ \u00a0\u202f]*['’]?[ \u00a0\u202f]*$/u.test(between) || (between.trim() !== '' && nouns === 0 && !/['’]/u.test(between)))) break;
    if (w.connectors.has(t.key)) {
      const next = tokens[i + 1];
      if (next === undefined || !isNoun(next)) break;
      if (!/^[ \u00a0\u202f]*['’]?[ \u00a0\u202f]*$/u.test(text.slice(t.end, next.start))) break;
      i++;
      pos = t.end;
      continue;
    }
    if (!isNoun(t)) break;
    nouns++;
    keys.push(t.key);
    end = t.end;
    pos = t.end;
    i++;
  }
  return { end, nouns, keys };
}

/** Where a figure starting at `start` starts with its approximator ("about 300", "près de 300"). */
export function withApproximator(text: string, start: number, w: LangWords): number {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = w.approximator.exec(before);
  return m === null ? start : start - before.length + m.index;
}

/** Where a figure ending at `end` ends with its rate ("120,000 barrels a month"). */
export function withRate(text: string, end: number, w: LangWords): number {
  const m = w.rate.exec(text.slice(end, end + 30));
  return m === null ? end : end + m[0].length;
}
