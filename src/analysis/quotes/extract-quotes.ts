// Direct quotations, verbatim, with their speaker when the sentence names one: the paired quotations
// (pair-quotes.ts) that are statements, not scare quotes, each with its speaker (find-speaker.ts).
import type { Quote } from '../analysis';
import { firstTokenAt } from '../tokenize';
import { findSpeaker } from './find-speaker';
import { withoutIncises } from './incises';
import { findQuotes, type QuoteRange, type QuoteSentence, type RawQuote } from './pair-quotes';
import { quotedMask, type QuotedMask } from './quoted-mask';
import speakerWords from './speaker-words.json';
import { isQuotedToken, isSpeechVerb, roleAt, unquotedSpansBetween, type SpeakerContext } from './speaker-context';

/** Quotations shorter than this many words are scare quotes or terms (« volontaire »), not statements... */
const MIN_WORDS = 3;
/** ...unless a verb of saying stands this near (in words) a shorter one: before it (the clause that
 * introduces it: "urged both sides to return to the negotiating table "without preconditions""), after it. */
const SHORT_BEFORE = 12;
const SHORT_AFTER = 3;
/** Words that open a sentence naming whose view it gives: "Pour l'association X, le jugement « fera date »". */
const VIEW_OPENERS: ReadonlySet<string> = new Set(speakerWords.viewOpeners);
/** How many words the opener's name may run before its comma. */
const OPENER_WORDS = 10;

/**
 * Whether the sentence opens with whose view it gives, before the quotation: "Pour <a name or a role>," —
 * the quotation after the comma is that speaker's words.
 */
function opensWithView(ctx: SpeakerContext, mask: QuotedMask, sentence: number, quoteStart: number): boolean {
  const tokens = ctx.tokensOf(sentence);
  if (tokens.length === 0 || !VIEW_OPENERS.has(tokens[0]!.key)) return false;
  const text = ctx.texts[sentence] ?? '';
  const comma = text.indexOf(',', tokens[0]!.end);
  if (comma < 0 || comma > quoteStart) return false;
  const last = Math.min(firstTokenAt(tokens, comma), OPENER_WORDS + 1) - 1;
  if (last < 1) return false;
  const named = unquotedSpansBetween(ctx, mask, sentence, 1, last).some((sp) => ctx.entities[sp.entity]?.kind !== 'place');
  if (named) return true;
  for (let i = 1; i <= last; i++) if (roleAt(tokens, i, ctx.lang) !== undefined) return true;
  return false;
}

/**
 * Whether a quotation is a statement: long enough, or short with a verb of saying that introduces it
 * ("told supporters that voters had "chosen change"") or follows it at once (« … », a déclaré), or
 * the sentence opens with whose view it is ("Pour X, …"); otherwise it is a term in quotation marks.
 */
function isStatement(q: RawQuote, ctx: SpeakerContext, mask: QuotedMask): boolean {
  if (q.words >= MIN_WORDS) return true;
  const r = q.ranges[0]!;
  const tokens = ctx.tokensOf(r.sentence);
  const at = firstTokenAt(tokens, r.start);
  const after = firstTokenAt(tokens, r.end);
  const near = (i: number): boolean => !isQuotedToken(ctx, mask, r.sentence, i) && isSpeechVerb(tokens[i]!, ctx.lang);
  for (let i = Math.max(0, at - SHORT_BEFORE); i < at; i++) if (near(i)) return true;
  for (let i = after; i < Math.min(tokens.length, after + SHORT_AFTER); i++) if (near(i)) return true;
  return opensWithView(ctx, mask, r.sentence, r.start);
}

/** Every quotation of the article with its speaker when one is named (`found`: findQuotes' result, if known). */
export function extractQuotes(
  sentences: readonly QuoteSentence[],
  ctx: SpeakerContext,
  found: readonly RawQuote[] = findQuotes(sentences),
): { quotes: Quote[]; ranges: QuoteRange[] } {
  // An attribution inside the marks (« …, a réagi son avocat, Me X. … ») is no part of what is quoted.
  const mask = quotedMask(withoutIncises(found.flatMap((q) => q.ranges), ctx));
  const raw = found.filter((q) => isStatement(q, ctx, mask));
  const quotes = raw.map((q): Quote => {
    const speaker = findSpeaker(q, ctx, mask);
    return speaker === undefined ? { text: q.text, sentence: q.ranges[0]!.sentence } : { text: q.text, speaker, sentence: q.ranges[0]!.sentence };
  });
  return { quotes, ranges: raw.flatMap((q) => q.ranges) };
}
