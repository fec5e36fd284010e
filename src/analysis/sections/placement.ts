// Which sentences a section holds: those that reach its threshold in a section with real evidence, within
// its caps, each sentence in at most `maxSectionsPerSentence` sections; and the sentence it opens on.
import type { Lang } from '../../article/article';
import type { SectionId } from '../analysis';
import type { Template } from '../template';
import { crisisLexicon, type CompiledTemplate } from './compiled-template';
import { occurrencesOutsideNames } from './cue-entries';
import type { ScoredInput } from './sentence-score';

/** Sentence `i`'s score for section `id`, support included. */
export type ScoreOf = (i: number, id: SectionId) => number;

/** The sentences each section holds, by section. */
export type Placement = Map<SectionId, Set<number>>;

/** The sentences that reach each section's threshold, for the sections with real evidence (`isEstablished`, per section). */
export function placeSentences(count: number, sectionIds: readonly SectionId[], template: Template, scoreOf: ScoreOf, isEstablished: readonly boolean[]): Placement {
  const placed: Placement = new Map();
  for (const id of sectionIds) {
    const section = template.sections[id]!;
    const threshold = section.threshold ?? template.threshold;
    const members: number[] = [];
    for (let i = 0; i < count; i++) if (scoreOf(i, id) >= threshold) members.push(i);
    const hasEvidence = isEstablished[sectionIds.indexOf(id)] === true;
    if (hasEvidence && members.length > 0) placed.set(id, new Set(members));
  }
  return placed;
}

/**
 * Holds each section to its caps (`maxSentences`, `maxShare` of the `count` sentences). The caps bound what
 * a section's slide shows alone: a sentence another section also holds is shown there (the deck shows a
 * sentence once) and does not count against them. The lead stays; the rest compete on their scores.
 */
export function capSections(placed: Placement, sectionIds: readonly SectionId[], template: Template, scoreOf: ScoreOf, leadRanks: readonly number[], count: number): void {
  for (const id of sectionIds) {
    const section = template.sections[id]!;
    const members = placed.get(id);
    if (members === undefined) continue;
    // The share never cuts below the lead: a short article keeps its opening sentences.
    const floor = Math.max(section.minSentences, section.lead?.sentences ?? 0);
    const byShare = section.maxShare === undefined ? Infinity : Math.max(floor, Math.floor(section.maxShare * count));
    const cap = Math.min(section.maxSentences ?? Infinity, byShare);
    const others = [...placed].filter(([other]) => other !== id).map(([, set]) => set);
    const alone = [...members].filter((i) => !others.some((set) => set.has(i)));
    if (alone.length <= cap) continue;
    const isLead = (i: number): number => (section.lead !== undefined && leadRanks[i]! >= 0 && leadRanks[i]! < section.lead.sentences ? 1 : 0);
    const dropped = alone.sort((a, b) => isLead(b) - isLead(a) || scoreOf(b, id) - scoreOf(a, id) || a - b).slice(cap);
    for (const i of dropped) members.delete(i);
  }
}

/**
 * How strongly a sentence belongs to a section: its margin over the threshold, with context last (it is where
 * any early sentence may go) except for the lead sentence itself, which keeps context first (it states what
 * the story is).
 */
export type PlacementMargin = (id: SectionId, i: number) => number;

/** The placement margin of the template's sections, from the scores and the lead ranks (-1: no lead candidate). */
export function placementMargin(scoreOf: ScoreOf, template: Template, leadRanks: readonly number[]): PlacementMargin {
  return (id, i) =>
    id === 'context' && leadRanks[i] === 0
      ? Infinity
      : id === 'context'
        ? -Infinity
        : scoreOf(i, id) - (template.sections[id]?.threshold ?? template.threshold);
}

/**
 * A sentence serves at most `maxSectionsPerSentence` sections: those with the widest placement margin.
 * A section left with no sentence is dropped.
 */
export function keepBestSections(placed: Placement, margin: PlacementMargin, template: Template, count: number): void {
  const memberSets = [...placed.values()];
  for (let i = 0; i < count; i++) {
    let served = 0;
    for (const members of memberSets) if (members.has(i)) served++;
    if (served <= template.maxSectionsPerSentence) continue;
    const ids = [...placed.keys()].filter((id) => placed.get(id)!.has(i));
    const dropped = ids.sort((a, b) => margin(b, i) - margin(a, i)).slice(template.maxSectionsPerSentence);
    for (const id of dropped) placed.get(id)!.delete(i);
  }
  for (const [id, members] of placed) if (members.size === 0) placed.delete(id);
}

/** A placed section's title and the sentence its slide opens on. */
export interface SectionOpening {
  /** The title shown. */
  readonly title: string;
  /** The index of the opening sentence. */
  readonly opening: number;
}

/**
 * The title and opening sentence of section `id` holding `sorted` (in text order): the sentence that scores
 * highest there, except that a section with calm titles takes its calm title when none of its sentences names
 * the crisis, and opens on the crisis it names when one does ("Crise économique").
 */
export function sectionOpening(
  id: SectionId,
  sorted: readonly number[],
  inputs: readonly ScoredInput[],
  compiledTemplate: CompiledTemplate,
  template: Template,
  lang: Lang,
  scoreOf: ScoreOf,
): SectionOpening {
  const section = template.sections[id]!;
  let title = section.titles[lang];
  let contenders = sorted;
  const set = crisisLexicon(compiledTemplate, id);
  if (section.calmTitles !== undefined && set >= 0) {
    const naming = sorted.filter((i) => occurrencesOutsideNames(inputs[i]!.cues, set, inputs[i]!.names) !== undefined);
    if (naming.length === 0) title = section.calmTitles[lang];
    else contenders = naming;
  }
  const opening = contenders.reduce((best, i) => (scoreOf(i, id) > scoreOf(best, id) ? i : best), contenders[0]!);
  return { title, opening };
}
