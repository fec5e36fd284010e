// A page's article as the text the rest of `read` takes: front matter for its metadata, then its blocks.
import type { PageBlock } from './page-blocks';

/** What a page says about its article (each field only when the page gives it). */
export interface PageMetadata {
  /** The headline. */
  readonly title?: string;
  /** The byline (author names): kept as metadata, never as a sentence. */
  readonly byline?: string;
  /** When it was published, as the page writes it (an ISO timestamp is cut to its day). */
  readonly date?: string;
  /** Where it was published: the URL it was fetched from, else the site's name. */
  readonly source?: string;
  /** The page's language tag (`fr`, `en-GB`, …). */
  readonly lang?: string;
}

/** Characters inline Markdown reading would take for markup; a backslash keeps each as it is (backticks go, as in any text). */
const INLINE_MARKUP = /[\\*_]/g;
/** A line start that block reading would take for a heading, list item, quote, rule, fence or table. */
const BLOCK_MARKUP_START = /^[#>+=~|-]/;
const ORDERED_ITEM_START = /^(\d{1,9})([.)])/;

/**
 * The text of a page's article: a front matter holding the metadata (JSON-quoted values, which the
 * article stage reads as `title`, `source`, `date`, `lang`, and `author`, which it ignores), a blank
 * line, then the blocks: headings as `#` lines, list items as `- ` lines (one list's items together),
 * paragraphs separated by blank lines. The first heading before any paragraph that repeats the title
 * is left out. The blocks' own characters that Markdown would read as markup are escaped, so the
 * article stage reads back exactly the page's words.
 */
export function pageText(metadata: PageMetadata, blocks: readonly PageBlock[]): string {
  const fields: [string, string | undefined][] = [
    ['title', metadata.title],
    ['lang', metadata.lang],
    ['source', metadata.source],
    ['date', metadata.date],
    ['author', metadata.byline],
  ];
  const front = fields
    .map(([key, value]) => [key, value === undefined ? '' : value.replace(/\s+/g, ' ').trim()] as const)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  const title = metadata.title?.replace(/\s+/g, ' ').trim();

  let body = '';
  let seenParagraph = false;
  let titleDropped = false;
  let previous: PageBlock | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading' && !seenParagraph && !titleDropped && block.text.replace(/\s+/g, ' ') === title) {
      titleDropped = true;
      continue;
    }
    if (block.kind === 'paragraph') seenParagraph = true;
    const separator = body === '' ? '' : previous?.kind === 'item' && block.kind === 'item' ? '\n' : '\n\n';
    body += separator + blockText(block);
    previous = block;
  }
  return `${front.length === 0 ? '' : `---\n${front.join('\n')}\n---\n\n`}${body}\n`;
}

function blockText(block: PageBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeInline(block.text.replace(/\n/g, ' '))}`;
    case 'item':
      return `- ${escapeInline(block.text.replace(/\n/g, ' '))}`;
    case 'paragraph':
      return block.text.split('\n').map(escapeLine).join('\n');
  }
}

function escapeInline(text: string): string {
  return text.replace(INLINE_MARKUP, '\\$&').replace(/<!--/g, '<\\!--');
}

function escapeLine(line: string): string {
  const escaped = escapeInline(line);
  if (BLOCK_MARKUP_START.test(escaped)) return `\\${escaped}`;
  return escaped.replace(ORDERED_ITEM_START, '$1\\$2');
}
