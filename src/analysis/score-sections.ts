// Section scoring: per sentence, the weighted cues of each section (negation lowers them), the lead
// bias, the title overlap and figure weights; then which sections have real evidence.
import type { Lang } from '../article/article';
import { SECTION_IDS, type AnalyzedSection, type AnalyzedSentence, type Candidate, type SectionId, type Support, type SupportSource } from './analysis';
import { NUMBER, classAt } from './char-class';
import { sortSmall } from './small-sort';
import { compileCueSets, compileCues, type CueMatch, type CueMatcher, type CueSetMatcher } from './cue-matcher';
import cueGapWords from './cue-gap-words.json';
import { fold } from './fold';
import { GAZETTEER } from './gazetteer';
import type { CueWeights, LeadBias, SectionTemplate, Template } from './template';
import type { Token } from './tokenize';

/**
 * What scoring needs of one sentence, found while its tokens are at hand (see findSentenceCues). Kept for
 * every sentence until scoring, so it is a few flat arrays rather than an object per cue: on a long
 * article, objects kept per sentence are most of the garbage collector's work.
 */
export interface SentenceCues {
  /**
   * Every cue occurrence, CUE_SLOTS entries each: the lexicon (the template's sections in SECTION_IDS
   * order, then the crisis lexicons), the pattern, its first and last token, its start and end offsets,
   * and 1 when a negation governs it (else 0). Names are not yet left out.
   */
  readonly found: readonly (string | number)[];
  /** The words that share a stem with the title, in order: stem, then the word as written, for each. */
  readonly titleWords: readonly string[];
}

/** Entries per cue occurrence in SentenceCues.found. */
const CUE_SLOTS = 7;

const NO_ENTRIES: readonly never[] = Object.freeze([]);

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
}

/** The compiled lexicons of a template for one language. */
interface CompiledTemplate {
  /** The sections of the template, in SECTION_IDS order. */
  readonly ids: readonly SectionId[];
  /** The sections with crisis cues, in the same order. */
  readonly crisisIds: readonly SectionId[];
  /** Every section's cues, then every crisis lexicon, found in one pass. */
  readonly cues: CueSetMatcher;
  /** The weight of each pattern, per lexicon in the same order as `cues`. */
  readonly weights: readonly Readonly<Record<string, number>>[];
  readonly negation: ReadonlySet<string>;
}

const compiled = new WeakMap<Template, Map<Lang, CompiledTemplate>>();

function compile(template: Template, lang: Lang): CompiledTemplate {
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

/** The lead bonus of the sentence at `rank`: full for the lead, then tapering off (the inverted pyramid). */
function leadBonus(lead: LeadBias, rank: number): number {
  if (rank < lead.sentences) return lead.weight;
  const taper = lead.taper ?? 0;
  const beyond = rank - lead.sentences + 1;
  return beyond <= taper ? (lead.weight * (taper + 1 - beyond)) / (taper + 1) : 0;
}

interface SectionScore {
  readonly score: number;
  readonly cues: readonly string[];
}

const NO_CUE_WORDS: readonly string[] = Object.freeze([]);
const NO_SECTIONS: readonly SectionId[] = Object.freeze([]);
const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);
/** A section's score where a sentence has nothing for it. */
const NOTHING: SectionScore = Object.freeze({ score: 0, cues: NO_CUE_WORDS });

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Of the occurrences at `offsets` in a sentence's `found` entries, the longest of overlapping ones, one per
 * pattern, in text order (a sentence has a few: arrays, not sets).
 */
function distinctMatches(found: readonly (string | number)[], offsets: number[]): number[] {
  if (offsets.length <= 1) return offsets;
  const first = (k: number): number => found[k + 2] as number;
  const last = (k: number): number => found[k + 3] as number;
  const kept: number[] = [];
  for (const m of sortSmall([...offsets], (a, b) => last(b) - first(b) - (last(a) - first(a)) || first(a) - first(b))) {
    if (kept.some((k) => found[k + 1] === found[m + 1] || (first(k) <= last(m) && first(m) <= last(k)))) continue;
    kept.push(m);
  }
  return sortSmall(kept, (a, b) => first(a) - first(b));
}

/** A crude stem for title overlap: the first six letters (généraux = général, Soudan = soudanaise). */
function stem(key: string): string | undefined {
  if (key.length < 4 || (classAt(key, 0) & NUMBER) !== 0 || GAZETTEER.functionWords.has(key) || GAZETTEER.numberWords.has(key)) return undefined;
  return key.slice(0, 6);
}

/** The stems of a title's words (what the title overlap compares). */
export function titleStems(titleTokens: readonly Token[]): ReadonlySet<string> {
  const stems = new Set<string>();
  for (const t of titleTokens) {
    const s = stem(t.key);
    if (s !== undefined) stems.add(s);
  }
  return stems;
}

