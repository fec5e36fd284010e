// Where a sentence quotes: the stretches inside guillemets, curly or straight double quotes.
import type { Span } from './kept-text';
import quoteMarks from './quote-marks.json';

/** Each opening quotation mark with the mark that closes it (quote-marks.json). */
const CLOSING: Readonly<Record<string, string>> = quoteMarks;

/** The quoted stretches of `text[from, to)`, marks included; one left open runs to `to`. */
export function quotedSpans(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let open = -1;
  let close = '';
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (open < 0 && ch in CLOSING) {
      open = i;
      close = CLOSING[ch] as string;
    } else if (open >= 0 && ch === close) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: to });
  return out;
}
