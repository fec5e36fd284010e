// marked's tokens made into our own Markdown blocks and inlines (src/text/md-blocks.ts): the presenter
// and the plain text rendering draw these, never marked's tokens. Raw HTML is kept as text, never interpreted;
// HTML comments are notes or machine comments and are dropped, except `<!-- pause -->`.
import type { MarkedToken, Token, Tokens } from 'marked';
import { sanitizeText } from '../article/sanitize';
import { OPENING_MARKS } from '../deck/bullet-marks';
import type { MdBlock, MdInline, MdListItem } from '../text/md-blocks';
import { decodeEntities } from './decode-entities';
import { lexMarkdown } from './lex';

/** A soft line break reads as a space: trailing and leading spaces around it are dropped. */
function softBreaksToSpaces(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  return lines
    .map((line, i) => {
      let out = i < lines.length - 1 ? line.trimEnd() : line;
      if (i > 0) out = out.trimStart();
      return out;
    })
    .join(' ');
}

/** Appends an inline, merging adjacent text. */
function pushInline(out: MdInline[], unsafe: MdInline): void {
  const inline = sanitizeInline(unsafe);
  const last = out[out.length - 1];
  if (inline.type === 'text' && last?.type === 'text') {
    out[out.length - 1] = { type: 'text', text: last.text + inline.text };
  } else if (inline.type !== 'text' || inline.text !== '') {
    out.push(inline);
  }
}

/**
 * marked decodes character references (`&#27;`, `&#8238;`) in the text it hands over: what they
 * decode to passes `read`'s sanitising again, so no control or bidi override reaches a frame.
 */
function sanitizeInline(inline: MdInline): MdInline {
  switch (inline.type) {
    case 'text':
    case 'codespan':
      return { ...inline, text: sanitizeText(inline.text) };
    case 'link':
    case 'image':
      return { ...inline, url: sanitizeText(inline.url) };
    default:
      return inline;
  }
}

/** Whether an inline HTML fragment is a comment (dropped). */
function isComment(html: string): boolean {
  return html.trimStart().startsWith('<!--');
}

/** The plain text of inlines (for image alt text). */
function plainText(inlines: readonly MdInline[]): string {
  let out = '';
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
      case 'codespan':
        out += inline.text;
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += plainText(inline.children);
        break;
      case 'image':
        out += inline.alt;
        break;
      case 'br':
        out += ' ';
        break;
    }
  }
  return out;
}

/** Converts marked's inline tokens. */
function toInlines(tokens: readonly Token[], literal = false): MdInline[] {
  const out: MdInline[] = [];
  for (const raw of tokens) {
    const token = raw as MarkedToken;
    switch (token.type) {
      case 'text':
        if (token.tokens && token.tokens.length > 0) {
          for (const inline of toInlines(token.tokens, literal)) pushInline(out, inline);
        } else {
          pushInline(out, { type: 'text', text: softBreaksToSpaces(literal ? token.text : decodeEntities(token.text)) });
        }
        break;
      case 'escape':
        pushInline(out, { type: 'text', text: token.text });
        break;
      case 'html':
        if (!isComment(token.text)) pushInline(out, { type: 'text', text: softBreaksToSpaces(token.text) });
        break;
      case 'strong':
      case 'em':
      case 'del':
        pushInline(out, { type: token.type, children: toInlines(token.tokens, literal) });
        break;
      case 'codespan':
        pushInline(out, { type: 'codespan', text: softBreaksToSpaces(token.text) });
        break;
      case 'br':
        pushInline(out, { type: 'br' });
        break;
      case 'link': {
        const autolink = token.autolink === true;
        pushInline(out, {
          type: 'link',
          children: toInlines(token.tokens, literal || autolink),
          url: autolink ? token.href : decodeEntities(token.href),
        });
        break;
      }
      case 'image':
        pushInline(out, { type: 'image', alt: plainText(toInlines(token.tokens, literal)), url: decodeEntities(token.href) });
        break;
      case 'checkbox':
        // The item's `checked` carries it.
        break;
      case 'blockquote':
      case 'code':
      case 'def':
      case 'heading':
      case 'hr':
      case 'list':
      case 'list_item':
      case 'paragraph':
      case 'space':
      case 'table':
        throw new Error(`Markdown block token "${token.type}" found inline`);
      default: {
        const unknown: never = token;
        throw new Error(`Markdown token "${(unknown as Token).type}" is not handled`);
      }
    }
  }
  return out;
}

