// Turns an article sentence into bullets by deletion only: removable parts taken out, a long rest split at a clause.
import type { Lang } from '../article/article';
import { withoutDateline } from '../article/parse-article';
import { BULLET_HARD_LIMIT_WORDS, bulletWordCount } from './bullet-words';

export { BULLET_HARD_LIMIT_WORDS } from './bullet-words';
import { opensOnBareNoun, splitClauses, opensOnSubject, type BulletPart } from './clause-split';
import { coordinatedComplementSplit } from './complement-split';
import { sharedSubjectSplit } from './shared-subject-split';
import { opensDangling } from './dangling';
import { keptText, keptWordCount, type Span } from './kept-text';
import type { RemovablePart } from './removable/part';
import { removableParts } from './removable/removable-parts';
import { timelineDateSpan } from './removable/dates';
import { GERUND } from './removable/trailing';

export type { BulletPart } from './clause-split';

/** A bullet longer than this many words has its optional parts deleted, then is split. */
export const BULLET_TARGET_WORDS = 20;
/** Only this many characters of a sentence are read: an enormous "sentence" must stay linear. */
const WINDOW_CHARS = 3000;
const MIN_WORDS = 3;
/** A closing gerund ("…, en réclamant un embargo") goes only if the bullet keeps this many words: "Le Parlement européen a embrayé" says nothing alone. */
const MIN_WORDS_AFTER_GERUND = 8;
const GERUND_REACH = 40;
/** An optional part of more than 2/5 of a bullet within the hard limit is its point, not a detail. */
const LARGE_PART_NUMERATOR = 2;
const LARGE_PART_DENOMINATOR = 5;
const SUBJECT_REACH = 200;
const DATELINE_REACH = 80;
/** A live report's time stamp, then a spaced dash: "17h20 – ", "9:05 - ". */
const TIME_DATELINE = /^\d{1,2}(?:\s?h\s?\d{2}|:\d{2})\s[—–-]\s+/u;
/** A place in capitals ("DAKAR", "LE HAVRE"), then a country in parentheses and a date, then a spaced dash. */
const CAPITALISED_DATELINE = /^(?:\p{Lu}{3,}|\p{Lu}{2}(?=[ -]\p{Lu}{2}))(?:[ -]\p{Lu}{2,})*(?:\s\([^)\n]{1,20}\))?(?:,[^—–\n]{1,40}?)?\s[—–-]\s+/u;

/** The bullets made from one sentence. */
export interface ShortBullet {
  /** One bullet, or a few when the sentence was split at clause boundaries. */
  readonly parts: readonly BulletPart[];
  /** Whether anything of the sentence was left out. */
  readonly isTrimmed: boolean;
}

/** What the caller knows of the sentence. */
export interface ShortenOptions {
  /** Date expressions of the sentence the timeline shows: a fronted one may go. */
  readonly dates?: readonly string[];
  /** Phrases that must stay (the figures): a part holding one is never deleted. */
  readonly keep?: readonly string[];
  /** Places the sentence names (the actors slide lists them): "à Bruxelles", "in Geneva" may go from a long bullet. */
  readonly places?: readonly string[];
  /** A phrase to take out as well (the date of a timeline bullet), with a date preposition before it. */
  readonly drop?: string;
  /** The word count above which optional parts go and the rest is split. */
  readonly target?: number;
  /** Whether a clause holding a figure may go from a bullet over the hard limit (not on the figures slide). */
  readonly mayDropFigures?: boolean;
}


/**
 * The bullets of `sentence`: its words in order, unchanged, with removable parts deleted — always a
 * dateline, attribution, parentheses and connectives; while longer than the target, relative
 * clauses, appositives, asides and fronted adjuncts, then trailing adjuncts. A deletion that would
 * leave the bullet opening on a pronoun or without a subject is refused. Still too long, two verb
 * phrases of one subject become two bullets, and the rest is split at a clause boundary. Never an ellipsis.
 */
