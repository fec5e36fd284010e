// Markdown blocks laid out as styled lines at a width: word-wrapped by display width, lists with
// hanging indents, code framed or indented, tables in columns. Shared by the presenter (styled)
// and the plain-text rendering (styles dropped), so both show the same words in the same order.
import type { MdAlign, MdBlock, MdInline, MdListItem } from './md-blocks';
import { displayWidth } from './display-width';
import { padEnd, padStart } from './pad';
import { lineText, PLAIN, type Span, type SpanStyle, type StyledLine } from './styled-line';
import { truncate } from './truncate';
import { wrapRanges } from './wrap-text';

/** How blocks are drawn: the presenter and the plain text differ only in these. */
export interface BlockLayoutOptions {
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
  /** Between table columns. */
  readonly columnSeparator: string;
  /** The rule under a table's header: its character, and what it draws where a separator stands. */
  readonly headerRule: { readonly char: string; readonly cross: string };
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
const FRAME: SpanStyle = { role: 'frame' };
const CODE: SpanStyle = { role: 'code' };

/** The plain text of inlines: links with their URL, images as `[image: alt]`, hard breaks as `\n`. */
export function inlineText(inlines: readonly MdInline[]): string {
  const spans: Span[] = [];
  inlineSpans(inlines, PLAIN, spans);
  let out = '';
  for (const span of spans) out += span.text;
  return out;
}

/** Whether a link shows its URL after its text (not when the text is the URL). */
function showsUrl(text: string, url: string): boolean {
  return url !== '' && text !== url && `mailto:${text}` !== url;
}

/** Appends the spans of inlines in `style` to `out`; `\n` in a span is a hard break. */
function inlineSpans(inlines: readonly MdInline[], style: SpanStyle, out: Span[], showUrls = true): void {
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        out.push({ text: inline.text, style });
        break;
      case 'strong':
        inlineSpans(inline.children, { ...style, bold: true }, out, showUrls);
        break;
      case 'em':
        inlineSpans(inline.children, { ...style, italic: true }, out, showUrls);
        break;
      case 'del':
        inlineSpans(inline.children, { ...style, strike: true }, out, showUrls);
        break;
      case 'codespan':
        out.push({ text: inline.text, style: { ...style, role: 'code' } });
        break;
      case 'link': {
        const start = out.length;
        const target = inline.url === '' ? {} : { url: inline.url };
        inlineSpans(inline.children, { ...style, role: 'link', underline: true, ...target }, out, showUrls);
        let text = '';
        for (let i = start; i < out.length; i++) text += (out[i] as Span).text;
        if (showUrls && showsUrl(text, inline.url)) out.push({ text: ` (${inline.url})`, style: { role: 'url' } });
        break;
      }
      case 'image':
        out.push({ text: inline.alt === '' ? '[image]' : `[image: ${inline.alt}]`, style: { ...style, role: 'muted' } });
        break;
      case 'br':
        out.push({ text: '\n', style });
        break;
    }
  }
}

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

/** Lines with `first` before the first line and `rest` before the others (blank lines get `rest` trimmed). */
function prefixLines(lines: readonly StyledLine[], first: Span, rest: Span): StyledLine[] {
  return lines.map((line, i) => {
    const prefix = i === 0 ? first : rest;
    if (line.length === 0) {
      const trimmed = prefix.text.trimEnd();
      return trimmed === '' ? [] : [{ text: trimmed, style: prefix.style }];
    }
    return [prefix, ...line];
  });
}

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

/** Code lines with tabs expanded to four-column stops. */
function codeLines(text: string): string[] {
  return text.split('\n').map((line) => {
    if (!line.includes('\t')) return line;
    let out = '';
    for (const c of line) out += c === '\t' ? ' '.repeat(4 - (displayWidth(out) % 4)) : c;
    return out;
  });
}

/**
 * A code line that fits as it is; a longer one cut at spaces only, its continuation lines under its
 * indentation. A token wider than the whole line starts a line of its own and is cut there.
 * Linear in the length of the line.
 */
function wrapCodeLine(line: string, width: number): StyledLine[] {
  if (!Number.isFinite(width) || displayWidth(line) <= width) return [line === '' ? [] : [{ text: line, style: CODE }]];
  let indent = 0;
  while (line.charCodeAt(indent) === 0x20) indent++;
  // Deep indentation leaves too little room: wrap as text.
  if (indent * 2 >= width) return wrapSpans([{ text: line, style: CODE }], width);
  const hang = indent;
  const available = Math.max(1, width - hang);
  const pieces = line.slice(hang).split(/( +)/);
  const out: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (let i = 0; i < pieces.length; i += 2) {
    const gap = i === 0 ? '' : (pieces[i - 1] as string);
    const word = pieces[i] as string;
    const wordWidth = displayWidth(word);
    if (current === '' || currentWidth + gap.length + wordWidth <= available) {
      const joined = current === '' ? word : current + gap + word;
      const joinedWidth = current === '' ? wordWidth : currentWidth + gap.length + wordWidth;
      if (joinedWidth <= available) {
        current = joined;
        currentWidth = joinedWidth;
        continue;
      }
    }
    if (current !== '') out.push(current);
    current = '';
    currentWidth = 0;
    if (wordWidth <= available) {
      current = word;
      currentWidth = wordWidth;
      continue;
    }
    const cut = wrapSpans([{ text: word, style: CODE }], available).map(lineText);
    out.push(...cut.slice(0, -1));
    current = cut.at(-1) ?? '';
    currentWidth = displayWidth(current);
  }
  if (current !== '') out.push(current);
  const prefix = line.slice(0, hang);
  return out.map((text) => [{ text: prefix + text, style: CODE }]);
}

