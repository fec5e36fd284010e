// Phrases that close a sentence and may go: a prepositional phrase, a purpose clause, a resumptive appositive.
import type { Lang } from '../../article/article';
import type { Segment } from '../clause-segments';
import type { RemovablePart } from './part';
import type { Rules } from './rules';
import { quotedSpans } from '../quoted-spans';
import { countWordsIn, elidedEntry, foldCase, holdsVerb, opensOnParticiple, startsWithAny, WORD } from './text';

/** ", adding that…", ", qualifiant son rival…": a participle clause that ends the sentence. */
export const PRESENT_PARTICIPLE: Readonly<Record<Lang, RegExp>> = { fr: /^(?:[a-zà-ÿ]{3,}ment\s+)?[a-zà-ÿ]{2,}ant\b/u, en: /^(?:[a-z]{3,}ly\s+)?[a-z]{2,}ing\b/u };

/** ", en réclamant un embargo…", ", by raising rates…": a gerund phrase (after any comma and spaces). */
export const GERUND: Readonly<Record<Lang, RegExp>> = { fr: /^[\s,]*en\s+(?:s['’]|se\s+)?\p{L}{2,}ant\b/u, en: /^[\s,]*by\s+\p{L}{2,}ing\b/u };

/**
 * The last segment that is the clause's own: before the tails that go whole (", including debt, the club said on
 * Wednesday"), so that its closing phrases are found ("… in a deal valuing the club at £900 million").
 */
export function lastOwnSegment(segments: readonly Segment[], main: number, parts: readonly RemovablePart[], stop: number): Segment {
  const tails = parts.filter((p) => p.end >= stop && (p.kind === 'attribution' || p.kind === 'trailing'));
  for (let i = segments.length - 1; i > main; i--) {
    const seg = segments[i] as Segment;
    if (!tails.some((p) => p.start <= (seg.before?.start ?? seg.start))) return seg;
  }
  return segments[main] as Segment;
}

const MIN_SEGMENT_WORDS_BEFORE_TRAILING_PHRASE = 5;
/** How many characters are read for a preposition of several words ("à la suite des"). */
const PHRASE_REACH = 24;

/**
 * The prepositional phrases that end the sentence ("… in recent weeks", "… à la télévision"), from
 * the last one back, outside quotations and never within its first words: tier 2, each taking
 * everything after it.
 */
export function addTrailingPhrases(text: string, last: Segment, mainStart: number, rules: Rules, add: (part: RemovablePart) => void): void {
  // Never from inside a quotation: nothing inside one is deleted ("… d'« explosion » dans le pays si…"); a phrase
  // holding a whole quotation may go whole ("… afin de « neutraliser l'agression extérieure »").
  const segmentStart = last.start;
  const segment = text.slice(segmentStart, last.end);
  const quoted = quotedSpans(text, last.start, last.end);
  const before = countWordsIn(text, mainStart, last.start);
  const found: { start: number; tier: 2 | 4 }[] = [];
  let words = 0;
  let previous = '';
  const matches = [...segment.matchAll(WORD)];
  for (const [k, m] of matches.entries()) {
    words++;
    const at = segmentStart + m.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) {
      previous = '';
      continue;
    }
    const isFar = words > MIN_SEGMENT_WORDS_BEFORE_TRAILING_PHRASE && before + words > rules.minWordsBeforeTrailingPhrase;
    const word = foldCase(m[0]);
    // "dirigés par Washington", "backed by the fund": the agent of a participle stays with it.
    // A word glued to what comes before it ("c`_In") is part of another: no phrase starts there.
    if (m.index > 0 && !/\s/u.test(segment[m.index - 1] as string)) {
      previous = word;
      continue;
    }
    // "à Khartoum et dans d'autres villes": a phrase coordinated with the one before it is no adjunct of its own.
    if (rules.coordinatorWords.includes(previous)) {
      previous = word;
      continue;
    }
    const opensAdjunct = rules.trailingPrepositions.includes(word) || startsWithAny(foldCase(segment.slice(m.index, m.index + PHRASE_REACH)), rules.trailingPrepositionPhrases);
    // "à descendre dans la rue", "à puiser dans ses réserves": a phrase right after an infinitive is its complement,
    // which only a bullet still over the hard limit loses (tier 4).
    if (isFar && opensAdjunct && !opensOnParticiple(previous, rules)) found.push({ start: segmentStart + m.index, tier: isInfinitive(previous, rules) ? 4 : 2 });
    // "… un contrat pour construire une usine": a purpose clause, when an infinitive follows the preposition.
    // Not after a degree ("trop tôt pour chiffrer", "assez grand pour accueillir"): there it completes the adjective.
    else if (isFar && rules.purposePrepositions.includes(word) && isInfinitive(foldCase(matches[k + 1]?.[0] ?? ''), rules) && !followsDegree(matches, k, rules)) found.push({ start: segmentStart + m.index, tier: 2 });
    previous = word;
  }
  // "A lack of production from the Middle East has meant that…": a tail holding a verb is the clause's own.
  for (const { start, tier } of found.reverse()) {
    const tail = text.slice(start, last.end);
    // "… delivered in 2028 and the remaining four by 2031": a tail holding a second conjunct is no adjunct.
    if (holdsVerb(tail, rules) || CONJUNCT.test(tail)) break;
    // "… that values the combined group at $7.2bn": a preposition and the figure are the measure itself, not an adjunct
    // (a longer phrase holding them may still go whole).
    if (MEASURE.test(tail)) continue;
    add({ start, end: last.end, kind: 'phrase', tier, opensSentence: false });
  }
}

const DEGREE_REACH_WORDS = 3;
/** A preposition then, within a word, a number that is no year: "at $7.2bn", "to 4.35%", "de 25 points" (not "depuis 2019"). */
const MEASURE = /^[\p{L}’']+\s+(?:[\p{L}’']+\s+)?[$€£]?(?!(?:1[89]|20)\d\d(?!\p{Nd}))\p{Nd}/u;
/** "… and the remaining four by 2031": a coordinator, a noun phrase and a phrase parallel to the one before it (gapping). */
const CONJUNCT = /\s(?:and|or|but|et|ou|mais)\s+(?:the|its|their|les|le|la|l['’]|ses|leurs?)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}(?:by|in|at|on|from|until|en|à|au|aux|dès|par|jusqu['’]à)\s/u;

/** Whether one of the few words before match `k` is a degree word ("trop", "assez"). */
function followsDegree(matches: readonly RegExpMatchArray[], k: number, rules: Rules): boolean {
  return matches.slice(Math.max(0, k - DEGREE_REACH_WORDS), k).some((m) => rules.degreeWords.includes(foldCase(m[0])));
}

const RESUMPTIVE_REACH_WORDS = 6;

/**
 * ", un ralliement qui a pesé…", ", a dispute that strained…": an indefinite noun then a relative pronoun within a few
 * words, closing the sentence. One that holds a date stays: the timeline's bullet for that date is its clause.
 */
export function isResumptive(lower: string, rules: Rules): boolean {
  const words = lower.split(/\s+/u, RESUMPTIVE_REACH_WORDS + 1);
  if (!rules.resumptiveDeterminers.includes(words[0] ?? '')) return false;
  // ", ces activistes qui…", ", ces « mouvements secondaires » convergeant vers…": a relative or a present participle.
  return words.slice(2).some((w) => elidedEntry(w, rules.resumptiveRelatives) !== undefined || PRESENT_PARTICIPLE_WORD[rules.lang].test(w));
}

const PRESENT_PARTICIPLE_WORD: Readonly<Record<Lang, RegExp>> = { fr: /^[a-zà-ÿ]{3,}ant$/u, en: /^[a-z]{3,}ing$/u };

/** Whether a lower-cased word ends like an infinitive and is no verb form of the lexicon ("construire", not "être"…). */
export function isInfinitive(word: string, rules: Rules): boolean {
  return word.length > 3 && rules.infinitiveEndings.some((e) => word.endsWith(e));
}
