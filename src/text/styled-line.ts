// Lines of styled text: what block layout produces and what the presenter and the plain-text
// rendering draw (the latter ignoring the styles).

/** What a run of text is, for the theme to colour. */
export type SpanRole = 'text' | 'title' | 'heading' | 'code' | 'link' | 'url' | 'marker' | 'quote' | 'frame' | 'muted' | 'accent';

/** How a run of text is drawn. */
export interface SpanStyle {
  /** What the text is. */
  readonly role: SpanRole;
  /** Bold (strong, headings, table headers). */
  readonly bold?: boolean;
  /** Italic (emphasis). */
  readonly italic?: boolean;
  /** Struck through (deleted text). */
  readonly strike?: boolean;
  /** Underlined (link text). */
  readonly underline?: boolean;
  /** The target of link text, for a terminal hyperlink (OSC 8) when the view draws them. */
  readonly url?: string;
}

/** A run of text in one style. */
export interface Span {
  /** The text, without newlines. */
  readonly text: string;
  /** Its style. */
  readonly style: SpanStyle;
}

/** One line on screen: its spans in order (empty for a blank line). */
export type StyledLine = readonly Span[];

/** The plain text style. */
export const PLAIN: SpanStyle = { role: 'text' };

/** The style of frames, rules and separators. */
export const FRAME: SpanStyle = { role: 'frame' };

/** The text of a styled line without its styles. */
export function lineText(line: StyledLine): string {
  let out = '';
  for (const span of line) out += span.text;
  return out;
}

/** Lines with `first` before the first line and `rest` before the others (blank lines get `rest` trimmed). */
export function prefixLines(lines: readonly StyledLine[], first: Span, rest: Span): StyledLine[] {
  return lines.map((line, i) => {
    const prefix = i === 0 ? first : rest;
    if (line.length === 0) {
      const trimmed = prefix.text.trimEnd();
      return trimmed === '' ? [] : [{ text: trimmed, style: prefix.style }];
    }
    return [prefix, ...line];
  });
}