export function shortenSentence(sentence: string, lang: Lang, options: ShortenOptions = {}): ShortBullet {
  const text = sentence.length > WINDOW_CHARS ? sentence.slice(0, sentence.lastIndexOf(' ', WINDOW_CHARS) + 1 || WINDOW_CHARS) : sentence;
  const body = withoutDateline(text);
  const bodyStart = body !== text && text.endsWith(body) ? text.length - body.length : capitalisedDatelineEnd(text);
  const all = removableParts(text, lang, { bodyStart, dates: options.dates ?? [], keep: options.keep ?? [], places: options.places ?? [] });
  const candidates = options.mayDropFigures === false ? all.filter((p) => p.tier !== 3) : all;
  if (options.drop !== undefined) candidates.unshift(...timelineDateSpan(text, options.drop, bodyStart, lang));
  const target = options.target ?? BULLET_TARGET_WORDS;

  // Tiers 0 and 1 on the whole sentence, then a split between two verb phrases of one subject or at a clause
  // boundary, then tiers 2 and 3 within each part still long, a split again, and tier 4 in a part still over the hard limit.
  const state = { deleted: [] as Span[] };
  applyTiers(text, candidates, [0, 1], 0, text.length, target, state, lang);
  const parts: BulletPart[] = [];
  // Two verb phrases of one subject become two bullets before any optional part of theirs goes: both statements stay.
  for (const piece of sharedSubjectPieces(text, state.deleted, lang, target, bodyStart)) {
    const pieceState = { deleted: piece.deleted };
    // The second verb phrase opens where its gap ends: no deletion may reach across that point.
    const gap = piece.gap;
    const pieceCandidates = gap === undefined ? candidates : candidates.filter((c) => !(c.start < gap.end && c.end > gap.end));
    // The first bullet says where and when; the second goes straight to its subject ("A Kiev, le ministère…" → "Le ministère…").
    if (gap !== undefined) dropOpenings(text, pieceCandidates, gap.start, pieceState, lang);
    for (const part of splitClauses(text, pieceState.deleted, lang, target, 0, piece.end)) {
      if (bulletWordCount(part.text) <= target) {
        parts.push(part);
        continue;
      }
      applyTiers(text, pieceCandidates, [2, 3], part.start, part.end, target, pieceState, lang);
      for (const sub of splitClauses(text, pieceState.deleted, lang, target, part.start, part.end, 1)) {
        if (bulletWordCount(sub.text) <= BULLET_HARD_LIMIT_WORDS) {
          parts.push(sub);
          continue;
        }
        // Still over the hard limit: a closing stretch after a comma goes (the notes keep it).
        applyTiers(text, pieceCandidates, [4], sub.start, sub.end, target, pieceState, lang);
        parts.push({ ...sub, text: keptText(text, pieceState.deleted, sub.start, sub.end) });
      }
    }
  }
  return { parts, isTrimmed: parts.length > 1 || parts[0]?.text !== sentence };
}

/** The sentence as one piece, or as two when a long one has two verb phrases of one subject, or two complements of one verb (each its own deletions). */
function sharedSubjectPieces(text: string, deleted: Span[], lang: Lang, target: number, from: number): { end: number; deleted: Span[]; gap?: Span }[] {
  const whole = [{ end: text.length, deleted }];
  if (keptWordCount(text, deleted, bulletWordCount, 0, text.length) <= target) return whole;
  const split = sharedSubjectSplit(text, deleted, lang, from) ?? coordinatedComplementSplit(text, deleted, lang, from);
  if (split === undefined) return whole;
  const first = { end: split.firstEnd, deleted: [...deleted] };
  const second = { end: text.length, deleted: withSpan(deleted, split.gap), gap: split.gap };
  const isLongEnough = (p: { end: number; deleted: Span[] }): boolean => keptWordCount(text, p.deleted, bulletWordCount, 0, p.end) >= MIN_SPLIT_WORDS;
  return isLongEnough(first) && isLongEnough(second) ? [first, second] : whole;
}

const MIN_SPLIT_WORDS = 6;

/**
 * Applies the candidates of `tiers` that lie within [from, to), in order, while the text there is longer than its tier's limit.
 * Each try counts the words left and reads only the opening of the text left (what the checks need), never the whole text.
 */
function applyTiers(
  text: string,
  candidates: readonly RemovablePart[],
  tiers: readonly RemovablePart['tier'][],
  from: number,
  to: number,
  target: number,
  state: { deleted: Span[] },
  lang: Lang,
): void {
  let words = keptWordCount(text, state.deleted, bulletWordCount, from, to);
  let opening = keptOpening(text, state.deleted, from, to);
  for (const tier of tiers) {
    const limit = tier >= 3 ? BULLET_HARD_LIMIT_WORDS : target;
    for (const part of inTryingOrder(candidates, tier)) {
      if (part.start < from || part.end > to) continue;
      if (tier > 0 && words <= limit) break;
      const next = withSpan(state.deleted, part);
      const nextWords = keptWordCount(text, next, bulletWordCount, from, to);
      if (nextWords < MIN_WORDS || (tier === 2 && nextWords < MIN_WORDS_AFTER_GERUND && GERUND[lang].test(text.slice(part.start, part.start + GERUND_REACH)))) continue;
      // A bullet within the hard limit keeps a closing phrase that is a large share of it: its point ("pour éviter…").
      if (part.kind === 'phrase' && words <= BULLET_HARD_LIMIT_WORDS && (words - nextWords) * LARGE_PART_DENOMINATOR > words * LARGE_PART_NUMERATOR) continue;
      const nextOpening = keptOpening(text, next, from, to);
      // A dateline is the wire's furniture, not the sentence's: it goes even when the sentence opens on a subordinate ("When…").
      if (part.kind !== 'dateline' && !isAcceptable(text, nextOpening, opening, part, next, lang)) continue;
      state.deleted = next;
      words = nextWords;
      opening = nextOpening;
    }
  }
}

