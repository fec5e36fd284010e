// compose(Article, Analysis) → Deck: the title slide, one slide per section, then actors, figures, quotes, timeline.
import type { Article, Lang } from '../article/article';
import type { Analysis, AnalyzedSection, EntityKind } from '../analysis/analysis';
import { DEFAULT_TEMPLATE, type SplitSettings } from '../analysis/template';
import { withoutDateline } from '../article/parse-article';
import { escapeMarkdownInline } from '../markdown/escape';
import type { Deck, Slide } from './deck';
import { countWords, shortenSentence } from './shorten';
import { clauseAround } from './clause-around';
import { opensDangling } from './dangling';
import titles from './slide-titles.json';

const TITLE_ACTORS = 3;
const MAX_LIST = 6;
const MAX_QUOTES = 4;
const TIMELINE_CHARS = 100;

/** Builds the deck of an analysed article. Knows nothing of the screen. */
export function compose(article: Article, analysis: Analysis, settings: SplitSettings = DEFAULT_TEMPLATE.split): Deck {
  const slides: Slide[] = [titleSlide(article, analysis)];
  for (const section of analysis.sections) slides.push(...sectionSlides(section, analysis, settings));
  const extras = [actorsSlide(analysis), figuresSlide(analysis), quotesSlide(analysis), timelineSlide(analysis)];
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

function titleSlide(article: Article, analysis: Analysis): Slide {
  const parts: string[] = [];
  if (article.subtitle !== undefined) parts.push(escapeMarkdownInline(article.subtitle));
  const origin = [article.source, article.date].filter((s): s is string => s !== undefined && s !== '');
  if (origin.length > 0) parts.push(escapeMarkdownInline(origin.join(' · ')));
  const actors = keyActors(analysis);
  if (actors.length > 0) parts.push(`- ${escapeMarkdownInline(actors.join(', '))}`);
  const lead = analysis.sentences[0];
  return {
    kind: 'title',
    title: analysis.title,
    body: parts.join('\n\n'),
    notes: lead?.text ?? '',
    sources: lead === undefined ? [] : [lead.index],
  };
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

function sectionSlides(section: AnalyzedSection, analysis: Analysis, settings: SplitSettings): Slide[] {
  const chunks: { bullets: string[]; sources: number[]; words: number }[] = [];
  for (const index of section.sentences) {
    const sentence = analysis.sentences[index];
    if (sentence === undefined) continue;
    const bullet = shortenSentence(withoutDateline(sentence.text), analysis.lang).text;
    const words = countWords(bullet);
    let chunk = chunks.at(-1);
    // "About" maxWords: the bullet that passes the limit stays; the next one opens a slide.
    if (chunk === undefined || chunk.bullets.length >= settings.maxBullets || chunk.words >= settings.maxWords) {
      chunk = { bullets: [], sources: [], words: 0 };
      chunks.push(chunk);
    }
    chunk.bullets.push(bullet);
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

function figuresSlide(analysis: Analysis): Slide | undefined {
  const seen = new Set<string>();
  const lines: string[] = [];
  const sources: number[] = [];
  // A bounded number of tries: a sentence of repeated numbers must not make this quadratic.
  for (const figure of analysis.figures.slice(0, MAX_LIST * 5)) {
    const sentence = analysis.sentences[figure.sentence];
    if (sentence === undefined || lines.length >= MAX_LIST) continue;
    const clause = clauseAround(sentence.text, figure.text, analysis.lang);
    if (clause === undefined || seen.has(clause.text)) continue;
    seen.add(clause.text);
    lines.push(
      `${escapeMarkdownInline(clause.before)}**${escapeMarkdownInline(figure.text)}**${escapeMarkdownInline(clause.after)}`,
    );
    sources.push(figure.sentence);
  }
  if (lines.length < 2) return undefined;
  const unique = [...new Set(sources)];
  return { kind: 'figures', title: titles[analysis.lang].figures, body: lines.map((l) => `- ${l}`).join('\n'), notes: sourceNotes(analysis, unique), sources: unique };
}

function quotesSlide(analysis: Analysis): Slide | undefined {
  const [open, close] = analysis.lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
  const quotes = analysis.quotes.filter((q) => countWords(q.text) >= 3).slice(0, MAX_QUOTES);
  if (quotes.length === 0) return undefined;
  const bullets = quotes.map((q) => `${open}${q.text}${close}${q.speaker === undefined ? '' : ` — ${q.speaker}`}`);
  const sources = [...new Set(quotes.map((q) => q.sentence))];
  return { kind: 'quotes', title: titles[analysis.lang].quotes, body: bulletList(bullets), notes: sourceNotes(analysis, sources), sources };
}

function timelineSlide(analysis: Analysis): Slide | undefined {
  const lines: string[] = [];
  const sources: number[] = [];
  for (const date of analysis.dates) {
    const sentence = analysis.sentences[date.sentence];
    if (sentence === undefined || sources.includes(date.sentence) || lines.length >= MAX_LIST) continue;
    const short = shortenSentence(withoutLeadingPhrase(sentence.text, date.text, analysis.lang), analysis.lang, TIMELINE_CHARS).text;
    // A sentence that opens on a pronoun ("Elle avait négocié en 1990…") says nothing on its own in a timeline.
    if (opensDangling(short, analysis.lang)) continue;
    lines.push(`**${escapeMarkdownInline(date.text)}**${colon(analysis.lang)}${escapeMarkdownInline(short)}`);
    sources.push(date.sentence);
  }
  if (lines.length < 2) return undefined;
  return { kind: 'timeline', title: titles[analysis.lang].timeline, body: lines.map((l) => `- ${l}`).join('\n'), notes: sourceNotes(analysis, sources), sources };
}

/** "La semaine dernière, le président …" under the date "La semaine dernière" → "le président …" (not when a pronoun would open it). */
function withoutLeadingPhrase(sentence: string, phrase: string, lang: Lang): string {
  if (!sentence.toLowerCase().startsWith(phrase.toLowerCase())) return sentence;
  const rest = sentence.slice(phrase.length).replace(/^[\s,]+/, '');
  // "Mardi, il a annoncé…" keeps its date: "il a annoncé…" alone would open on a dangling pronoun.
  return countWords(rest) >= 4 && !opensDangling(rest, lang) ? rest : sentence;
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
