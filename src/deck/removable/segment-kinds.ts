// What a comma-led stretch of a sentence is: a list item, a short aside, a verb's complement, a quotation, a closing stretch.
import type { Segment } from '../clause-segments';
import type { Span } from '../kept-text';
import { quotedSpans } from '../quoted-spans';
import { isDatePhrase } from './dates';
import type { Rules } from './rules';
import { countWordsIn, elidedEntry, foldCase, opensOnParticiple, startsWithAny } from './text';
import { isInfinitive, PRESENT_PARTICIPLE } from './trailing';

/**
 * Whether segment `i` is the last, or only relative clauses and participle phrases follow it (", ces « mouvements
 * secondaires » convergeant vers l'Allemagne, où ils sont…", ", ces activistes qui…, particulièrement visés…").
 */
export function closesOnAsides(text: string, segments: readonly Segment[], i: number, rules: Rules): boolean {
  for (let j = i + 1; j < segments.length; j++) {
    const seg = segments[j] as Segment;
    if (seg.before?.kind !== 'comma') return false;
    const lower = foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 40))).replace(/^[\p{L}]+ment\s+/u, '');
    if (!startsWithAny(lower, rules.relatives) && !opensOnParticiple(lower, rules)) return false;
  }
  return true;
}

/** Whether `text[from, to)` is one quotation, its marks included ("« La coopération européenne l'a emporté »"). */
export function isQuotationTo(text: string, from: number, to: number): boolean {
  const rest = text.slice(from, to).trim();
  if (!/^[«“"]/u.test(rest)) return false;
  const spans = quotedSpans(rest);
  return spans.length > 0 && spans[0]?.start === 0 && rest.length - (spans[0]?.end ?? 0) <= 2;
}

const MAX_ADVERBIAL_WORDS = 4;

/** "Washington, l'ONU, l'Union africaine et la Ligue arabe ont…": a name after the next comma makes a list, not an appositive. */
export function isListOfNames(text: string, following: Segment | undefined): boolean {
  if (following === undefined) return false;
  const words = text.slice(following.start, following.start + 40).split(/\s+/u);
  const first = (words[0] ?? '').replace(/^[dl]['’]/u, '');
  return /^\p{Lu}/u.test(first) || (/^(?:la|le|les|the)$/iu.test(words[0] ?? '') && /^\p{Lu}/u.test(words[1] ?? ''));
}
const LIST_REACH_WORDS = 4;
const MAX_LIST_ITEM_WORDS = 4;

/**
 * Whether segment `i`, opening on a preposition, is an item of a list ("à l'Egypte, à l'Inde, au Qatar et aux…"): a
 * short segment after one that ends on the same preposition's phrase, or any segment after such a short item. A
 * gerund or an infinitive after the preposition ("en réclamant") is no list item.
 */
export function continuesList(text: string, segments: readonly Segment[], i: number, lower: string, rules: Rules): boolean {
  const [first = '', second = ''] = lower.split(/\s+/u, 2);
  const family = familyOf(first, rules);
  if (family === undefined || isInfinitive(second, rules) || PRESENT_PARTICIPLE[rules.lang].test(second)) return false;
  const seg = segments[i] as Segment;
  const previous = segments[i - 1] as Segment;
  const previousLower = foldCase(text.slice(previous.start, previous.end));
  const isShort = (s: Segment): boolean => countWordsIn(text, s.start, s.end) <= MAX_LIST_ITEM_WORDS;
  const endsOnFamily = previousLower.split(/\s+/u).slice(-LIST_REACH_WORDS).some((w) => familyOf(w, rules) === family);
  const previousIsItem = previous.before?.kind === 'comma' && isShort(previous) && familyOf(previousLower.split(/\s+/u, 1)[0] ?? '', rules) === family;
  return (isShort(seg) && endsOnFamily) || previousIsItem;
}

function familyOf(word: string, rules: Rules): readonly string[] | undefined {
  return rules.listPrepositionFamilies.find((f) => elidedEntry(word, f) !== undefined);
}

/** Whether segment `i` is a short prepositional phrase after a verb form and before the rest of its clause (no list item). */
export function isAdverbialAside(text: string, segments: readonly Segment[], i: number, rules: Rules): boolean {
  const seg = segments[i] as Segment;
  const previous = segments[i - 1];
  const next = segments[i + 1];
  if (previous === undefined || next === undefined || countWordsIn(text, seg.start, seg.end) > MAX_ADVERBIAL_WORDS) return false;
  const lower = foldCase(text.slice(seg.start, seg.end));
  if (!startsWithAny(lower, rules.fronted) || /[«»“”"]/u.test(lower)) return false;
  const last = lastVerbCandidate(text, previous);
  const isVerbForm = isInfinitive(last, rules) || opensOnParticiple(last, rules) || rules.verbStarts.has(last);
  const nextWord = foldCase(/^[\p{L}’']+/u.exec(text.slice(next.start, next.end))?.[0] ?? '');
  return isVerbForm && nextWord !== '' && !rules.prepositions.has(nextWord) && !rules.coordinatorWords.includes(nextWord);
}

/** ", à se retourner contre l'armée": a preposition and an infinitive complete the verb before them. */
export function opensOnComplement(lower: string, rules: Rules): boolean {
  const words = lower.split(/\s+/u, 3);
  const first = words[0] ?? '';
  const opener = elidedEntry(first, rules.complementOpeners);
  if (opener === undefined) return false;
  // "d'avoir", "à se retourner", "à s'engager": the infinitive may follow a reflexive pronoun.
  const glued = first.length > opener.length ? first.slice(opener.length) : undefined;
  const next = glued ?? words[1] ?? '';
  const verb = /^(?:se|s['’])$/u.test(next) ? (words[glued === undefined ? 2 : 1] ?? '') : next.replace(/^s['’]/u, '');
  return isInfinitive(verb, rules);
}

/**
 * Whether segment `i`, between commas, is followed by the rest of its clause: a verb's complement (an infinitive, "que",
 * "that": ", par voie de communiqué, avoir adressé une offre…") or a word that can only be its verb or an adverb (", dans
 * l'ouest du pays, dépasse désormais…"), not a preposition, determiner, relative, coordinator or participle. Then the
 * segment is an aside inside the clause, not the sentence's closing stretch.
 */
export function precedesClauseRest(text: string, segments: readonly Segment[], i: number, rules: Rules): boolean {
  const seg = segments[i] as Segment;
  const next = segments[i + 1];
  if (seg.after?.kind !== 'comma' || next === undefined) return false;
  const raw = text.slice(next.start, Math.min(next.end, next.start + 40));
  const lower = foldCase(raw);
  const first = lower.split(/\s+/u, 1)[0] ?? '';
  if (isInfinitive(first, rules) || elidedEntry(first, rules.complementisers) !== undefined || opensOnComplement(lower, rules)) return true;
  return /^\p{Ll}/u.test(raw) && !opensOnNonVerb(first, lower, rules);
}

/** "l'ouest", "d'autres", "qu'il": an elided article, preposition or conjunction glued to the next word. */
const ELIDED_OPENER = /^(?:[dlj]|qu|lorsqu|puisqu)['’]/u;

/** Whether a segment opens on a word that starts a phrase of its own: a preposition, determiner, relative, coordinator, participle. */
function opensOnNonVerb(first: string, lower: string, rules: Rules): boolean {
  return (
    rules.prepositions.has(first) ||
    elidedEntry(first, [...rules.complementOpeners, ...rules.coordinatorWords, ...rules.appositiveDeterminers, ...rules.subjectOpeners]) !== undefined ||
    ELIDED_OPENER.test(first) ||
    startsWithAny(lower, rules.relatives) ||
    startsWithAny(lower, rules.listOpeners) ||
    startsWithAny(lower, rules.trailing) ||
    PRESENT_PARTICIPLE[rules.lang].test(lower) ||
    opensOnParticiple(first, rules)
  );
}

/**
 * ", mardi, à un mouvement d'action": a segment opening on "à" or "de" right after a verb form (a date between them
 * aside) is that verb's complement ("a appelé à"), not an adjunct.
 */
export function completesVerb(text: string, segments: readonly Segment[], i: number, lower: string, dateSpans: readonly Span[], rules: Rules): boolean {
  const first = lower.split(/\s+/u, 1)[0] ?? '';
  if (elidedEntry(first, rules.complementOpeners) === undefined) return false;
  let j = i - 1;
  while (j > 0 && isDatePhrase(text, segments[j] as Segment, dateSpans)) j--;
  const previous = segments[j] as Segment;
  const last = lastVerbCandidate(text, previous);
  return opensOnParticiple(last, rules) || isInfinitive(last, rules) || rules.verbStarts.has(last);
}

/** The last word of `segment`, lower-cased, or '' when it is a name ("Paul Berthier" ends like an infinitive, but is no verb). */
function lastVerbCandidate(text: string, segment: Segment): string {
  const word = /([\p{L}’']+)\s*$/u.exec(text.slice(segment.start, segment.end))?.[1] ?? '';
  return /^\p{Lu}/u.test(word) ? '' : foldCase(word);
}
