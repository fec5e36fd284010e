// The parts of a sentence that a bullet may leave out, found from the lexicon: each a span with how readily it goes.
import type { Lang } from '../article/article';
import lexicon from './bullet-lexicon.json';
import { clauseDelimiters, clauseSegments, type Delimiter, type Segment } from './clause-segments';
import type { Span } from './kept-text';
import { quotedSpans } from './quoted-spans';

/** Why a part may be left out. */
export type RemovableKind =
  | 'dateline'
  | 'attribution'
  | 'connective'
  | 'parenthetical'
  | 'relative'
  | 'appositive'
  | 'aside'
  | 'fronted'
  | 'subordinate'
  | 'trailing'
  | 'date'
  | 'place';

/** A part a bullet may leave out. */
export interface RemovablePart extends Span {
  /** What it is. */
  readonly kind: RemovableKind;
  /** 0: always left out; 1: left out when the bullet is too long; 2: only when still too long; 3: holds a figure, only over the hard limit. */
  readonly tier: 0 | 1 | 2 | 3;
  /** Whether what follows must open on a plausible subject (the part held the sentence's opening). */
  readonly opensSentence: boolean;
}

/** What the caller knows of the sentence beyond its words. */
export interface RemovalContext {
  /** Where the sentence proper starts (after a dateline), 0 when it has none. */
  readonly bodyStart: number;
  /** Date expressions of the sentence that the timeline holds. */
  readonly dates: readonly string[];
  /** Phrases never to delete (figures): a part holding one stays. */
  readonly keep: readonly string[];
  /** Places the sentence names: a locative phrase of one may go. */
  readonly places?: readonly string[];
}

interface Rules {
  readonly connectives: readonly string[];
  readonly relatives: readonly string[];
  readonly headAttribution: readonly string[];
  readonly reportingLinks: readonly string[];
  readonly attributionVerbs: ReadonlySet<string>;
  /** The most words an attribution verb form has ("a fait savoir": 3). */
  readonly attributionVerbWords: number;
  readonly fronted: readonly string[];
  readonly trailing: readonly string[];
  readonly subordinators: readonly string[];
  readonly subjectOpeners: readonly string[];
  readonly appositiveDeterminers: readonly string[];
  readonly midConnectives: readonly string[];
  readonly trailingPrepositions: readonly string[];
  /** Prepositions that open a trailing purpose clause only before an infinitive ("pour construire…"). */
  readonly purposePrepositions: readonly string[];
  /** How an infinitive ends ("-er", "-ir", "-re"). */
  readonly infinitiveEndings: readonly string[];
  /** Indefinite determiners that open a closing appositive summing up the clause (", un ralliement qui…"). */
  readonly resumptiveDeterminers: readonly string[];
  /** The relative pronouns such an appositive holds ("qui", "that"). */
  readonly resumptiveRelatives: readonly string[];
  readonly attributionPrepositions: readonly string[];
  readonly verbStarts: ReadonlySet<string>;
  readonly dateAdverbs: readonly string[];
  readonly reportingWithoutLink: readonly string[];
  readonly participleEndings: readonly string[];
  readonly irregularParticiples: readonly string[];
  /** Days named relative to the news ("samedi", "on Tuesday", "hier"): the title's date tells them. */
  readonly dayWords: readonly string[];
  /** Parts of a day that may follow one ("Monday night"). */
  readonly timesOfDay: readonly string[];
  /** What may close an English attribution after its verb (", the company said in a statement"). */
  readonly attributionSuffixes: readonly string[];
  /** Nouns of office that open an appositive after a name (", ministre de l'économie,"). */
  readonly titleNouns: readonly string[];
  /** Words that take a day as their object ("depuis", "since", "jusqu'à"): the day stays after them. */
  readonly prepositions: ReadonlySet<string>;
  /** Past participles the endings miss ("perçu", "reçu", "conclu"). */
  readonly pastParticiples: readonly string[];
  /** How many words of the clause come before a closing phrase that may go (French puts objects after adjuncts more often). */
  readonly minWordsBeforeTrailingPhrase: number;
  /** Degree words after which "pour" + infinitive completes an adjective ("trop tôt pour…"). */
  readonly degreeWords: readonly string[];
  /** Prepositions of place before a bare name ("à", "in") and before a determiner ("en", "dans la", "in the"). */
  readonly placePrepositions: readonly string[];
  readonly determinedPlacePrepositions: readonly string[];
  readonly placeDeterminers: readonly string[];
  /** Words that open a clause attached to what precedes ("où", "where", "qui"). */
  readonly embeddedClauseOpeners: readonly string[];
  /** Auxiliaries, and the participles of "être"/"be" ("a", "ont été", "was", "been"). */
  readonly auxiliaries: ReadonlySet<string>;
  readonly lang: Lang;
  /** Participles of an absolute clause before the subject ("étant déjà à l'arrêt", "having failed"). */
  readonly absoluteParticiples: readonly string[];
  /** Adverbs between an attribution verb and its speaker ("encore", "also"). */
  readonly attributionAdverbs: readonly string[];
  /** Prepositions of a date inside the clause that may go with it ("en février", "in March"). */
  readonly innerDatePrepositions: readonly string[];
  readonly coordinatorWords: readonly string[];
}

