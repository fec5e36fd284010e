// Direct quotations, verbatim, with their speaker when the sentence names one: the paired quotations
// (pair-quotes.ts) that are statements, not scare quotes, each with its speaker (find-speaker.ts).
import type { Quote } from '../analysis';
import { firstTokenAt } from '../tokenize';
import { findSpeaker } from './find-speaker';
import { findQuotes, type QuoteRange, type QuoteSentence, type RawQuote } from './pair-quotes';
import { quotedMask, type QuotedMask } from './quoted-mask';
import { isQuotedToken, isSpeechVerb, type SpeakerContext } from './speaker-context';

/** Quotations shorter than this many words are scare quotes or terms (« volontaire »), not statements... */
const MIN_WORDS = 3;
/** ...unless a verb of saying stands this near (in words) a shorter one: before it, after it. */
const SHORT_BEFORE = 8;
const SHORT_AFTER = 3;

/**
 * Whether a quotation is a statement: long enough, or short with a verb of saying that introduces it
 * ("told supporters that voters had "chosen change"") or follows it at once (« … », a déclaré);
 * otherwise it is a term in quotation marks.
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
  return false;
}

/** Every quotation of the article with its speaker when one is named (`found`: findQuotes' result, if known). */
export function extractQuotes(
  sentences: readonly QuoteSentence[],
  ctx: SpeakerContext,
  found: readonly RawQuote[] = findQuotes(sentences),
): { quotes: Quote[]; ranges: QuoteRange[] } {
  const mask = quotedMask(found.flatMap((q) => q.ranges));
  const raw = found.filter((q) => isStatement(q, ctx, mask));
  const quotes = raw.map((q): Quote => {
    const speaker = findSpeaker(q, ctx, mask);
    return speaker === undefined ? { text: q.text, sentence: q.ranges[0]!.sentence } : { text: q.text, speaker, sentence: q.ranges[0]!.sentence };
  });
  return { quotes, ranges: raw.flatMap((q) => q.ranges) };
}
