// The parts of a sentence that a bullet may leave out, found from the lexicon: each a span with how readily it goes.
import type { Lang } from '../../article/article';
import { clauseDelimiters, clauseSegments, type Delimiter, type Segment } from '../clause-segments';
import { quotedSpans } from '../quoted-spans';
import { addBracketed, addMidConnectives, addNameAppositive, continuesRelative, isAppositive, MAX_SUBJECT_WORDS } from './asides';
import { addOpeningWords, hangsOn, isAttribution, isSubjectWithAsides, opensOnVerb } from './attribution';
import { addDayWords, isDatePhrase } from './dates';
import { addFronted, MAX_LABEL_WORDS } from './fronted';
import type { RemovablePart, RemovalContext } from './part';
import { addPlacePhrases } from './places';
import { RULES, type Rules } from './rules';
import { countWordsIn, foldCase, holdsNumberOutside, holdsVerb, lowerOf, opensOnParticiple, phraseSpans, protectedSpansOf, startsWithAny } from './text';
import { addClosingTails } from './tails';
import { addTrailingPhrases, isInfinitive, isResumptive, lastOwnSegment, PRESENT_PARTICIPLE } from './trailing';

/** An attribution tail leaves at least this many words before it ("Manufacturers' organisation, the EEF, said…" keeps its verb). */
const MIN_HEAD_WORDS = 6;
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
    if (holdsFigure && (part.tier === 0 || part.opensSentence)) return;
    out.push(holdsFigure ? { ...part, tier: 3 } : part);
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
  let namedAt = -1;
  for (let i = main + 1; i < segments.length; i++) {
    const seg = segments[i] as Segment;
    if (seg.before?.kind !== 'comma') continue;
    const lower = foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 80)));
    // ", X," goes with both commas, unless a relative clause follows: "la Chine, premier prêteur, qui…" keeps one.
    const following = segments[i + 1];
    const followingLower = following === undefined ? '' : foldCase(text.slice(following.start, Math.min(following.end, following.start + 40)));
    const isFollowedByRemovable = startsWithAny(followingLower, rules.relatives);
    const enclosedEnd = seg.after?.kind === 'comma' && !isFollowedByRemovable ? seg.after.end : seg.end;
    const isLast = i === segments.length - 1;
    if (isAttribution(lower, text.slice(seg.start, seg.end), rules, lang, isLast)) {
      // What follows an attribution at the end of a sentence goes with it (", qui…", ", Donald Tusk").
      let last = i;
      while (last + 1 < segments.length && segments[last + 1]?.before?.kind === 'comma' && hangsOn(text, segments[last + 1] as Segment, rules)) last++;
      const interruptsQuote = /[»”"]\s*$/u.test(text.slice(Math.max(0, seg.before.start - 3), seg.before.start));
      // "Mr Chavez, who is visiting China, said …": a subject and its relative clause are no head.
      // "The army spokesman, Colonel X, said the rebels…": a subject and its name are no head either.
      const hasHead = countWordsIn(text, mainSegment.start, seg.before.start) >= MIN_HEAD_WORDS && !isSubjectWithAsides(text, segments, main, i, rules) && namedAt !== i - 1;
      if (!hasHead) continue;
      if (last === segments.length - 1) add({ start: seg.before.start, end: stop, kind: 'attribution', tier: 0, opensSentence: false }, true, true);
      // "…, a expliqué, vendredi, le président français, Emmanuel Macron : « La coopération… »": the quotation its
      // attribution introduces is the quotes slide's; both go from a long bullet.
      else if ((segments[last] as Segment).after?.kind === 'colon' && isQuotationTo(text, ((segments[last] as Segment).after as Delimiter).end, stop)) {
        add({ start: seg.before.start, end: stop, kind: 'attribution', tier: 1, opensSentence: false }, true, true);
      }
      else if (interruptsQuote) add({ start: seg.before.start, end: (segments[last] as Segment).end, kind: 'attribution', tier: 0, opensSentence: false }, true, true);
      // "… with Halden Motors, the union said, formally ending…": between commas, the attribution goes and one comma stays.
      else if (last === i && seg.after?.kind === 'comma') add({ start: seg.before.start, end: seg.end, kind: 'attribution', tier: 0, opensSentence: false }, true, true);
      i = last;
    } else if (rules.connectives.some((c) => lower === c)) {
      add({ start: seg.before.start, end: enclosedEnd, kind: 'connective', tier: 0, opensSentence: false });
    } else if (startsWithAny(lower, rules.relatives)) {
      // "Maduro, dont la légitimité…, qui soutiennent…": a chain of relative clauses goes together.
      let last = i;
      while (segments[last + 1]?.before?.kind === 'comma' && continuesRelative(text, segments, last + 1, rules)) last++;
      const end = last === i ? enclosedEnd : (segments[last] as Segment).after?.kind === 'comma' ? ((segments[last] as Segment).after as Delimiter).end : (segments[last] as Segment).end;
      add({ start: seg.before.start, end, kind: 'relative', tier: 1, opensSentence: false });
      // Each later relative of the chain may also go alone, when the chain holds a figure.
      for (let j = i + 1; j <= last; j++) {
        const member = segments[j] as Segment;
        if (member.before !== undefined && startsWithAny(lowerOf(text, member), rules.relatives)) {
          add({ start: member.before.start, end: j === last ? end : member.end, kind: 'relative', tier: 1, opensSentence: false });
        }
      }
      i = last;
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
    } else if (i === main + 1 && seg.after?.kind === 'comma' && addNameAppositive(text, segments, i, rules, add)) {
      namedAt = i;
    } else if (seg.after?.kind === 'comma' && isAdverbialAside(text, segments, i, rules)) {
      // "à fixer, à l'avenir, des conditions": a short adverbial between a verb and its object.
      add({ start: seg.before.start, end: seg.after.end, kind: 'aside', tier: 1, opensSentence: false });
    } else if (isDatePhrase(text, seg, dateSpans)) {
      // ", vendredi 29 juin vers 4 h 30": a time adjunct the timeline holds.
      add({ start: seg.before.start, end: enclosedEnd, kind: 'date', tier: 1, opensSentence: false }, true);
    } else if (
      (startsWithAny(lower, rules.trailing) && !opensOnComplement(lower, rules) && !continuesList(text, segments, i, lower, rules)) ||
      PRESENT_PARTICIPLE[lang].test(lower) ||
      (closesOnAsides(text, segments, i, rules) && (isResumptive(lower, rules) || startsWithAny(lower, rules.closingAppositives)) && !dateSpans.some((d) => d.start < stop && seg.start < d.end))
    ) {
      add({ start: seg.before.start, end: stop, kind: 'trailing', tier: 2, opensSentence: false });
    }
  }
  addTrailingPhrases(text, lastOwnSegment(segments, main, out, stop), mainSegment.start, rules, add);
  addClosingTails(text, segments, main, stop, rules, protectedSpans, out);
  addDayWords(text, dateSpans, mainSegment.start, rules, add);
  addPlacePhrases(text, context.places ?? [], mainSegment.start, rules, add);
  return out;
}

