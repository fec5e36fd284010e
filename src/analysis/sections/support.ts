// Which sections have their evidence on their own sentences, and the support that lifts a weak cue next
// to it: a neighbour that reaches the threshold, the headline, a section established on its own.
import type { SectionId } from '../analysis';
import type { SectionTemplate, Template } from '../template';
import { addSupport, cueWordsAt, ownScore, type SectionGrid } from './section-grid';
import type { ScoredInput } from './sentence-score';

/**
 * Whether section `n` has its evidence on its own sentences' scores (support left out): at least
 * `minSentences` of them reach the threshold, or one reaches `strongScore`.
 */
export function hasOwnEvidence(grid: SectionGrid, n: number, section: SectionTemplate, threshold: number): boolean {
  let own = 0;
  let strongest = 0;
  for (let i = 0; i < grid.count; i++) {
    const score = ownScore(grid, i, n);
    if (score < threshold) continue;
    own++;
    strongest = Math.max(strongest, score);
  }
  return own >= section.minSentences || (section.strongScore > 0 && strongest >= section.strongScore);
}

/**
 * Adds each section's support to the sentences that have a cue word for it but fall short of its threshold:
 * the neighbour bonus next to a sentence that reaches the threshold on its own (support does not chain),
 * the headline bonus when the headline (`headline`: its score per section) reaches it, the established
 * bonus when the section has its evidence on its own (`isEstablished`, per section).
 */
export function addSectionSupport(
  grid: SectionGrid,
  inputs: readonly ScoredInput[],
  sectionIds: readonly SectionId[],
  template: Template,
  headline: readonly number[],
  isEstablished: readonly boolean[],
): void {
  for (let n = 0; n < grid.width; n++) {
    const section = template.sections[sectionIds[n]!]!;
    const threshold = section.threshold ?? template.threshold;
    const neighbour = section.support?.neighbour ?? 0;
    const fromHeadline = (headline[n] ?? 0) >= threshold ? (section.support?.headline ?? 0) : 0;
    const isStrong = (i: number): boolean => i >= 0 && i < inputs.length && !inputs[i]!.isCredit && ownScore(grid, i, n) >= threshold;
    const fromSection = isEstablished[n] === true ? (section.support?.established ?? 0) : 0;
    if (neighbour === 0 && fromHeadline === 0 && fromSection === 0) continue;
    for (let i = 0; i < inputs.length; i++) {
      const score = ownScore(grid, i, n);
      if (cueWordsAt(grid, i, n) === undefined || score <= 0 || score >= threshold) continue;
      const fromNeighbour = isStrong(i - 1) || isStrong(i + 1) ? neighbour : 0;
      addSupport(grid, i, n, fromNeighbour, fromHeadline, fromSection);
    }
  }
}
