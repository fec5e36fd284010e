// The Deck type: the one model that the presenter and the exporters consume.
import type { Lang } from '../article/article';
import { SECTION_IDS, type SectionId } from '../analysis/analysis';

/** Every kind of slide, in the order a deck shows them (the readers of JSON and Markdown decks check against it). */
export const SLIDE_KINDS = ['title', 'section', 'actors', 'figures', 'quotes', 'timeline', 'markdown'] as const;

/** What a slide is: the title, a section, one of the extracted views, or hand-written Markdown. */
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** One slide. */
export interface Slide {
  /** What the slide is. */
  readonly kind: SlideKind;
  /** The section a `section` slide belongs to. */
  readonly section?: SectionId;
  /** The title, shown verbatim; unique in the deck. */
  readonly title: string;
  /** The body as Markdown; `<!-- pause -->` separates reveal steps. */
  readonly body: string;
  /** Speaker notes as plain text (the full source sentences for generated slides). */
  readonly notes: string;
  /** Indices of the article sentences the slide comes from; [] for hand-written slides. */
  readonly sources: readonly number[];
}

/** The section a deck read back (JSON or Markdown) names for a slide, when it is one of the section ids. */
export function slideSection(value: unknown): SectionId | undefined {
  return SECTION_IDS.find((id) => id === value);
}

/** A briefing deck. */
export interface Deck {
  /** The deck title (the article's title). */
  readonly title: string;
  /** A subtitle, when the article gives one. */
  readonly subtitle?: string;
  /** The language of the slide titles. */
  readonly lang: Lang;
  /** Where the article was published, when it says so. */
  readonly source?: string;
  /** When the article was published, when it says so. */
  readonly date?: string;
  /** The slides, the title slide first. */
  readonly slides: readonly Slide[];
}
