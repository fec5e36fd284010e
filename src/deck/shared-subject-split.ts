// "Le gouvernement a décrété A et lancé B" → "Le gouvernement a décrété A" and "Le gouvernement a lancé B": two verb phrases of one subject, two bullets, by deletion.
import type { Lang } from '../article/article';
import lexicon from './bullet-lexicon.json';
import type { Span } from './kept-text';
import { elidedEntry, foldCase } from './removable/text';
import { quotedSpans } from './quoted-spans';

/** The two bullets of a sentence whose subject has two coordinated verb phrases. */
export interface SharedSubjectSplit {
  /** Where the first bullet's range ends: at the coordinator. */
  readonly firstEnd: number;
  /** What the second bullet leaves out: from after the subject (and its auxiliary) to the second verb. */
  readonly gap: Span;
}

const MAX_SUBJECT_WORDS = 15;
const MAX_PAST_SUBJECT_WORDS = 10;
const MIN_PHRASE_WORDS = 3;
const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*[’']?/gu;

interface Rules {
  readonly coordinators: ReadonlySet<string>;
  /** Auxiliaries and finite verbs that open a verb phrase ("a", "ont", "has", "will"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Auxiliaries that a past participle after the coordinator shares ("a", "has"). */
  readonly perfectAuxiliaries: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly participleEndings: readonly string[];
  readonly irregularParticiples: ReadonlySet<string>;
  /** English: a past tense is a finite verb of its own ("welcomed … and called …"). */
  readonly pastIsFinite: boolean;
  readonly determiners: ReadonlySet<string>;
  /** Words that show the opening is no bare subject ("qui", "when", "depuis"). */
  readonly notInSubject: ReadonlySet<string>;
  /** Words that open a clause inside the first phrase, to which a coordinated phrase after them belongs ("qui", "that", "when"). */
  readonly relatives: ReadonlySet<string>;
  /** Auxiliary participles shared with the first auxiliary ("avaient été fournis… et publiés"). */
  readonly sharedParticiples: ReadonlySet<string>;
  /** What a verb's participle is followed by (a determiner, "que", a preposition), unlike a noun's or adjective's ("prise illégale", "liquefied natural gas"). */
  readonly objectOpeners: readonly string[];
  /** Past forms that are verbs whatever follows ("urged", "vowed"): no adjective or noun shares their form. */
  readonly clearVerbs: ReadonlySet<string>;
  /** Prepositions: a past form right after one is an adjective ("from shared purchasing"). */
  readonly prepositions: ReadonlySet<string>;
  /** French: how a present plural verb ends ("-ent"), and the words so ending that are no verb ("-ment", "président"). */
  readonly presentPlural?: { readonly ending: string; readonly notVerbEndings: readonly string[]; readonly notVerbs: ReadonlySet<string>; readonly subjects: ReadonlySet<string> };
}

function rulesOf(lang: Lang): Rules {
  const l = lexicon[lang];
  const lower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase());
  return {
    coordinators: new Set(lower(l.sharedSubjectCoordinators)),
    auxiliaries: new Set(lower(l.finiteAuxiliaries)),
    perfectAuxiliaries: new Set(lower(l.perfectAuxiliaries)),
    negations: new Set(lower(l.negations)),
    participleEndings: lower(l.pastParticipleEndings),
    irregularParticiples: new Set([...lower(l.pastParticiples), ...(lang === 'en' ? lower(l.irregularParticiples) : [])]),
    pastIsFinite: lang === 'en',
    determiners: new Set(lower(l.subjectOpeners)),
    relatives: new Set(lower(l.embeddedClauseOpeners)),
    sharedParticiples: new Set(lower(l.sharedParticiples)),
    objectOpeners: lower(l.participleObjectOpeners),
    clearVerbs: new Set(lower(l.clearPastVerbs)),
    prepositions: new Set([...lower(l.frontedAdjuncts), ...lower(l.trailingPrepositions)].filter((w) => !w.includes(' '))),
    notInSubject: new Set([...lower(l.embeddedClauseOpeners), ...lower(l.leadingSubordinators), ...lower(l.negations)].filter((w) => !w.includes(' '))),
    ...(lang === 'fr'
      ? { presentPlural: { ending: lexicon.fr.presentPluralEnding, notVerbEndings: lower(lexicon.fr.presentPluralNotVerbEndings), notVerbs: new Set(lower(lexicon.fr.presentPluralNotVerbs)), subjects: new Set(lower(lexicon.fr.presentPluralSubjects)) } }
      : {}),
  };
}

