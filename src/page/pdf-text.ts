// A PDF's text items, page by page, put back into reading order: lines, paragraphs, headings; running
// headers, footers and page numbers left out.
import type { PageBlock } from './page-blocks';

/** One run of text a PDF page draws (what pdf.js's getTextContent gives, reduced). */
export interface PdfTextItem {
  /** The characters. */
  readonly text: string;
  /** Left edge, in points from the page's left. */
  readonly x: number;
  /** Baseline, in points from the page's bottom. */
  readonly y: number;
  /** Width of the run, in points. */
  readonly width: number;
  /** Font size (height), in points. */
  readonly height: number;
}

/** A line of a page: its text, where it sits and its font size. */
interface PdfLine {
  readonly text: string;
  readonly y: number;
  readonly height: number;
}

/** A page-top or page-bottom line that is only a page number: "3", "Page 3", "3 / 12", "- 3 -", "Page 3 of 12". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page|p\.)?\s*\d{1,4}(?:\s*(?:\/|of|sur|de)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const EDGE_LINES = 2;
/** Share of pages a line must repeat on (digits aside) to be a running header or footer. */
const RUNNING_SHARE = 0.5;
/** A gap between lines larger than this many times the usual one starts a paragraph. */
const PARAGRAPH_GAP = 1.5;
/** A line this many times larger than the body text is a heading. */
const HEADING_SIZE = 1.25;
const SENTENCE_END = /[.!?…:»"”)]$/u;

/**
 * The blocks of a PDF's text: items grouped into lines (top to bottom, left to right), running headers
 * and footers (a line at a page's edge that repeats, digits aside, on at least half the pages) and page
 * numbers removed, lines joined into paragraphs where the gap is no wider than usual (a word hyphenated
 * at a line's end joined again), a page break continuing a paragraph whose last line does not end a
 * sentence, and lines in a larger font made headings (level 1 for the first, 2 after).
 */
export function pdfBlocks(pages: readonly (readonly PdfTextItem[])[]): PageBlock[] {
  const pageLines = pages.map(linesOf);
  const running = runningLines(pageLines);
  const kept = pageLines.map((lines) =>
    lines.filter((line, i) => {
      const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
      return !(atEdge && (PAGE_NUMBER.test(line.text) || running.has(digitless(line.text))));
    }),
  );
  const all = kept.flat();
  const bodySize = quantile(all.map((line) => line.height), 0.5) ?? 0;
  const gaps = kept.flatMap((lines) => lines.slice(1).map((line, i) => (lines[i] as PdfLine).y - line.y)).filter((gap) => gap > 0);
  // The line spacing is the commonest gap; paragraphs of one or two lines make the median too wide.
  const usualGap = quantile(gaps, 0.25) ?? 0;

  const blocks: PageBlock[] = [];
  let paragraph: string[] = [];
  let headings = 0;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', level: 0, text: joinLines(paragraph) });
    paragraph = [];
  };
  for (const lines of kept) {
    const last = paragraph[paragraph.length - 1];
    if (last !== undefined && SENTENCE_END.test(last)) flush();
    lines.forEach((line, i) => {
      if (line.height >= bodySize * HEADING_SIZE) {
        flush();
        const previous = blocks[blocks.length - 1];
        // A heading set on two lines is one heading.
        if (previous?.kind === 'heading' && i > 0 && (lines[i - 1] as PdfLine).height === line.height) {
          blocks[blocks.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
        } else {
          blocks.push({ kind: 'heading', level: headings === 0 ? 1 : 2, text: line.text });
          headings++;
        }
        return;
      }
      const above = lines[i - 1];
      if (above !== undefined && (above.height >= bodySize * HEADING_SIZE || above.y - line.y > usualGap * PARAGRAPH_GAP)) flush();
      paragraph.push(line.text);
    });
  }
  flush();
  return blocks;
}

/** A page's items as lines, top to bottom; items on one baseline (within half their height) are one line. */
function linesOf(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row !== undefined && first !== undefined && Math.abs(first.y - item.y) <= Math.max(first.height, item.height) / 2) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of row) {
      // A gap wider than a fifth of the font size between two runs is a space.
      if (text !== '' && item.x - end > item.height * 0.2 && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
      text += item.text;
      end = item.x + item.width;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), y: (row[0] as PdfTextItem).y, height: Math.max(...row.map((item) => item.height)) };
  });
}

/** Lines (digits aside) found at the top or bottom edge of at least half the pages, when there are two or more. */
function runningLines(pages: readonly (readonly PdfLine[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((line) => digitless(line.text)));
    for (const text of edges) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([text]) => text));
}

function digitless(text: string): string {
  return text.replace(/\d+/g, '#');
}

/** A paragraph's lines as one text: a word cut by a hyphen at a line's end before a lower-case letter is joined again. */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text;
}

/** The value at `share` of the way through the sorted values (0.5: the median). */
function quantile(values: readonly number[], share: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * share)];
}
