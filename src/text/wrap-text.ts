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

/** A line being filled: its range so far, its width and whether it holds a word yet. */
interface OpenLine {
  readonly start: number;
  readonly end: number;
  readonly width: number;
  readonly hasWord: boolean;
}

/**
 * A word s[wordStart, wordEnd) longer than a line, broken between grapheme clusters: it fills `line`
 * (its width counting the gap before the word), then lines of its own, pushed to `out`; the last piece is returned, still open.
 */
function breakLongWord(s: string, wordStart: number, wordEnd: number, width: number, line: OpenLine, out: LineRange[]): OpenLine {
  let pieceStart = line.start;
  let pieceEnd = line.end;
  let pieceWidth = line.width;
  let pieceHasWord = line.hasWord;
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
  return { start: pieceStart, end: pieceEnd, width: pieceWidth, hasWord: true };
}

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
    // A word longer than a line: it fills this line, then lines of its own.
    const last = breakLongWord(s, wordStart, wordEnd, width, { start: lineStart, end: lineEnd, width: lineWidth + gapWidth, hasWord }, out);
    lineStart = last.start;
    lineEnd = last.end;
    lineWidth = last.width;
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
