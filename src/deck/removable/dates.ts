// Dates a bullet may leave out: a day named relative to the news, a date inside the clause, a fronted date phrase.
import type { Segment } from '../clause-segments';
import type { Span } from '../kept-text';
import { quotedSpans } from '../quoted-spans';
import type { RemovablePart } from './part';
import type { Rules } from './rules';
import type { Lang } from '../../article/article';
import lexicon from '../bullet-lexicon.json';
import { countWordsIn, foldCase, opensOnParticiple, phraseSpans } from './text';

const MAX_DATE_EXTRA_WORDS = 3;

/**
 * "ont renouvelé samedi des contrats", "raised its rate on Tuesday": a day named relative to the news, inside
 * the main clause, goes when the bullet is too long (the slide's date and the timeline tell it), with "on" or "le"
 * before it and a part of the day after it. A day that opens the sentence is a fronted adjunct, found apart.
 */
export function addDayWords(text: string, dateSpans: readonly Span[], mainStart: number, rules: Rules, add: (part: RemovablePart, mayHoldNumbers?: boolean) => void): void {
  let quoted: Span[] | undefined;
  for (const date of dateSpans) {
    if (date.start <= mainStart) continue;
    const words = foldCase(text.slice(date.start, date.end)).split(/\s+/u);
    const day = words.at(-1) ?? '';
    if (!rules.dayWords.includes(day) || words.length > 2 || (words.length === 2 && !['on', 'le'].includes(words[0] ?? ''))) continue;
    quoted ??= quotedSpans(text);
    if (quoted.some((q) => q.start <= date.start && date.start < q.end)) continue;
    let start = date.start;
    const before = foldCase(text.slice(Math.max(mainStart, start - 4), start));
    if (words.length === 1 && / (?:on|le) $/u.test(before)) start -= 3;
    const previous = /([\p{L}\p{N}’']+)[»”"]?\s+$/u.exec(text.slice(Math.max(mainStart, start - 24), start))?.[1];
    // "depuis dimanche", "since Monday", "until Friday": the day is the preposition's object and stays.
    if (previous === undefined || (start === date.start && (rules.prepositions.has(foldCase(previous)) || /['’]$/u.test(previous)))) continue;
    let end = date.end;
    const time = /^\s+([\p{L}-]+)/u.exec(text.slice(end, end + 16));
    if (time !== null && rules.timesOfDay.includes(foldCase(time[1] as string))) end += time[0].length;
    add({ start, end, kind: 'date', tier: 1, opensSentence: false });
  }
  addInnerDates(text, dateSpans, mainStart, rules, add);
}

/** Whether `date` closes a participle phrase that opens the sentence ("Invitée à parler… en mars 2015, Mme Wallström…"). */
function closesParticiplePhrase(text: string, date: Span, mainStart: number, rules: Rules): boolean {
  if (text.lastIndexOf(',', date.start) >= mainStart || !FRONTED_PHRASE_GOES_ON.test(text.slice(date.end, date.end + 2))) return false;
  return opensOnParticiple(foldCase(text.slice(mainStart, mainStart + 40)).trimStart(), rules);
}

/** A fronted phrase closed by its date ends at a comma. */
const FRONTED_PHRASE_GOES_ON = /^,/u;
/** The fronted phrase keeps at least this many words before its date ("Invitée à parler devant la Ligue arabe"). */
const MIN_WORDS_BEFORE_FRONTED_DATE = 3;

/**
 * "a signé en février avec le groupe Acciona un contrat", "raised rates in March to…": a date the timeline holds, with
 * its preposition, inside the clause (a word of it follows) — tier 2; at the clause's end it is often its point
 * ("will be held on 5 May") and stays.
 */
function addInnerDates(text: string, dateSpans: readonly Span[], mainStart: number, rules: Rules, add: (part: RemovablePart, mayHoldNumbers?: boolean) => void): void {
  let quoted: Span[] | undefined;
  for (const date of dateSpans) {
    // "Invitée à parler devant la Ligue arabe en mars 2015, Mme Wallström…": a date may also close a fronted phrase.
    const isFronted = date.start <= mainStart || closesParticiplePhrase(text, date, mainStart, rules);
    const from = isFronted ? 0 : mainStart;
    const words = foldCase(text.slice(date.start, date.end)).split(/\s+/u);
    if (rules.dayWords.includes(words.at(-1) ?? '')) continue;
    const opensOnPreposition = rules.innerDatePrepositions.includes(words[0] ?? '');
    const previous = /([\p{L}\p{N}’']+)\s+$/u.exec(text.slice(Math.max(from, date.start - 24), date.start));
    const start = opensOnPreposition ? date.start : previous !== null && rules.innerDatePrepositions.includes(foldCase(previous[1] as string)) ? date.start - previous[0].length : undefined;
    if (isFronted && (start === undefined || !FRONTED_PHRASE_GOES_ON.test(text.slice(date.end, date.end + 2)) || countWordsIn(text, 0, start) < MIN_WORDS_BEFORE_FRONTED_DATE)) continue;
    // "to be delivered in 2028 and the remaining four by 2031": before a coordinator the date is what is compared.
    const next = isFronted ? ',' : /^\s+([\p{Ll}\p{Nd}’']+|[«“"])/u.exec(text.slice(date.end, date.end + 24))?.[1];
    if (start === undefined || next === undefined || rules.coordinatorWords.includes(next)) continue;
    quoted ??= quotedSpans(text);
    if (quoted.some((q) => q.start <= start && start < q.end)) continue;
    add({ start, end: date.end, kind: 'date', tier: 2, opensSentence: false }, true);
  }
}

/**
 * Whether a segment is a time adjunct the timeline holds: a date at its start ("La semaine dernière",
 * "vendredi 29 juin vers 4 h 30", "In 2019") with at most two other words — not a clause that merely
 * holds one ("Le FMI avait suspendu ses versements en 2024").
 */
export function isDatePhrase(text: string, seg: Segment, dates: readonly Span[]): boolean {
  const words = countWordsIn(text, seg.start, seg.end);
  return dates.some(
    (d) => d.start >= seg.start && d.end <= seg.end && countWordsIn(text, seg.start, d.start) <= 1 && words - countWordsIn(text, d.start, d.end) <= MAX_DATE_EXTRA_WORDS,
  );
}

const DATE_ADVERBS: Readonly<Record<Lang, readonly string[]>> = {
  fr: lexicon.fr.dateAdverbs.map((w) => w.toLowerCase()),
  en: lexicon.en.dateAdverbs.map((w) => w.toLowerCase()),
};
const DATE_PREPOSITIONS: Readonly<Record<Lang, readonly string[]>> = {
  fr: lexicon.fr.datePrepositions.map((w) => w.toLowerCase()),
  en: lexicon.en.datePrepositions.map((w) => w.toLowerCase()),
};

const ELIDED_DATE_PREPOSITIONS: Readonly<Record<Lang, readonly string[]>> = {
  fr: lexicon.fr.elidedDatePrepositions.map((w) => w.toLowerCase()),
  en: (lexicon.en.elidedDatePrepositions as readonly string[]).map((w) => w.toLowerCase()),
};

/** The date phrase of a timeline bullet, with "on"/"le" before it and a comma after it when it opens the sentence. */
export function timelineDateSpan(text: string, phrase: string, bodyStart: number, lang: Lang): RemovablePart[] {
  const found = phraseSpans(text, [phrase])[0];
  if (found === undefined) return [];
  let start = found.start;
  const before = foldCase(text.slice(Math.max(bodyStart, start - 16), start));
  const preposition = DATE_PREPOSITIONS[lang].find((p) => before.endsWith(` ${p} `) || before === `${p} `);
  // "le putsch d'octobre 2021": an elided preposition is glued to the date.
  const elided = preposition === undefined ? ELIDED_DATE_PREPOSITIONS[lang].find((p) => before.endsWith(` ${p}`)) : undefined;
  if (preposition !== undefined) start -= preposition.length + 1;
  else if (elided !== undefined) start -= elided.length;
  let end = found.end;
  const opens = text.slice(bodyStart, start).trim() === '';
  // "their worst Christmas in a decade" keeps its date: only a date after "on"/"le", or opening with one,
  // at the start or the end, or a day name after a word ("ont renouvelé samedi des contrats") goes.
  const folded = foldCase(phrase);
  const opensOnPreposition = DATE_PREPOSITIONS[lang].some((p) => folded.startsWith(`${p} `));
  const isDayAfterWord = DATE_ADVERBS[lang].includes(folded) && /[\p{L}\p{N}]\s+$/u.test(text.slice(Math.max(0, start - 4), start));
  // "… ont atteint 27 milliards d'euros l'an dernier.": a date that closes the sentence is its time adjunct.
  const closes = /^[\s.!?…»"”)]*$/u.test(text.slice(end)) && !/^\p{N}/u.test(phrase) && isAfterContentWord(text.slice(Math.max(bodyStart, start - 24), start), lang);
  if (preposition === undefined && elided === undefined && !opens && !opensOnPreposition && !isDayAfterWord && !closes) return [];
  if (opens && text[end] === ',') end++;
  return [{ start, end, kind: 'date', tier: 0, opensSentence: opens }];
}

/** Words after which a closing date is the object or part of a phrase ("à partir de 2027", "over Christmas", "the second half of next year"). */
const DATE_HOLDERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(lexicon.fr.closingDateHolders),
  en: new Set(lexicon.en.closingDateHolders),
};

/** Whether the word before a closing date is a noun, a figure or a verb, not a preposition or determiner that holds the date. */
function isAfterContentWord(before: string, lang: Lang): boolean {
  const previous = /([\p{L}\p{N}’']+)\s+$/u.exec(before)?.[1];
  return previous !== undefined && !DATE_HOLDERS[lang].has(foldCase(previous));
}
