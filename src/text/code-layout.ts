// A code block laid out at a width: tabs expanded, long lines cut at spaces under their indentation,
// drawn in a frame with its language in the top edge, or indented by four spaces.
import type { MdBlock } from './md-blocks';
import { displayWidth } from './display-width';
import { padEnd } from './pad';
import { FRAME, lineText, PLAIN, prefixLines, type SpanStyle, type StyledLine } from './styled-line';
import { truncate } from './truncate';
import { wrapSpans } from './wrap-spans';

const CODE: SpanStyle = { role: 'code' };

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
export function layoutCode(block: Extract<MdBlock, { type: 'code' }>, width: number, isFramed: boolean): StyledLine[] {
  const source = codeLines(block.text);
  if (!isFramed) {
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
