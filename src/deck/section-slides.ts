// A section's slides: its sentences' bullets, each sentence on one slide, split into numbered slides when long.
import type { Analysis, AnalyzedSection } from '../analysis/analysis';
import type { SplitSettings } from '../analysis/template';
import { opensDangling, opensOnDemonstrative } from './dangling';
import type { Slide } from './deck';
import { isLeftToQuotes, isLongQuotation, isQuoteFragment } from './quoted-bullet';
import type { SentenceContext } from './sentence-context';
import { countSpacedRuns } from './bullet-words';
import { shortenSentence } from './shorten';
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
    const parts = shortenSentence(sentence.text, analysis.lang, context.of(index)).parts.map((p) => p.text).filter((t) => t !== '');
    const quotes = quotesOf.get(index) ?? [];
    const bullets = parts.filter((p) => !isLeftToQuotes(p, quotes) && !isLongQuotation(p) && !isQuoteFragment(p, quotes));
    const first = bullets[0];
    return [{ index, parts, bullets, isDangling: first === undefined || opensDangling(first, analysis.lang) || opensOnDemonstrative(first, analysis.lang) }];
  });
  const standalone = all.some((s) => !s.isDangling);
  // A section with no bullet of its own shows its sentences as they are, long quotations included.
  return all.map(({ index, parts, bullets, isDangling }) => ({ index, bullets: standalone ? (isDangling ? [] : bullets) : parts }));
}
