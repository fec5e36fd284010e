// A bullet still too long is split at a clause boundary into bullets that each hold a complete clause.
import type { Lang } from '../article/article';
import lexicon from './bullet-lexicon.json';
import { bulletWordCount } from './bullet-words';
import { clauseDelimiters } from './clause-segments';
import { opensDangling } from './dangling';
import { keptText, keptWordCount, type Span } from './kept-text';
import { MAX_LABEL_WORDS } from './removable/fronted';
import { RULES as REMOVABLE_RULES } from './removable/rules';
import { foldCase, holdsVerb, startsWithAny } from './removable/text';
import { quotedSpans } from './quoted-spans';

/** One bullet made from a sentence, with the range of the sentence it comes from. */
export interface BulletPart {
  /** The bullet text: the sentence's words in order, some deleted. */
  readonly text: string;
  /** Where its range of the sentence starts. */
  readonly start: number;
  /** Where its range ends. */
  readonly end: number;
}

const MIN_PART_WORDS = 5;
const MAX_DEPTH = 2;
const MAX_TRIES = 40;
const SPLIT_AT = new Set(['semicolon', 'colon', 'comma', 'dash']);
const OPENING = /^[«“"‘(]*(\S+)/u;

const MIN_UNPUNCTUATED_PART_WORDS = 8;
const AUXILIARY_REACH = 6;
const MAX_NAME_WORDS = 5;
const BARE_COORDINATORS: Readonly<Record<Lang, readonly string[]>> = { fr: ['et', 'mais'], en: ['and', 'but'] };

function rulesOf(lang: Lang) {
  const l = lexicon[lang];
  const lower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase());
  return {
    coordinators: lower(l.splitCoordinators),
    subjects: lower(l.subjectOpeners),
    verbs: new Set(lower(l.verbStarts)),
    prepositions: new Set(lower(l.frontedAdjuncts)),
  };
}

const RULES = { fr: rulesOf('fr'), en: rulesOf('en') } as const;

/**
 * The bullets of `text[from, to)` without `deleted`: one when it has at most `target` words, else
 * split where a semicolon or colon, or a comma or dash then a coordinator ("et", "but", "while"),
 * opens a clause with its own subject; the most even split, each side at least five words, the
 * coordinator left out. Never a cut inside a clause.
 */
export function splitClauses(text: string, deleted: readonly Span[], lang: Lang, target: number, from = 0, to = text.length, depth = 0): BulletPart[] {
  const whole = keptText(text, deleted, from, to);
  const words = bulletWordCount(whole);
  if (words <= target || depth >= MAX_DEPTH) return [{ text: whole, start: from, end: to }];
  let best: { at: number; rest: number; score: number } | undefined;
  let tries = 0;
  const consider = (at: number, rest: number | undefined, minWords: number): void => {
    if (rest === undefined || rest >= to || isInside(at, deleted) || isInside(rest, deleted)) return;
    tries++;
    const head = keptWordCount(text, deleted, bulletWordCount, from, at);
    const tail = keptWordCount(text, deleted, bulletWordCount, rest, to);
    if (head < minWords || tail < minWords) return;
    const score = Math.max(head, tail);
    if (best === undefined || score < best.score) best = { at, rest, score };
  };
  let previous: number | undefined;
  for (const d of clauseDelimiters(text, from)) {
    if (d.start >= to || tries >= MAX_TRIES) break;
    // "Le chef de l’armée, Abdel Fattah Al-Bourhane, et le patron des FSR étaient…": after a name between commas, the subject goes on.
    const isAfterName = previous !== undefined && /^\s*\p{Lu}/u.test(text.slice(previous, d.start)) && bulletWordCount(text.slice(previous, d.start)) <= MAX_NAME_WORDS;
    const isAfterLabel = d.kind === 'colon' && bulletWordCount(keptText(text, deleted, from, d.start)) <= MAX_LABEL_WORDS;
    if (SPLIT_AT.has(d.kind) && !isAfterName && !isAfterLabel) consider(d.start, clauseStart(text, d.end, d.kind === 'semicolon' || d.kind === 'colon', lang, deleted), MIN_PART_WORDS);
    previous = d.kind === 'comma' ? d.end : undefined;
  }
  // "… from Korea Aerospace Industries and the two navies will hold …": in English, a coordinator without a
  // comma, then a subject and an auxiliary. French coordinates noun phrases this way too often ("des tirs et des explosions").
  if (best === undefined && lang === 'en') {
    const lower = foldCase(text.slice(from, to));
    // The quotations are found only once a coordinator is.
    let quoted: Span[] | undefined;
    for (const c of BARE_COORDINATORS[lang]) {
      for (let at = lower.indexOf(` ${c} `); at >= 0 && tries < MAX_TRIES; at = lower.indexOf(` ${c} `, at + 1)) {
        const start = from + at;
        quoted ??= quotedSpans(text, from, to);
        if (quoted.some((q) => q.start <= start && start < q.end)) continue;
        const rest = start + c.length + 2;
        if (isInRelativeClause(text, from, start, lang) || NAME_THEN_COMMA.test(text.slice(rest, rest + 40))) continue;
        if (opensOnSubject(text.slice(rest, rest + 40), lang, true) && hasAuxiliarySoon(text.slice(rest, rest + 80))) consider(start, rest, MIN_UNPUNCTUATED_PART_WORDS);
      }
    }
  }
  if (best === undefined) return [{ text: whole, start: from, end: to }];
  return [
    ...splitClauses(text, deleted, lang, target, from, best.at, depth + 1),
    ...splitClauses(text, deleted, lang, target, best.rest, to, depth + 1),
  ];
}

