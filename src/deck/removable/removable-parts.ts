// The parts of a sentence that a bullet may leave out, found from the lexicon: each a span with how readily it goes.
import type { Lang } from '../../article/article';
import { BULLET_HARD_LIMIT_WORDS } from '../bullet-words';
import { clauseDelimiters, clauseSegments, type Delimiter, type Segment } from '../clause-segments';
import type { Span } from '../kept-text';
import { quotedSpans } from '../quoted-spans';
import quoteMarks from '../quote-marks.json';
import { addBracketed, addMidConnectives, addNameAppositive, continuesRelative, isAppositive, listedNameEnd, MAX_SUBJECT_WORDS } from './asides';
import { addOpeningWords, hangsOn, isAttribution, isSubjectWithAsides, opensOnVerb } from './attribution';
import { addDayWords, isDatePhrase } from './dates';
import { addFronted, MAX_LABEL_WORDS } from './fronted';
import type { RemovablePart, RemovalContext } from './part';
import { addPlacePhrases } from './places';
import { RULES, type Rules } from './rules';
import { closesOnAsides, completesVerb, continuesList, isAdverbialAside, isListOfNames, isQuotationTo, opensOnComplement, precedesClauseRest } from './segment-kinds';
import { countWordsIn, foldCase, holdsNumberOutside, holdsVerb, lowerOf, phraseSpans, protectedSpansOf, startsWithAny } from './text';
import { addClosingTails } from './tails';
import { addClosingSubordinate } from './closing-subordinate';
import { addSubjectRelative } from './subject-relative';
import { addTrailingPhrases, GERUND, isResumptive, lastOwnSegment, PRESENT_PARTICIPLE } from './trailing';

/** An attribution tail leaves at least this many words before it ("Manufacturers' organisation, the EEF, said…" keeps its verb). */
const MIN_HEAD_WORDS = 6;
/** How many characters of a segment are read to tell a gerund ("en réclamant"). */
const GERUND_REACH = 40;
/** Where the last quotation closed in `text[from, to)` ends (quoted-spans.ts finds them), or -1. */
function lastClosingMark(text: string, from: number, to: number): number {
  const isClosed = (q: Span): boolean => q.end - q.start > 1 && (quoteMarks as Record<string, string>)[text[q.start] as string] === text[q.end - 1];
  return quotedSpans(text, from, to).filter(isClosed).at(-1)?.end ?? -1;
}
/** The speaker, name and verb after a quotation are at most this many words. */
const MAX_QUOTED_SPEAKER_WORDS = 14;
/** An alias between commas is at most this many words (", dit « Hemetti »,"). */
const MAX_ALIAS_WORDS = 6;

