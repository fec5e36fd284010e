// Interviews written as dialogue, each line opened by a dash and no quotation marks:
//   — Voterez-vous la censure ?
//   — Nous prendrons notre décision jeudi.
// The answers are quotations; the questions (lines ending with "?") are the journalist's.
import { countWords } from '../../article/count-words';
import type { QuoteRange, QuoteSentence, RawQuote } from './pair-quotes';

/** A dialogue line: a paragraph opening with an em or en dash and a space. */
const DIALOGUE_DASH = /^[—–]\s+/u;
/** How many dialogue lines in a row make an interview (one dashed paragraph alone is a list item or an aside). */
const MIN_LINES = 2;

/** One paragraph: its first and last sentence. */
interface Paragraph {
  readonly first: number;
  readonly last: number;
}

function paragraphsOf(sentences: readonly QuoteSentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const prev = out[out.length - 1];
    if (prev !== undefined && sentences[prev.last]!.paragraph === sentences[i]!.paragraph) out[out.length - 1] = { first: prev.first, last: i };
    else out.push({ first: i, last: i });
  }
  return out;
}

/** The answer a dialogue line holds, or undefined for a question or a line with quotation marks of its own. */
function answerOf(sentences: readonly QuoteSentence[], p: Paragraph, paired: ReadonlySet<number>): RawQuote | undefined {
  const ranges: QuoteRange[] = [];
  for (let s = p.first; s <= p.last; s++) {
    if (paired.has(s)) return undefined;
    const text = sentences[s]!.text;
    const start = s === p.first ? (DIALOGUE_DASH.exec(text)?.[0].length ?? 0) : 0;
    let end = text.length;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) ranges.push({ sentence: s, start, end });
  }
  const lastRange = ranges[ranges.length - 1];
  if (lastRange === undefined || sentences[lastRange.sentence]!.text.slice(0, lastRange.end).endsWith('?')) return undefined;
  const text = ranges.map((r) => sentences[r.sentence]!.text.slice(r.start, r.end)).join(' ');
  return { text, ranges, words: countWords(text) };
}

/** The answers of the article's dialogue interviews (`paired`: the sentences that hold a paired quotation). */
export function dialogueQuotes(sentences: readonly QuoteSentence[], paired: ReadonlySet<number>): RawQuote[] {
  const paragraphs = paragraphsOf(sentences);
  const out: RawQuote[] = [];
  for (let k = 0; k < paragraphs.length; ) {
    let end = k;
    while (end < paragraphs.length && DIALOGUE_DASH.test(sentences[paragraphs[end]!.first]!.text)) end++;
    if (end - k >= MIN_LINES) {
      for (let j = k; j < end; j++) {
        const answer = answerOf(sentences, paragraphs[j]!, paired);
        if (answer !== undefined) out.push(answer);
      }
    }
    k = Math.max(end, k + 1);
  }
  return out;
}