/** Where a clause with its own subject starts after a delimiter (past a coordinator), or undefined. */
function clauseStart(text: string, after: number, isOpenBoundary: boolean, lang: Lang, deleted: readonly Span[]): number | undefined {
  let at = after;
  while (/\s/u.test(text[at] ?? '')) at++;
  // ": le ministre a fait savoir que le gouvernement…" with its attribution deleted: the clause opens where the kept text does.
  for (let span = deleted.find((s) => s.start <= at && at < s.end); span !== undefined; span = deleted.find((s) => s.start <= at && at < s.end)) {
    at = span.end;
    while (/\s/u.test(text[at] ?? '')) at++;
  }
  const lower = foldCase(text.slice(at, at + 40));
  const coordinator = RULES[lang].coordinators.find((c) => startsWithAny(lower, [c]));
  if (coordinator !== undefined) {
    at += coordinator.length;
    while (/\s/u.test(text[at] ?? '')) at++;
  } else if (!isOpenBoundary) return undefined;
  if (opensOnSubject(text.slice(at, at + 40), lang) || (lang === 'en' && coordinator !== undefined && opensOnBareNoun(text.slice(at, at + 40)))) return at;
  return isOpenBoundary && coordinator === undefined ? afterFrontedAdjunct(text, at, lang) : undefined;
}

/** A fronted adjunct after a colon or semicolon is at most this many words. */
const MAX_FRONTED_AFTER_COLON_WORDS = 20;

/**
 * ": de l'entrée dans l'atmosphère jusqu'au contact avec la roche, tout avait été pré-programmé": where the clause after
 * a colon starts when a phrase without a verb comes first and a comma and a subject follow it; undefined otherwise.
 */
function afterFrontedAdjunct(text: string, at: number, lang: Lang): number | undefined {
  const comma = text.indexOf(',', at);
  if (comma < 0) return undefined;
  const adjunct = text.slice(at, comma);
  if (bulletWordCount(adjunct) > MAX_FRONTED_AFTER_COLON_WORDS || holdsVerb(adjunct, REMOVABLE_RULES[lang]) || /[«»“”"]/u.test(adjunct)) return undefined;
  let start = comma + 1;
  while (/\s/u.test(text[start] ?? '')) start++;
  return opensOnSubject(text.slice(start, start + 40), lang) ? start : undefined;
}

/** "… in Germany and France, said…": a name and a comma after the coordinator close a list, not open a clause. */
const NAME_THEN_COMMA = /^(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*,/u;
/** Whether `at` lies in a relative clause that a comma opened since `from` and no comma has closed yet (", which employs about 12,000 people in Germany and…"). */
function isInRelativeClause(text: string, from: number, at: number, lang: Lang): boolean {
  const comma = text.lastIndexOf(',', at);
  if (comma < from || at - comma > RELATIVE_REACH) return false;
  return startsWithAny(foldCase(text.slice(comma + 1, at).trimStart()), REMOVABLE_RULES[lang].relatives);
}

const RELATIVE_REACH = 200;

/** Whether one of the first few words is an auxiliary or reporting verb ("the two navies will hold"). */
function hasAuxiliarySoon(text: string): boolean {
  const first = foldCase(text).split(/\s+/u).slice(1, AUXILIARY_REACH);
  return first.some((w) => RULES.en.verbs.has(w));
}

/** English clauses may open on a bare noun ("revenue rose 3%"): a lower-case word that is no verb, preposition or pronoun. */
export function opensOnBareNoun(text: string): boolean {
  const first = /^[\p{Ll}]+/u.exec(text)?.[0];
  if (first === undefined || opensDangling(text, 'en')) return false;
  // "…, and inflation to average 3.4%": a noun then "to" is the object of a verb before it, not a clause's subject.
  if (/^\S+\s+(?:to|of)\s/u.test(text)) return false;
  const rules = RULES.en;
  return !rules.verbs.has(first) && !rules.prepositions.has(first) && !/(?:ed|ing|ly)$/u.test(first);
}


/** Whether `text` opens on what can be a clause's subject: a name, a determiner, a number or a quotation, not a pronoun. */
export function opensOnSubject(text: string, lang: Lang, isStrict = false): boolean {
  if (opensDangling(text, lang) || opensOnObjectPronoun(text, lang)) return false;
  if (/^[«“"]/u.test(text)) return !isStrict;
  const first = OPENING.exec(text)?.[1] ?? '';
  if (/^[\p{Lu}\p{Nd}]/u.test(first)) return true;
  return startsWithAny(foldCase(text.replace(/^[«“"‘(]+/u, '')), RULES[lang].subjects);
}

/** "l'a condamné", "les a reçus", "leur a demandé": an object pronoun before an auxiliary, not a determiner before a noun. */
const OBJECT_PRONOUN = /^(?:l['’]|les\s+|le\s+|la\s+|leur\s+)([\p{L}]+)/iu;

function opensOnObjectPronoun(text: string, lang: Lang): boolean {
  if (lang !== 'fr') return false;
  const next = OBJECT_PRONOUN.exec(text)?.[1];
  return next !== undefined && REMOVABLE_RULES.fr.auxiliaries.has(foldCase(next));
}

function isInside(at: number, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= at && at < s.end);
}
