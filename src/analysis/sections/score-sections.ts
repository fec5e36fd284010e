// Section scoring: per sentence, the weighted cues of each section (negation lowers them), the lead
// bias, the title overlap and figure weights; then which sections have real evidence, their support,
// caps and placement, and the result the analysis shows.
import type { Lang } from '../../article/article';
import type { SectionId } from '../analysis';
import type { Template } from '../template';
import { compile } from './compiled-template';
import type { SentenceCues } from './cue-entries';
import { capSections, keepBestSections, placeSentences, placementMargin, type ScoreOf } from './placement';
import { sectionGrid, setOwnScore, supportedScore, type SectionGrid } from './section-grid';
import { analyzedSections, analyzedSentences, type SectionResult } from './section-result';
import { headlineInput, scoreSection, type ScoredInput } from './sentence-score';
import { addSectionSupport, hasOwnEvidence } from './support';

/** The rank of each sentence among the lead candidates, -1 for the others. */
function leadRanksOf(inputs: readonly ScoredInput[]): number[] {
  let rank = 0;
  return inputs.map((input) => (input.isLeadCandidate ? rank++ : -1));
}

/** Every sentence's own score for every section of the template (a credit line scores nothing). */
function ownScores(inputs: readonly ScoredInput[], lang: Lang, template: Template, leadRanks: readonly number[]): SectionGrid {
  const compiledTemplate = compile(template, lang);
  const sectionIds = compiledTemplate.ids;
  const factor = template.negation.factor;
  const grid = sectionGrid(inputs.length, sectionIds.length);
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    if (input.isCredit) continue;
    for (let n = 0; n < grid.width; n++) {
      const result = scoreSection(template.sections[sectionIds[n]!]!, n, input, leadRanks[i]!, compiledTemplate.weights[n]!, factor);
      setOwnScore(grid, i, n, result.score, result.cues);
    }
  }
  return grid;
}

/** Scores every sentence for every section of the template and keeps the sections with real evidence. */
export function scoreSections(inputs: readonly ScoredInput[], lang: Lang, template: Template, headlineCues?: SentenceCues): SectionResult {
  const compiledTemplate = compile(template, lang);
  const factor = template.negation.factor;
  const sectionIds = compiledTemplate.ids;
  const leadRanks = leadRanksOf(inputs);
  const grid = ownScores(inputs, lang, template, leadRanks);
  // A section's evidence is what its sentences score on their own; support only extends it.
  const headline = sectionIds.map((id, n) =>
    headlineCues === undefined ? 0 : scoreSection(template.sections[id]!, n, headlineInput(headlineCues), -1, compiledTemplate.weights[n]!, factor).score,
  );
  const isEstablished = sectionIds.map((id, n) => {
    const section = template.sections[id]!;
    return hasOwnEvidence(grid, n, section, section.threshold ?? template.threshold);
  });
  addSectionSupport(grid, inputs, sectionIds, template, headline, isEstablished);
  const scoreOf: ScoreOf = (i: number, id: SectionId): number => supportedScore(grid, i, sectionIds.indexOf(id));

  const placed = placeSentences(inputs.length, sectionIds, template, scoreOf, isEstablished);
  capSections(placed, sectionIds, template, scoreOf, leadRanks, inputs.length);
  const margin = placementMargin(scoreOf, template, leadRanks);
  keepBestSections(placed, margin, template, inputs.length);
  return {
    sentences: analyzedSentences(inputs, grid, sectionIds, placed, margin, template),
    sections: analyzedSections(placed, inputs, compiledTemplate, template, lang, scoreOf),
  };
}
