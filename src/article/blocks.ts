// An article body cut into its blocks: paragraphs, headings and list items, Markdown block markup removed.
import { stripInlineMarkdown } from './strip-inline';

/** What kind of block a run of lines is. */
export type BlockKind = 'paragraph' | 'heading' | 'item';

/** One block of the body, in order. */
export interface Block {
  /** Paragraph text (lines joined with `\n`), heading text, or item text; inline markup removed. */
  readonly text: string;
  /** Paragraph, heading or list item. */
  readonly kind: BlockKind;
  /** Heading level, 1–6 (0 for paragraphs and items). */
  readonly level: number;
  /** Which blank-line-separated paragraph it belongs to, from 0 (a heading is always its own). */
  readonly paragraph: number;
  /** How many source lines the block spans. */
  readonly lineCount: number;
  /** True when a blank line (or a line holding only an HTML comment) follows the block. */
  readonly blankAfter: boolean;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+•]|\d{1,9}[.)])[ \t]+(?=\S)/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;

/** The block being read: its kind, its lines so far, its heading level and its last line's index. */
interface OpenBlock {
  kind: BlockKind;
  lines: string[];
  level: number;
  lastLine: number;
}

/** The blocks read so far, the one being read and the paragraph count: what splitBlocks updates line by line. */
class BlockCollector {
  readonly blocks: Block[] = [];
  open: OpenBlock | null = null;
  private paragraph = 0;
  private isParagraphUsed = false;

  constructor(private readonly lines: readonly string[]) {}

  /** Ends the open block: kept with its inline markup removed, unless no text is left. */
  close(): void {
    const open = this.open;
    if (open === null) return;
    const raw = open.kind === 'paragraph' ? open.lines.join('\n') : open.lines.join(' ');
    const text = stripInlineMarkdown(raw).trim();
    if (text !== '') {
      const blankAfter = open.lastLine + 1 < this.lines.length && isBlank(this.lines[open.lastLine + 1] as string);
      this.blocks.push({ text, kind: open.kind, level: open.level, paragraph: this.paragraph, lineCount: open.lines.length, blankAfter });
      this.isParagraphUsed = true;
    }
    this.open = null;
  }

  /** The next blocks belong to a new paragraph (unless the current one holds none yet). */
  newParagraph(): void {
    if (this.isParagraphUsed) this.paragraph++;
    this.isParagraphUsed = false;
  }

  /** Ends the open block and its paragraph: at a blank line, a fence, a break or a heading. */
  endParagraph(): void {
    this.close();
    this.newParagraph();
  }
}

/**
 * Splits a body (front matter already removed) into blocks. Fenced code and HTML comments are
 * dropped; `#` headings (and setext underlines), list items and thematic breaks are recognised in
 * any text; blockquote markers are removed. Linear in the length of the body.
 */
export function splitBlocks(body: string): Block[] {
  const lines = withoutComments(body);
  const collector = new BlockCollector(lines);
  let fence: Fence | null = null;
  for (const [lineIndex, rawLine] of lines.entries()) {
    if (fence !== null) {
      if (closesFence(stripQuoteMarkers(rawLine), fence)) fence = null;
      continue;
    }
    const line = stripQuoteMarkers(rawLine);
    if (line.trim() === '') {
      collector.endParagraph();
      continue;
    }
    const opened = openingFence(line);
    if (opened !== null) {
      collector.endParagraph();
      fence = opened;
      continue;
    }
    if (collector.open?.kind === 'paragraph' && (SETEXT_1.test(line) || SETEXT_2.test(line))) {
      collector.open = { kind: 'heading', lines: collector.open.lines, level: SETEXT_1.test(line) ? 1 : 2, lastLine: lineIndex };
      collector.endParagraph();
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      collector.endParagraph();
      continue;
    }
    const heading = atxHeading(line);
    if (heading !== null) {
      collector.endParagraph();
      collector.open = { kind: 'heading', lines: [heading.text], level: heading.level, lastLine: lineIndex };
      collector.endParagraph();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const afterParagraph = collector.open?.kind === 'paragraph';
      collector.close();
      if (afterParagraph) collector.newParagraph();
      collector.open = { kind: 'item', lines: [line.slice(item[0].length)], level: 0, lastLine: lineIndex };
      continue;
    }
    collector.open ??= { kind: 'paragraph', lines: [], level: 0, lastLine: lineIndex };
    collector.open.lines.push(collector.open.kind === 'item' ? line.trim() : line);
    collector.open.lastLine = lineIndex;
  }
  collector.close();
  return collector.blocks;
}