const RULES: Readonly<Record<Lang, Rules>> = { fr: rulesOf('fr'), en: rulesOf('en') };
const DANGLING: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(lexicon.fr.danglingOpeners.map((w) => w.toLowerCase())),
  en: new Set(lexicon.en.danglingOpeners.map((w) => w.toLowerCase())),
};
const MAX_FRONTED_WORDS = 8;
const MAX_ATTRIBUTION_WORDS = 16;
const MAX_ENGLISH_VERB_LAST_WORDS = 6;
const MAX_ENGLISH_VERB_LAST_WORDS_AT_END = 10;
const MAX_HANGING_WORDS = 6;
const MAX_LIST_ITEM_WORDS = 3;
const MAX_DATE_EXTRA_WORDS = 3;
const LIST_END = /^[^,;:]*\s(?:and|or|et|ou)\s/u;
/** An attribution tail leaves at least this many words before it ("Manufacturers' organisation, the EEF, said…" keeps its verb). */
const MIN_HEAD_WORDS = 6;
/** A participle phrase between commas is an appositive only right after a subject this short ("Les dirigeants, réunis à Bruxelles, sont…"). */
const MAX_SUBJECT_WORDS = 8;
const MAX_BARE_SUBJECT_WORDS = 5;
/** A colon after at most this many opening words closes a label, not a clause. */
export const MAX_LABEL_WORDS = 6;
const REPORTING_REACH_WORDS = 10;
const DIGIT = /\p{Nd}/u;
/** ", adding that…", ", qualifiant son rival…": a participle clause that ends the sentence. */
const PRESENT_PARTICIPLE: Readonly<Record<Lang, RegExp>> = { fr: /^(?:[a-zà-ÿ]{3,}ment\s+)?[a-zà-ÿ]{2,}ant\b/u, en: /^(?:[a-z]{3,}ly\s+)?[a-z]{2,}ing\b/u };
const COORDINATED_LINK = ['et', 'ou', 'mais', 'and', 'or', 'but'];
const WORD = /[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu;
const CAPITALISED = /^[«“"‘(]*\p{Lu}/u;

function rulesOf(lang: Lang): Rules {
  const l = lexicon[lang];
  const lower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase());
  return {
    connectives: lower(l.connectives),
    relatives: lower(l.relativePronouns),
    headAttribution: lower(l.headAttribution),
    reportingLinks: lower(l.reportingLinks),
    attributionVerbs: new Set([...lower(l.attributionVerbs), ...lower(l.imperfectAttributionVerbs)]),
    attributionVerbWords: Math.max(...l.attributionVerbs.map((v) => v.split(' ').length)),
    fronted: lower(l.frontedAdjuncts),
    trailing: lower(l.trailingAdjuncts),
    subordinators: lower(l.leadingSubordinators),
    subjectOpeners: lower(l.subjectOpeners),
    appositiveDeterminers: lower(l.appositiveDeterminers),
    midConnectives: lower(l.midConnectives),
    trailingPrepositions: lower(l.trailingPrepositions),
    purposePrepositions: lower(l.purposePrepositions),
    infinitiveEndings: lower(l.infinitiveEndings),
    resumptiveDeterminers: lower(l.resumptiveDeterminers),
    resumptiveRelatives: lower(l.resumptiveRelatives),
    attributionPrepositions: lower(l.attributionPrepositions),
    verbStarts: new Set(lower(l.verbStarts)),
    dateAdverbs: lower(l.dateAdverbs),
    reportingWithoutLink: lower(l.reportingWithoutLink),
    participleEndings: lower(l.participleEndings),
    irregularParticiples: lower(l.irregularParticiples),
    dayWords: lower(l.dayWords),
    timesOfDay: lower(l.timesOfDay),
    attributionSuffixes: lower(l.attributionSuffixes),
    titleNouns: lower(l.titleNouns),
    pastParticiples: lower(l.pastParticiples),
    minWordsBeforeTrailingPhrase: l.minWordsBeforeTrailingPhrase,
    degreeWords: lower(l.degreeWords),
    placePrepositions: lower(l.placePrepositions),
    determinedPlacePrepositions: lower(l.determinedPlacePrepositions),
    placeDeterminers: lower(l.placeDeterminers),
    embeddedClauseOpeners: lower(l.embeddedClauseOpeners),
    auxiliaries: new Set([...lower(l.finiteAuxiliaries), ...lower(l.sharedParticiples)]),
    lang,
    absoluteParticiples: lower(l.absoluteParticiples),
    attributionAdverbs: lower(l.attributionAdverbs),
    innerDatePrepositions: lower(l.innerDatePrepositions),
    coordinatorWords: lower(l.sharedSubjectCoordinators).concat(['ou', 'or', 'ni', 'nor']),
    prepositions: new Set([...lower(l.frontedAdjuncts), ...lower(l.trailingPrepositions), ...lower(l.datePrepositions)].filter((w) => !w.includes(' '))),
  };
}

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
    } else if (seg.after?.kind === 'comma' && isAppositive(text, segments[i - 1] as Segment, lower, rules, i === main + 1 && countWordsIn(text, mainSegment.start, mainSegment.end) <= MAX_SUBJECT_WORDS)) {
      add({ start: seg.before.start, end: seg.after.end, kind: 'appositive', tier: 1, opensSentence: false });
    } else if (i === main + 1 && seg.after?.kind === 'comma' && addNameAppositive(text, segments, i, rules, add)) {
      namedAt = i;
    } else if (isDatePhrase(text, seg, dateSpans)) {
      // ", vendredi 29 juin vers 4 h 30": a time adjunct the timeline holds.
      add({ start: seg.before.start, end: enclosedEnd, kind: 'date', tier: 1, opensSentence: false }, true);
    } else if (startsWithAny(lower, rules.trailing) || PRESENT_PARTICIPLE[lang].test(lower) || (isLast && isResumptive(lower, rules) && !dateSpans.some((d) => d.start < stop && seg.start < d.end))) {
      add({ start: seg.before.start, end: stop, kind: 'trailing', tier: 2, opensSentence: false });
    }
  }
  addTrailingPhrases(text, lastOwnSegment(segments, main, out, stop), mainSegment.start, rules, add);
  addDayWords(text, dateSpans, mainSegment.start, rules, add);
  addPlacePhrases(text, context.places ?? [], mainSegment.start, rules, add);
  return out;
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

