// Dates and times as the article writes them: weekdays, "29 June 2018", "le 3 mars", "in 2004", "la semaine dernière".
import type { Lang } from '../article/article';
import { fold } from '../text/fold';
import numberDateJson from './number-date-words.json';
import { WORD_END, WORD_START, alternation } from './phrase-regex';
import { sortSmall } from './small-sort';
import { firstTokenAt, tokenize, type Token } from './tokenize';

/** A date found in a sentence, with its offsets. */
export interface DateSpan {
  /** The words as written. */
  readonly text: string;
  /** Start offset in the sentence. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
}

const SP = '[ \\u00a0\\u202f]+';
const SPO = '[ \\u00a0\\u202f]*';

/** Either case for the first letter of each word (sentence starts: "In 2004", "On Thursday"). */
function anyCase(words: string): string {
  return words.replace(/(^|[|(:])(\p{L})/gu, (_m, p: string, c: string) => `${p}[${c.toUpperCase()}${c.toLowerCase()}]`);
}
const DAY = '(?:1er|1st|2nd|3rd|[0-3]?\\d(?:st|nd|rd|th)?)';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
// A clock time "2:30", not part of a race time "2:11:02"; without "a.m.", "p.m." it needs "at", "by"... before
// it: a bare "faster than 2:14" is a duration.
const CLOCK = '(?<!\\d:)\\d{1,2}:\\d{2}(?!:\\d)';

function buildPatterns(lang: Lang): RegExp[] {
  const nd = numberDateJson;
  const weekday = alternation(nd.weekdays[lang]);
  const month = alternation(nd.months[lang].map((m) => m.replace(/\.$/, '')));
  const monthDot = `${month}\\.?`;
  const dayPart = alternation(nd.dayParts[lang]);
  const time = lang === 'fr'
    ? `(?:(?:vers|à|a)${SP})?\\d{1,2}${SPO}h(?:${SPO}\\d{2})?${WORD_END}`
    : `(?:(?:(?:at|around|about)${SP})?(?:${CLOCK}${SPO}[ap]\\.?m\\.?|\\d{1,2}\\.\\d{2}${SPO}[ap]\\.?m\\.?|\\d{1,2}${SPO}[ap]\\.m\\.)|(?:at|around|about|from|until|by)${SP}${CLOCK})(?![\\d%])`;
  const flags = lang === 'fr' ? 'giu' : 'gu';
  const lead = lang === 'fr' ? `(?:le${SP})?` : `(?:${anyCase('(?:on|the)')}${SP})?`;
  const yearPrefix = lang === 'fr'
    ? `(?:(?:en|depuis|dès|des|fin|début|debut|mi-|courant|jusqu'en|jusqu’en)${SPO})?(?:les${SP}années${SP})?`
    : `(?:${anyCase('(?:in|since|by|until|from|early|late|mid|during|throughout)')}${SP}|mid-)?(?:the${SP})?(?:mid${SP}|mid-|early${SP}|late${SP})?`;
  const monthPrefix = lang === 'fr'
    ? `(?:(?:en|depuis|(?:au${SP})?(?:début|debut|fin)(?:${SP}d['’]|${SP}de${SP})?|mi-|courant|jusqu['’]en)${SPO})?`
    : `(?:${anyCase('(?:in|since|until|by|from|early|late|mid|last|next|this|during)')}${SP}|mid-)?`;
  const dayPartTail = `(?:,?${SP}${dayPart})?(?:,?${SP}(?:${time}))?`;
  const patterns = [
    // Weekday, optionally with a date, a part of the day and a time.
    `${WORD_START}${lead}${weekday}(?:,?${SP}${DAY}${SP}${monthDot}|,?${SP}${monthDot}${SP}${DAY}|,?${SP}${DAY})?(?:,?${SP}${YEAR})?${dayPartTail}${WORD_END}`,
    // 29 June 2018, le 3 mars, 25 octobre 2021.
    `${WORD_START}${lead}${DAY}${SP}${monthDot}(?:,?${SP}${YEAR})?${dayPartTail}${WORD_END}`,
    // February 28, Feb 26, June 2018.
    // Not "mai 1,8 million": a number with decimals is no day.
    `${WORD_START}${monthPrefix}${monthDot}(?:${SP}${DAY}(?!${SPO}%|[.,]\\d))?(?:,?${SP}${YEAR})?${WORD_END}`,
    // in 2004, the mid 1990's, les années 1990.
    `${WORD_START}${yearPrefix}${YEAR}(?:['’]?s)?${WORD_END}(?![.,]\\d|${SPO}%)`,
    // Relative dates.
    `${WORD_START}${alternation(nd.relative[lang])}${WORD_END}`,
    // Times.
    `${WORD_START}(?:${time})`,
  ];
  return patterns.map((p, i) => new RegExp(p, i >= 4 ? 'giu' : flags));
}

const PATTERNS: Readonly<Record<Lang, readonly RegExp[]>> = { fr: buildPatterns('fr'), en: buildPatterns('en') };

// Gates: a pattern runs only on a sentence that has the word or the digits it cannot match without,
// so that most sentences cost a few set lookups instead of six scans with look-behinds.
const WEEKDAY = 1;
const MONTH = 2;
const RELATIVE = 4;

/** Per language, the folded word parts that open a gate: weekdays, months, last words of relative dates. */
function gateWords(lang: Lang): ReadonlyMap<string, number> {
  const nd = numberDateJson;
  const gates = new Map<string, number>();
  const add = (word: string, bit: number): void => {
    const key = fold(word).replace(/\.$/, '');
    gates.set(key, (gates.get(key) ?? 0) | bit);
  };
  for (const day of nd.weekdays[lang]) add(day, WEEKDAY);
  for (const month of nd.months[lang]) add(month, MONTH);
  // A relative date's last word ends the match, so it is a whole token or a hyphen part of one.
  for (const phrase of nd.relative[lang]) add(phrase.split(/[ '’-]/u).pop()!, RELATIVE);
  return gates;
}

const GATE_WORDS: Readonly<Record<Lang, ReadonlyMap<string, number>>> = { fr: gateWords('fr'), en: gateWords('en') };
/** Every year pattern needs four digits; every time pattern needs digits next to h, a colon or a.m. */
const YEAR_GATE = /(?:1[5-9]|20)\d\d/u;
const TIME_GATE: Readonly<Record<Lang, RegExp>> = { fr: /\d[ \u00a0\u202f]*h/iu, en: /\d[:.]\d|\d[ \u00a0\u202f]*[ap]\.m/iu };

/** Per gate word bit (WEEKDAY, MONTH, RELATIVE), the index of the first token that opens it, or -1. */
function openGates(tokens: readonly Token[], lang: Lang): [number, number, number] {
  const gates = GATE_WORDS[lang];
  const first: [number, number, number] = [-1, -1, -1];
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    let open = gates.get(key) ?? 0;
    if (key.includes('-')) for (const part of key.split('-')) open |= gates.get(part) ?? 0;
    if (open === 0) continue;
    if ((open & WEEKDAY) !== 0 && first[0] < 0) first[0] = i;
    if ((open & MONTH) !== 0 && first[1] < 0) first[1] = i;
    if ((open & RELATIVE) !== 0 && first[2] < 0) first[2] = i;
  }
  return first;
}

/** The index of the token holding offset `at` (or the last one before it). */
function tokenAt(tokens: readonly Token[], at: number): number {
  return Math.max(0, firstTokenAt(tokens, at + 1) - 1);
}

/**
 * How many tokens a date may hold before the word or number that opens its gate ("depuis le début de
 * l'année", "in the mid 1990s", "jusqu'en mars"): a pattern's scan starts that many tokens before the first
 * one that opens its gate, since no match can start earlier.
 */
const TOKENS_BEFORE_GATE = 6;

/** Per language, the folded month abbreviations that are written with a full stop ("sept.": "sept" is seven). */
const DOTTED_MONTHS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(numberDateJson.months.fr.filter((m) => m.endsWith('.')).map((m) => fold(m.slice(0, -1)))),
  en: new Set(numberDateJson.months.en.filter((m) => m.endsWith('.')).map((m) => fold(m.slice(0, -1)))),
};
const MONTH_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(numberDateJson.months.fr.map((m) => fold(m.replace(/\.$/u, '')))),
  en: new Set(numberDateJson.months.en.map((m) => fold(m.replace(/\.$/u, '')))),
};

/**
 * Whether a match that holds no digit is a month name that the sentence uses as another word: a French
 * abbreviation without its full stop ("sept mois": seven), a French month with a capital ("sur Mars": French
 * writes months in lower case, so it is the planet or a name), a month right after a capitalised word that is
 * not the sentence's first ("Theresa May", "Women's March").
 */
function isMonthInDisguise(text: string, raw: string, start: number, lang: Lang): boolean {
  if (/\d/u.test(raw)) return false;
  const words = raw.trim().split(/[ \u00a0\u202f]+/u);
  const last = words[words.length - 1]!;
  const bare = last.replace(/\.$/u, '');
  const key = fold(bare);
  if (!MONTH_WORDS[lang].has(key)) return false;
  if (lang === 'fr' && DOTTED_MONTHS.fr.has(key) && !last.endsWith('.') && !/^\./u.test(text.slice(start + raw.trimEnd().length))) return true;
  if (lang === 'fr' && bare[0] !== bare[0]!.toLowerCase()) return true;
  if (words.length === 1) {
    const before = /(\p{Lu}[\p{L}'’.-]*)[ \u00a0\u202f]+$/u.exec(text.slice(0, start));
    if (before !== null && text.slice(0, before.index).trim() !== '') return true;
  }
  return false;
}

/** The date expressions of one sentence, longest first where they overlap, in text order. */
export function findDates(text: string, lang: Lang, tokens: readonly Token[] = tokenize(text)): DateSpan[] {
  const found: DateSpan[] = [];
  const [weekday, month, relative] = openGates(tokens, lang);
  const year = YEAR_GATE.exec(text);
  const time = TIME_GATE[lang].exec(text);
  // In the order of buildPatterns: weekday, day month, month, year, relative, time — per pattern, the
  // first token that opens its gate, or -1 when the sentence cannot hold its match.
  const gateTokens = [
    weekday,
    month,
    month,
    year === null ? -1 : tokenAt(tokens, year.index),
    relative,
    time === null ? -1 : tokenAt(tokens, time.index),
  ];
  const patterns = PATTERNS[lang];
  for (let p = 0; p < patterns.length; p++) {
    const gate = gateTokens[p]!;
    if (gate < 0) continue;
    const pattern = patterns[p]!;
    pattern.lastIndex = tokens[Math.max(0, gate - TOKENS_BEFORE_GATE)]?.start ?? 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      // An empty match would not move on (no pattern matches empty today; this keeps it so).
      if (m[0] === '') pattern.lastIndex++;
      const raw = m[0];
      const trimmed = raw.replace(/[ ,.]+$/u, '');
      if (trimmed === '') continue;
      // A year must not be the number of a currency amount ($2015) or part of a longer figure.
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      if (/[$€£¥]\s?$|\d[.,]?$/u.test(before)) continue;
      if (isMonthInDisguise(text, raw, m.index, lang)) continue;
      found.push({ text: trimmed, start: m.index, end: m.index + trimmed.length });
    }
  }
  if (found.length > 1) sortSmall(found, (a, b) => a.start - b.start || b.end - a.end);
  const kept: DateSpan[] = [];
  for (const span of found) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && span.start < previous.end) continue;
    kept.push(span);
  }
  return kept;
}
