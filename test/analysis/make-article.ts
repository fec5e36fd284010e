// Builds Article objects directly for analysis tests (one paragraph per inner list).
import type { Article, Lang, Sentence } from '../../src/article/article';

/** An article from paragraphs of sentences; the title defaults to the first sentence. */
export function makeArticle(lang: Lang, paragraphs: readonly (readonly string[])[], title?: string): Article {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const text of paragraph) sentences.push({ index: sentences.length, text, paragraph: p, kind: 'sentence' });
  });
  return { lang, title: title ?? sentences[0]?.text ?? '', sentences, warnings: [] };
}
