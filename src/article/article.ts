// The Article type: what `read` and the article stage hand to the analysis.
import type { RemovedFurniture } from './furniture';

/** A language the analysis and the slide titles know. */
export type Lang = 'fr' | 'en';

/** What kind of unit a sentence is in the article's layout. */
export type UnitKind = 'sentence' | 'heading' | 'item';

/** One unit of an article: a sentence, a heading or a list item, in article order. */
export interface Sentence {
  /** Position in `Article.sentences`, from 0. */
  readonly index: number;
  /** The article's own words, after `read` (trimmed, spaces collapsed). */
  readonly text: string;
  /** Which paragraph (block separated by blank lines) the unit comes from, from 0. */
  readonly paragraph: number;
  /** Sentence, heading or list item. */
  readonly kind: UnitKind;
}

/** An article ready for analysis: sentences, language and the metadata it gives. */
export interface Article {
  /** The language of the text (detected, or forced with `--lang`). */
  readonly lang: Lang;
  /** The title found as DESIGN.md says (front matter, `# ` heading, short first line, or cut lead). */
  readonly title: string;
  /** Front matter `sub_title`/`description`, else none. */
  readonly subtitle?: string;
  /** Where the article was published, when it says so. */
  readonly source?: string;
  /** When the article was published, when it says so. */
  readonly date?: string;
  /** The body's units in order; the title line, front matter and code blocks are not among them. */
  readonly sentences: readonly Sentence[];
  /** One-line warnings for the user (e.g. an unsupported language); the CLI prints them on stderr. */
  readonly warnings: readonly string[];
  /** Lines removed as pasted page furniture, with why (none when the text shows no sign of a page). */
  readonly removed?: readonly RemovedFurniture[];
}
