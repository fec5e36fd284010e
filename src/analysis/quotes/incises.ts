// The attribution a French quotation carries inside its own marks (« Nous sommes déçus, a réagi son
// avocat, Me X. Le tribunal… »): its words are the journalist's, so the speaker search reads them.
import { fold } from '../../text/fold';
import type { QuoteRange } from './pair-quotes';
import speakerWords from './speaker-words.json';
import { isSpeechVerb, type SpeakerContext } from './speaker-context';

/** Where an incise ends: the next comma after an inverted subject ("a-t-il dit,"), else the sentence's end. */
function inciseEnd(text: string, verbEnd: number, inverted: boolean, limit: number): number {
  const stop = inverted ? text.indexOf(',', verbEnd) : -1;
  if (stop >= 0 && stop < limit) return stop;
  const period = text.slice(verbEnd, limit).search(/[.;!?]/u);
  return period < 0 ? limit : verbEnd + period;
}

/** A comma, maybe an auxiliary, then a word: where an incise may open (read on the text: no tokens needed). */
const INCISE_OPENING = new RegExp(`,\\s+(?:(?:${speakerWords.inciseAuxiliaries.join('|')})\\s+)?([\\p{L}][\\p{L}\\p{M}-]*)`, 'gu');

/** The incise of one quoted range, if any: a comma, then a verb of saying ("a réagi", "a-t-il ajouté", "dit-elle"). */
function inciseOf(ctx: SpeakerContext, r: QuoteRange): { start: number; end: number } | undefined {
  const text = ctx.texts[r.sentence] ?? '';
  const quoted = text.slice(r.start, r.end);
  INCISE_OPENING.lastIndex = 0;
  for (let m = INCISE_OPENING.exec(quoted); m !== null; m = INCISE_OPENING.exec(quoted)) {
    const word = m[1]!;
    const key = fold(word);
    if (key === 'selon' || !isSpeechVerb({ text: word, start: 0, end: word.length, key }, ctx.lang)) continue;
    const verbEnd = r.start + m.index + m[0].length;
    return { start: r.start + m.index, end: inciseEnd(text, verbEnd, /-(?:il|elle|ils|elles)$/u.test(key), r.end) };
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
