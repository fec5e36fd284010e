// Search matches drawn on laid-out lines: the matching characters get the match style, whatever
// spans they fall in.
import type { Span, SpanStyle, StyledLine } from '../../text/styled-line';
import { matchRanges } from '../state/search-text';

/** How a match is drawn: semantic accent, bold and underlined (still visible without colour in most terminals). */
export const MATCH_STYLE: SpanStyle = { role: 'accent', bold: true, underline: true };

/** `line` with the parts matching `query` (case and accents ignored) in the match style. */
export function highlightLine(line: StyledLine, query: string): StyledLine {
  let text = '';
  for (const span of line) text += span.text;
  const ranges = matchRanges(text, query);
  if (ranges.length === 0) return line;
  const out: Span[] = [];
  let offset = 0;
  let r = 0;
  for (const span of line) {
    const spanEnd = offset + span.text.length;
    let at = offset;
    while (at < spanEnd) {
      while (r < ranges.length && (ranges[r] as [number, number])[1] <= at) r++;
      const range = ranges[r];
      if (range === undefined || range[0] >= spanEnd) {
        out.push({ text: span.text.slice(at - offset), style: span.style });
        at = spanEnd;
      } else if (range[0] > at) {
        out.push({ text: span.text.slice(at - offset, range[0] - offset), style: span.style });
        at = range[0];
      } else {
        const end = Math.min(range[1], spanEnd);
        out.push({ text: span.text.slice(at - offset, end - offset), style: MATCH_STYLE });
        at = end;
      }
    }
    offset = spanEnd;
  }
  return out;
}

/** Every line highlighted for `query`; the same lines when there is no query. */
export function highlightLines(lines: readonly StyledLine[], query: string | undefined): readonly StyledLine[] {
  if (query === undefined || query.trim() === '') return lines;
  return lines.map((line) => highlightLine(line, query));
}
