// Styled spans word-wrapped into lines by display width, each piece keeping its span's style.
import type { Span, StyledLine } from './styled-line';
import { wrapRanges } from './wrap-text';

/** Wraps spans at `width` columns (hard breaks at `\n`), keeping each piece's style. Linear. */
export function wrapSpans(spans: readonly Span[], width: number): StyledLine[] {
  let text = '';
  const starts: number[] = [];
  for (const span of spans) {
    starts.push(text.length);
    text += span.text.includes('\t') ? span.text.replaceAll('\t', ' ') : span.text;
  }
  const lines: StyledLine[] = [];
  let k = 0;
  for (const range of wrapRanges(text, width)) {
    const line: Span[] = [];
    while (k < spans.length && (starts[k] as number) + (spans[k] as Span).text.length <= range.start) k++;
    for (let j = k; j < spans.length && (starts[j] as number) < range.end; j++) {
      const span = spans[j] as Span;
      const from = Math.max(range.start, starts[j] as number);
      const to = Math.min(range.end, (starts[j] as number) + span.text.length);
      if (to > from) line.push({ text: text.slice(from, to), style: span.style });
    }
    lines.push(line);
  }
  return lines;
}