/** An ATX heading's level and text, or null. No regex: trailing `#`s and spaces on a long line must not backtrack. */
function atxHeading(line: string): { level: number; text: string } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let level = 0;
  while (line[i + level] === '#') level++;
  if (level === 0 || level > 6) return null;
  const after = line[i + level];
  if (after !== undefined && after !== ' ' && after !== '\t') return null;
  let text = line.slice(i + level).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) text = '';
  else if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trimEnd();
  return text === '' ? null : { level, text };
}

/** An open code fence: its character and length. */
interface Fence {
  readonly char: string;
  readonly length: number;
}

/** The fence a line opens, or null. A backtick fence's info string cannot hold a backtick (that is inline code). */
function openingFence(line: string): Fence | null {
  const match = FENCE_OPEN.exec(line);
  if (!match) return null;
  const marker = match[1] as string;
  if (marker[0] === '`' && line.slice(match[0].length).includes('`')) return null;
  return { char: marker[0] as string, length: marker.length };
}

/** True when `line` closes `fence`: the same character, at least as many, nothing else. */
function closesFence(line: string, fence: Fence): boolean {
  const match = FENCE_OPEN.exec(line);
  if (!match) return false;
  const marker = match[1] as string;
  return marker[0] === fence.char && marker.length >= fence.length && line.slice(match[0].length).trim() === '';
}

function isBlank(line: string): boolean {
  return stripQuoteMarkers(line).trim() === '';
}

function stripQuoteMarkers(line: string): string {
  let rest = line;
  for (let match = BLOCKQUOTE.exec(rest); match; match = BLOCKQUOTE.exec(rest)) rest = rest.slice(match[0].length);
  return rest;
}

/**
 * The body's lines with HTML comments removed outside fenced code. A comment may span lines;
 * an opening `<!--` with no `-->` anywhere after it is kept as text.
 */
function withoutComments(body: string): string[] {
  const lines = body.split('\n');
  if (!body.includes('<!--')) return lines;
  const out: string[] = [];
  let inComment = false;
  let fence: Fence | null = null;
  let noCloserAfter = Number.POSITIVE_INFINITY; // offset from which no `-->` exists
  let offset = 0;
  for (const line of lines) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!inComment) {
      if (fence !== null) {
        if (closesFence(stripQuoteMarkers(line), fence)) fence = null;
        out.push(line);
        continue;
      }
      const opened = openingFence(stripQuoteMarkers(line));
      if (opened !== null) {
        fence = opened;
        out.push(line);
        continue;
      }
    }
    let kept = '';
    let i = 0;
    while (i < line.length) {
      if (inComment) {
        const end = line.indexOf('-->', i);
        if (end < 0) {
          i = line.length;
          break;
        }
        inComment = false;
        i = end + 3;
      } else {
        const start = line.indexOf('<!--', i);
        if (start < 0) {
          kept += line.slice(i);
          break;
        }
        if (lineStart + start + 4 >= noCloserAfter || body.indexOf('-->', lineStart + start + 4) < 0) {
          noCloserAfter = Math.min(noCloserAfter, lineStart + start + 4);
          kept += line.slice(i);
          break;
        }
        kept += line.slice(i, start);
        inComment = true;
        i = start + 4;
      }
    }
    out.push(kept);
  }
  return out;
}