/** The removable parts of `text`, in the order they should be tried within a tier. */
export function removableParts(text: string, lang: Lang, context: RemovalContext): RemovablePart[] {
  const rules = RULES[lang];
  const out: RemovablePart[] = [];
  const protectedSpans = protectedSpansOf(text, context.keep);
  const dateSpans = phraseSpans(text, context.dates);
  // An attribution's number counts its sources ("according to four sources"), not a fact: it may go.
  // A part that holds a figure goes only from a bullet still over the hard limit (tier 3), never a figure alone.
  const add = (part: RemovablePart, mayHoldNumbers = false, mayHoldFigures = false): void => {
    if (part.end <= part.start) return;
    const holdsFigure =
      (!mayHoldFigures && protectedSpans.some((p) => p.start < part.end && part.start < p.end)) ||
      (!mayHoldNumbers && holdsNumberOutside(text, part, dateSpans));
    if (holdsFigure && part.tier === 0) return;
    // A closing stretch (tier 4) stays the last resort even when it holds a figure.
    out.push(holdsFigure && part.tier < 3 ? { ...part, tier: 3 } : part);
  };
  if (context.bodyStart > 0) add({ start: 0, end: context.bodyStart, kind: 'dateline', tier: 0, opensSentence: false }, true, true);

  const delimiters = clauseDelimiters(text, context.bodyStart);
  const segments = clauseSegments(text, context.bodyStart, delimiters);
  const main = addFronted(text, segments, rules, dateSpans, add);
  const mainSegment = segments[main];
  if (mainSegment === undefined) return out;
  addOpeningWords(text, mainSegment, rules, lang, add);
  addAfterColon(text, lang, context, delimiters, mainSegment.start, out);
  const stop = segments.at(-1)?.end ?? text.length;
  addBracketed(text, delimiters, mainSegment.end, stop, add);
  addMidConnectives(text, mainSegment.start, rules, add);
  const scan: SegmentScan = { text, lang, rules, segments, main, mainSegment, stop, dateSpans, add };
  let namedAt = -1;
  for (let i = main + 1; i < segments.length; i++) {
    const next = addSegmentParts(scan, i, namedAt);
    if (next.named) namedAt = i;
    i = next.last;
  }
  const lastOwn = lastOwnSegment(segments, main, out, stop);
  addTrailingPhrases(text, lastOwn, mainSegment.start, rules, add);
  // ", en réclamant un embargo… en raison des frappes…": a closing gerund too short to go whole may lose its own closing phrases.
  const closing = segments.at(-1);
  if (closing !== undefined && closing !== lastOwn && GERUND[lang].test(text.slice(closing.start, closing.start + GERUND_REACH))) {
    addTrailingPhrases(text, closing, mainSegment.start, rules, add);
  }
  addClosingTails(text, segments, main, stop, rules, protectedSpans, out);
  if (countWordsIn(text, mainSegment.start, stop) > BULLET_HARD_LIMIT_WORDS) {
    addSubjectRelative(text, mainSegment, rules, dateSpans, out);
    addClosingSubordinate(text, mainSegment, stop, lang, dateSpans, protectedSpans, out);
  }
  addDayWords(text, dateSpans, mainSegment.start, rules, add);
  addPlacePhrases(text, context.places ?? [], mainSegment.start, rules, add);
  return out;
}

/** What the scan of a sentence's comma-led segments shares. */
interface SegmentScan {
  readonly text: string;
  readonly lang: Lang;
  readonly rules: Rules;
  readonly segments: readonly Segment[];
  /** The index of the main clause's first segment. */
  readonly main: number;
  readonly mainSegment: Segment;
  /** Where the sentence's last segment ends. */
  readonly stop: number;
  readonly dateSpans: readonly Span[];
  readonly add: (part: RemovablePart, mayHoldNumbers?: boolean, mayHoldFigures?: boolean) => void;
}

/**
 * The parts that segment `i` opens (an attribution, a connective, a relative clause, a list, an alias, an appositive, a
 * name, an aside, a date, a closing stretch): the last segment it took, and whether it was a name after the subject.
 */