const RULES: Readonly<Record<Lang, Rules>> = { fr: rulesOf('fr'), en: rulesOf('en') };

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Where `text[from, …)` (without `deleted`) holds a subject, a verb phrase, a coordinator and a second verb
 * phrase without a subject of its own: the first bullet ends at the coordinator, the second keeps the subject (and
 * the auxiliary a participle shares) and goes on at the second verb. Undefined when the clause is not so built,
 * when the verb is negated (the negation would not carry), or when the coordinator is inside a quotation.
 */
export function sharedSubjectSplit(text: string, deleted: readonly Span[], lang: Lang, from: number): SharedSubjectSplit | undefined {
  const rules = RULES[lang];
  const words = keptWords(text, deleted, from);
  const verb = firstVerb(words, rules);
  if (verb === undefined && rules.presentPlural !== undefined) return presentPluralSplit(text, deleted, words, rules, rules.presentPlural);
  if (verb === undefined || verb === 0 || verb > MAX_SUBJECT_WORDS) return undefined;
  // "Le président, qui a été élu…", "When the ship docked…", "Le pays n’a pas…": no bare subject before the verb.
  if (words.slice(0, verb).some((w) => rules.notInSubject.has(foldCase(w.text)) || /^n['’]/iu.test(w.text))) return undefined;
  // "…savings within three years, largely from shared fuel purchasing": a past form after a preposition, or after a long
  // opening that must hold a verb of its own, is no clause's first verb.
  const isPastForm = !rules.auxiliaries.has(foldCase((words[verb] as Word).text));
  if (isPastForm && (verb > MAX_PAST_SUBJECT_WORDS || rules.prepositions.has(foldCase((words[verb - 1] as Word).text)))) return undefined;
  const first = words[verb] as Word;
  const afterVerb = foldCase(words[verb + 1]?.text ?? '');
  if (rules.negations.has(foldCase(first.text)) || rules.negations.has(afterVerb)) return undefined;
  // "Northlight, founded in 2018…": a participle after a comma is an appositive, not the verb.
  if (hasKeptComma(text, deleted, (words[verb - 1] as Word).end, first.start)) return undefined;
  let shared = verb;
  while (rules.sharedParticiples.has(foldCase(words[shared + 1]?.text ?? ''))) shared++;
  const auxiliaryEnd = (words[shared] as Word).end;
  const quoted = quotedSpans(text);
  const isQuoted = (at: number): boolean => quoted.some((q) => q.start <= at && at < q.end);
  // "…costs, a dispute that strained relations and was settled": after a relative word, until a comma closes its
  // clause, a coordinated phrase belongs to that clause ("…, most of which will be booked…, and is expected" is the subject's).
  let isInRelative = false;
  for (let k = verb + 1; k < words.length - MIN_PHRASE_WORDS; k++) {
    const word = words[k] as Word;
    const lower = foldCase(word.text);
    if (hasKeptComma(text, deleted, (words[k - 1] as Word).end, word.start)) isInRelative = false;
    if ((rules.relatives.has(lower) || /^qu['’]/u.test(lower)) && !isQuoted(word.start)) isInRelative = true;
    if (k < verb + 1 + MIN_PHRASE_WORDS || !rules.coordinators.has(lower) || isInRelative) continue;
    // "called Indonesia \"a free and open partner\" and said…": a coordinator inside a quotation is the quotation's.
    if (isQuoted(word.start)) continue;
    const second = words[k + 1] as Word;
    const secondLower = foldCase(second.text);
    const subjectEnd = first.start;
    if (rules.auxiliaries.has(secondLower) && !rules.negations.has(foldCase(words[k + 2]?.text ?? ''))) {
      return { firstEnd: word.start, gap: { start: subjectEnd, end: second.start } };
    }
    const isClearVerb = rules.clearVerbs.has(secondLower);
    if (!isParticiple(second.text, rules) && !isClearVerb) continue;
    if (!isClearVerb && !opensObject(text, second.end, words[k + 2]?.text ?? '', rules)) continue;
    const firstLower = foldCase(first.text);
    if (rules.perfectAuxiliaries.has(firstLower)) return { firstEnd: word.start, gap: { start: auxiliaryEnd, end: second.start } };
    if (rules.pastIsFinite && isParticiple(first.text, rules)) return { firstEnd: word.start, gap: { start: subjectEnd, end: second.start } };
    return undefined;
  }
  return undefined;
}

/**
 * "Les forces assurent tenir l'aéroport et appellent la population à…": in French, two present plural verbs of one
 * subject, the second right after the coordinator; the first within the subject's reach, with no comma, relative word
 * or negation before it, and a subject opening on a plural determiner.
 */
function presentPluralSplit(text: string, deleted: readonly Span[], words: readonly Word[], rules: Rules, plural: NonNullable<Rules['presentPlural']>): SharedSubjectSplit | undefined {
  const isPlural = (w: Word | undefined): boolean => {
    if (w === undefined || !/^\p{Ll}/u.test(w.text)) return false;
    const lower = foldCase(w.text);
    return lower.length > 4 && lower.endsWith(plural.ending) && !plural.notVerbs.has(lower) && !plural.notVerbEndings.some((e) => lower.endsWith(e));
  };
  // A plural subject ("Les forces…"): its adjectives end in "-ents", so a word in "-ent" is its verb.
  if (!plural.subjects.has(foldCase(words[0]?.text ?? ''))) return undefined;
  const verb = words.findIndex((w, i) => i > 0 && i <= MAX_SUBJECT_WORDS && isPlural(w));
  if (verb <= 0) return undefined;
  if (words.slice(0, verb).some((w) => rules.notInSubject.has(foldCase(w.text)) || /^n['’]/iu.test(w.text))) return undefined;
  if (hasKeptComma(text, deleted, (words[0] as Word).start, (words[verb] as Word).start) || rules.negations.has(foldCase(words[verb + 1]?.text ?? ''))) return undefined;
  const quoted = quotedSpans(text);
  let isInRelative = false;
  for (let k = verb + 1 + MIN_PHRASE_WORDS; k < words.length - MIN_PHRASE_WORDS; k++) {
    const word = words[k] as Word;
    const lower = foldCase(word.text);
    if (hasKeptComma(text, deleted, (words[k - 1] as Word).end, word.start)) isInRelative = false;
    if (rules.relatives.has(lower) || /^qu['’]/u.test(lower)) isInRelative = true;
    if (!rules.coordinators.has(lower) || isInRelative || quoted.some((q) => q.start <= word.start && word.start < q.end)) continue;
    const second = words[k + 1] as Word;
    if (isPlural(second) && !rules.negations.has(foldCase(words[k + 2]?.text ?? ''))) return { firstEnd: word.start, gap: { start: (words[verb] as Word).start, end: second.start } };
  }
  return undefined;
}

/** The index of the clause's first verb: an auxiliary, or (English) a past tense after a subject; undefined if none is clear. */
function firstVerb(words: readonly Word[], rules: Rules): number | undefined {
  for (let i = 1; i < Math.min(words.length, MAX_SUBJECT_WORDS + 1); i++) {
    const lower = foldCase((words[i] as Word).text);
    if (rules.coordinators.has(lower) && i === 1) return undefined;
    if (rules.auxiliaries.has(lower)) return i;
    // "The United States, Britain and Norway welcomed …": a past tense not right after a determiner ("the proposed deal"),
    // nor after "to" ("the strongest to hit the island"): there it is an infinitive.
    const previous = foldCase((words[i - 1] as Word).text);
    if (rules.pastIsFinite && isParticiple((words[i] as Word).text, rules) && !rules.determiners.has(previous) && previous !== 'to') return i;
  }
  return undefined;
}

/** Whether the word after a participle opens its object or complement ("lancé un appel", "rappelé que", "called on"). */
function opensObject(text: string, after: number, next: string, rules: Rules): boolean {
  // A quotation, a name or a number: "called on both parties \"to…\"", "said Seoul would…".
  if (/^\s*[«“"‘]/u.test(text.slice(after, after + 3)) || /^[\p{Lu}\p{Nd}]/u.test(next)) return true;
  const lower = foldCase(next);
  return elidedEntry(lower, rules.objectOpeners) !== undefined;
}

/** Whether a word as the sentence writes it is a past participle (lower case: "United" is a name). */
function isParticiple(word: string, rules: Rules): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const lower = foldCase(word);
  if (rules.irregularParticiples.has(lower)) return true;
  return lower.length > 3 && rules.participleEndings.some((e) => lower.endsWith(e));
}

/** Whether `text[from, to)` holds a comma outside `deleted`. */
function hasKeptComma(text: string, deleted: readonly Span[], from: number, to: number): boolean {
  for (let at = text.indexOf(',', from); at >= 0 && at < to; at = text.indexOf(',', at + 1)) {
    if (!deleted.some((d) => d.start <= at && at < d.end)) return true;
  }
  return false;
}

/** The words of `text` from `from` on that no span of `deleted` holds, with their positions. */
function keptWords(text: string, deleted: readonly Span[], from: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    if (deleted.some((d) => d.start <= start && start < d.end)) continue;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}
