// The article element a reader view found, walked into paragraphs, headings and list items.
import furniture from './page-furniture.json';

/** The little of a DOM node the walk reads (linkedom's nodes have it; no DOM library types needed). */
export interface PageNode {
  /** 1 element, 3 text, 8 comment, … */
  readonly nodeType: number;
  /** Tag name for elements (any case), `#text` for text. */
  readonly nodeName: string;
  /** Text of a text node. */
  readonly nodeValue: string | null;
  /** Children in order. */
  readonly childNodes: ArrayLike<PageNode>;
}

/** What a block of a page is. */
export type PageBlockKind = 'paragraph' | 'heading' | 'item';

/** One block of a page's article text, in order. */
export interface PageBlock {
  /** Paragraph, heading or list item. */
  readonly kind: PageBlockKind;
  /** Heading level 1–6 (0 otherwise). */
  readonly level: number;
  /** The text, white space collapsed as a browser shows it; `\n` where a `<br>` was. */
  readonly text: string;
}

const ELEMENT = 1;
const TEXT = 3;

const SKIPPED = new Set(furniture.skippedInArticle);
/** Elements that start and end a block of their own (HTML's block-level flow content). */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table',
  'thead', 'tbody', 'tfoot', 'tr', 'address', 'hr', 'center', 'details', 'summary', 'body', 'html', 'hgroup',
]);
const HEADING = /^h([1-6])$/;

/**
 * Walks `root` in document order into blocks: `<h1>`–`<h6>` are headings, `<li>` list items, text in
 * any other block element a paragraph. Elements listed in page-furniture.json (scripts, styles,
 * navigation, asides, figures and their captions, forms, media) are skipped with their text, and so
 * are comments; table cells are separated by a space.
 */
export function pageBlocks(root: PageNode): PageBlock[] {
  const blocks: PageBlock[] = [];
  let parts: string[] = [];
  let kind: PageBlockKind = 'paragraph';
  let level = 0;

  const flush = (): void => {
    const text = parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (text !== '') blocks.push({ kind, level, text });
    parts = [];
    kind = 'paragraph';
    level = 0;
  };
  const startBlock = (nextKind: PageBlockKind, nextLevel: number): void => {
    flush();
    kind = nextKind;
    level = nextLevel;
  };

  const walk = (node: PageNode, inPre: boolean): void => {
    if (node.nodeType === TEXT) {
      const value = node.nodeValue ?? '';
      // Outside <pre>, a line break in the source is a space on the screen.
      parts.push(inPre ? value : value.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    if (tag === 'td' || tag === 'th') parts.push(' ');
    const heading = HEADING.exec(tag);
    const isItem = tag === 'li';
    const isBlock = heading !== null || isItem || BLOCK_TAGS.has(tag);
    if (heading !== null) startBlock('heading', Number(heading[1]));
    else if (isItem) startBlock('item', 0);
    else if (isBlock) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i] as PageNode, inPre || tag === 'pre');
    if (isBlock) flush();
  };

  walk(root, false);
  flush();
  return blocks;
}
