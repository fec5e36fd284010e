// The slides after the sections: actors, figures, quotes and timeline, and the key actors the title slide names.
import type { Analysis, EntityKind } from '../analysis/analysis';
import type { Slide } from './deck';
import { figureBullets } from './figure-bullets';
import type { SentenceContext } from './sentence-context';
import { countSpacedRuns } from './bullet-words';
import { bulletList, colon, sourceNotes } from './slide-text';
import { timelineBullets } from './timeline-bullets';
import titles from './slide-titles.json';

const TITLE_ACTORS = 3;
const MAX_LIST = 6;
const MAX_QUOTES = 4;

/** The most mentioned people (else organisations, else places), most mentioned first, ties by first mention. */
export function keyActors(analysis: Analysis): string[] {
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

/** The actors slide: people, organisations and places, most mentioned first; none with fewer than three. */
export function actorsSlide(analysis: Analysis): Slide | undefined {
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

/** The figures slide: each figure with what it measures; none with fewer than two. */
export function figuresSlide(analysis: Analysis, context: SentenceContext): Slide | undefined {
  const bullets = figureBullets(analysis, MAX_LIST, context.dates);
  if (bullets.length < 2) return undefined;
  const sources = [...new Set(bullets.map((b) => b.sentence))];
  return { kind: 'figures', title: titles[analysis.lang].figures, body: bullets.map((b) => `- ${b.markdown}`).join('\n'), notes: sourceNotes(analysis, sources), sources };
}

/** The quotations the quotes slide shows. */
export function shownQuotes(analysis: Analysis): Analysis['quotes'] {
  return analysis.quotes.filter((q) => countSpacedRuns(q.text) >= 3).slice(0, MAX_QUOTES);
}

/** The quotes slide: the quotations shown, each with its speaker when known. */
export function quotesSlide(analysis: Analysis): Slide | undefined {
  const [open, close] = analysis.lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
  const quotes = shownQuotes(analysis);
  if (quotes.length === 0) return undefined;
  const bullets = quotes.map((q) => `${open}${q.text}${close}${q.speaker === undefined ? '' : ` — ${q.speaker}`}`);
  const sources = [...new Set(quotes.map((q) => q.sentence))];
  return { kind: 'quotes', title: titles[analysis.lang].quotes, body: bulletList(bullets), notes: sourceNotes(analysis, sources), sources };
}

/** The timeline slide: each date then its event; none with fewer than two. */
export function timelineSlide(analysis: Analysis, context: SentenceContext): Slide | undefined {
  const bullets = timelineBullets(analysis, MAX_LIST, context.figures, context.dates);
  if (bullets.length < 2) return undefined;
  const sources = bullets.map((b) => b.sentence);
  return { kind: 'timeline', title: titles[analysis.lang].timeline, body: bullets.map((b) => `- ${b.markdown}`).join('\n'), notes: sourceNotes(analysis, sources), sources };
}
