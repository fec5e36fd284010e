// The cues found in one sentence, in the flat form kept until scoring (SentenceCues): this module is
// the only one that writes or reads that form's offsets; the rest of scoring names what it reads.
import { touchesNamePart } from '../name-ranges';
import { sortSmall } from '../small-sort';

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
/** Entries per title word in SentenceCues.titleWords. */
const TITLE_WORD_SLOTS = 2;

/** The shared empty list of cue occurrences or title words. */
export const NO_ENTRIES: readonly never[] = Object.freeze([]);

/** Adds one cue occurrence to a sentence's `found` list (negated: whether a negation governs it). */
export function addCue(found: (string | number)[], lexicon: number, pattern: string, first: number, last: number, start: number, end: number, negated: boolean): void {
  found.push(lexicon, pattern, first, last, start, end, negated ? 1 : 0);
}

/** Adds one title word to a sentence's `titleWords` list: its stem and the word as written. */
export function addTitleWord(words: string[], stem: string, text: string): void {
  words.push(stem, text);
}

/** The pattern of the occurrence at offset `k` of `found`. */
export function cuePattern(found: readonly (string | number)[], k: number): string {
  return found[k + 1] as string;
}

/** The first token of the occurrence at offset `k`. */
export function cueFirst(found: readonly (string | number)[], k: number): number {
  return found[k + 2] as number;
}

/** The last token of the occurrence at offset `k`. */
export function cueLast(found: readonly (string | number)[], k: number): number {
  return found[k + 3] as number;
}

/** The text the occurrence at offset `k` covers in its sentence `text`. */
export function cueText(found: readonly (string | number)[], k: number, text: string): string {
  return text.slice(found[k + 4] as number, found[k + 5] as number);
}

/** Whether a negation governs the occurrence at offset `k`. */
export function isCueNegated(found: readonly (string | number)[], k: number): boolean {
  return found[k + 6] === 1;
}

/** How many title words a `titleWords` list holds. */
export function titleWordCount(words: readonly string[]): number {
  return words.length / TITLE_WORD_SLOTS;
}

/** The stem of title word `w`. */
export function titleWordStem(words: readonly string[], w: number): string {
  return words[w * TITLE_WORD_SLOTS]!;
}

/** Title word `w` as written. */
export function titleWordText(words: readonly string[], w: number): string {
  return words[w * TITLE_WORD_SLOTS + 1]!;
}

/** The offsets in `cues.found` of the occurrences of lexicon `set` that touch no name token, but where a cue of several words is a whole name. */
export function occurrencesOutsideNames(cues: SentenceCues, set: number, names: readonly number[]): number[] | undefined {
  const found = cues.found;
  let out: number[] | undefined;
  for (let k = 0; k < found.length; k += CUE_SLOTS) {
    if (found[k] !== set) continue;
    if (!touchesNamePart(names, cueFirst(found, k), cueLast(found, k))) (out ??= []).push(k);
  }
  return out;
}

/**
 * Of the occurrences at `offsets` in a sentence's `found` entries, the longest of overlapping ones, one per
 * pattern, in text order (a sentence has a few: arrays, not sets).
 */
export function distinctMatches(found: readonly (string | number)[], offsets: number[]): number[] {
  if (offsets.length <= 1) return offsets;
  const first = (k: number): number => cueFirst(found, k);
  const last = (k: number): number => cueLast(found, k);
  const kept: number[] = [];
  for (const m of sortSmall([...offsets], (a, b) => last(b) - first(b) - (last(a) - first(a)) || first(a) - first(b))) {
    if (kept.some((k) => cuePattern(found, k) === cuePattern(found, m) || (first(k) <= last(m) && first(m) <= last(k)))) continue;
    kept.push(m);
  }
  return sortSmall(kept, (a, b) => first(a) - first(b));
}
