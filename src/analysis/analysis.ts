// The Analysis type: what `analyze` finds in an Article (the JSON of `briefing analyze --json`).
import type { Lang } from '../article/article';

/** The sections a briefing can have, in deck order. */
export const SECTION_IDS = ['context', 'agreements', 'alliances', 'economy'] as const;

/** A section id: context, agreements, alliances or economy. */
export type SectionId = (typeof SECTION_IDS)[number];

/** A section that had cues in a sentence but not enough to place it there. */
export interface Candidate {
  /** The section the cues point to. */
  readonly section: SectionId;
  /** The summed weight of the cues. */
  readonly score: number;
  /** The cue words found, as the article writes them. */
  readonly cues: readonly string[];
}

/** What lifted a sentence's weak cues for a section: a sentence next to it placed there, the headline, or the section itself. */
export type SupportSource = 'neighbour' | 'headline' | 'established';

/** A section a sentence is placed in only thanks to support from the article around it (its cues alone fell short). */
export interface Support {
  /** The section. */
  readonly section: SectionId;
  /** What the support came from. */
  readonly from: readonly SupportSource[];
}

/** A sentence with the sections it serves and why. */
export interface AnalyzedSentence {
  /** Index into `Analysis.sentences` (same as the Article's). */
  readonly index: number;
  /** The article's own words. */
  readonly text: string;
  /** Sections this sentence is placed in (only sections the deck shows). */
  readonly sections: readonly SectionId[];
  /** The cue words that placed it, as the article writes them. */
  readonly cues: readonly string[];
  /** Sections whose cues did not reach the threshold. */
  readonly candidates: readonly Candidate[];
  /** The sections it is placed in only thanks to support; absent when there are none. */
  readonly support?: readonly Support[];
}

/** A section the deck shows, with its title in the article's language. */
export interface AnalyzedSection {
  /** The section id. */
  readonly id: SectionId;
  /** The slide title, e.g. "Crise économique" or "Économie". */
  readonly title: string;
  /** Indices of its sentences, in article order. */
  readonly sentences: readonly number[];
  /** The sentence its slide opens on: the one that scores highest there (for a crisis title, the highest that names the crisis). */
  readonly opening: number;
}

/** What kind of thing a named entity is. */
export type EntityKind = 'person' | 'place' | 'organisation';

/** A named entity with every sentence that mentions it (merged forms: Maduro = Nicolas Maduro). */
export interface Entity {
  /** The fullest form the article uses. */
  readonly name: string;
  /** Person, place or organisation. */
  readonly kind: EntityKind;
  /** Indices of the sentences that mention it, in order, without repeats. */
  readonly mentions: readonly number[];
}

/** A number with its unit or noun, as the article writes it. */
export interface Figure {
  /** E.g. "96%", "300 millions de mètres cubes", "cinquante pays". */
  readonly text: string;
  /** Index of the sentence it comes from. */
  readonly sentence: number;
}

/** A direct quotation, verbatim, with its speaker when the sentence names one. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  readonly text: string;
  /** Who said it, when the sentence names them. */
  readonly speaker?: string;
  /** Index of the sentence it comes from. */
  readonly sentence: number;
}

/** A date or time expression, as the article writes it. */
export interface DateMention {
  /** E.g. "samedi", "la semaine dernière", "29 June 2018". */
  readonly text: string;
  /** Index of the sentence it comes from. */
  readonly sentence: number;
}

/** Everything the analysis found in one article. */
export interface Analysis {
  /** The article's language. */
  readonly lang: Lang;
  /** The article's title (never generated words). */
  readonly title: string;
  /** Every sentence, with its sections. */
  readonly sentences: readonly AnalyzedSentence[];
  /** The sections the deck shows, in deck order. */
  readonly sections: readonly AnalyzedSection[];
  /** Named people, places and organisations. */
  readonly entities: readonly Entity[];
  /** Key numbers. */
  readonly figures: readonly Figure[];
  /** Direct quotations. */
  readonly quotes: readonly Quote[];
  /** Dates and times. */
  readonly dates: readonly DateMention[];
}
