// compose(Article, Analysis) → Deck: the title slide (bottom line first), one slide per section (each sentence on one), then actors, figures, quotes, timeline.
import type { Article, Lang } from '../article/article';
import type { Analysis, AnalyzedSection, EntityKind } from '../analysis/analysis';
import { DEFAULT_TEMPLATE, type SplitSettings } from '../analysis/template';
import { withoutDateline } from '../article/parse-article';
import { escapeMarkdownInline } from './markdown-escape';
import type { Deck, Slide } from './deck';
import { countWords, shortenSentence, type ShortenOptions } from './shorten';
import { opensDangling, opensOnDemonstrative } from './dangling';
import { figureBullets } from './figure-bullets';
import { isLeftToQuotes, isLongQuotation, isQuoteFragment, quotesBySentence } from './quoted-bullet';
import { placeSentences } from './section-placement';
import { timelineBullets } from './timeline-bullets';
import lexicon from './bullet-lexicon.json';
import titles from './slide-titles.json';

const TITLE_ACTORS = 3;
const MAX_LIST = 6;
const MAX_QUOTES = 4;
const MAX_BYLINES = 1;
const BYLINE_JOINERS = new Set(['and', 'et', '&']);
const bylineOpeners: Readonly<Record<Lang, readonly string[]>> = { fr: lexicon.fr.bylineOpeners, en: lexicon.en.bylineOpeners };

/** Builds the deck of an analysed article. Knows nothing of the screen. */
export function compose(article: Article, analysis: Analysis, settings: SplitSettings = DEFAULT_TEMPLATE.split): Deck {
  const context = sentenceContext(analysis);
  const quotesOf = quotesBySentence(shownQuotes(analysis), analysis.sentences);
  const lead = leadBullet(analysis, context);
  const slides: Slide[] = [titleSlide(article, analysis, lead)];
  const placed = placeSentences(analysis, new Set(lead === undefined ? [] : [lead.index]));
  for (const section of analysis.sections) slides.push(...sectionSlides(section, placed.get(section.id) ?? [], analysis, settings, context, quotesOf));
  const extras = [actorsSlide(analysis), figuresSlide(analysis, context), quotesSlide(analysis), timelineSlide(analysis, context)];
  for (const slide of extras) if (slide !== undefined) slides.push(slide);
  return {
    title: analysis.title,
    ...(article.subtitle === undefined ? {} : { subtitle: article.subtitle }),
    lang: analysis.lang,
    ...(article.source === undefined ? {} : { source: article.source }),
    ...(article.date === undefined ? {} : { date: article.date }),
    slides: withUniqueTitles(slides),
  };
}

function titleSlide(article: Article, analysis: Analysis, lead: LeadBullet | undefined): Slide {
  const parts: string[] = [];
  if (article.subtitle !== undefined) parts.push(escapeMarkdownInline(article.subtitle));
  const origin = [article.source, article.date].filter((s): s is string => s !== undefined && s !== '');
  if (origin.length > 0) parts.push(escapeMarkdownInline(origin.join(' · ')));
  const bullets: string[] = [];
  if (lead?.bottomLine !== undefined) bullets.push(lead.bottomLine);
  const actors = keyActors(analysis);
  if (actors.length > 0) bullets.push(actors.join(', '));
  if (bullets.length > 0) parts.push(bulletList(bullets));
  return {
    kind: 'title',
    title: analysis.title,
    body: parts.join('\n\n'),
    notes: lead?.text ?? '',
    sources: lead === undefined ? [] : [lead.index],
  };
}

/** The lead sentence and the bottom line the title slide opens on. */
interface LeadBullet {
  readonly index: number;
  readonly text: string;
  /** The lead's main clause, shortened; undefined when the deck title already says it. */
  readonly bottomLine?: string;
}

/**
 * The lead's first clause, shortened by deletion. When the deck title is itself the lead's opening
 * (the article has no headline), the title is the bottom line and the slide does not say it twice.
 */
function leadBullet(analysis: Analysis, context: SentenceContext): LeadBullet | undefined {
  // A byline ("By Anna Hirtenstein and Timothy Gardner") is no lead: the first sentence after it is.
  const lead = analysis.sentences.slice(0, MAX_BYLINES + 1).find((s) => !isByline(s.text, analysis.lang)) ?? analysis.sentences[0];
  if (lead === undefined) return undefined;
  const first = shortenSentence(lead.text, analysis.lang, context.of(lead.index)).parts[0]?.text;
  const isTitleFromLead = normalized(withoutDateline(lead.text)).startsWith(normalized(analysis.title));
  if (first === undefined || first === '' || isTitleFromLead || normalized(first) === normalized(analysis.title)) {
    return { index: lead.index, text: lead.text };
  }
  return { index: lead.index, text: lead.text, bottomLine: first };
}

/** "By Anna Hirtenstein, Marwa Rashad and Timothy Gardner", "Par Jean Dupont": names after "By"/"Par", nothing else. */
function isByline(text: string, lang: Lang): boolean {
  const words = text.replace(/[.,]/gu, ' ').split(/\s+/u).filter((w) => w !== '');
  const [first, ...names] = words;
  if (first === undefined || names.length === 0 || !bylineOpeners[lang].includes(first.toLowerCase())) return false;
  return names.every((w) => /^\p{Lu}/u.test(w) || BYLINE_JOINERS.has(w.toLowerCase()));
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u202f]+/gu, ' ').replace(/[\s.!?…]+$/u, '').trim();
}