function addSegmentParts(scan: SegmentScan, i: number, namedAt: number): { last: number; named: boolean } {
  const { text, lang, rules, segments, main, mainSegment, stop, dateSpans, add } = scan;
  const seg = segments[i] as Segment;
  const unchanged = { last: i, named: false };
  if (seg.before?.kind !== 'comma') return unchanged;
  const lower = foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 80)));
  // ", X," goes with both commas, unless a relative clause follows: "la Chine, premier prêteur, qui…" keeps one.
  const following = segments[i + 1];
  const followingLower = following === undefined ? '' : foldCase(text.slice(following.start, Math.min(following.end, following.start + 40)));
  const isFollowedByRemovable = startsWithAny(followingLower, rules.relatives);
  const enclosedEnd = seg.after?.kind === 'comma' && !isFollowedByRemovable ? seg.after.end : seg.end;
  const isLast = i === segments.length - 1;
  let listedEnd: number | undefined;
  if (isAttribution(lower, text.slice(seg.start, seg.end), rules, lang, isLast)) {
    return { last: addAttributionAt(scan, i, namedAt), named: false };
  } else if (rules.connectives.some((c) => lower === c)) {
    add({ start: seg.before.start, end: enclosedEnd, kind: 'connective', tier: 0, opensSentence: false });
  } else if (startsWithAny(lower, rules.relatives)) {
    return { last: addRelativeChainAt(scan, i, enclosedEnd), named: false };
  } else if (startsWithAny(lower, rules.listOpeners) && !segments.slice(i + 1).some((s) => holdsVerb(text.slice(s.start, s.end), rules))) {
    // ", including Carlyle Group, Saudi Arabia's Midad Energy, and…": a list that closes the sentence goes whole.
    add({ start: seg.before.start, end: stop, kind: 'trailing', tier: 2, opensSentence: false });
  } else if (seg.after?.kind === 'comma' && startsWithAny(lower, rules.aliasOpeners) && countWordsIn(text, seg.start, seg.end) <= MAX_ALIAS_WORDS) {
    // ", dit « Hemetti »,": the other name of who was just named.
    add({ start: seg.before.start, end: seg.after.end, kind: 'appositive', tier: 1, opensSentence: false });
  } else if (
    seg.after?.kind === 'comma' &&
    isAppositive(text, segments[i - 1] as Segment, lower, rules, i === main + 1 && (countWordsIn(text, mainSegment.start, mainSegment.end) <= MAX_SUBJECT_WORDS || (following !== undefined && opensOnVerb(followingLower, rules)))) &&
    !holdsVerb(text.slice(seg.start, seg.end), rules) &&
    !isListOfNames(text, following)
  ) {
    // "Les salariés de la centrale, réunis en assemblée mardi, ont voté…": a participle phrase between the subject and its verb.
    add({ start: seg.before.start, end: seg.after.end, kind: 'appositive', tier: 1, opensSentence: false });
  } else if ((listedEnd = listedNameEnd(text, segments, i, main, rules)) !== undefined) {
    add({ start: seg.before.start, end: listedEnd, kind: 'appositive', tier: 2, opensSentence: false });
  } else if (i === main + 1 && seg.after?.kind === 'comma' && addNameAppositive(text, segments, i, rules, add)) {
    return { last: i, named: true };
  } else if (seg.after?.kind === 'comma' && isAdverbialAside(text, segments, i, rules)) {
    // "à fixer, à l'avenir, des conditions": a short adverbial between a verb and its object.
    add({ start: seg.before.start, end: seg.after.end, kind: 'aside', tier: 1, opensSentence: false });
  } else if (isDatePhrase(text, seg, dateSpans)) {
    // ", vendredi 29 juin vers 4 h 30": a time adjunct the timeline holds.
    add({ start: seg.before.start, end: enclosedEnd, kind: 'date', tier: 1, opensSentence: false }, true);
  } else if (startsWithAny(lower, rules.trailing) && precedesClauseRest(text, segments, i, rules) && !opensOnComplement(lower, rules) && !completesVerb(text, segments, i, lower, dateSpans, rules)) {
    // ", par voie de communiqué, avoir adressé…": an adjunct between the verb and its object goes alone.
    add({ start: seg.before.start, end: seg.after?.end ?? seg.end, kind: 'aside', tier: 1, opensSentence: false });
  } else if (
    (startsWithAny(lower, rules.trailing) && !opensOnComplement(lower, rules) && !completesVerb(text, segments, i, lower, dateSpans, rules) && !continuesList(text, segments, i, lower, rules)) ||
    PRESENT_PARTICIPLE[lang].test(lower) ||
    (closesOnAsides(text, segments, i, rules) && (isResumptive(lower, rules) || startsWithAny(lower, rules.closingAppositives)) && !dateSpans.some((d) => d.start < stop && seg.start < d.end))
  ) {
    add({ start: seg.before.start, end: stop, kind: 'trailing', tier: 2, opensSentence: false });
  }
  return unchanged;
}

