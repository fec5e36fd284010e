// The attribution a French quotation carries inside its own marks (« Nous sommes déçus, a réagi son
// avocat, Me X. Le tribunal… »): its words are the journalist's, so the speaker search reads them.
import { isSpaceCode } from '../char-class';
import { firstTokenAt } from '../tokenize';
import type { QuoteRange } from './pair-quotes';
import speakerWords from './speaker-words.json';
import { isSpeechVerb, type SpeakerContext } from './speaker-context';

/** Auxiliaries before the verb of an incise ("a réagi", "ont affirmé"). */
const AUXILIARIES: ReadonlySet<string> = new Set(speakerWords.inciseAuxiliaries);

/** Where the incise opening at token i of a sentence ends: the next comma after an inverted subject ("a-t-il dit,"), else the sentence's end. */
function inciseEnd(text: string, verbEnd: number, inverted: boolean, limit: number): number {
  const stop = inverted ? text.indexOf(',', verbEnd) : -1;
  if (stop >= 0 && stop < limit) return stop;
  const period = text.slice(verbEnd, limit).search(/[.;!?]/u);
  return period < 0 ? limit : verbEnd + period;
}

/** The incise of one quoted range, if any: a comma, then a verb of saying (maybe after an auxiliary). */
function inciseOf(ctx: SpeakerContext, r: QuoteRange): { start: number; end: number } | undefined {
  const tokens = ctx.tokensOf(r.sentence);
  const text = ctx.texts[r.sentence] ?? '';
  for (let i = firstTokenAt(tokens, r.start) + 1; i < tokens.length && tokens[i]!.end <= r.end; i++) {
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (!gap.includes(',')) continue;
    const verb = AUXILIARIES.has(tokens[i]!.key) ? i + 1 : i;
    const t = tokens[verb];
    if (t === undefined || t.end > r.end || !isSpeechVerb(t, ctx.lang) || t.key === 'selon') continue;
    let start = tokens[i - 1]!.end;
    while (start < tokens[i]!.start && !isSpaceCode(text.charCodeAt(start)) && text[start] !== ',') start++;
    return { start, end: inciseEnd(text, t.end, /-(?:il|elle|ils|elles)$/u.test(t.key), r.end) };
  }
  return undefined;
}

/** The quoted ranges with the incises cut out (French only: English closes its marks before "he said"). */
export function withoutIncises(ranges: readonly QuoteRange[], ctx: SpeakerContext): QuoteRange[] {
  if (ctx.lang !== 'fr') return [...ranges];
  const out: QuoteRange[] = [];
  for (const r of ranges) {
    const incise = inciseOf(ctx, r);
    if (incise === undefined) {
      out.push(r);
      continue;
    }
    if (incise.start > r.start) out.push({ sentence: r.sentence, start: r.start, end: incise.start });
    if (incise.end < r.end) out.push({ sentence: r.sentence, start: incise.end, end: r.end });
  }
  return out;
}
