// The template: section titles and cue lexicons per language, scoring settings and the slide split.
// The default lives in default-template.json; `--template FILE` takes the same shape.
import type { Lang } from '../article/article';
import { SECTION_IDS, type SectionId } from './analysis';
import defaultTemplateJson from './default-template.json';
import { checkKeys, cueList, cueWeights, describe, fail, num, perLang, record, str } from './template-checks';

/** One value per language. */
export type PerLang<T> = Readonly<Record<Lang, T>>;

/** Cue patterns and their weights: `accord*` is a prefix, `ally` a whole word, `front commun` several words. */
export type CueWeights = Readonly<Record<string, number>>;

/** A bonus for the first sentences of the article (the lead). */
export interface LeadBias {
  /** How many sentences from the start get the bonus. */
  readonly sentences: number;
  /** The bonus added to each of them. */
  readonly weight: number;
  /** Over this many further sentences the bonus falls to nothing (0: it stops at once). */
  readonly taper?: number;
}

/** A bonus for words a sentence shares with the article's title. */
export interface TitleOverlap {
  /** Added per shared word. */
  readonly weight: number;
  /** The bonus never exceeds this. */
  readonly max: number;
}

/** Extra weight from the figures of a sentence. */
export interface FigureWeights {
  /** Per sentence with an amount of money. */
  readonly money: number;
  /** Per sentence with a percentage. */
  readonly percent: number;
}

/**
 * Bonuses for a sentence whose cues for a section fall short of its threshold, when the article around it
 * is about the section: a weak cue there is more than a chance word.
 */
export interface CueSupport {
  /** Added when the previous or the next sentence reaches the threshold on its own (a paragraph keeps to one topic). */
  readonly neighbour: number;
  /** Added when the headline reaches the threshold (the story is about the section). */
  readonly headline: number;
  /** Added when the section has its evidence without support (the story is about it: minSentences or strongScore). */
  readonly established: number;
}

/** How one section is recognised and titled. */
export interface SectionTemplate {
  /** The slide title per language. */
  readonly titles: PerLang<string>;
  /** The title when none of `crisisCues` occurs in the section (e.g. "Économie"). */
  readonly calmTitles?: PerLang<string>;
  /** Cues whose presence in the section's sentences selects `titles` over `calmTitles`. */
  readonly crisisCues?: PerLang<readonly string[]>;
  /** Cue patterns with weights (negative weights count against the section). */
  readonly cues: PerLang<CueWeights>;
  /** Overrides the template's threshold for this section. */
  readonly threshold?: number;
  /** The section is shown only with at least this many placed sentences... */
  readonly minSentences: number;
  /** ...or one sentence scoring at least this (0: never by that rule alone). */
  readonly strongScore: number;
  /** At most this many sentences, the best scored, stay in the section... */
  readonly maxSentences?: number;
  /** ...and at most this share of the article's sentences (never fewer than the lead or `minSentences`). */
  readonly maxShare?: number;
  /** A bonus for the lead sentences. */
  readonly lead?: LeadBias;
  /** A bonus for sharing words with the title. */
  readonly titleOverlap?: TitleOverlap;
  /** A bonus for sentences holding money amounts or percentages. */
  readonly figureWeights?: FigureWeights;
  /** A bonus for a sentence that holds a date: when something happened or is to happen is background. */
  readonly dateWeight?: number;
  /** Scales the cue score of a sentence that names or designates no actor (a country, a bloc, a group: sections/actors.ts). */
  readonly withoutActor?: number;
  /** Bonuses for a weak cue in an article about the section. */
  readonly support?: CueSupport;
}

/** How negation near a cue lowers it. */
export interface NegationSettings {
  /** How many words before a cue are searched for a negation. */
  readonly window: number;
  /** The cue's weight is multiplied by this when negated. */
  readonly factor: number;
  /** Negation words per language (`n` stands for `n'`, `t` for `n't`). */
  readonly words: PerLang<readonly string[]>;
}

/** Where `compose` splits a long section into several slides. */
export interface SplitSettings {
  /** Bullets on one slide at the most. */
  readonly maxBullets: number;
  /** Words on one slide, about. */
  readonly maxWords: number;
}

/** A whole template: what `--template FILE` holds. */
export interface Template {
  /** The score a sentence needs to be placed in a section. */
  readonly threshold: number;
  /** The slide split that compose uses. */
  readonly split: SplitSettings;
  /** How many sections one sentence may serve at the most (the best scored ones). */
  readonly maxSectionsPerSentence: number;
  /** Negation handling. */
  readonly negation: NegationSettings;
  /** The sections, by id; a section left out is never shown. */
  readonly sections: Readonly<Partial<Record<SectionId, SectionTemplate>>>;
}

const SECTION_KEYS = [
  'titles', 'calmTitles', 'crisisCues', 'cues', 'threshold', 'minSentences', 'strongScore',
  'maxSentences', 'maxShare', 'lead', 'titleOverlap', 'figureWeights', 'support', 'dateWeight', 'withoutActor',
] as const;

