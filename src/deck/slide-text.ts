// The text of slides: bullet lists, a label's colon, the notes of source sentences.
import type { Lang } from '../article/article';
import type { Analysis } from '../analysis/analysis';
import { escapeMarkdownInline } from './markdown-escape';

/** The colon after a label: French puts a no-break space before it. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

/** A Markdown bullet list of `items`, each escaped. */
export function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${escapeMarkdownInline(item)}`).join('\n');
}

/** The notes of a slide: its source sentences, one per line, in the given order. */
export function sourceNotes(analysis: Analysis, indices: readonly number[]): string {
  return indices
    .map((i) => analysis.sentences[i]?.text)
    .filter((t): t is string => t !== undefined)
    .join('\n');
}