/** Blocks for a raw HTML block: comments dropped (`<!-- pause -->` kept as a pause), the rest as text. */
function htmlBlocks(html: string, out: MdBlock[]): void {
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    const text = html.slice(from, open === -1 ? html.length : open).trim();
    if (text !== '') out.push({ type: 'html', text });
    if (open === -1) return;
    const close = html.indexOf('-->', open + 4);
    if (close === -1) return;
    if (html.slice(open + 4, close).trim() === 'pause') out.push({ type: 'pause' });
    from = close + 3;
  }
}

/** Appends a paragraph unless comments left it empty. */
function pushParagraph(out: MdBlock[], content: MdInline[]): void {
  if (content.some((inline) => inline.type !== 'text' || inline.text.trim() !== '')) out.push({ type: 'paragraph', content });
}

/** Converts marked's block tokens. */
function toBlockList(tokens: readonly Token[]): MdBlock[] {
  const out: MdBlock[] = [];
  for (const raw of tokens) {
    const token = raw as MarkedToken;
    switch (token.type) {
      case 'space':
      case 'def':
      case 'checkbox':
        break;
      case 'hr':
        out.push({ type: 'hr' });
        break;
      case 'heading':
        out.push({ type: 'heading', depth: token.depth, content: toInlines(token.tokens) });
        break;
      case 'paragraph':
        pushParagraph(out, toInlines(token.tokens));
        break;
      case 'text':
        pushParagraph(out, token.tokens ? toInlines(token.tokens) : toInlines([token]));
        break;
      case 'code':
        out.push({ type: 'code', lang: (token.lang ?? '').trim().split(/\s/, 1)[0] ?? '', text: token.text });
        break;
      case 'blockquote':
        out.push({ type: 'blockquote', blocks: toBlockList(token.tokens) });
        break;
      case 'list':
        out.push({
          type: 'list',
          ordered: token.ordered,
          start: typeof token.start === 'number' ? token.start : 1,
          items: token.items.map((item: Tokens.ListItem) =>
            item.task ? { checked: item.checked === true, blocks: toBlockList(item.tokens) } : { blocks: toBlockList(item.tokens) },
          ),
        });
        break;
      case 'table':
        out.push({
          type: 'table',
          align: token.align,
          header: token.header.map((cell) => toInlines(cell.tokens)),
          rows: token.rows.map((row) => row.map((cell) => toInlines(cell.tokens))),
        });
        break;
      case 'html':
        htmlBlocks(token.text, out);
        break;
      case 'list_item':
      case 'br':
      case 'codespan':
      case 'del':
      case 'em':
      case 'escape':
      case 'image':
      case 'link':
      case 'strong':
        throw new Error(`Markdown inline token "${token.type}" found among blocks`);
      default: {
        const unknown: never = token;
        throw new Error(`Markdown token "${(unknown as Token).type}" is not handled`);
      }
    }
  }
  return out;
}

/** A slide body's Markdown as our blocks, by marked's lexer (GFM, on an instance). */
export function markedBlocks(markdownText: string): MdBlock[] {
  return toBlockList(lexMarkdown(markdownText));
}

// The quick path below reads only what marked would read the same way, and leaves anything else to marked.
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

/** A slide body's Markdown as our blocks: a plain bullet list directly, anything else through marked. */
export function toBlocks(markdownText: string): MdBlock[] {
  return plainListBlocks(markdownText) ?? markedBlocks(markdownText);
}