const MIN_WORDS_BEFORE_PLACE = 5;
const NEXT_WORD = /^\s+([\p{L}’']+)/u;

/**
 * Whether the place phrase at [start, end) stands alone: not the complement of a participle ("basé à Ispahan",
 * "headquartered in Oslo"), not a modifier ("the July-September period", "à Paris Saint-Germain"), not coordinated with
 * another phrase ("à Khartoum et dans d'autres villes") nor followed by a relative clause about it (", where…").
 */
function isLocative(text: string, start: number, end: number, rules: Rules): boolean {
  // "ont adopté à Bruxelles", "was signed in Ottawa": after an auxiliary the participle is the verb, and the place an adjunct.
  const previous = /(?:([\p{L}’']+)\s+)?([\p{L}’']+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  const participle = previous?.[2];
  if (participle !== undefined && opensOnParticiple(foldCase(participle), rules) && !rules.auxiliaries.has(foldCase(previous?.[1] ?? ''))) return false;
  const after = text.slice(end, end + 40);
  if (/^[\s]*[.;:!?)»”"]|^\s*$/u.test(after)) return true;
  if (/^,\s*/u.test(after)) return !startsWithAny(foldCase(after.replace(/^,\s*/u, '')), rules.embeddedClauseOpeners);
  const next = NEXT_WORD.exec(after)?.[1];
  if (next === undefined) return false;
  const lower = foldCase(next);
  return rules.prepositions.has(lower) || rules.subjectOpeners.includes(lower) || rules.verbStarts.has(lower) || rules.dayWords.includes(lower) || rules.dateAdverbs.includes(lower);
}
const PRECEDING_WORD = /(\p{L}+)\s+$/u;

/** Where the locative phrase of a place at `at` starts: "à Bruxelles", "au Mali", "dans la région", "in the Baltic"; or undefined. */
function placePhraseStart(text: string, at: number, mainStart: number, rules: Rules): number | undefined {
  const before = text.slice(Math.max(mainStart, at - 24), at);
  const offset = at - before.length;
  const elided = /(?:^|\s)(\p{L}+)\s+l['’]$/u.exec(before);
  if (elided !== null) return rules.determinedPlacePrepositions.includes(foldCase(elided[1] as string)) ? offset + elided.index + (elided[0].startsWith(' ') ? 1 : 0) : undefined;
  const last = PRECEDING_WORD.exec(before);
  if (last === null) return undefined;
  const word = foldCase(last[1] as string);
  if (rules.placePrepositions.includes(word)) return offset + last.index;
  if (!rules.placeDeterminers.includes(word)) return undefined;
  const previous = PRECEDING_WORD.exec(before.slice(0, last.index));
  return previous !== null && rules.determinedPlacePrepositions.includes(foldCase(previous[1] as string)) ? offset + previous.index : undefined;
}

/**
 * "ont adopté à Bruxelles un train de sanctions", "talks in Geneva, Abu Dhabi and Miami": a locative preposition and
 * the places the article names, coordinated places with it, inside the clause after its first words; tier 2. French
 * "à" only before a bare name ("à la France" is an indirect object).
 */
function addPlacePhrases(text: string, places: readonly string[], mainStart: number, rules: Rules, add: (part: RemovablePart) => void): void {
  if (places.length === 0) return;
  const spans = phraseSpans(text, places).sort((a, b) => a.start - b.start);
  let quoted: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const place = spans[i] as Span;
    const start = placePhraseStart(text, place.start, mainStart, rules);
    if (start === undefined) continue;
    if (countWordsIn(text, mainStart, start) < MIN_WORDS_BEFORE_PLACE) continue;
    quoted ??= quotedSpans(text);
    if (quoted.some((q) => q.start <= start && start < q.end)) continue;
    // ", Abu Dhabi and Miami": the places coordinated with it go with it.
    let end = place.end;
    while (i + 1 < spans.length && /^(?:,\s*|\s+(?:and|et|ou|or)\s+|,\s*(?:and|et)\s+)$/u.test(text.slice(end, (spans[i + 1] as Span).start))) end = (spans[++i] as Span).end;
    if (!isLocative(text, start, end, rules)) continue;
    add({ start, end, kind: 'place', tier: 2, opensSentence: false });
  }
}

/**
 * The last segment that is the clause's own: before the tails that go whole (", including debt, the club said on
 * Wednesday"), so that its closing phrases are found ("… in a deal valuing the club at £900 million").
 */
function lastOwnSegment(segments: readonly Segment[], main: number, parts: readonly RemovablePart[], stop: number): Segment {
  const tails = parts.filter((p) => p.end >= stop && (p.kind === 'attribution' || p.kind === 'trailing'));
  for (let i = segments.length - 1; i > main; i--) {
    const seg = segments[i] as Segment;
    if (!tails.some((p) => p.start <= (seg.before?.start ?? seg.start))) return seg;
  }
  return segments[main] as Segment;
}

const MAX_NAME_WORDS = 5;
const MAX_TITLED_SUBJECT_WORDS = 12;
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'al', 'el', 'bin', 'ben', 'da', 'di', 'dos', 'et', 'and']);

/**
 * "Congo's army spokesman, Colonel Patrick Mwamba, said…", "Le président du parti, Sigmar Gabriel, ministre de
 * l'économie, s'est fixé…": a name between commas after a short subject that names an office goes (the actors slide
 * has it), when a verb follows it or an appositive that does; the subject and its verb stay together.
 */
function addNameAppositive(text: string, segments: readonly Segment[], i: number, rules: Rules, add: (part: RemovablePart) => void): boolean {
  const subject = segments[i - 1] as Segment;
  const name = segments[i] as Segment;
  if (name.before === undefined || name.after === undefined) return false;
  const subjectText = text.slice(subject.start, subject.end);
  const lastWord = subjectText.split(/\s+/u).at(-1) ?? '';
  if (!/^\p{Ll}/u.test(lastWord) || countWordsIn(text, subject.start, subject.end) > MAX_TITLED_SUBJECT_WORDS || holdsVerb(subjectText, rules)) return false;
  const words = text.slice(name.start, name.end).trim().split(/\s+/u);
  if (words.length > MAX_NAME_WORDS || !words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w)) || !/^\p{Lu}/u.test(words.at(-1) ?? '')) return false;
  let next = i + 1;
  while (segments[next]?.after?.kind === 'comma' && startsWithAny(lowerOf(text, segments[next] as Segment), rules.titleNouns)) next++;
  const verbSegment = segments[next];
  if (verbSegment === undefined || !opensOnVerb(lowerOf(text, verbSegment), rules)) return false;
  // Right before the verb, both commas go ("spokesman said"); before an appositive, the comma after the name stays for it.
  const end = next === i + 1 ? name.after.end : name.after.start;
  add({ start: name.before.start, end, kind: 'appositive', tier: 1, opensSentence: false });
  return true;
}

/** Whether `lower` opens on a finite verb of the lexicon or an attribution verb ("said", "s'est", "a annoncé"). */
function opensOnVerb(lower: string, rules: Rules): boolean {
  const first = /^[\p{L}’']+/u.exec(lower)?.[0] ?? '';
  if (rules.verbStarts.has(first) || openingAttributionVerb(lower, rules) !== undefined) return true;
  return [...rules.verbStarts].some((v) => /['’]$/u.test(v) && first.startsWith(v) && first.length > v.length);
}

/**
 * "ont renouvelé samedi des contrats", "raised its rate on Tuesday": a day named relative to the news, inside
 * the main clause, goes when the bullet is too long (the slide's date and the timeline tell it), with "on" or "le"
 * before it and a part of the day after it. A day that opens the sentence is a fronted adjunct, found apart.
 */
function addDayWords(text: string, dateSpans: readonly Span[], mainStart: number, rules: Rules, add: (part: RemovablePart, mayHoldNumbers?: boolean) => void): void {
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

/**
 * "a signé en février avec le groupe Acciona un contrat", "raised rates in March to…": a date the timeline holds, with
 * its preposition, inside the clause (a word of it follows) — tier 2; at the clause's end it is often its point
 * ("will be held on 5 May") and stays.
 */
function addInnerDates(text: string, dateSpans: readonly Span[], mainStart: number, rules: Rules, add: (part: RemovablePart, mayHoldNumbers?: boolean) => void): void {
  let quoted: Span[] | undefined;
  for (const date of dateSpans) {
    if (date.start <= mainStart) continue;
    const words = foldCase(text.slice(date.start, date.end)).split(/\s+/u);
    if (rules.dayWords.includes(words.at(-1) ?? '')) continue;
    const opensOnPreposition = rules.innerDatePrepositions.includes(words[0] ?? '');
    const previous = /([\p{L}\p{N}’']+)\s+$/u.exec(text.slice(Math.max(mainStart, date.start - 24), date.start));
    const start = opensOnPreposition ? date.start : previous !== null && rules.innerDatePrepositions.includes(foldCase(previous[1] as string)) ? date.start - previous[0].length : undefined;
    // "to be delivered in 2028 and the remaining four by 2031": before a coordinator the date is what is compared.
    const next = /^\s+([\p{Ll}’']+|[«“"])/u.exec(text.slice(date.end, date.end + 24))?.[1];
    if (start === undefined || next === undefined || rules.coordinatorWords.includes(next)) continue;
    quoted ??= quotedSpans(text);
    if (quoted.some((q) => q.start <= start && start < q.end)) continue;
    add({ start, end: date.end, kind: 'date', tier: 2, opensSentence: false }, true);
  }
}

const MIN_SEGMENT_WORDS_BEFORE_TRAILING_PHRASE = 5;

/**
 * The prepositional phrases that end the sentence ("… in recent weeks", "… à la télévision"), from
 * the last one back, outside quotations and never within its first words: tier 2, each taking
 * everything after it.
 */
function addTrailingPhrases(text: string, last: Segment, mainStart: number, rules: Rules, add: (part: RemovablePart) => void): void {
  // Only after the last quotation closes: nothing inside a quotation is deleted ("… d'« explosion » dans le pays si…").
  const whole = text.slice(last.start, last.end);
  const closing = Math.max(whole.lastIndexOf('»'), whole.lastIndexOf('”'));
  const after = closing < 0 ? 0 : closing + 1;
  if (/[«»“”"]/u.test(whole.slice(after)) || (closing < 0 && /[«“"]/u.test(whole))) return;
  const segmentStart = last.start + after;
  const segment = text.slice(segmentStart, last.end);
  const before = countWordsIn(text, mainStart, last.start);
  const found: number[] = [];
  let words = countWordsIn(text, last.start, segmentStart);
  let previous = '';
  const matches = [...segment.matchAll(WORD)];
  for (const [k, m] of matches.entries()) {
    words++;
    const isFar = words > MIN_SEGMENT_WORDS_BEFORE_TRAILING_PHRASE && before + words > rules.minWordsBeforeTrailingPhrase;
    const word = foldCase(m[0]);
    // "dirigés par Washington", "backed by the fund": the agent of a participle stays with it.
    if (isFar && rules.trailingPrepositions.includes(word) && !opensOnParticiple(previous, rules)) found.push(segmentStart + m.index);
    // "… un contrat pour construire une usine": a purpose clause, when an infinitive follows the preposition.
    // Not after a degree ("trop tôt pour chiffrer", "assez grand pour accueillir"): there it completes the adjective.
    else if (isFar && rules.purposePrepositions.includes(word) && isInfinitive(foldCase(matches[k + 1]?.[0] ?? ''), rules) && !followsDegree(matches, k, rules)) found.push(segmentStart + m.index);
    previous = word;
  }
  // "A lack of production from the Middle East has meant that…": a tail holding a verb is the clause's own.
  for (const start of found.reverse()) {
    const tail = text.slice(start, last.end);
    // "… delivered in 2028 and the remaining four by 2031": a tail holding a second conjunct is no adjunct.
    if (holdsVerb(tail, rules) || CONJUNCT.test(tail)) break;
    // "… that values the combined group at $7.2bn": a preposition and the figure are the measure itself, not an adjunct
    // (a longer phrase holding them may still go whole).
    if (MEASURE.test(tail)) continue;
    add({ start, end: last.end, kind: 'trailing', tier: 2, opensSentence: false });
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
function isResumptive(lower: string, rules: Rules): boolean {
  const words = lower.split(/\s+/u, RESUMPTIVE_REACH_WORDS + 1);
  if (!rules.resumptiveDeterminers.includes(words[0] ?? '')) return false;
  // ", ces activistes qui…", ", ces « mouvements secondaires » convergeant vers…": a relative or a present participle.
  return words.slice(2).some((w) => rules.resumptiveRelatives.some((r) => w === r || (/['’]$/u.test(r) && w.startsWith(r))) || PRESENT_PARTICIPLE_WORD[rules.lang].test(w));
}

const PRESENT_PARTICIPLE_WORD: Readonly<Record<Lang, RegExp>> = { fr: /^[a-zà-ÿ]{3,}ant$/u, en: /^[a-z]{3,}ing$/u };

/** Whether a lower-cased word ends like an infinitive and is no verb form of the lexicon ("construire", not "être"…). */
function isInfinitive(word: string, rules: Rules): boolean {
  return word.length > 3 && rules.infinitiveEndings.some((e) => word.endsWith(e));
}

/** Whether `text` holds an auxiliary or a common finite verb of the lexicon ("has", "est", "ont"). */
function holdsVerb(text: string, rules: Rules): boolean {
  for (const m of text.matchAll(WORD)) if (rules.verbStarts.has(foldCase(m[0]))) return true;
  return false;
}

/** Leading segments before the main clause: "Selon X,", "However,", "Bien qu’…,", "La semaine dernière,". Returns the main segment's index. */
function addFronted(
  text: string,
  segments: readonly Segment[],
  rules: Rules,
  dateSpans: readonly Span[],
  add: (part: RemovablePart, mayHoldNumbers?: boolean, mayHoldFigures?: boolean) => void,
): number {
  let i = 0;
  for (; i < segments.length - 1; i++) {
    const seg = segments[i] as Segment;
    // "Bonne nouvelle pour les ménages : le tarif…": a short label before a colon, the statement after it.
    if (i === 0 && seg.after?.kind === 'colon' && countWordsIn(text, seg.start, seg.end) <= MAX_LABEL_WORDS) {
      add({ start: seg.start, end: seg.after.end, kind: 'fronted', tier: 1, opensSentence: true });
      continue;
    }
    if (seg.after?.kind !== 'comma') break;
    const lower = foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 200)));
    const span = { start: seg.start, end: seg.after.end, opensSentence: true };
    const words = countWordsIn(text, seg.start, seg.end);
    if (rules.connectives.some((c) => lower === c)) add({ ...span, kind: 'connective', tier: 0 });
    else if (startsWithAny(lower, rules.headAttribution) && words <= MAX_ATTRIBUTION_WORDS) add({ ...span, kind: 'attribution', tier: 0 }, true, true);
    else if (startsWithAny(lower, rules.subordinators)) add({ ...span, kind: 'subordinate', tier: 1 });
    else if (isDatePhrase(text, seg, dateSpans)) add({ ...span, kind: 'fronted', tier: 1 }, true);
    // "At least 23 people were killed, …": a segment with a finite verb is the clause itself, not an adjunct before it.
    else if (words <= MAX_FRONTED_WORDS && startsWithAny(lower, rules.fronted) && !holdsVerb(text.slice(seg.start, seg.end).replace(/^\S+/u, ''), rules)) add({ ...span, kind: 'fronted', tier: 2 });
    // "Le réacteur numéro 1 étant déjà à l'arrêt, le réacteur numéro 2…": an absolute clause before the subject.
    else if (i === 0 && words <= MAX_ABSOLUTE_WORDS && isAbsoluteClause(lower, rules)) add({ ...span, kind: 'fronted', tier: 2 });
    // "Interrogé par l'AFP, un porte-parole…", "Asked about the deal, the minister…": a participle phrase before the subject.
    else if (words <= MAX_FRONTED_WORDS && opensOnParticiple(lower, rules) && !/^\p{Lu}{2}/u.test(text.slice(seg.start, seg.start + 2))) add({ ...span, kind: 'fronted', tier: 2 });
    else break;
  }
  return i;
}

const MAX_ABSOLUTE_WORDS = 16;

/** Whether a segment is a subject and a participle of being or having, without a finite verb ("le réacteur étant à l'arrêt"). */
function isAbsoluteClause(lower: string, rules: Rules): boolean {
  const words = lower.split(/\s+/u);
  const at = words.findIndex((w) => rules.absoluteParticiples.includes(w));
  return at > 0 && !words.slice(0, at).some((w) => rules.verbStarts.has(w));
}

/** "Mais le…", "Also the…" (a connective opening the main clause) and "X said that …" (the attribution before a reported clause). */
function addOpeningWords(text: string, main: Segment, rules: Rules, lang: Lang, add: (part: RemovablePart) => void): void {
  const head = text.slice(main.start, Math.min(main.end, main.start + 200));
  const lower = foldCase(head);
  const connective = rules.connectives.find((c) => lower.startsWith(c) && /^\s/u.test(lower.slice(c.length)));
  if (connective !== undefined) add({ start: main.start, end: main.start + connective.length + 1, kind: 'connective', tier: 0, opensSentence: true });
  let words = 0;
  for (const m of lower.matchAll(WORD)) {
    if (++words > REPORTING_REACH_WORDS) break;
    const link = rules.reportingLinks.find((r) => (/['’]$/u.test(r) ? lower.startsWith(r, m.index) : m[0] === r));
    if (link === undefined) continue;
    const before = lower.slice(0, m.index);
    // "X a rappelé que A et que B": without the reporting verb, "et que B" would hang.
    if (rules.reportingLinks.some((r) => COORDINATED_LINK.some((c) => lower.includes(` ${c} ${r}`, m.index)))) return;
    const spaced = ` ${before.replace(/\s+/gu, ' ')}`;
    if (!holdsAttributionVerb(before, rules)) continue;
    add({ start: main.start, end: main.start + m.index + link.length, kind: 'attribution', tier: 0, opensSentence: true });
    return;
  }
  // English reports without "that": "The ONS said manufacturing output dropped…".
  words = 0;
  for (const m of lower.matchAll(WORD)) {
    if (++words > REPORTING_REACH_WORDS / 2) break;
    if (words > 1 && rules.reportingWithoutLink.includes(m[0])) {
      const end = m.index + m[0].length;
      const next = /^\s+([\p{L}\p{N}]+)/u.exec(lower.slice(end))?.[1] ?? '';
      // "said on Thursday", "said it would": no reported clause follows.
      if (next === '' || rules.fronted.includes(next) || rules.reportingLinks.includes(next) || DANGLING[lang].has(next)) return;
      add({ start: main.start, end: main.start + end, kind: 'attribution', tier: 0, opensSentence: false });
      return;
    }
  }
}

/** Parentheses (always) and text between two dashes (when long); a lone dash after the main clause opens a tail. */
function addBracketed(
  text: string,
  delimiters: readonly Delimiter[],
  mainEnd: number,
  stop: number,
  add: (part: RemovablePart, mayHoldNumbers?: boolean, mayHoldFigures?: boolean) => void,
): void {
  let open: Delimiter | undefined;
  let dash: Delimiter | undefined;
  for (const d of delimiters) {
    if (d.kind === 'open' && open === undefined) open = d;
    else if (d.kind === 'close' && open !== undefined) {
      const part = { start: open.start, end: d.end, kind: 'parenthetical', opensSentence: false } as const;
      // "£900 million ($1.15 billion)": the same amount again goes; another figure goes only from a bullet over the hard limit.
      if (isRestatedAmount(text, open.start, d.end)) add({ ...part, tier: 1 }, true, true);
      else if (DIGIT.test(text.slice(open.start, d.end))) add({ ...part, tier: 1 });
      else add({ ...part, tier: 0 });
      open = undefined;
    } else if (d.kind === 'dash' && open === undefined) {
      if (dash === undefined) dash = d;
      else {
        if (dash.start >= mainEnd) add({ start: dash.start, end: d.end, kind: 'aside', tier: 1, opensSentence: false });
        dash = undefined;
      }
    }
  }
  // "… dont un de la Saudia Airlines » – un incident confirmé à Ryad": a lone dash opens a tail.
  if (dash !== undefined && dash.start >= mainEnd) add({ start: dash.start, end: stop, kind: 'trailing', tier: 2, opensSentence: false });
}

const MAX_RESTATED_WORDS = 4;

/** Whether the parentheses at [start, end) hold only an amount, right after another ("£900 million ($1.15 billion)"). */
function isRestatedAmount(text: string, start: number, end: number): boolean {
  const inside = text.slice(start + 1, end - 1).trim();
  const before = text.slice(Math.max(0, start - 40), start);
  return /^[^\p{L}\s]*\p{Nd}/u.test(inside) && countWordsIn(inside, 0, inside.length) <= MAX_RESTATED_WORDS && /\p{Nd}[^.;:(),]{0,30}$/u.test(before);
}

function isAttribution(lower: string, segment: string, rules: Rules, lang: Lang, isLast: boolean): boolean {
  const bare = lower.replace(/[.!?…]+$/u, '');
  const words = countWordsIn(segment, 0, segment.length);
  const verb = openingAttributionVerb(bare, rules);
  if (verb !== undefined && words <= MAX_ATTRIBUTION_WORDS && namesSpeakerAfter(segment.slice(verb.length), verb, rules)) return true;
  // ", officials said in a statement": a verb form that opens the segment may also close the attribution.
  if (verb !== undefined && lang !== 'en') return false;
  // English puts the verb last: ", the governor said", ", an OFAC document reviewed by Reuters showed".
  // Counted without what may close it and without an acronym in parentheses (", the agency (UKHSA) said on Thursday").
  if (lang !== 'en') return false;
  const core = withoutClosingSuffix(bare.replace(/\s*\([^)]*\)/gu, ''), rules);
  const reach = isLast ? MAX_ENGLISH_VERB_LAST_WORDS_AT_END : MAX_ENGLISH_VERB_LAST_WORDS;
  return countWordsIn(core, 0, core.length) <= reach && closingAttributionVerb(core, rules);
}

/** ", the company said on Monday", ", officials said in a statement": the attribution without what may close it. */
function withoutClosingSuffix(lower: string, rules: Rules): string {
  let out = lower;
  const time = rules.timesOfDay.find((t) => out.endsWith(` ${t}`));
  if (time !== undefined) out = out.slice(0, -time.length - 1);
  const day = rules.dayWords.find((d) => out.endsWith(` ${d}`));
  if (day !== undefined) out = out.slice(0, -day.length - 1).replace(/ (?:late |early )?on$/u, '');
  const suffix = rules.attributionSuffixes.find((s) => out.endsWith(` ${s}`));
  return suffix === undefined ? out : out.slice(0, -suffix.length - 1);
}

/** The attribution verb form `lower` opens on ("a déclaré le…" → "a déclaré"), the longest, or undefined. */
function openingAttributionVerb(lower: string, rules: Rules): string | undefined {
  const words = lower.split(' ', rules.attributionVerbWords);
  for (let n = words.length; n > 0; n--) {
    const form = words.slice(0, n).join(' ');
    if (rules.attributionVerbs.has(form)) return form;
  }
  return undefined;
}

/** Whether `lower` ends on an attribution verb form (", the governor said"). */
function closingAttributionVerb(lower: string, rules: Rules): boolean {
  const words = lower.split(' ');
  for (let n = 1; n <= rules.attributionVerbWords && n < words.length; n++) {
    if (rules.attributionVerbs.has(words.slice(-n).join(' '))) return true;
  }
  return false;
}

/** Whether some run of words of `lower` is an attribution verb form ("maduro a indiqué "). */
function holdsAttributionVerb(lower: string, rules: Rules): boolean {
  const words = lower.split(/\s+/u).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= rules.attributionVerbWords && i + n <= words.length; n++) {
      if (rules.attributionVerbs.has(words.slice(i, i + n).join(' '))) return true;
    }
  }
  return false;
}

/**
 * Whether the words after an attribution verb name who speaks (", a déclaré le président", ", said
 * Mr Frost", ", a-t-il ajouté"), not what the sentence says (", assurent tenir l’aéroport", ", said it
 * expected…": there the verb is the clause's own).
 */
const MAX_ATTRIBUTION_ADVERBS = 2;

function isAttributionAdverb(lower: string, rules: Rules): boolean {
  return rules.dateAdverbs.includes(lower) || rules.dayWords.includes(lower) || rules.attributionAdverbs.includes(lower);
}

function namesSpeakerAfter(after: string, verb: string, rules: Rules): boolean {
  let rest = after;
  if (rules.attributionPrepositions.includes(verb) || /-t-|-(?:il|elle|ils|elles|on)$/u.test(verb)) return true;
  // "a annoncé jeudi la Commission": a day between the verb and the speaker.
  const words = rest.trimStart().split(/[\s\u00a0\u202f]+/u);
  // "résumait encore dimanche Thomas Zurbuchen": an adverb and a day between the verb and the speaker.
  let skip = 0;
  while (skip < MAX_ATTRIBUTION_ADVERBS && words[skip] !== undefined && isAttributionAdverb(foldCase(words[skip] as string), rules)) skip++;
  const next = words[skip];
  rest = words.slice(skip).join(' ');
  if (next === undefined || next === '') return true;
  if (/^\p{Lu}/u.test(next)) return true;
  return startsWithAny(foldCase(rest.trimStart()), rules.appositiveDeterminers) || startsWithAny(foldCase(rest.trimStart()), ['son', 'sa', 'ses', 'leur', 'his', 'her', 'their', 'its']);
}

/** Whether the segments before `end` are a short subject followed only by relative clauses or appositives. */
function isSubjectWithAsides(text: string, segments: readonly Segment[], main: number, end: number, rules: Rules): boolean {
  const subject = segments[main] as Segment;
  if (end <= main + 1 || countWordsIn(text, subject.start, subject.end) > MAX_BARE_SUBJECT_WORDS) return false;
  for (let j = main + 1; j < end; j++) {
    const lower = lowerOf(text, segments[j] as Segment);
    if (!startsWithAny(lower, rules.relatives) && !startsWithAny(lower, rules.appositiveDeterminers) && !opensOnParticiple(lower, rules)) return false;
  }
  return true;
}

/** What may follow an attribution and goes with it: a relative clause, an appositive, a participle. */
function hangsOn(text: string, seg: Segment, rules: Rules): boolean {
  const lower = foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 40)));
  if (countWordsIn(text, seg.start, seg.end) <= MAX_HANGING_WORDS) return true;
  return startsWithAny(lower, rules.relatives) || startsWithAny(lower, rules.appositiveDeterminers) || opensOnParticiple(lower, rules);
}

/** "réunis en sommet à Bruxelles", "made as part of a deal": a participle phrase. */
function opensOnParticiple(lower: string, rules: Rules): boolean {
  const first = /^[\p{Ll}]+/u.exec(lower)?.[0];
  if (first === undefined || first.length < 4) return false;
  return rules.irregularParticiples.includes(first) || rules.pastParticiples.includes(first) || rules.participleEndings.some((e) => first.endsWith(e));
}

/** "a par ailleurs indiqué", "has also invited": a connective inside the clause, outside quotations. */
function addMidConnectives(text: string, from: number, rules: Rules, add: (part: RemovablePart) => void): void {
  let quoted: Span[] | undefined;
  const lower = foldCase(text);
  for (const phrase of rules.midConnectives) {
    for (let at = lower.indexOf(` ${phrase} `, from); at >= 0; at = lower.indexOf(` ${phrase} `, at + phrase.length + 1)) {
      const start = at + 1;
      quoted ??= quotedSpans(text);
      if (quoted.some((q) => q.start <= start && start < q.end)) continue;
      add({ start, end: start + phrase.length + 1, kind: 'connective', tier: 0, opensSentence: false });
    }
  }
}

/** ", le ministre des finances," right after a name, or ", réunis en sommet à Bruxelles,": a phrase between commas. */
function isAppositive(text: string, previous: Segment, lower: string, rules: Rules, followsSubject: boolean): boolean {
  if (followsSubject && opensOnParticiple(lower, rules)) return true;
  const last = text.slice(Math.max(previous.start, previous.end - 40), previous.end).split(/\s+/u).at(-1) ?? '';
  return CAPITALISED.test(last) && (startsWithAny(lower, rules.appositiveDeterminers) || startsWithAny(lower, rules.titleNouns));
}

/** Whether `lower` opens on one of `phrases` as whole words (an elided form such as "qu’" is glued to the next). */
export function startsWithAny(lower: string, phrases: readonly string[]): boolean {
  const first = lower[0];
  if (first === undefined) return false;
  const candidates = phrases.length < SMALL_LIST ? phrases : (byFirstChar(phrases).get(first) ?? []);
  return candidates.some((p) => lower.startsWith(p) && (ENDS_GLUED.test(p) || !WORD_CONTINUES.test(lower[p.length] ?? ' ')));
}

const SMALL_LIST = 8;
const ENDS_GLUED = /['’ ]$/u;
const WORD_CONTINUES = /[\p{L}\p{N}-]/u;
const FIRST_CHAR_INDEX = new WeakMap<readonly string[], Map<string, string[]>>();

/** The phrases of a (long, lexicon) list by their first character, built once per list. */
function byFirstChar(phrases: readonly string[]): Map<string, string[]> {
  let index = FIRST_CHAR_INDEX.get(phrases);
  if (index === undefined) {
    index = new Map();
    for (const p of phrases) {
      const key = p[0] ?? '';
      const list = index.get(key) ?? [];
      list.push(p);
      index.set(key, list);
    }
    FIRST_CHAR_INDEX.set(phrases, index);
  }
  return index;
}

/** Where each of `phrases` occurs in `text` as whole words. */
export function phraseSpans(text: string, phrases: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const phrase of phrases) {
    if (phrase === '') continue;
    let at = text.indexOf(phrase);
    while (at >= 0) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + phrase.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}’']/u.test(after)) out.push({ start: at, end: at + phrase.length });
      at = text.indexOf(phrase, at + phrase.length);
    }
  }
  return out;
}

function protectedSpansOf(text: string, keep: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const phrase of keep) {
    if (phrase === '') continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) out.push({ start: at, end: at + phrase.length });
  }
  return out;
}

const DIGITS = /\p{Nd}/gu;

/** Whether `text[part)` holds a digit outside the date expressions (a year is the timeline's, not a figure). */
function holdsNumberOutside(text: string, part: Span, dates: readonly Span[]): boolean {
  const slice = text.slice(part.start, part.end);
  if (!DIGIT.test(slice)) return false;
  for (const m of slice.matchAll(DIGITS)) {
    const at = part.start + m.index;
    if (!dates.some((d) => d.start <= at && at < d.end)) return true;
  }
  return false;
}

/** Words of `text[start, end)`: runs of letters and digits, an apostrophe between letters inside one ("l’Union"). */
function countWordsIn(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    const isWord = code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : LETTER_OR_DIGIT.test(ch);
    if (isWord && !inWord) n++;
    // "l’Union" is one word: an apostrophe followed by a letter does not end it.
    inWord = isWord || (inWord && (ch === '’' || ch === "'") && LETTER_OR_DIGIT.test(text[i + 1] ?? ' '));
  }
  return n;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether segment `i` belongs to the relative clause before it: another relative ("…, dont…, qui…"),
 * or an item of the list it opened ("which includes oilfields, refineries and gas stations").
 */
function continuesRelative(text: string, segments: readonly Segment[], i: number, rules: Rules): boolean {
  const seg = segments[i] as Segment;
  if (startsWithAny(lowerOf(text, seg), rules.relatives)) return true;
  const item = text.slice(seg.start, seg.end);
  // "…, will keep a stake and stay on": a clause with its own verb is the main clause going on, not a list item.
  if (holdsVerb(item, rules)) return false;
  if (countWordsIn(text, seg.start, seg.end) <= MAX_LIST_ITEM_WORDS) return true;
  return i === segments.length - 1 && LIST_END.test(item.slice(0, 60));
}

/**
 * Whether a segment is a time adjunct the timeline holds: a date at its start ("La semaine dernière",
 * "vendredi 29 juin vers 4 h 30", "In 2019") with at most two other words — not a clause that merely
 * holds one ("Le FMI avait suspendu ses versements en 2024").
 */
function isDatePhrase(text: string, seg: Segment, dates: readonly Span[]): boolean {
  const words = countWordsIn(text, seg.start, seg.end);
  return dates.some(
    (d) => d.start >= seg.start && d.end <= seg.end && countWordsIn(text, seg.start, d.start) <= 1 && words - countWordsIn(text, d.start, d.end) <= MAX_DATE_EXTRA_WORDS,
  );
}

/** The start of a segment, folded for matching. */
function lowerOf(text: string, seg: Segment): string {
  return foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 40)));
}

/** Lower case and plain spaces for matching, one character for one so that positions still hold. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  const folded = lower.length === text.length ? lower : Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  return folded.includes('\u00a0') || folded.includes('\u202f') ? folded.replace(NO_BREAK_SPACES, ' ') : folded;
}

const NO_BREAK_SPACES = /[\u00a0\u202f]/gu;
