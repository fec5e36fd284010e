// A template's cue lexicons compiled for one language (cached per template), and the common-word test
// the entity scanner asks of the template's cues.
import type { Lang } from '../../article/article';
import { SECTION_IDS, type SectionId } from '../analysis';
import { compileCueSets, compileCues, type CueMatcher, type CueSetMatcher } from '../cue-matcher';
import cueGapWords from '../cue-gap-words.json';
import { fold } from '../../text/fold';
import type { Template } from '../template';

/** The compiled lexicons of a template for one language. */
export interface CompiledTemplate {
  /** The sections of the template, in SECTION_IDS order. */
  readonly ids: readonly SectionId[];
  /** The sections with crisis cues, in the same order. */
  readonly crisisIds: readonly SectionId[];
  /** Every section's cues, then every crisis lexicon, found in one pass. */
  readonly cues: CueSetMatcher;
  /** The weight of each pattern, per lexicon in the same order as `cues`. */
  readonly weights: readonly Readonly<Record<string, number>>[];
  /** The folded negation words. */
  readonly negation: ReadonlySet<string>;
}

const compiled = new WeakMap<Template, Map<Lang, CompiledTemplate>>();

/** The template's lexicons for `lang`, compiled once per template and language. */
export function compile(template: Template, lang: Lang): CompiledTemplate {
  let byLang = compiled.get(template);
  if (byLang === undefined) {
    byLang = new Map();
    compiled.set(template, byLang);
  }
  const cached = byLang.get(lang);
  if (cached !== undefined) return cached;
  const ids: SectionId[] = [];
  const crisisIds: SectionId[] = [];
  const lexicons: Readonly<Record<string, number>>[] = [];
  const crisisLexicons: Readonly<Record<string, number>>[] = [];
  for (const id of SECTION_IDS) {
    const section = template.sections[id];
    if (section === undefined) continue;
    ids.push(id);
    lexicons.push(section.cues[lang]);
    const crisisCues = section.crisisCues?.[lang];
    if (crisisCues !== undefined) {
      crisisIds.push(id);
      crisisLexicons.push(Object.fromEntries(crisisCues.map((c) => [c, 1])));
    }
  }
  const result: CompiledTemplate = {
    ids,
    crisisIds,
    cues: compileCueSets([...lexicons, ...crisisLexicons], cueGapWords[lang]),
    weights: [...lexicons, ...crisisLexicons],
    negation: new Set(template.negation.words[lang].map(fold)),
  };
  byLang.set(lang, result);
  return result;
}

/** The lexicon number of section `id`'s crisis cues in `cues` and `weights`, or -1 when it has none. */
export function crisisLexicon(compiledTemplate: CompiledTemplate, id: SectionId): number {
  const crisis = compiledTemplate.crisisIds.indexOf(id);
  return crisis < 0 ? -1 : compiledTemplate.ids.length + crisis;
}

const commonWords = new WeakMap<Template, CueMatcher>();

/** Whether a folded word is one of the template's cue words in any language (a common noun, not a name). */
export function isCueWord(template: Template, key: string): boolean {
  let matcher = commonWords.get(template);
  if (matcher === undefined) {
    const single: Record<string, number> = {};
    for (const id of SECTION_IDS) {
      const section = template.sections[id];
      if (section === undefined) continue;
      for (const lang of ['fr', 'en'] as const) {
        for (const pattern of Object.keys(section.cues[lang])) if (!/\s|'/u.test(pattern.trim())) single[pattern] = 1;
      }
    }
    matcher = compileCues(single);
    commonWords.set(template, matcher);
  }
  return matcher.match([{ text: key, start: 0, end: key.length, key }]).length > 0;
}