/** Finds a sentence's cues for every section of the template; what scoreSections needs, so the tokens can go. */
export function findSentenceCues(
  text: string,
  tokens: readonly Token[],
  template: Template,
  lang: Lang,
  stems: ReadonlySet<string>,
): SentenceCues {
  const compiledTemplate = compile(template, lang);
  const lists = compiledTemplate.cues.matchSets(tokens);
  const window = template.negation.window;
  const isNegated = (m: CueMatch): boolean => {
    for (let k = Math.max(0, m.first - window); k < m.first; k++) if (compiledTemplate.negation.has(tokens[k]!.key)) return true;
    return false;
  };
  const sectionCount = compiledTemplate.ids.length;
  let found: (string | number)[] | undefined;
  for (let set = 0; set < lists.length; set++) {
    for (const m of lists[set]!) {
      // Crisis cues count as written: a negation lowers only section cues.
      const negated = set < sectionCount && isNegated(m) ? 1 : 0;
      (found ??= []).push(set, m.pattern, m.first, m.last, tokens[m.first]!.start, tokens[m.last]!.end, negated);
    }
  }
  let titleWords: string[] | undefined;
  if (stems.size > 0) {
    for (const t of tokens) {
      const s = stem(t.key);
      if (s !== undefined && stems.has(s)) (titleWords ??= []).push(s, t.text);
    }
  }
  return { found: found ?? NO_ENTRIES, titleWords: titleWords ?? NO_ENTRIES };
}

/** The offsets in `cues.found` of the occurrences of lexicon `set` that touch no name token. */
function occurrencesOutsideNames(cues: SentenceCues, set: number, names: readonly number[]): number[] | undefined {
  const found = cues.found;
  let out: number[] | undefined;
  for (let k = 0; k < found.length; k += CUE_SLOTS) {
    if (found[k] !== set) continue;
    const first = found[k + 2] as number;
    const last = found[k + 3] as number;
    let inName = false;
    for (let n = 0; n < names.length && !inName; n += 2) inName = names[n]! <= last && first <= names[n + 1]!;
    if (!inName) (out ??= []).push(k);
  }
  return out;
}

