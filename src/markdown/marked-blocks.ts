// marked's tokens made into our own Markdown blocks and inlines (src/text/md-blocks.ts): the presenter
// and the plain text rendering draw these, never marked's tokens. Raw HTML is kept as text, never interpreted;
// HTML comments are notes or machine comments and are dropped, except `<!-- pause -->`.
import type { MarkedToken, Token, Tokens } from 'marked';
import type { MdBlock, MdInline } from '../text/md-blocks';
import { pushInline, pushParagraph } from './append-md';
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
