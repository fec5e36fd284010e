// Figures: numbers with their unit or noun as the article writes them ("96%", "$10bn",
// "300 millions de mètres cubes", "120,000 barrels of fuel oil a month", "cinquante pays", "fifth largest oil exporter").
import type { Lang } from '../article/article';
import { fold } from './fold';
import { GAZETTEER } from './gazetteer';
import numberDateJson from './number-date-words.json';
import { WORD_END, WORD_START, alternation } from './phrase-regex';
import { sortSmall } from './small-sort';
import { firstTokenAt, tokenize, type Token } from './tokenize';

/** A figure of one sentence with what it measures. */
export interface FigureSpan {
  /** The words as written. */
  readonly text: string;
  /** Start offset in the sentence. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** An amount of money. */
  readonly isMoney: boolean;
  /** A percentage. */
  readonly isPercent: boolean;
}

const nd = numberDateJson;
const SP = '[ \\u00a0\\u202f]';
const NUMBER = `\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;
const CURRENCY = alternation(nd.currencies.symbols);
const PERCENT = alternation(nd.percentWords);

interface LangWords {
  readonly numeric: RegExp;
  readonly approximator: RegExp;
  readonly rate: RegExp;
  readonly numbers: ReadonlySet<string>;
  readonly weak: ReadonlySet<string>;
  readonly ordinals: ReadonlySet<string>;
  readonly fractions: ReadonlySet<string>;
  readonly scales: ReadonlySet<string>;
  readonly superlatives: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
  readonly currencyWords: ReadonlySet<string>;
  /** Any word of numbers, weak numbers, ordinals and fractions: a word outside it (without a hyphen) is no figure. */
  readonly numberish: ReadonlySet<string>;
}

function words(lang: Lang): LangWords {
  const scale = alternation(nd.scales[lang]);
  return {
    // Currency symbol, number, then a scale (bn, millions) and a percent sign or word.
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
  };
}

const WORDS: Readonly<Record<Lang, LangWords>> = { fr: words('fr'), en: words('en') };
const ENDS_WITH_PERCENT = new RegExp(`${PERCENT}$`, 'u');
const STARTS_WITH_CURRENCY = new RegExp(`^${CURRENCY}`, 'u');

/** A hyphen and a lowercase word right after a number ("-seat", "-fold"), not a second number or a name. */
const HYPHEN_UNIT = /^[-‐‑](\p{Ll}+)(?![\p{L}\p{N}\-‐‑])/u;
/** A score or a tally: "3-1", "52-48" (not a range before a percent or a unit). */
const SCORE = /^[-–](\d{1,3})(?![\d.,%\p{L}\-])/u;
/** A number with a thousands group (1,603, 4 000): a count worth keeping even with no noun after it. */
const THOUSANDS = /^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$/u;
/** Words before "two"/"deux" that make it a determiner, not a count. */
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'both', 'les', 'ces', 'ses', 'leurs', 'nos', 'vos', 'mes', 'des']);
/** "of the 20", "sur 20", "des 27" after a number word. */
const PARTITIVE = /^[ \u00a0](?:of the|of|sur|des)[ \u00a0]\d+(?![\d\p{L}])/u;
/** The weak numbers that are a figure with their noun ("deux morts", "two weeks"); "un", "a" are not. */
const COUNTING_WEAK = new Set(['deux', 'two']);

const FRACTION_DETERMINERS = new Set(['la', 'le', 'les', 'un', 'une', 'a', 'an', 'the', 'one']);

// Participles and gerunds end the noun phrase: "cinquante pays dirigés", "four sources familiar".
const NOT_NOUN = /(?:ing|ed|é|és|ée|ées|iar|ble|ous|aient)$/u;
// Nouns that end like a participle: "troisième journée", "deux armées", "capacités".
const PARTICIPLE_LIKE_NOUNS = new Set(nd.participleLikeNouns.map(fold));
const NOUN_ENDING = /(?:ité|ités|iété|iétés)$/u;

/** A lowercase word that can be a unit or the counted noun. */
function isNoun(token: Token): boolean {
  if (!/^\p{Ll}/u.test(token.text) || token.text.length < 2) return false;
  if (NOT_NOUN.test(token.text) && token.key !== 'tonnes' && !PARTICIPLE_LIKE_NOUNS.has(token.key) && !NOUN_ENDING.test(token.text)) return false;
  if (GAZETTEER.functionWords.has(token.key)) return false;
  if (GAZETTEER.speechVerbs.fr.has(token.key) || GAZETTEER.speechVerbs.en.has(token.key)) return false;
  return true;
}

/** The end offset of the noun phrase after `from` (up to `max` nouns, "of"/"de" between), or `from`. */
function nounPhraseEnd(text: string, tokens: readonly Token[], from: number, max: number, w: LangWords): { end: number; nouns: number; keys: string[] } {
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

function withApproximator(text: string, start: number, w: LangWords): number {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = w.approximator.exec(before);
  return m === null ? start : start - before.length + m.index;
}

function withRate(text: string, end: number, w: LangWords): number {
  const m = w.rate.exec(text.slice(end, end + 30));
  return m === null ? end : end + m[0].length;
}

/** Whether the text holds an ASCII digit (what the numeric pattern needs). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** The figures of one sentence, in text order; `taken` spans (dates) are skipped. */
export function findFigures(
  text: string,
  lang: Lang,
  taken: readonly { start: number; end: number }[] = [],
  tokens: readonly Token[] = tokenize(text),
): FigureSpan[] {
  const w = WORDS[lang];
  const out: FigureSpan[] = [];
  // Characters already given to a date or a figure, as start, end pairs: a figure may not overlap them.
  const covered: number[] = [];
  const cover = (start: number, end: number): void => {
    if (start < end) covered.push(start, end);
  };
  for (const span of taken) cover(span.start, span.end);
  const overlaps = (start: number, end: number): boolean => {
    for (let k = 0; k < covered.length; k += 2) if (covered[k]! < end && start < covered[k + 1]!) return true;
    return false;
  };
  const add = (figure: FigureSpan): void => {
    out.push(figure);
    cover(figure.start, figure.end);
  };

  // Numbers in digits.
  w.numeric.lastIndex = 0;
  // exec in a loop rather than matchAll, which copies the regular expression on every call.
  for (let m = hasDigit(text) ? w.numeric.exec(text) : null; m !== null; m = w.numeric.exec(text)) {
    // An empty match would not move on (the pattern needs a digit; this keeps it so).
    if (m[0] === '') w.numeric.lastIndex++;
    let start = m.index;
    let end = start + m[0].replace(/[ \u00a0\u202f]+$/u, '').length;
    if (overlaps(start, end)) continue;
    const raw = text.slice(start, end);
    const isPercent = ENDS_WITH_PERCENT.test(raw);
    let isMoney = STARTS_WITH_CURRENCY.test(raw);
    const hasScale = /\p{L}$/u.test(raw) && !isPercent;
    // Glued to letters (G20, 4x4) or a part of a code: not a figure.
    if (/[\p{L}]$/u.test(text.slice(0, start)) || /^[\p{L}]/u.test(text.slice(end)) && !hasScale) continue;
    // "60,000-seat", "28-metre", "30-fold", "10-year": the hyphenated noun is the unit; "3-1": a score.
    const joined = isPercent || isMoney ? null : HYPHEN_UNIT.exec(text.slice(end, end + 40)) ?? SCORE.exec(text.slice(end, end + 8));
    if (joined !== null) {
      end += joined[0].length;
      start = withApproximator(text, start, w);
      if (!overlaps(start, end)) add({ text: text.slice(start, end), start, end, isMoney: false, isPercent: false });
      continue;
    }
    if (!isPercent) {
      let phrase = nounPhraseEnd(text, tokens, end, 3, w);
      // The noun phrase stops before a date: "80 navires attendaient jeudi matin".
      while (phrase.nouns > 0 && overlaps(end, phrase.end)) phrase = nounPhraseEnd(text, tokens, end, phrase.nouns - 1, w);
      if (phrase.nouns > 0) {
        end = phrase.end;
        if (phrase.keys.some((k) => w.currencyWords.has(k))) isMoney = true;
      } else if (!isMoney && !hasScale && !THOUSANDS.test(raw)) continue;
    }
    const withoutRate = end;
    end = withRate(text, end, w);
    start = withApproximator(text, start, w);
    if (overlaps(start, end)) end = withoutRate;
    if (overlaps(start, end)) continue;
    add({ text: text.slice(start, end), start, end, isMoney, isPercent });
  }

  // Numbers in words: "cinquante pays", "over a dozen bidders", "more than a third", "fifth largest oil exporter".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most words are no number word at all.
    if (!w.numberish.has(t.key) && !t.key.includes('-')) continue;
    const parts = t.key.split('-');
    // "vingt-deux", "twenty-one": a weak number may end a hyphenated number.
    const isNumberWord = parts.every((p, k) => w.numbers.has(p) || w.scales.has(p) || (k > 0 && w.weak.has(p))) && w.numbers.has(parts[0]!);
    const isWeak = w.weak.has(t.key);
    const lastPart = parts[parts.length - 1]!;
    const isOrdinal =
      (w.ordinals.has(lastPart) && parts.slice(0, -1).every((p) => w.numbers.has(p))) ||
      w.ordinals.has(parts[0]!) ||
      (lang === 'en' && parts[0] === 'second' && parts.length > 1);
    const isFraction = w.fractions.has(t.key);
    // "la moitié", "a third", "half of": a fraction after a determiner.
    const previousKey = tokens[i - 1]?.key ?? '';
    const isDeterminedFraction =
      isFraction && FRACTION_DETERMINERS.has(previousKey) && (t.key !== 'half' || tokens[i + 1]?.key === 'of');
    if (isDeterminedFraction) {
      let start = withApproximator(text, tokens[i - 1]!.start, w);
      const end = t.end;
      if (!overlaps(start, end)) add({ text: text.slice(start, end), start, end, isMoney: false, isPercent: false });
      start = end;
      continue;
    }
    // "three-day", "two-week", "ten-year": a number word and its unit in one hyphenated word.
    if (!isNumberWord && !isOrdinal && parts.length === 2 && (w.numbers.has(parts[0]!) || COUNTING_WEAK.has(parts[0]!)) && /^\p{Ll}{3,}$/u.test(parts[1]!) && !w.fractions.has(parts[1]!) && !w.numberish.has(parts[1]!)) {
      const start = withApproximator(text, t.start, w);
      if (!overlaps(start, t.end)) add({ text: text.slice(start, t.end), start, end: t.end, isMoney: false, isPercent: false });
      continue;
    }
    if (!isNumberWord && !isWeak && !isOrdinal) continue;
    if (t.text === t.text.toUpperCase() && t.text.length > 1) continue;
    let j = i;
    // Chains: "a dozen", "two hundred", "one billion", "a third", "deux tiers".
    while (j + 1 < tokens.length && /^[ \u00a0\u202f-]+$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
      const next = tokens[j + 1]!.key;
      if (w.numbers.has(next) || w.scales.has(next) || w.fractions.has(next) || (next === 'et' || next === 'and') && w.numbers.has(tokens[j + 2]?.key ?? '')) j++;
      else break;
    }
    const chained = j > i;
    const lastKey = tokens[j]!.key;
    const endsWithFraction = w.fractions.has(lastKey) || isFraction;
    // "the two countries", "les deux pays": after a determiner, "two" is no count worth a figure.
    if (isWeak && !chained && (!COUNTING_WEAK.has(t.key) || DETERMINERS.has(tokens[i - 1]?.key ?? ''))) continue;
    let end = tokens[j]!.end;
    if (isOrdinal && !chained) {
      // An ordinal needs its noun (deuxième prêteur), maybe after a superlative (fifth largest oil exporter).
      let k = j + 1;
      if (k < tokens.length && w.superlatives.has(tokens[k]!.key)) k++;
      const phrase = nounPhraseEnd(text, tokens, k > j + 1 ? tokens[k - 1]!.end : end, 3, w);
      if (phrase.nouns === 0 && parts.length === 1) continue;
      end = phrase.nouns === 0 ? end : phrase.end;
    } else if (endsWithFraction) {
      // "more than a third" stands alone.
    } else if (PARTITIVE.test(text.slice(end, end + 16))) {
      // "nine of the 20", "trois sur dix": a part of a counted whole.
      end += PARTITIVE.exec(text.slice(end, end + 16))![0].length;
    } else {
      const phrase = nounPhraseEnd(text, tokens, end, 1, w);
      if (phrase.nouns === 0 && !w.scales.has(lastKey)) continue;
      if (phrase.nouns > 0) end = phrase.end;
    }
    let start = t.start;
    const before = tokens[i - 1];
    if (before !== undefined && w.weak.has(before.key) && /^[ \u00a0\u202f]+$/u.test(text.slice(before.end, start))) start = before.start;
    start = withApproximator(text, start, w);
    end = withRate(text, end, w);
    if (endsWithFraction && start === tokens[i]!.start && isWeak && !/^(?:a|an|un|une|one)$/u.test(t.key)) continue;
    if (overlaps(start, end)) continue;
    const phraseText = text.slice(start, end);
    add({ text: phraseText, start, end, isMoney: false, isPercent: false });
    i = firstTokenAt(tokens, end) - 1;
  }
  return out.length > 1 ? sortSmall(out, (a, b) => a.start - b.start) : out;
}
