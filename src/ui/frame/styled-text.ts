// Styled lines as the text Ink's <Text> writes for them: the same chalk calls in the same order
// (colour, then dim, bold, italic, underline, strikethrough). The early paint writes it before Ink
// loads, and the Ink view hands it to one <Text> per line, so the two frames are the same bytes.
// No Ink and no React here.
import chalk from 'chalk';
import type { Span, StyledLine } from '../../text/styled-line';
import { hyperlink } from './hyperlink';
import type { Theme } from './theme';

/** One span as Ink's <Text> styles it: colour, then dim, bold, italic, underline, strikethrough. */
export function styledSpan(span: Span, theme: Theme, hyperlinks: boolean): string {
  const colour = theme.roles[span.style.role];
  const url = span.style.url;
  let text = hyperlinks && url !== undefined ? hyperlink(span.text, url) : span.text;
  if (colour.color !== undefined && colour.color in chalk) text = (chalk as unknown as Record<string, (s: string) => string>)[colour.color]?.(text) ?? text;
  if (colour.dim === true) text = chalk.dim(text);
  if (span.style.bold === true) text = chalk.bold(text);
  if (span.style.italic === true) text = chalk.italic(text);
  if (span.style.underline === true) text = chalk.underline(text);
  if (span.style.strike === true) text = chalk.strikethrough(text);
  return text;
}

/** A line's spans styled and joined ('' for a blank line). */
export function styledText(line: StyledLine, theme: Theme, hyperlinks: boolean): string {
  let out = '';
  for (const span of line) out += styledSpan(span, theme, hyperlinks);
  return out;
}