/**
 * Whether segment `i` is the last, or only relative clauses and participle phrases follow it (", ces « mouvements
 * secondaires » convergeant vers l'Allemagne, où ils sont…", ", ces activistes qui…, particulièrement visés…").
 */
function closesOnAsides(text: string, segments: readonly Segment[], i: number, rules: Rules): boolean {
  for (let j = i + 1; j < segments.length; j++) {
    const seg = segments[j] as Segment;
    if (seg.before?.kind !== 'comma') return false;
    const lower = foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 40))).replace(/^[\p{L}]+ment\s+/u, '');
    if (!startsWithAny(lower, rules.relatives) && !opensOnParticiple(lower, rules)) return false;
  }
  return true;
}

/** Whether `text[from, to)` is one quotation, its marks included ("« La coopération européenne l'a emporté »"). */
function isQuotationTo(text: string, from: number, to: number): boolean {
  const rest = text.slice(from, to).trim();
  if (!/^[«“"]/u.test(rest)) return false;
  const spans = quotedSpans(rest);
  return spans.length > 0 && spans[0]?.start === 0 && rest.length - (spans[0]?.end ?? 0) <= 2;
}

const MAX_ADVERBIAL_WORDS = 4;

/** "Washington, l'ONU, l'Union africaine et la Ligue arabe ont…": a name after the next comma makes a list, not an appositive. */
function isListOfNames(text: string, following: Segment | undefined): boolean {
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
function continuesList(text: string, segments: readonly Segment[], i: number, lower: string, rules: Rules): boolean {
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
  return rules.listPrepositionFamilies.find((f) => f.includes(word) || f.some((p) => /['’]$/u.test(p) && word.startsWith(p)));
}

/** Whether segment `i` is a short prepositional phrase after a verb form and before the rest of its clause (no list item). */
function isAdverbialAside(text: string, segments: readonly Segment[], i: number, rules: Rules): boolean {
  const seg = segments[i] as Segment;
  const previous = segments[i - 1];
  const next = segments[i + 1];
  if (previous === undefined || next === undefined || countWordsIn(text, seg.start, seg.end) > MAX_ADVERBIAL_WORDS) return false;
  const lower = foldCase(text.slice(seg.start, seg.end));
  if (!startsWithAny(lower, rules.fronted) || /[«»“”"]/u.test(lower)) return false;
  const last = foldCase(/([\p{L}’']+)\s*$/u.exec(text.slice(previous.start, previous.end))?.[1] ?? '');
  const isVerbForm = isInfinitive(last, rules) || opensOnParticiple(last, rules) || rules.verbStarts.has(last);
  const nextWord = foldCase(/^[\p{L}’']+/u.exec(text.slice(next.start, next.end))?.[0] ?? '');
  return isVerbForm && nextWord !== '' && !rules.prepositions.has(nextWord) && !rules.coordinatorWords.includes(nextWord);
}

/** ", à se retourner contre l'armée": a preposition and an infinitive complete the verb before them. */
function opensOnComplement(lower: string, rules: Rules): boolean {
  const words = lower.split(/\s+/u, 3);
  const first = words[0] ?? '';
  const opener = rules.complementOpeners.find((o) => first === o || (/['’]$/u.test(o) && first.startsWith(o)));
  if (opener === undefined) return false;
  // "d'avoir", "à se retourner", "à s'engager": the infinitive may follow a reflexive pronoun.
  const glued = first.length > opener.length ? first.slice(opener.length) : undefined;
  const next = glued ?? words[1] ?? '';
  const verb = /^(?:se|s['’])$/u.test(next) ? (words[glued === undefined ? 2 : 1] ?? '') : next.replace(/^s['’]/u, '');
  return isInfinitive(verb, rules);
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