/** Deletes the fronted parts before `before` that leave a subject, from the last to the first. */
function dropOpenings(text: string, candidates: readonly RemovablePart[], before: number, state: { deleted: Span[] }, lang: Lang): void {
  const openings = candidates.filter((c) => c.opensSentence && c.tier <= 2 && c.end <= before).sort((a, b) => b.start - a.start);
  for (const part of openings) {
    const next = withSpan(state.deleted, part);
    const opening = keptOpening(text, state.deleted, 0, text.length);
    if (isAcceptable(text, keptOpening(text, next, 0, text.length), opening, part, next, lang)) state.deleted = next;
  }
}

/** `spans` (sorted by start) with `span` inserted in order. */
function withSpan(spans: readonly Span[], span: Span): Span[] {
  let at = spans.length;
  while (at > 0 && (spans[at - 1] as Span).start > span.start) at--;
  return [...spans.slice(0, at), span, ...spans.slice(at)];
}

/** How many characters of the sentence are read for the opening of what is left: more than its first two words. */
const OPENING_CHARS = 48;

/** The opening of `keptText(text, deleted, from, to)`: the same first words, built from its first `OPENING_CHARS` kept characters. */
function keptOpening(text: string, deleted: readonly Span[], from: number, to: number): string {
  const cut = keptPosition(deleted, from, to, OPENING_CHARS);
  if (cut >= to) return keptText(text, deleted, from, to);
  const head = keptText(text, deleted, from, cut);
  // A stretch of marks and spaces would hide the first word: then the whole text is read.
  return head.length >= OPENING_CHARS / 2 ? head : keptText(text, deleted, from, to);
}

/** Where in [from, to) the `count`-th character outside `deleted` (sorted) lies, or `to`. */
function keptPosition(deleted: readonly Span[], from: number, to: number, count: number): number {
  let at = from;
  let kept = 0;
  for (const span of deleted) {
    if (span.end <= at || span.start >= to) continue;
    const piece = Math.max(0, span.start - at);
    if (kept + piece >= count) return at + (count - kept);
    kept += piece;
    at = Math.max(at, span.end);
  }
  return kept + (to - at) >= count ? at + (count - kept) : to;
}

/** "DAKAR, 18 juin — Le conseil…", "17h20 – Le ministre…": where the text after a capitalised place or a time and a dash starts, else 0. */
function capitalisedDatelineEnd(text: string): number {
  const m = CAPITALISED_DATELINE.exec(text.slice(0, DATELINE_REACH)) ?? TIME_DATELINE.exec(text.slice(0, DATELINE_REACH));
  return m === null ? 0 : m[0].length;
}

/**
 * The candidates of a tier in the order they are tried: parts inside the sentence first, in order,
 * then its openings from the last to the first ("In 2004, according to forecasts, China's…": the
 * attribution goes before the date, so that what follows the date is the subject); parts holding a figure shortest first.
 */
function inTryingOrder(candidates: readonly RemovablePart[], tier: RemovablePart['tier']): RemovablePart[] {
  const inner = candidates.filter((p) => p.tier === tier && !p.opensSentence);
  // Parts that hold a figure go shortest first: as few figures as possible leave the bullet.
  if (tier === 3) inner.sort((a, b) => a.end - a.start - (b.end - b.start));
  const openings = candidates.filter((p) => p.tier === tier && p.opensSentence).sort((a, b) => b.start - a.start);
  return [...inner, ...openings];
}

/** A deletion (of at least a few words left) that does not newly open on a pronoun, with a subject after a removed opening. */
function isAcceptable(text: string, candidate: string, current: string, part: RemovablePart, deleted: readonly Span[], lang: Lang): boolean {
  if (opensDangling(candidate, lang) && !opensDangling(current, lang)) return false;
  if (!part.opensSentence) return true;
  const rest = keptText(text, deleted, part.end, Math.min(text.length, part.end + SUBJECT_REACH));
  // After a connective or an attribution the clause goes on ("But retail sales…"); after a fronted phrase it may be an appositive.
  const kept = part.kind === 'fronted' || part.kind === 'subordinate' ? inSourceCase(text, deleted, part.end, rest) : rest;
  // "Under the terms of the deal, shareholders will receive…": an English clause may open on a bare plural noun.
  return opensOnSubject(kept, lang) || (lang === 'en' && part.kind === 'fronted' && opensOnBareNoun(inSourceCase(text, deleted, part.end, rest)));
}

/**
 * `kept` (the text left from `from` on) with its first letter as the sentence writes it: the kept text
 * upper-cases it, and "Ce nouvel accord, conclu au titre…, intervient" must not read "Conclu" as a name.
 */
function inSourceCase(text: string, deleted: readonly Span[], from: number, kept: string): string {
  let at = from;
  for (const span of deleted) if (span.start <= at && at < span.end) at = span.end;
  while (at < text.length && !/[\p{L}\p{N}]/u.test(text[at] as string)) at++;
  const source = text[at];
  const first = kept.search(/[\p{L}\p{N}]/u);
  if (source === undefined || first < 0 || kept[first] === source || kept[first] !== source.toUpperCase()) return kept;
  return kept.slice(0, first) + source + kept.slice(first + 1);
}
