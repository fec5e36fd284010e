// A Markdown table laid out in columns at a width: cells wrapped inside their column, aligned as the
// table says, a rule under the header.
import type { MdAlign, MdBlock, MdInline } from './md-blocks';
import { displayWidth } from './display-width';
import { inlineText } from './inline-spans';
import { padEnd, padStart } from './pad';
import { FRAME, PLAIN, type Span, type SpanStyle, type StyledLine } from './styled-line';
import { wrapSpans } from './wrap-spans';

/** How a table's columns and header are marked. */
export interface TableMarks {
  /** Between table columns. */
  readonly columnSeparator: string;
  /** The rule under a table's header: its character, and what it draws where a separator stands. */
  readonly headerRule: { readonly char: string; readonly cross: string };
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
export function layoutTable(block: Extract<MdBlock, { type: 'table' }>, width: number, marks: TableMarks): StyledLine[] {
  const toText = (cell: readonly MdInline[]) => inlineText(cell).replaceAll('\n', ' ');
  const header = block.header.map(toText);
  const rows = block.rows.map((row) => header.map((_, c) => toText(row[c] ?? [])));
  const columns = header.length;
  const natural = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? '')), 1));
  const separatorWidth = displayWidth(marks.columnSeparator);
  const widths = Number.isFinite(width) ? fitColumns(natural, width - separatorWidth * (columns - 1)) : natural;

  const rowLines = (cells: readonly string[], style: SpanStyle): StyledLine[] => {
    const wrapped = cells.map((cell, c) => wrapSpans([{ text: cell, style }], widths[c] ?? 1).map((l) => l.map((s) => s.text).join('')));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    const lines: StyledLine[] = [];
    for (let r = 0; r < height; r++) {
      const line: Span[] = [];
      for (let c = 0; c < columns; c++) {
        if (c > 0) line.push({ text: marks.columnSeparator, style: FRAME });
        line.push({ text: alignCell(wrapped[c]?.[r] ?? '', widths[c] ?? 1, block.align[c] ?? null), style });
      }
      lines.push(line);
    }
    return lines;
  };
  const rule = widths.map((w) => marks.headerRule.char.repeat(w)).join(marks.headerRule.cross);
  return [...rowLines(header, { role: 'text', bold: true }), [{ text: rule, style: FRAME }], ...rows.flatMap((row) => rowLines(row, PLAIN))];
}
