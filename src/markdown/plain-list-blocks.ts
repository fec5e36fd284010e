// The quick path for the bodies compose writes: a tight bullet list of plain one-line items, read
// without marked exactly as marked would read it; anything else is left to marked.
import { OPENING_MARKS } from '../deck/bullet-marks';
import type { MdBlock, MdInline, MdListItem } from '../text/md-blocks';
import { pushInline, pushParagraph } from './append-md';

/** Characters an item's text may hold: none that Markdown reads inline (emphasis, code, links, HTML,
 * entities, escapes, tables, strikethrough, autolinks), no whitespace but the plain space, no controls. */
const PLAIN_TEXT = /^(?:[^\p{White_Space}\p{C}*_`\\[\]<>&~|@!#=+$]| )*$/u;
/** How an item may start (after a `**`): a letter, a bullet's opening mark (a quote or parenthesis), or a number that is not a list marker. */
const PLAIN_START = new RegExp(`^(?:\\*\\*)?(?:[\\p{L}${OPENING_MARKS}]|\\d+(?![\\d.)]))`, 'u');
/** What GFM turns into links without brackets. */
const AUTOLINK_LIKE = /www\.|:\/\//i;

/** One `- item` line's inlines when it is plain text and `**strong**` spans only; else undefined. */
function plainItem(line: string): MdInline[] | undefined {
  if (!line.startsWith('- ')) return undefined;
  const item = line.slice(2);
  if (!PLAIN_START.test(item) || item.endsWith(' ') || item.includes('  ') || AUTOLINK_LIKE.test(item)) return undefined;
  const out: MdInline[] = [];
  for (let i = 0; i < item.length; ) {
    const open = item.indexOf('**', i);
    const text = item.slice(i, open === -1 ? item.length : open);
    if (!PLAIN_TEXT.test(text)) return undefined;
    if (text !== '') pushInline(out, { type: 'text', text });
    if (open === -1) break;
    // `**` opens after a space (or at the start) and closes before one (or at the end), around
    // text that neither starts nor ends with a space: marked reads it as strong, whatever the text.
    const close = item.indexOf('**', open + 2);
    if (close === -1 || (open > 0 && item[open - 1] !== ' ') || (close + 2 < item.length && item[close + 2] !== ' ')) return undefined;
    const inner = item.slice(open + 2, close);
    if (inner === '' || inner.startsWith(' ') || inner.endsWith(' ') || !PLAIN_TEXT.test(inner)) return undefined;
    const children: MdInline[] = [];
    pushInline(children, { type: 'text', text: inner });
    pushInline(out, { type: 'strong', children });
    i = close + 2;
  }
  return out;
}

/**
 * A body that is only a tight bullet list of one-line items of plain text and `**strong**` spans
 * (what compose writes), as marked would read it; undefined for anything else. Lexing with marked
 * costs ~20 ms the first time (its regexes compile), before the first frame.
 */
export function plainListBlocks(markdownText: string): MdBlock[] | undefined {
  const items: MdListItem[] = [];
  for (const line of markdownText.split('\n')) {
    const content = plainItem(line);
    if (content === undefined) return undefined;
    const blocks: MdBlock[] = [];
    pushParagraph(blocks, content);
    items.push({ blocks });
  }
  return [{ type: 'list', ordered: false, start: 1, items }];
}