function scoreSection(section: SectionTemplate, set: number, input: ScoredInput, leadRank: number, weights: CueWeights, factor: number): SectionScore {
  let score = 0;
  let cues: string[] | undefined;
  const occurrences = occurrencesOutsideNames(input.cues, set, input.names);
  if (occurrences !== undefined) {
    const found = input.cues.found;
    for (const k of distinctMatches(found, occurrences)) {
      const weight = weights[found[k + 1] as string]! * (found[k + 6] === 1 ? factor : 1);
      score += weight;
      if (weight > 0) (cues ??= []).push(input.text.slice(found[k + 4] as number, found[k + 5] as number));
    }
  }
  if (section.lead !== undefined && leadRank >= 0) score += leadBonus(section.lead, leadRank);
  if (section.titleOverlap !== undefined && input.cues.titleWords.length > 0) {
    const seen: string[] = [];
    const words = input.cues.titleWords;
    for (let k = 0; k < words.length; k += 2) {
      const stemmed = words[k]!;
      if (seen.includes(stemmed)) continue;
      seen.push(stemmed);
      cues ??= [];
      if (!cues.includes(words[k + 1]!)) cues.push(words[k + 1]!);
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

/**
 * How strongly a sentence belongs to a section: its margin over the threshold, with context last (it is where
 * any early sentence may go) except for the lead sentence itself, which keeps context first (it states what
 * the story is).
 */
type PlacementMargin = (id: SectionId, i: number) => number;

function placementMargin(scoreOf: (i: number, id: SectionId) => number, template: Template, leadRanks: readonly number[]): PlacementMargin {
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
function keepBestSections(placed: Map<SectionId, Set<number>>, margin: PlacementMargin, template: Template, count: number): void {
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

/**
 * The scores with each section's support added to the sentences that have a cue word for it but fall short
 * of its threshold: the neighbour bonus next to a sentence that reaches the threshold on its own (support
 * does not chain), the headline bonus when the headline reaches it, the established bonus when the section
 * has its evidence on its own (`isEstablished`, per section).
 */
function withSupport(
  values: Float64Array,
  words: readonly (readonly string[] | undefined)[],
  inputs: readonly ScoredInput[],
  sectionIds: readonly SectionId[],
  template: Template,
  headline: readonly number[],
  isEstablished: readonly boolean[],
): { readonly scores: Float64Array; readonly sources: Uint8Array } {
  const width = sectionIds.length;
  const out = values.slice();
  const sources = new Uint8Array(values.length);
  for (let n = 0; n < width; n++) {
    const section = template.sections[sectionIds[n]!]!;
    const threshold = section.threshold ?? template.threshold;
    const neighbour = section.support?.neighbour ?? 0;
    const fromHeadline = (headline[n] ?? 0) >= threshold ? (section.support?.headline ?? 0) : 0;
    const isStrong = (i: number): boolean => i >= 0 && i < inputs.length && !inputs[i]!.isCredit && values[i * width + n]! >= threshold;
    const fromSection = isEstablished[n] === true ? (section.support?.established ?? 0) : 0;
    if (neighbour === 0 && fromHeadline === 0 && fromSection === 0) continue;
    for (let i = 0; i < inputs.length; i++) {
      const k = i * width + n;
      if (words[k] === undefined || values[k]! <= 0 || values[k]! >= threshold) continue;
      const fromNeighbour = isStrong(i - 1) || isStrong(i + 1) ? neighbour : 0;
      out[k] = values[k]! + fromHeadline + fromSection + fromNeighbour;
      sources[k] = (fromNeighbour > 0 ? NEIGHBOUR : 0) | (fromHeadline > 0 ? HEADLINE : 0) | (fromSection > 0 ? ESTABLISHED : 0);
    }
  }
  return { scores: out, sources };
}

// The bits of withSupport's sources, and what they stand for.
const NEIGHBOUR = 1;
const HEADLINE = 2;
const ESTABLISHED = 4;
const SUPPORT_BITS: readonly (readonly [number, SupportSource])[] = [[NEIGHBOUR, 'neighbour'], [HEADLINE, 'headline'], [ESTABLISHED, 'established']];

/**
 * Whether section `n` has its evidence on its own sentences' scores (support left out): at least
 * `minSentences` of them reach the threshold, or one reaches `strongScore`.
 */
function hasOwnEvidence(values: Float64Array, width: number, n: number, section: SectionTemplate, threshold: number): boolean {
  let own = 0;
  let strongest = 0;
  for (let k = n; k < values.length; k += width) {
    const score = values[k]!;
    if (score < threshold) continue;
    own++;
    strongest = Math.max(strongest, score);
  }
  return own >= section.minSentences || (section.strongScore > 0 && strongest >= section.strongScore);
}

/** The headline as the scorer sees it: its cues alone (no lead, no figures, no names left out). */
function headlineInput(cues: SentenceCues): ScoredInput {
  return { text: '', cues, names: NO_ENTRIES, isLeadCandidate: false, isCredit: false, hasMoney: false, hasPercent: false, hasDate: false };
}

/** The sections part of an Analysis. */
export interface SectionResult {
  /** Every sentence with its sections, cues and candidates. */
  readonly sentences: AnalyzedSentence[];
  /** The sections shown, in deck order. */
  readonly sections: AnalyzedSection[];
}

/** Scores every sentence for every section of the template and keeps the sections with real evidence. */
export function scoreSections(inputs: readonly ScoredInput[], lang: Lang, template: Template, headlineCues?: SentenceCues): SectionResult {
  const compiledTemplate = compile(template, lang);
  const factor = template.negation.factor;
  const sectionIds = compiledTemplate.ids;
  let rank = 0;
  const leadRanks = inputs.map((input) => (input.isLeadCandidate ? rank++ : -1));

  // Per sentence and section of the template (in the order of compiledTemplate.ids), its score and the cue
  // words that made it, in flat arrays: one object per sentence and section, kept to the end, cost the
  // garbage collector more than the scoring itself. A credit line scores nothing.
  const width = sectionIds.length;
  const values = new Float64Array(inputs.length * width);
  const words: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(inputs.length * width);
  inputs.forEach((input, i) => {
    if (input.isCredit) return;
    for (let n = 0; n < width; n++) {
      const result = scoreSection(template.sections[sectionIds[n]!]!, n, input, leadRanks[i]!, compiledTemplate.weights[n]!, factor);
      values[i * width + n] = result.score;
      if (result.cues.length > 0) words[i * width + n] = result.cues;
    }
  });
  // A section's evidence is what its sentences score on their own; support only extends it.
  const headline = sectionIds.map((id, n) =>
    headlineCues === undefined ? 0 : scoreSection(template.sections[id]!, n, headlineInput(headlineCues), -1, compiledTemplate.weights[n]!, factor).score,
  );
  const isEstablished = sectionIds.map((id, n) => {
    const section = template.sections[id]!;
    return hasOwnEvidence(values, width, n, section, section.threshold ?? template.threshold);
  });
  const { scores: supported, sources: supportSources } = withSupport(values, words, inputs, sectionIds, template, headline, isEstablished);
  const scoreOf = (i: number, id: SectionId): number => supported[i * width + sectionIds.indexOf(id)]!;

  // Which sentences reach each section's threshold, then which sections have real evidence.
  const placed = new Map<SectionId, Set<number>>();
  for (const id of sectionIds) {
    const section = template.sections[id]!;
    const threshold = section.threshold ?? template.threshold;
    const members = inputs.map((_, i) => i).filter((i) => scoreOf(i, id) >= threshold);
    const hasEvidence = isEstablished[sectionIds.indexOf(id)] === true;
    if (hasEvidence && members.length > 0) placed.set(id, new Set(members));
  }
  // The caps bound what a section's slide shows alone: a sentence another section also holds is shown there
  // (the deck shows a sentence once) and does not count against them.
  for (const id of sectionIds) {
    const section = template.sections[id]!;
    const members = placed.get(id);
    if (members === undefined) continue;
    // The share never cuts below the lead: a short article keeps its opening sentences.
    const floor = Math.max(section.minSentences, section.lead?.sentences ?? 0);
    const byShare = section.maxShare === undefined ? Infinity : Math.max(floor, Math.floor(section.maxShare * inputs.length));
    const cap = Math.min(section.maxSentences ?? Infinity, byShare);
    const others = [...placed].filter(([other]) => other !== id).map(([, set]) => set);
    const alone = [...members].filter((i) => !others.some((set) => set.has(i)));
    if (alone.length <= cap) continue;
    // The lead stays; the rest compete on their scores.
    const isLead = (i: number): number => (section.lead !== undefined && leadRanks[i]! >= 0 && leadRanks[i]! < section.lead.sentences ? 1 : 0);
    const dropped = alone.sort((a, b) => isLead(b) - isLead(a) || scoreOf(b, id) - scoreOf(a, id) || a - b).slice(cap);
    for (const i of dropped) members.delete(i);
  }

  const margin = placementMargin(scoreOf, template, leadRanks);
  keepBestSections(placed, margin, template, inputs.length);

  // The lists a sentence leaves empty (most of them) share one frozen empty list each.
  const sentences: AnalyzedSentence[] = inputs.map((input, i) => {
    let sectionsOf: SectionId[] | undefined;
    let cues: string[] | undefined;
    let candidates: Candidate[] | undefined;
    let support: Support[] | undefined;
    if (!input.isCredit) {
      for (let n = 0; n < width; n++) {
        const id = sectionIds[n]!;
        const score = values[i * width + n]!;
        const cueWords = words[i * width + n] ?? NO_CUE_WORDS;
        if (placed.get(id)?.has(i) === true) {
          (sectionsOf ??= []).push(id);
          // A placement its cues alone did not make says what lifted it.
          const bits = supportSources[i * width + n]!;
          if (bits !== 0 && score < (template.sections[id]!.threshold ?? template.threshold)) {
            (support ??= []).push({ section: id, from: SUPPORT_BITS.filter(([bit]) => (bits & bit) !== 0).map(([, name]) => name) });
          }
          for (const c of cueWords) if (!(cues ??= []).includes(c)) cues.push(c);
        } else if (score > 0 && cueWords.length > 0) {
          (candidates ??= []).push({ section: id, score: round(score), cues: cueWords });
        }
      }
    }
    // Best first: the deck shows a sentence on the slide of its first section.
    if (sectionsOf !== undefined && sectionsOf.length > 1) sortSmall(sectionsOf, (a, b) => margin(b, i) - margin(a, i));
    const sentence = { index: i, text: input.text, sections: sectionsOf ?? NO_SECTIONS, cues: cues ?? NO_CUE_WORDS, candidates: candidates ?? NO_CANDIDATES };
    return support === undefined ? sentence : { ...sentence, support };
  });

  const sections: AnalyzedSection[] = [];
  for (const id of sectionIds) {
    const members = placed.get(id);
    if (members === undefined) continue;
    const section = template.sections[id]!;
    let sectionTitle = section.titles[lang];
    const crisis = compiledTemplate.crisisIds.indexOf(id);
    const sorted = [...members].sort((a, b) => a - b);
    let contenders = sorted;
    if (section.calmTitles !== undefined && crisis >= 0) {
      const set = compiledTemplate.ids.length + crisis;
      const naming = sorted.filter((i) => occurrencesOutsideNames(inputs[i]!.cues, set, inputs[i]!.names) !== undefined);
      if (naming.length === 0) sectionTitle = section.calmTitles[lang];
      // "Crise économique" opens on the crisis it names, not on whatever scores highest there.
      else contenders = naming;
    }
    const opening = contenders.reduce((best, i) => (scoreOf(i, id) > scoreOf(best, id) ? i : best), contenders[0]!);
    sections.push({ id, title: sectionTitle, sentences: sorted, opening });
  }
  return { sentences, sections };
}
