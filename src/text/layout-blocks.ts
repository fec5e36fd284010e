// Markdown blocks laid out as styled lines at a width: word-wrapped by display width, lists with
// hanging indents, code framed or indented, tables in columns. Shared by the presenter (styled)
// and the plain-text rendering (styles dropped), so both show the same words in the same order.
import type { MdBlock, MdListItem } from './md-blocks';
import { layoutCode } from './code-layout';
import { displayWidth } from './display-width';
import { inlineSpans } from './inline-spans';
import { padEnd } from './pad';
import { FRAME, PLAIN, prefixLines, type Span, type SpanStyle, type StyledLine } from './styled-line';
import { layoutTable, type TableMarks } from './table-layout';
import { wrapSpans } from './wrap-spans';

/** How blocks are drawn: the presenter and the plain text differ only in these. */
export interface BlockLayoutOptions extends TableMarks {
  /** Columns available; Infinity lays out without wrapping (hard breaks only). */
  readonly width: number;
  /** The bullet of unordered items by nesting depth (the last one repeats). */
  readonly bullets: readonly string[];
  /** The marks of task items: done, then to do. */
  readonly taskMarks: readonly [string, string];
  /** Draw code blocks in a frame (else indent them by four spaces). */
  readonly frameCode: boolean;
  /** What starts every line of a block quote. */
  readonly quotePrefix: string;
  /** The character a thematic break is drawn with; undefined: nothing (blocks stay a blank line apart). */
  readonly ruleChar?: string;
  /**
   * Links become terminal hyperlinks (the view draws OSC 8 from the spans' `url`): their URL is not
   * repeated as text. Table cells always show it.
   */
  readonly hyperlinks?: boolean;
}

/** The layout of the presenter. */
export const SCREEN_LAYOUT: Omit<BlockLayoutOptions, 'width'> = {
  bullets: ['•', '◦', '▪'],
  taskMarks: ['[x]', '[ ]'],
  frameCode: true,
  quotePrefix: '│ ',
  ruleChar: '─',
  columnSeparator: ' │ ',
  headerRule: { char: '─', cross: '─┼─' },
};

/** The layout of the plain text (`--print`): ASCII marks, no frames. */
export const PLAIN_LAYOUT: Omit<BlockLayoutOptions, 'width'> = {
  bullets: ['-'],
  taskMarks: ['[x]', '[ ]'],
  frameCode: false,
  quotePrefix: '  ',
  columnSeparator: '  ',
  headerRule: { char: '-', cross: '  ' },
};

const MARKER: SpanStyle = { role: 'marker' };

/** Blocks one after another: a blank line between them unless `compact` (inside a list item). */
function layoutSequence(blocks: readonly MdBlock[], width: number, depth: number, options: BlockLayoutOptions, compact: boolean): StyledLine[] {
  const out: StyledLine[] = [];
  for (const block of blocks) {
    const lines = layoutBlock(block, width, depth, options);
    if (lines.length === 0) continue;
    if (out.length > 0 && !compact) out.push([]);
    out.push(...lines);
  }
  return out;
}

/** One list item: its marker, then its blocks with a hanging indent. */
function layoutItem(item: MdListItem, marker: string, width: number, depth: number, options: BlockLayoutOptions): StyledLine[] {
  const mark = item.checked === undefined ? marker : `${marker} ${item.checked ? options.taskMarks[0] : options.taskMarks[1]}`;
  const indent = displayWidth(mark) + 1;
  const inner = layoutSequence(item.blocks, width - indent, depth + 1, options, true);
  return prefixLines(inner.length === 0 ? [[]] : inner, { text: `${mark} `, style: MARKER }, { text: ' '.repeat(indent), style: PLAIN });
}

/** A list: bullets by depth, or numbers padded to one width. */
function layoutList(block: Extract<MdBlock, { type: 'list' }>, width: number, depth: number, options: BlockLayoutOptions): StyledLine[] {
  const bullet = options.bullets[Math.min(depth, options.bullets.length - 1)] ?? '-';
  const markers = block.items.map((_, i) => (block.ordered ? `${block.start + i}.` : bullet));
  const markerWidth = Math.max(0, ...markers.map(displayWidth));
  return block.items.flatMap((item, i) => layoutItem(item, padEnd(markers[i] ?? bullet, markerWidth), width, depth, options));
}

/** One block's lines. */
function layoutBlock(block: MdBlock, width: number, depth: number, options: BlockLayoutOptions): StyledLine[] {
  switch (block.type) {
    case 'heading': {
      const spans: Span[] = [];
      inlineSpans(block.content, { role: 'heading', bold: true }, spans, options.hyperlinks !== true);
      return wrapSpans(spans, width);
    }
    case 'paragraph': {
      const spans: Span[] = [];
      inlineSpans(block.content, PLAIN, spans, options.hyperlinks !== true);
      return wrapSpans(spans, width);
    }
    case 'list':
      return layoutList(block, width, depth, options);
    case 'code':
      return layoutCode(block, width, options.frameCode);
    case 'blockquote': {
      const prefix = { text: options.quotePrefix, style: { role: 'quote' } } as const;
      const inner = layoutSequence(block.blocks, width - displayWidth(options.quotePrefix), depth, options, false);
      return prefixLines(inner, prefix, prefix);
    }
    case 'table':
      return layoutTable(block, width, options);
    case 'html':
      return wrapSpans([{ text: block.text, style: PLAIN }], width);
    case 'hr':
      return options.ruleChar === undefined ? [] : [[{ text: options.ruleChar.repeat(Number.isFinite(width) ? Math.max(1, width) : 3), style: FRAME }]];
    case 'pause':
      return [];
  }
}

/** A line without trailing spaces. */
function trimLineEnd(line: StyledLine): StyledLine {
  const out = [...line];
  while (out.length > 0) {
    const last = out[out.length - 1] as Span;
    const trimmed = last.text.trimEnd();
    if (trimmed === last.text) break;
    if (trimmed === '') out.pop();
    else {
      out[out.length - 1] = { text: trimmed, style: last.style };
      break;
    }
  }
  return out;
}

/** Blocks laid out at `options.width`, a blank line between blocks, pauses invisible, no trailing spaces. */
export function layoutBlocks(blocks: readonly MdBlock[], options: BlockLayoutOptions): StyledLine[] {
  return layoutSequence(blocks, options.width, 0, options, false).map(trimLineEnd);
}