function section(value: unknown, path: string): SectionTemplate {
  const obj = record(value, path);
  checkKeys(obj, SECTION_KEYS, path);
  if (!('titles' in obj)) fail(`${path}.titles`, 'is missing');
  if (!('cues' in obj)) fail(`${path}.cues`, 'is missing');
  const out: {
    -readonly [K in keyof SectionTemplate]: SectionTemplate[K];
  } = {
    titles: perLang(obj.titles, `${path}.titles`, str),
    cues: perLang(obj.cues, `${path}.cues`, cueWeights),
    minSentences: obj.minSentences === undefined ? 1 : num(obj.minSentences, `${path}.minSentences`, 1, 1000, true),
    strongScore: obj.strongScore === undefined ? 0 : num(obj.strongScore, `${path}.strongScore`, 0),
  };
  if (obj.calmTitles !== undefined) out.calmTitles = perLang(obj.calmTitles, `${path}.calmTitles`, str);
  if (obj.crisisCues !== undefined) out.crisisCues = perLang(obj.crisisCues, `${path}.crisisCues`, cueList);
  if (obj.threshold !== undefined) out.threshold = num(obj.threshold, `${path}.threshold`, 0);
  if (obj.maxSentences !== undefined) out.maxSentences = num(obj.maxSentences, `${path}.maxSentences`, 1, 1e9, true);
  if (obj.maxShare !== undefined) out.maxShare = num(obj.maxShare, `${path}.maxShare`, 0, 1);
  if (obj.lead !== undefined) {
    const lead = record(obj.lead, `${path}.lead`);
    checkKeys(lead, ['sentences', 'weight', 'taper'], `${path}.lead`);
    out.lead = {
      sentences: num(lead.sentences, `${path}.lead.sentences`, 0, 1e6, true),
      weight: num(lead.weight, `${path}.lead.weight`, 0, 100),
      ...(lead.taper === undefined ? {} : { taper: num(lead.taper, `${path}.lead.taper`, 0, 1e6, true) }),
    };
  }
  if (obj.titleOverlap !== undefined) {
    const overlap = record(obj.titleOverlap, `${path}.titleOverlap`);
    checkKeys(overlap, ['weight', 'max'], `${path}.titleOverlap`);
    out.titleOverlap = {
      weight: num(overlap.weight, `${path}.titleOverlap.weight`, 0, 100),
      max: num(overlap.max, `${path}.titleOverlap.max`, 0, 100),
    };
  }
  if (obj.dateWeight !== undefined) out.dateWeight = num(obj.dateWeight, `${path}.dateWeight`, -100, 100);
  if (obj.withoutActor !== undefined) out.withoutActor = num(obj.withoutActor, `${path}.withoutActor`, 0, 1);
  if (obj.support !== undefined) {
    const support = record(obj.support, `${path}.support`);
    checkKeys(support, ['neighbour', 'headline', 'established'], `${path}.support`);
    out.support = {
      neighbour: num(support.neighbour ?? 0, `${path}.support.neighbour`, 0, 100),
      headline: num(support.headline ?? 0, `${path}.support.headline`, 0, 100),
      established: num(support.established ?? 0, `${path}.support.established`, 0, 100),
    };
  }
  if (obj.figureWeights !== undefined) {
    const figures = record(obj.figureWeights, `${path}.figureWeights`);
    checkKeys(figures, ['money', 'percent'], `${path}.figureWeights`);
    out.figureWeights = {
      money: num(figures.money ?? 0, `${path}.figureWeights.money`, -100, 100),
      percent: num(figures.percent ?? 0, `${path}.figureWeights.percent`, -100, 100),
    };
  }
  return out;
}

/** Validates a template read from JSON; throws an Error with a one-line message naming what is wrong. */
export function parseTemplate(json: unknown): Template {
  const root = record(json, 'template');
  checkKeys(root, ['threshold', 'split', 'maxSectionsPerSentence', 'negation', 'sections', '$schema', 'comment'], 'template');
  if (!('sections' in root)) fail('template.sections', 'is missing');
  const sectionsObj = record(root.sections, 'template.sections');
  checkKeys(sectionsObj, SECTION_IDS, 'template.sections');
  const sections: Partial<Record<SectionId, SectionTemplate>> = {};
  for (const id of SECTION_IDS) {
    if (sectionsObj[id] !== undefined) sections[id] = section(sectionsObj[id], `template.sections.${id}`);
  }
  if (Object.keys(sections).length === 0) fail('template.sections', 'must hold at least one of: ' + SECTION_IDS.join(', '));

  const threshold = root.threshold === undefined ? 1.5 : num(root.threshold, 'template.threshold', 0, 1000);

  let split: SplitSettings = { maxBullets: 5, maxWords: 60 };
  if (root.split !== undefined) {
    const obj = record(root.split, 'template.split');
    checkKeys(obj, ['maxBullets', 'maxWords'], 'template.split');
    split = {
      maxBullets: num(obj.maxBullets ?? 5, 'template.split.maxBullets', 1, 1000, true),
      maxWords: num(obj.maxWords ?? 60, 'template.split.maxWords', 1, 100000, true),
    };
  }

  const maxSectionsPerSentence =
    root.maxSectionsPerSentence === undefined ? 2 : num(root.maxSectionsPerSentence, 'template.maxSectionsPerSentence', 1, 4, true);

  let negation: NegationSettings = { window: 0, factor: 1, words: { fr: [], en: [] } };
  if (root.negation !== undefined) {
    const obj = record(root.negation, 'template.negation');
    checkKeys(obj, ['window', 'factor', 'words'], 'template.negation');
    negation = {
      window: num(obj.window ?? 3, 'template.negation.window', 0, 50, true),
      factor: num(obj.factor ?? 0.25, 'template.negation.factor', -10, 10),
      words: perLang(obj.words ?? { fr: [], en: [] }, 'template.negation.words', (v, p) => {
        if (!Array.isArray(v)) fail(p, `must be a list of words, got ${describe(v)}`);
        return v.map((w, i) => str(w, `${p}[${i}]`));
      }),
    };
  }
  return { threshold, split, maxSectionsPerSentence, negation, sections };
}

/** The built-in template (src/analysis/default-template.json). */
export const DEFAULT_TEMPLATE: Template = parseTemplate(defaultTemplateJson);