/** An attribution opening segment `i` and what hangs on it (", a déclaré X, qui…", ", the union said,"): the last segment it takes. */
function addAttributionAt(scan: SegmentScan, i: number, namedAt: number): number {
  const { text, rules, segments, main, mainSegment, stop, add } = scan;
  const seg = segments[i] as Segment;
  const before = seg.before as Delimiter;
  // What follows an attribution at the end of a sentence goes with it (", qui…", ", Donald Tusk").
  let last = i;
  while (last + 1 < segments.length && segments[last + 1]?.before?.kind === 'comma' && hangsOn(text, segments[last + 1] as Segment, rules)) last++;
  const interruptsQuote = /[»”"]\s*$/u.test(text.slice(Math.max(0, before.start - 3), before.start));
  // "Mr Chavez, who is visiting China, said …": a subject and its relative clause are no head.
  // "The army spokesman, Colonel X, said the rebels…": a subject and its name are no head either.
  const hasHead = countWordsIn(text, mainSegment.start, before.start) >= MIN_HEAD_WORDS && !isSubjectWithAsides(text, segments, main, i, rules) && namedAt !== i - 1;
  // "“…,” Novak's campaign manager, Luka Zupan, told reporters.": after a closing quotation mark, the speaker, the name
  // and the verb are all the attribution.
  const closing = last === segments.length - 1 ? lastClosingMark(text, mainSegment.start, before.start) : -1;
  if (closing > mainSegment.start && countWordsIn(text, closing, stop) <= MAX_QUOTED_SPEAKER_WORDS && !holdsVerb(text.slice(closing, before.start), rules)) {
    add({ start: closing, end: stop, kind: 'attribution', tier: 0, opensSentence: false }, true, true);
    return last;
  }
  if (!hasHead) return i;
  const lastSegment = segments[last] as Segment;
  if (last === segments.length - 1) add({ start: before.start, end: stop, kind: 'attribution', tier: 0, opensSentence: false }, true, true);
  // "…, a expliqué, vendredi, le président français, Emmanuel Macron : « La coopération… »": the quotation its
  // attribution introduces is the quotes slide's; both go from a long bullet.
  else if (lastSegment.after?.kind === 'colon' && isQuotationTo(text, lastSegment.after.end, stop)) {
    add({ start: before.start, end: stop, kind: 'attribution', tier: 1, opensSentence: false }, true, true);
  } else if (interruptsQuote) add({ start: before.start, end: lastSegment.end, kind: 'attribution', tier: 0, opensSentence: false }, true, true);
  // "… with Halden Motors, the union said, formally ending…": between commas, the attribution goes and one comma stays.
  else if (last === i && seg.after?.kind === 'comma') add({ start: before.start, end: seg.end, kind: 'attribution', tier: 0, opensSentence: false }, true, true);
  return last;
}

/** "Maduro, dont la légitimité…, qui soutiennent…": a chain of relative clauses from segment `i`, which goes together; the last segment it takes. */
function addRelativeChainAt(scan: SegmentScan, i: number, enclosedEnd: number): number {
  const { text, rules, segments, add } = scan;
  const seg = segments[i] as Segment;
  let last = i;
  while (segments[last + 1]?.before?.kind === 'comma' && continuesRelative(text, segments, last + 1, rules)) last++;
  const lastSegment = segments[last] as Segment;
  const end = last === i ? enclosedEnd : lastSegment.after?.kind === 'comma' ? lastSegment.after.end : lastSegment.end;
  add({ start: (seg.before as Delimiter).start, end, kind: 'relative', tier: 1, opensSentence: false });
  // Each later relative of the chain may also go alone, when the chain holds a figure.
  for (let j = i + 1; j <= last; j++) {
    const member = segments[j] as Segment;
    if (member.before !== undefined && startsWithAny(lowerOf(text, member), rules.relatives)) {
      add({ start: member.before.start, end: j === last ? end : member.end, kind: 'relative', tier: 1, opensSentence: false });
    }
  }
  return last;
}

/**
 * "Pour le reste, les exportations se portent bien : le ministre a fait savoir au Bundestag que le gouvernement…": a
 * clause after a colon is a statement of its own, with its own removable parts (the bullet split there opens on it).
 */
function addAfterColon(text: string, lang: Lang, context: RemovalContext, delimiters: readonly Delimiter[], mainStart: number, out: RemovablePart[]): void {
  const colon = delimiters.find((d) => d.kind === 'colon' && d.start > mainStart && countWordsIn(text, mainStart, d.start) > MAX_LABEL_WORDS);
  if (colon === undefined || quotedSpans(text).some((q) => q.start <= colon.start && colon.start < q.end)) return;
  const rest = text.slice(colon.end);
  for (const part of removableParts(rest, lang, { ...context, bodyStart: 0 })) out.push({ ...part, start: part.start + colon.end, end: part.end + colon.end });
}
