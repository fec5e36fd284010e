// Who said a quotation: a named person near a verb of saying, a pronoun or a role ("a déclaré le
// président"), else, with no verb at all, a role or the first person the sentence names.
import type { EntitySpan } from '../entities/entity-scanner';
import { GAZETTEER } from '../gazetteer';
import { firstTokenAt, type Token } from '../tokenize';
import type { RawQuote } from './pair-quotes';
import type { QuotedMask } from './quoted-mask';
import speakerWords from './speaker-words.json';
import { isQuotedToken, isSpeechVerb, lastPerson, roleAt, unquotedSpansBetween, type SpeakerContext } from './speaker-context';

// Verbs whose speaker follows them even when the quotation comes later: "selon Maduro", "according to".
const SPEAKER_FIRST: ReadonlySet<string> = new Set(speakerWords.speakerFirst);
/** Words that open what was said after a verb ("assure que les FSR…"): a name after them is not the speaker. */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(speakerWords.complementOpeners);
/** Pronouns after a verb whose speaker follows it ("selon lui", "according to her"): the person named before. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(speakerWords.objectPronouns);
/** Determiners between a verb of saying and a role ("a déclaré le président"). */
const DETERMINERS: ReadonlySet<string> = new Set(speakerWords.titleDeterminers);
/** How far (in words) around a quotation its speaker is looked for; keeps the search linear. */
const WINDOW = 40;

/** What the verbs of saying around a quotation point to, gathered over its first and last sentence. */
interface VerbClues {
  /** The name nearest a verb (its distance weighs non-persons more). */
  best: { entity: number; distance: number } | undefined;
  /** The person last called by the role after a verb ("a déclaré le président"). */
  byRole: number | undefined;
  /** The person a pronoun by a verb stands for ("he said"). */
  byPronoun: number | undefined;
  /** Whether any verb of saying stands near. */
  sawVerb: boolean;
}

/** One sentence of a quotation as the verb search reads it. */
interface VerbWindow {
  readonly s: number;
  readonly tokens: readonly Token[];
  readonly text: string;
  /** Where the quotation's words start and end in this sentence. */
  readonly quoteStart: number;
  readonly quoteEnd: number;
  /** The quotation's first token in this sentence (0 in its last sentence). */
  readonly quoteTokenStart: number;
  /** The names near it, outside quotations. */
  readonly spans: readonly EntitySpan[];
}

