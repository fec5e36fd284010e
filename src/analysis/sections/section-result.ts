// The sections part of an Analysis, as the JSON shows it: every sentence with its sections (best first),
// cue words, candidates and support, and the sections placed, each with its title and opening sentence.
import type { Lang } from '../../article/article';
import type { AnalyzedSection, AnalyzedSentence, Candidate, SectionId, Support } from '../analysis';
import { sortSmall } from '../small-sort';
import type { Template } from '../template';
import type { CompiledTemplate } from './compiled-template';
import { sectionOpening, type Placement, type PlacementMargin, type ScoreOf } from './placement';
import { cueWordsAt, hasSupport, ownScore, supportSources, type SectionGrid } from './section-grid';
import { NO_CUE_WORDS, type ScoredInput } from './sentence-score';

/** The sections part of an Analysis. */
export interface SectionResult {
  /** Every sentence with its sections, cues and candidates. */
  readonly sentences: AnalyzedSentence[];
  /** The sections shown, in deck order. */
  readonly sections: AnalyzedSection[];
}

// The lists a sentence leaves empty (most of them) share one frozen empty list each.
const NO_SECTIONS: readonly SectionId[] = Object.freeze([]);
const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Sentence `i` as the analysis shows it: the sections it is placed in, their cue words, the sections it fell short of, what lifted it. */
function analyzedSentence(i: number, input: ScoredInput, grid: SectionGrid, sectionIds: readonly SectionId[], placed: Placement, margin: PlacementMargin, template: Template): AnalyzedSentence {
  let sectionsOf: SectionId[] | undefined;
  let cues: string[] | undefined;
  let candidates: Candidate[] | undefined;
  let support: Support[] | undefined;
  if (!input.isCredit) {
    for (let n = 0; n < grid.width; n++) {
      const id = sectionIds[n]!;
      const score = ownScore(grid, i, n);
      const cueWords = cueWordsAt(grid, i, n) ?? NO_CUE_WORDS;
      if (placed.get(id)?.has(i) === true) {
        (sectionsOf ??= []).push(id);
        // A placement its cues alone did not make says what lifted it.
        if (hasSupport(grid, i, n) && score < (template.sections[id]!.threshold ?? template.threshold)) {
          (support ??= []).push({ section: id, from: supportSources(grid, i, n) });
        }
        for (const c of cueWords) if (!(cues ??= []).includes(c)) cues.push(c);
      } else if (score > 0 && cueWords.length > 0) {
        (candidates ??= []).push({ section: id, score: round(score), cues: cueWords });
      }
    }
  }
  // Best first: the deck shows a sentence on the slide of its first section.
  if (sectionsOf !== undefined && sectionsOf.length > 1) sortSmall(sectionsOf, (a, b) => margin(b, i) - margin(a, i));
  const sections = sectionsOf ?? NO_SECTIONS;
  const shownCues = cues ?? NO_CUE_WORDS;
  const shownCandidates = candidates ?? NO_CANDIDATES;
  return support === undefined
    ? { index: i, text: input.text, sections, cues: shownCues, candidates: shownCandidates }
    : { index: i, text: input.text, sections, cues: shownCues, candidates: shownCandidates, support };
}

/** Every sentence as the analysis shows it. */
export function analyzedSentences(inputs: readonly ScoredInput[], grid: SectionGrid, sectionIds: readonly SectionId[], placed: Placement, margin: PlacementMargin, template: Template): AnalyzedSentence[] {
  return inputs.map((input, i) => analyzedSentence(i, input, grid, sectionIds, placed, margin, template));
}

/** The sections placed, in the template's order, each with its sentences in text order, its title and its opening sentence. */
export function analyzedSections(
  placed: Placement,
  inputs: readonly ScoredInput[],
  compiledTemplate: CompiledTemplate,
  template: Template,
  lang: Lang,
  scoreOf: ScoreOf,
): AnalyzedSection[] {
  const sections: AnalyzedSection[] = [];
  for (const id of compiledTemplate.ids) {
    const members = placed.get(id);
    if (members === undefined) continue;
    const sorted = [...members].sort((a, b) => a - b);
    const { title, opening } = sectionOpening(id, sorted, inputs, compiledTemplate, template, lang, scoreOf);
    sections.push({ id, title, sentences: sorted, opening });
  }
  return sections;
}