/** The most mentioned people (else organisations, else places), most mentioned first, ties by first mention. */
function keyActors(analysis: Analysis): string[] {
  for (const kind of ['person', 'organisation', 'place'] as const) {
    const names = rankedEntities(analysis, kind).map((e) => e.name);
    if (names.length > 0) return names.slice(0, TITLE_ACTORS);
  }
  return [];
}

function rankedEntities(analysis: Analysis, kind: EntityKind) {
  return analysis.entities
    .filter((e) => e.kind === kind && e.mentions.length > 0)
    .map((e, order) => ({ ...e, order }))
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0] ?? 0) - (b.mentions[0] ?? 0) || a.order - b.order);
}

function sectionSlides(
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
    const words = bullets.reduce((n, b) => n + countWords(b), 0);
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

function actorsSlide(analysis: Analysis): Slide | undefined {
  const label = titles[analysis.lang];
  const groups = (['person', 'organisation', 'place'] as const)
    .map((kind) => ({ kind, entities: rankedEntities(analysis, kind).slice(0, MAX_LIST) }))
    .filter((g) => g.entities.length > 0);
  const count = groups.reduce((n, g) => n + g.entities.length, 0);
  if (count < 3 || !groups.some((g) => g.kind !== 'place')) return undefined;
  const firstMentions = groups.flatMap((g) => g.entities.map((e) => e.mentions[0] ?? 0));
  const sources = [...new Set(firstMentions)].sort((a, b) => a - b);
  const bullets = groups.map((g) => `${label[g.kind]}${colon(analysis.lang)}${g.entities.map((e) => e.name).join(', ')}`);
  return { kind: 'actors', title: label.actors, body: bulletList(bullets), notes: sourceNotes(analysis, sources), sources };
}

function figuresSlide(analysis: Analysis, context: SentenceContext): Slide | undefined {
  const bullets = figureBullets(analysis, MAX_LIST, context.dates);
  if (bullets.length < 2) return undefined;
  const sources = [...new Set(bullets.map((b) => b.sentence))];
  return { kind: 'figures', title: titles[analysis.lang].figures, body: bullets.map((b) => `- ${b.markdown}`).join('\n'), notes: sourceNotes(analysis, sources), sources };
}

/** The quotations the quotes slide shows. */
function shownQuotes(analysis: Analysis): Analysis['quotes'] {
  return analysis.quotes.filter((q) => countWords(q.text) >= 3).slice(0, MAX_QUOTES);
}

function quotesSlide(analysis: Analysis): Slide | undefined {
  const [open, close] = analysis.lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
  const quotes = shownQuotes(analysis);
  if (quotes.length === 0) return undefined;
  const bullets = quotes.map((q) => `${open}${q.text}${close}${q.speaker === undefined ? '' : ` — ${q.speaker}`}`);
  const sources = [...new Set(quotes.map((q) => q.sentence))];
  return { kind: 'quotes', title: titles[analysis.lang].quotes, body: bulletList(bullets), notes: sourceNotes(analysis, sources), sources };
}

function timelineSlide(analysis: Analysis, context: SentenceContext): Slide | undefined {
  const bullets = timelineBullets(analysis, MAX_LIST, context.figures, context.dates);
  if (bullets.length < 2) return undefined;
  const sources = bullets.map((b) => b.sentence);
  return { kind: 'timeline', title: titles[analysis.lang].timeline, body: bullets.map((b) => `- ${b.markdown}`).join('\n'), notes: sourceNotes(analysis, sources), sources };
}

/** The figures, dates and places of each sentence: what a shortening must keep, the dates the timeline holds, the places the actors slide names. */
interface SentenceContext {
  readonly figures: ReadonlyMap<number, readonly string[]>;
  readonly dates: ReadonlyMap<number, readonly string[]>;
  of(index: number): ShortenOptions;
}

function sentenceContext(analysis: Analysis): SentenceContext {
  const figures = groupBySentence(analysis.figures);
  const dates = groupBySentence(analysis.dates);
  const places = groupBySentence(analysis.entities.filter((e) => e.kind === 'place').flatMap((e) => e.mentions.map((sentence) => ({ text: e.name, sentence }))));
  return { figures, dates, of: (index) => ({ keep: figures.get(index) ?? [], dates: dates.get(index) ?? [], places: places.get(index) ?? [] }) };
}

function groupBySentence(items: readonly { text: string; sentence: number }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const item of items) {
    const list = out.get(item.sentence) ?? [];
    list.push(item.text);
    out.set(item.sentence, list);
  }
  return out;
}

function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${escapeMarkdownInline(item)}`).join('\n');
}

function sourceNotes(analysis: Analysis, indices: readonly number[]): string {
  return indices
    .map((i) => analysis.sentences[i]?.text)
    .filter((t): t is string => t !== undefined)
    .join('\n');
}

/** Makes slide titles unique by numbering repeats: "Citations", "Citations (2)". */
function withUniqueTitles(slides: readonly Slide[]): Slide[] {
  const seen = new Map<string, number>();
  return slides.map((slide) => {
    const n = (seen.get(slide.title) ?? 0) + 1;
    seen.set(slide.title, n);
    return n === 1 ? slide : { ...slide, title: `${slide.title} (${n})` };
  });
}
