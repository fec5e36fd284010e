// One sentence's score for one section: its cues outside names (a negation lowers them), the lead bonus,
// the words it shares with the title, its figures and its dates.
import type { CueWeights, LeadBias, SectionTemplate } from '../template';
import {
  cuePattern,
  cueText,
  distinctMatches,
  isCueNegated,
  NO_ENTRIES,
  occurrencesOutsideNames,
  titleWordCount,
  titleWordStem,
  titleWordText,
  type SentenceCues,
} from './cue-entries';

/** One sentence as the scorer sees it. */
export interface ScoredInput {
  /** The sentence text. */
  readonly text: string;
  /** Its cues (findSentenceCues). */
  readonly cues: SentenceCues;
  /** Token ranges inside names other than places, first and last index of each in pairs (their words are not cues: "Alliance Investment Partners"). */
  readonly names: readonly number[];
  /** Whether it may receive the lead bias (a real sentence, not a byline or heading). */
  readonly isLeadCandidate: boolean;
  /** Whether it is a byline or credit line (never placed). */
  readonly isCredit: boolean;
  /** Whether it holds an amount of money. */
  readonly hasMoney: boolean;
  /** Whether it holds a percentage. */
  readonly hasPercent: boolean;
  /** Whether it holds a date or time expression. */
  readonly hasDate: boolean;
  /** Whether it names or designates an actor: a place, an organisation, a nationality, a country or a bloc (actors.ts). */
  readonly namesActor: boolean;
}

/** A sentence's score for one section and the cue words that made it. */
export interface SectionScore {
  /** The score. */
  readonly score: number;
  /** The cue words (and title words) behind it, as written. */
  readonly cues: readonly string[];
}

/** The shared empty list of cue words. */
export const NO_CUE_WORDS: readonly string[] = Object.freeze([]);
/** A section's score where a sentence has nothing for it. */
const NOTHING: SectionScore = Object.freeze({ score: 0, cues: NO_CUE_WORDS });

/** The headline as the scorer sees it: its cues alone (no lead, no figures, no names left out). */
export function headlineInput(cues: SentenceCues): ScoredInput {
  return { text: '', cues, names: NO_ENTRIES, isLeadCandidate: false, isCredit: false, hasMoney: false, hasPercent: false, hasDate: false, namesActor: true };
}

/** The lead bonus of the sentence at `rank`: full for the lead, then tapering off (the inverted pyramid). */
function leadBonus(lead: LeadBias, rank: number): number {
  if (rank < lead.sentences) return lead.weight;
  const taper = lead.taper ?? 0;
  const beyond = rank - lead.sentences + 1;
  return beyond <= taper ? (lead.weight * (taper + 1 - beyond)) / (taper + 1) : 0;
}

/**
 * The score of sentence `input` for `section` (lexicon `set` of the compiled template, weighted by
 * `weights`; `factor` scales a negated cue; `leadRank` is its rank among lead candidates, or -1).
 */
export function scoreSection(section: SectionTemplate, set: number, input: ScoredInput, leadRank: number, weights: CueWeights, factor: number): SectionScore {
  let score = 0;
  let cues: string[] | undefined;
  const occurrences = occurrencesOutsideNames(input.cues, set, input.names);
  if (occurrences !== undefined) {
    const found = input.cues.found;
    for (const k of distinctMatches(found, occurrences)) {
      const weight = weights[cuePattern(found, k)]! * (isCueNegated(found, k) ? factor : 1);
      score += weight;
      if (weight > 0) (cues ??= []).push(cueText(found, k, input.text));
    }
    // "urged both sides to resume negotiations", with no country, bloc or group, is no alliance.
    if (section.withoutActor !== undefined && !input.namesActor && score > 0) score *= section.withoutActor;
  }
  if (section.lead !== undefined && leadRank >= 0) score += leadBonus(section.lead, leadRank);
  if (section.titleOverlap !== undefined && input.cues.titleWords.length > 0) {
    const seen: string[] = [];
    const words = input.cues.titleWords;
    const count = titleWordCount(words);
    for (let w = 0; w < count; w++) {
      const stemmed = titleWordStem(words, w);
      if (seen.includes(stemmed)) continue;
      seen.push(stemmed);
      cues ??= [];
      const written = titleWordText(words, w);
      if (!cues.includes(written)) cues.push(written);
    }
    score += Math.min(section.titleOverlap.max, seen.length * section.titleOverlap.weight);
  }
  if (section.figureWeights !== undefined) {
    if (input.hasMoney) score += section.figureWeights.money;
    if (input.hasPercent) score += section.figureWeights.percent;
  }
  if (section.dateWeight !== undefined && input.hasDate) score += section.dateWeight;
  // Most sentences have nothing for most sections: they share one result.
  if (score === 0 && cues === undefined) return NOTHING;
  return { score, cues: cues ?? NO_CUE_WORDS };
}
