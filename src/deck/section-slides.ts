// A section's slides: its sentences' bullets, each sentence on one slide, split into numbered slides when long.
import type { Analysis, AnalyzedSection } from '../analysis/analysis';
import type { Lang } from '../article/article';
import type { SplitSettings } from '../analysis/template';
import { opensDangling, opensOnDemonstrative } from './dangling';
import type { Slide } from './deck';
import { isLeftToQuotes, isLongQuotation, isQuoteFragment } from './quoted-bullet';
import type { SentenceContext } from './sentence-context';
import { BULLET_HARD_LIMIT_WORDS, bulletWordCount, countSpacedRuns } from './bullet-words';
import { quotationStatement } from './quotation-statement';
import { shortenSentence, type ShortenOptions } from './shorten';
import { bulletList, sourceNotes } from './slide-text';

/** The slides of one section: the bullets of its placed sentences, split by the template's limits. */
export function sectionSlides(
  section: AnalyzedSection,
  placed: readonly number[],
  analysis: Analysis,
  settings: SplitSettings,
  context: SentenceContext,
  quotesOf: ReadonlyMap<number, readonly string[]>,
): Slide[] {
  const shown = sectionBullets(placed, analysis, context, quotesOf);
  const chunks: { bullets: string[]; sources: number[]; words: number }[] = [];
  for (const { index, bullets } of shown) {
    const words = bullets.reduce((n, b) => n + countSpacedRuns(b), 0);
    let chunk = chunks.at(-1);
    // "About" maxWords: the sentence that passes the limit stays; the next one opens a slide.
    if (chunk === undefined || chunk.bullets.length >= settings.maxBullets || chunk.words >= settings.maxWords) {
      chunk = { bullets: [], sources: [], words: 0 };
      chunks.push(chunk);
    }
    chunk.bullets.push(...bullets);
    chunk.sources.push(index);
    chunk.words += words;
  }
  return chunks.map((chunk, i) => ({
    kind: 'section',
    section: section.id,
    title: chunks.length === 1 ? section.title : `${section.title} (${i + 1}/${chunks.length})`,
    body: bulletList(chunk.bullets),
    notes: sourceNotes(analysis, chunk.sources),
    sources: chunk.sources,
  }));
}

/**
 * A long quotation that states a fact on its own, shortened as a sentence of the article ("IPM conditionne son offre
 * à la suspension du plan social…"); the quotes slide keeps it verbatim with its speaker. Else the quotation as it is.
 */
function restated(quotation: string, lang: Lang, options: ShortenOptions): string[] {
  const statement = quotationStatement(quotation, lang);
  if (statement === undefined) return [quotation];
  const parts = shortenSentence(statement, lang, options).parts.map((p) => p.text);
  return parts.every((p) => bulletWordCount(p) <= BULLET_HARD_LIMIT_WORDS) ? parts : [quotation];
}

/**
 * The bullets of a section's sentences. A sentence whose bullet would open on a pronoun ("Il a
 * ajouté…") or a demonstrative ("Ce contrat…") needs the sentence before it: it stays in the slide's
 * notes, without a bullet of its own — unless the section would then show no bullet at all. A long
 * bullet that is mostly a quotation is left to the quotes slide and the notes (nothing inside a quotation is
 * deleted, so it cannot be shortened).
 */
function sectionBullets(
  placed: readonly number[],
  analysis: Analysis,
  context: SentenceContext,
  quotesOf: ReadonlyMap<number, readonly string[]>,
): { index: number; bullets: string[] }[] {
  const all = placed.flatMap((index) => {
    const sentence = analysis.sentences[index];
    if (sentence === undefined) return [];
    const options = context.of(index);
    const parts = shortenSentence(sentence.text, analysis.lang, options)
      .parts.flatMap((p) => (isLongQuotation(p.text) ? restated(p.text, analysis.lang, options) : [p.text]))
      .filter((t) => t !== '');
    const quotes = quotesOf.get(index) ?? [];
    const bullets = parts.filter((p) => !isLeftToQuotes(p, quotes) && !isLongQuotation(p) && !isQuoteFragment(p, quotes));
    const first = bullets[0];
    return [{ index, parts, bullets, isDangling: first === undefined || opensDangling(first, analysis.lang) || opensOnDemonstrative(first, analysis.lang) }];
  });
  if (all.some((s) => !s.isDangling)) return all.map(({ index, bullets, isDangling }) => ({ index, bullets: isDangling ? [] : bullets }));
  // A section with no bullet of its own shows its bullets that need the sentence before them ("Cette offre a été envoyée
  // lundi"), or else its sentences as they are, long quotations included.
  const hasBullets = all.some((s) => s.bullets.length > 0);
  return all.map(({ index, parts, bullets }) => ({ index, bullets: hasBullets ? bullets : parts }));
}