/** A code block, framed (with its language in the top edge) or indented. */
function layoutCode(block: Extract<MdBlock, { type: 'code' }>, width: number, options: BlockLayoutOptions): StyledLine[] {
  const source = codeLines(block.text);
  if (!options.frameCode) {
    const lines = source.flatMap((line) => wrapCodeLine(line, width - 4));
    return prefixLines(lines, { text: '    ', style: PLAIN }, { text: '    ', style: PLAIN });
  }
  const wrapped = source.flatMap((line) => wrapCodeLine(line, width - 4));
  const contentWidth = Math.max(0, ...wrapped.map((line) => displayWidth(line.map((s) => s.text).join(''))));
  const label = block.lang === '' ? '' : ` ${block.lang} `;
  const inner = Number.isFinite(width)
    ? Math.max(1, Math.min(width - 4, Math.max(contentWidth, displayWidth(label) + 1)))
    : Math.max(contentWidth, displayWidth(label) + 1);
  const edge = inner + 2;
  const shownLabel = truncate(label, edge - 1);
  const top = `┌─${shownLabel}${'─'.repeat(Math.max(0, edge - 1 - displayWidth(shownLabel)))}┐`;
  const bottom = `└${'─'.repeat(edge)}┘`;
  const body = wrapped.map((line): StyledLine => {
    const text = line.map((s) => s.text).join('');
    return [{ text: '│ ', style: FRAME }, { text: padEnd(text, inner), style: CODE }, { text: ' │', style: FRAME }];
  });
  return [[{ text: top, style: FRAME }], ...body, [{ text: bottom, style: FRAME }]];
}

/** Column widths that fit `available` columns: narrow columns keep their width, wide ones share the rest. */
export function fitColumns(natural: readonly number[], available: number): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return [...natural];
  const widths = natural.map(() => 1);
  const order = natural.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w);
  let remaining = Math.max(available, natural.length);
  order.forEach(({ w, i }, k) => {
    const share = Math.floor(remaining / (order.length - k));
    widths[i] = Math.max(1, Math.min(w, share));
    remaining -= widths[i] as number;
  });
  return widths;
}

/** A cell's text padded to its column by its alignment. */
function alignCell(text: string, width: number, align: MdAlign): string {
  if (align === 'right') return padStart(text, width);
  if (align === 'center') {
    const left = Math.floor((width - displayWidth(text)) / 2);
    return padEnd(' '.repeat(Math.max(0, left)) + text, width);
  }
  return padEnd(text, width);
}

/** A table in columns: cells wrapped inside their column, a rule under the header. */
function layoutTable(block: Extract<MdBlock, { type: 'table' }>, width: number, options: BlockLayoutOptions): StyledLine[] {
  const toText = (cell: readonly MdInline[]) => inlineText(cell).replaceAll('\n', ' ');
  const header = block.header.map(toText);
  const rows = block.rows.map((row) => header.map((_, c) => toText(row[c] ?? [])));
  const columns = header.length;
  const natural = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? '')), 1));
  const separatorWidth = displayWidth(options.columnSeparator);
  const widths = Number.isFinite(width) ? fitColumns(natural, width - separatorWidth * (columns - 1)) : natural;

  const rowLines = (cells: readonly string[], style: SpanStyle): StyledLine[] => {
    const wrapped = cells.map((cell, c) => wrapSpans([{ text: cell, style }], widths[c] ?? 1).map((l) => l.map((s) => s.text).join('')));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    const lines: StyledLine[] = [];
    for (let r = 0; r < height; r++) {
      const line: Span[] = [];
      for (let c = 0; c < columns; c++) {
        if (c > 0) line.push({ text: options.columnSeparator, style: FRAME });
        line.push({ text: alignCell(wrapped[c]?.[r] ?? '', widths[c] ?? 1, block.align[c] ?? null), style });
      }
      lines.push(line);
    }
    return lines;
  };
  const rule = widths.map((w) => options.headerRule.char.repeat(w)).join(options.headerRule.cross);
  return [...rowLines(header, { role: 'text', bold: true }), [{ text: rule, style: FRAME }], ...rows.flatMap((row) => rowLines(row, PLAIN))];
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
      return layoutCode(block, width, options);
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
