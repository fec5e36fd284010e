// compose(Article, Analysis) → Deck: the title slide (bottom line first), one slide per section (each sentence on one), then actors, figures, quotes, timeline.
import type { Article, Lang } from '../article/article';
import type { Analysis } from '../analysis/analysis';
import { DEFAULT_TEMPLATE, type SplitSettings } from '../analysis/template';
import { withoutDateline } from '../article/parse-article';
import type { Deck, Slide } from './deck';
import { actorsSlide, figuresSlide, keyActors, quotesSlide, shownQuotes, timelineSlide } from './fact-slides';
import { escapeMarkdownInline } from './markdown-escape';
import { quotesBySentence } from './quoted-bullet';
import { sectionSlides } from './section-slides';
import { placeSentences } from './section-placement';
import { sentenceContext, type SentenceContext } from './sentence-context';
import { shortenSentence } from './shorten';
import { bulletList } from './slide-text';
import lexicon from './bullet-lexicon.json';

const MAX_BYLINES = 1;
const BYLINE_JOINERS = new Set(['and', 'et', '&']);
const bylineOpeners: Readonly<Record<Lang, readonly string[]>> = { fr: lexicon.fr.bylineOpeners, en: lexicon.en.bylineOpeners };

/** Builds the deck of an analysed article. Knows nothing of the screen. */
export function compose(article: Article, analysis: Analysis, settings: SplitSettings = DEFAULT_TEMPLATE.split): Deck {
  const context = sentenceContext(analysis);
  const quotesOf = quotesBySentence(shownQuotes(analysis), analysis.sentences);
  const lead = leadBullet(article, analysis, context);
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
function leadBullet(article: Article, analysis: Analysis, context: SentenceContext): LeadBullet | undefined {
  const lead = leadSentence(article, analysis);
  if (lead === undefined) return undefined;
  const first = shortenSentence(lead.text, analysis.lang, context.of(lead.index)).parts[0]?.text;
  const isTitleFromLead = normalized(withoutDateline(lead.text)).startsWith(normalized(analysis.title));
  if (first === undefined || first === '' || isTitleFromLead || normalized(first) === normalized(analysis.title)) {
    return { index: lead.index, text: lead.text };
  }
  return { index: lead.index, text: lead.text, bottomLine: first };
}

/**
 * The article's lead: its first sentence, past a byline ("By Anna Hirtenstein and Timothy Gardner"), and past headings,
 * list items and short labels without a stop ("KEY POINTS", "Ce qu'il faut retenir") within its first units.
 */
function leadSentence(article: Article, analysis: Analysis): Analysis['sentences'][number] | undefined {
  const first = analysis.sentences.slice(0, MAX_BYLINES + 1).find((s) => !isByline(s.text, analysis.lang)) ?? analysis.sentences[0];
  if (first === undefined || isStatement(article.sentences[first.index])) return first;
  return analysis.sentences.slice(first.index, first.index + LEAD_REACH).find((s) => isStatement(article.sentences[s.index]) && !isByline(s.text, analysis.lang)) ?? first;
}

/** How many units from the top the lead is looked for among. */
const LEAD_REACH = 8;
const MIN_UNSTOPPED_LEAD_WORDS = 6;

/** Whether a unit of the article is a sentence that states something: not a heading, an item or a short label without a stop. */
function isStatement(unit: Article['sentences'][number] | undefined): boolean {
  if (unit === undefined || unit.kind !== 'sentence') return false;
  return /[.!?…»"”]\s*$/u.test(unit.text) || unit.text.split(/\s+/u).length >= MIN_UNSTOPPED_LEAD_WORDS;
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

/** Makes slide titles unique by numbering repeats: "Citations", "Citations (2)". */
function withUniqueTitles(slides: readonly Slide[]): Slide[] {
  const seen = new Map<string, number>();
  return slides.map((slide) => {
    const n = (seen.get(slide.title) ?? 0) + 1;
    seen.set(slide.title, n);
    return n === 1 ? slide : { ...slide, title: `${slide.title} (${n})` };
  });
}
