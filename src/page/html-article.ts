// A web page's article as a reader view finds it: Mozilla's Readability over linkedom's DOM.
// Loaded only for HTML input (the CLI imports this module lazily): the two libraries cost tens of ms.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { UnusableInputError } from '../input-error';
import { pageBlocks } from './page-blocks';
import type { PageNode } from './page-blocks';
import furniture from './page-furniture.json';
import { pageText } from './page-text';
import type { PageMetadata } from './page-text';

/** Where a page came from, when it matters to its metadata. */
export interface HtmlArticleOptions {
  /** The URL the page was fetched from (after redirects): the article's source. */
  readonly url?: string;
}

/** An ISO date or timestamp (`2025-03-11`, `2025-03-11T09:30:00Z`): its day is the date. */
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/;

/**
 * Reads the article of an HTML page: its main text as blocks, its headline, byline, date, site and
 * language, written as pageText writes them (front matter, then the blocks). Page furniture
 * (page-furniture.json) is taken out before the reader view looks and skipped after it. Throws
 * UnusableInputError when the page holds no article text.
 */
export function readHtmlArticle(html: string, options: HtmlArticleOptions = {}): string {
  const { document } = parseHTML(html);
  // JSON-LD metadata is read by Readability from its <script>; everything else listed goes first.
  for (const element of document.querySelectorAll(furniture.removedBeforeReading.join(','))) element.remove();
  const found = new Readability<PageNode>(document, { serializer: (node) => node as unknown as PageNode }).parse();
  const root = found?.content;
  const blocks = root === undefined || root === null ? [] : pageBlocks(root);
  if (!blocks.some((block) => /[\p{L}\p{N}]/u.test(block.text))) {
    throw new UnusableInputError('is a web page without article text a reader view can find; save the article page itself, or copy its text');
  }
  const metadata: PageMetadata = {
    ...optional('title', found?.title),
    ...optional('byline', found?.byline),
    ...optional('date', dayOf(found?.publishedTime)),
    ...optional('source', options.url ?? found?.siteName),
    ...optional('lang', found?.lang),
  };
  return pageText(metadata, blocks);
}

function optional<K extends string>(key: K, value: string | null | undefined): { [key in K]?: string } {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text === undefined || text === '' ? {} : ({ [key]: text } as { [key in K]?: string });
}

function dayOf(published: string | null | undefined): string | undefined {
  if (published === null || published === undefined) return undefined;
  return ISO_DAY.exec(published.trim())?.[1] ?? published;
}