/** The names near verb token ti: the nearest, weighted, becomes `best`. */
function nearestName(ctx: SpeakerContext, win: VerbWindow, ti: number, clues: VerbClues): void {
  const t = win.tokens[ti]!;
  const quoteBefore = win.quoteEnd <= t.start;
  const introduced = win.quoteStart > t.end && /[:,]\s*$/u.test(win.text.slice(0, win.quoteStart).replace(/[«“"]\s*$/u, ''));
  const complement = COMPLEMENT_OPENERS.has(win.tokens[ti + 1]?.key ?? '');
  // A verb inside the quotation's marks but not quoted is an incise: its subject follows it.
  const incise = t.start > win.quoteStart && t.end < win.quoteEnd;
  for (const sp of win.spans) {
    const kind = ctx.entities[sp.entity]?.kind;
    if (kind === 'place') continue;
    const after = sp.first > ti;
    if (after && ((!quoteBefore && !introduced && !incise && !SPEAKER_FIRST.has(t.key)) || complement)) continue;
    const distance = after ? sp.first - ti : ti - sp.last;
    if (distance < 0 || distance > 12) continue;
    const weight = distance + (kind === 'person' ? 0 : 6);
    if (clues.best === undefined || weight < clues.best.distance) clues.best = { entity: sp.entity, distance: weight };
  }
}

/** "a déclaré le président" with no name after it: the person last called so. */
function roleAfterVerb(ctx: SpeakerContext, mask: QuotedMask, win: VerbWindow, ti: number, clues: VerbClues): void {
  const { tokens } = win;
  let k = ti + 1;
  while (k < tokens.length && DETERMINERS.has(tokens[k]!.key)) k++;
  const role = k < tokens.length ? roleAt(tokens, k, ctx.lang) : undefined;
  if (role === undefined || clues.byRole !== undefined) return;
  const roleEnd = tokens[k]!.end;
  // The role names someone when a person follows closely ("le président français Emmanuel Macron") or
  // in apposition ("le porte-parole de l'armée, le général Nabil Abdallah").
  const named = win.spans.some((sp) => {
    if (sp.first <= k || ctx.entities[sp.entity]?.kind !== 'person') return false;
    const distance = sp.first - k;
    return distance <= 3 || (distance <= 7 && win.text.slice(roleEnd, sp.start).includes(','));
  });
  if (!named) clues.byRole = lastPerson(ctx, mask, win.s, win.quoteTokenStart, role) ?? lastPerson(ctx, mask, win.s, win.quoteTokenStart);
}

/** "selon lui", "according to her": a pronoun stands for the speaker right after the verb (or its "to"). */
function objectPronounAfter(tokens: readonly Token[], ti: number): boolean {
  const next = tokens[ti + 1]?.key === 'to' ? tokens[ti + 2] : tokens[ti + 1];
  return next !== undefined && OBJECT_PRONOUNS.has(next.key);
}

/** Reads the verbs of saying around the quotation in sentence s. */
function readVerbs(quote: RawQuote, ctx: SpeakerContext, mask: QuotedMask, s: number, firstToken: number, clues: VerbClues): void {
  const first = quote.ranges[0]!;
  const lastRange = quote.ranges[quote.ranges.length - 1]!;
  const tokens = ctx.tokensOf(s);
  const text = ctx.texts[s] ?? '';
  const quoteStart = s === first.sentence ? first.start : 0;
  const quoteEnd = s === lastRange.sentence ? lastRange.end : text.length;
  const qFirst = firstTokenAt(tokens, quoteStart);
  const qEnd = firstTokenAt(tokens, quoteEnd);
  const lo = Math.max(0, qFirst - WINDOW);
  // A quotation that ends its own sentence ("… considerably." CBI chief economist X said) is not
  // attributed by what follows it.
  const endsSentence = s === lastRange.sentence && /[.!?…]$/u.test(quote.text) && quoteEnd < text.length - 2;
  const hi = endsSentence ? qFirst - 1 : Math.min(tokens.length - 1, qEnd + WINDOW);
  const spans = unquotedSpansBetween(ctx, mask, s, lo - 12, hi + 12);
  const win: VerbWindow = { s, tokens, text, quoteStart, quoteEnd, quoteTokenStart: s === first.sentence ? firstToken : 0, spans };
  const pronouns = GAZETTEER.pronouns[ctx.lang];
  for (let ti = lo; ti <= hi; ti++) {
    const t = tokens[ti]!;
    if (isQuotedToken(ctx, mask, s, ti) || !isSpeechVerb(t, ctx.lang)) continue;
    clues.sawVerb = true;
    // "a-t-il déclaré", "he said", "said he": the last person named before.
    const pronounNear =
      /-(?:il|elle)$/u.test(t.key) ||
      [ti - 1, ti + 1].some((n) => tokens[n] !== undefined && pronouns.has(tokens[n]!.key) && !isQuotedToken(ctx, mask, s, n)) ||
      (SPEAKER_FIRST.has(t.key) && objectPronounAfter(tokens, ti));
    if (pronounNear && clues.byPronoun === undefined) clues.byPronoun = lastPerson(ctx, mask, s, win.quoteTokenStart);
    nearestName(ctx, win, ti, clues);
    roleAfterVerb(ctx, mask, win, ti, clues);
  }
}

/**
 * No verb of saying: a role before the quotation ("Pour le président du Conseil européen, il est « … »"),
 * else the first person the sentence names outside quotations.
 */
function speakerWithoutVerb(quote: RawQuote, ctx: SpeakerContext, mask: QuotedMask, firstToken: number): number | undefined {
  const s = quote.ranges[0]!.sentence;
  const tokens = ctx.tokensOf(s);
  const selfContained = /[.!?…]$/u.test(quote.text);
  const spans = unquotedSpansBetween(ctx, mask, s, Math.max(0, firstToken - WINDOW), selfContained ? firstToken : firstToken + WINDOW);
  for (let ti = Math.max(0, firstToken - WINDOW); ti < firstToken; ti++) {
    if (isQuotedToken(ctx, mask, s, ti)) continue;
    const role = roleAt(tokens, ti, ctx.lang);
    if (role === undefined) continue;
    const named = spans.some((sp) => sp.first > ti && sp.first - ti <= 4 && ctx.entities[sp.entity]?.kind === 'person');
    if (named) break;
    const person = lastPerson(ctx, mask, s, firstToken, role);
    if (person !== undefined) return person;
  }
  return spans.find((sp) => ctx.entities[sp.entity]?.kind === 'person')?.entity;
}

/** The name of who said a quotation, when the article names them. */
export function findSpeaker(quote: RawQuote, ctx: SpeakerContext, mask: QuotedMask): string | undefined {
  const first = quote.ranges[0]!;
  const lastRange = quote.ranges[quote.ranges.length - 1]!;
  const sentences = first.sentence === lastRange.sentence ? [first.sentence] : [first.sentence, lastRange.sentence];
  const firstToken = firstTokenAt(ctx.tokensOf(first.sentence), first.start);
  const clues: VerbClues = { best: undefined, byRole: undefined, byPronoun: undefined, sawVerb: false };
  for (const s of sentences) readVerbs(quote, ctx, mask, s, firstToken, clues);
  const { best } = clues;
  if (best !== undefined && best.distance <= 6) return ctx.entities[best.entity]?.name;
  const resolved = clues.byPronoun ?? clues.byRole ?? best?.entity;
  if (resolved !== undefined) return ctx.entities[resolved]?.name;
  if (clues.sawVerb) return undefined;
  const person = speakerWithoutVerb(quote, ctx, mask, firstToken);
  return person === undefined ? undefined : ctx.entities[person]?.name;
}
