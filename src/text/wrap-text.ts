// Word wrapping by display width: breaks at spaces, keeps a line's leading indentation, and breaks
// a word longer than the line between grapheme clusters (never inside an emoji, flag or surrogate pair).
import { clusterWidth, displayWidth } from './display-width';
import { clusterEnd } from './graphemes';

/** One wrapped line as a range [start, end) of the source string. */
export interface LineRange {
  /** Index of the line's first character. */
  readonly start: number;
  /** Index just past its last character (trailing spaces excluded). */
  readonly end: number;
}

const SPACE = 0x20;

/** Wraps one hard line s[from, to) into `out`. */
function wrapHardLine(s: string, from: number, to: number, width: number, out: LineRange[]): void {
  let indentEnd = from;
  while (indentEnd < to && s.charCodeAt(indentEnd) === SPACE) indentEnd++;
  if (indentEnd === to) {
    out.push({ start: from, end: from });
    return;
  }
  // The indentation is kept on the first line when a word still fits after it.
  const keepIndent = indentEnd - from < width;
  let lineStart = keepIndent ? from : indentEnd;
  let lineEnd = lineStart;
  let lineWidth = keepIndent ? indentEnd - from : 0;
  let hasWord = false;

  let p = indentEnd;
  while (p < to) {
    const gapStart = p;
    while (p < to && s.charCodeAt(p) === SPACE) p++;
    if (p >= to) break;
    const wordStart = p;
    while (p < to && s.charCodeAt(p) !== SPACE) p++;
    const wordEnd = p;
    const gapWidth = hasWord ? wordStart - gapStart : 0;
    const wordWidth = displayWidth(s.slice(wordStart, wordEnd));

    if (lineWidth + gapWidth + wordWidth <= width) {
      if (!hasWord && lineWidth === 0) lineStart = wordStart;
      lineEnd = wordEnd;
      lineWidth += gapWidth + wordWidth;
      hasWord = true;
      continue;
    }
    if (wordWidth <= width) {
      // Does not fit here but fits a line of its own.
      if (hasWord) out.push({ start: lineStart, end: lineEnd });
      lineStart = wordStart;
      lineEnd = wordEnd;
      lineWidth = wordWidth;
      hasWord = true;
      continue;
    }
    // A word longer than a line: fill the current line, then break between grapheme clusters.
    let pieceStart = lineStart;
    let pieceEnd = lineEnd;
    let pieceWidth = lineWidth + gapWidth;
    let pieceHasWord = hasWord;
    for (let q = wordStart; q < wordEnd; ) {
      const end = clusterEnd(s, q);
      const w = clusterWidth(s, q, end);
      if (pieceWidth + w > width) {
        if (pieceHasWord) out.push({ start: pieceStart, end: pieceEnd });
        pieceStart = q;
        pieceWidth = 0;
      }
      pieceWidth += w;
      pieceEnd = end;
      pieceHasWord = true;
      q = end;
    }
    lineStart = pieceStart;
    lineEnd = pieceEnd;
    lineWidth = pieceWidth;
    hasWord = true;
  }
  out.push({ start: lineStart, end: hasWord ? lineEnd : lineStart });
}

/** The ranges of `s` wrapped at `width` columns (Infinity: only hard breaks). `\n` is a hard break; tabs count as spaces only if the caller replaced them. Linear. */
export function wrapRanges(s: string, width: number): LineRange[] {
  const max = width >= 1 ? Math.floor(width) : 1;
  const out: LineRange[] = [];
  let from = 0;
  for (;;) {
    let to = s.indexOf('\n', from);
    if (to === -1) to = s.length;
    wrapHardLine(s, from, to, max, out);
    if (to >= s.length) break;
    from = to + 1;
  }
  return out;
}

/** `s` wrapped at `width` columns by display width: words kept whole when they fit, tabs read as spaces, no trailing spaces. */
export function wrapText(s: string, width: number): string[] {
  const text = s.includes('\t') ? s.replaceAll('\t', ' ') : s;
  return wrapRanges(text, width).map((r) => text.slice(r.start, r.end));
}
