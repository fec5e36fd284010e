// Per sentence and section of a template (in CompiledTemplate.ids order): the score on the sentence's own
// cues, the cue words that made it, and the score with support and where that came from. Flat arrays, one
// cell per sentence and section: one object per sentence and section, kept to the end, cost the garbage
// collector more than the scoring itself. This module is the only one that reads the cells' offsets.
import type { SupportSource } from '../analysis';

/** The scores of every sentence for every section of a template. */
export interface SectionGrid {
  /** How many sections a row has. */
  readonly width: number;
  /** How many sentences (rows) there are. */
  readonly count: number;
  /** The score on each sentence's own cues. */
  readonly own: Float64Array;
  /** The cue words behind each cell's score; undefined where there are none. */
  readonly words: (readonly string[] | undefined)[];
  /** The score with support added (the own score where none applies). */
  readonly supported: Float64Array;
  /** Where each cell's support came from, as SUPPORT_BITS. */
  readonly sources: Uint8Array;
}

// The bits of a cell's support sources, and what they stand for.
const NEIGHBOUR = 1;
const HEADLINE = 2;
const ESTABLISHED = 4;
const SUPPORT_BITS: readonly (readonly [number, SupportSource])[] = [[NEIGHBOUR, 'neighbour'], [HEADLINE, 'headline'], [ESTABLISHED, 'established']];

/** An empty grid of `count` sentences and `width` sections. */
export function sectionGrid(count: number, width: number): SectionGrid {
  return {
    width,
    count,
    own: new Float64Array(count * width),
    words: new Array<readonly string[] | undefined>(count * width),
    supported: new Float64Array(count * width),
    sources: new Uint8Array(count * width),
  };
}

/** Sets sentence `i`'s own score for section `n`, and its cue words when it has any. */
export function setOwnScore(grid: SectionGrid, i: number, n: number, score: number, cues: readonly string[]): void {
  const k = i * grid.width + n;
  grid.own[k] = score;
  grid.supported[k] = score;
  if (cues.length > 0) grid.words[k] = cues;
}

/** Sentence `i`'s score for section `n` on its own cues. */
export function ownScore(grid: SectionGrid, i: number, n: number): number {
  return grid.own[i * grid.width + n]!;
}

/** The cue words behind sentence `i`'s score for section `n`, or undefined. */
export function cueWordsAt(grid: SectionGrid, i: number, n: number): readonly string[] | undefined {
  return grid.words[i * grid.width + n];
}

/** Sentence `i`'s score for section `n` with support. */
export function supportedScore(grid: SectionGrid, i: number, n: number): number {
  return grid.supported[i * grid.width + n]!;
}

/** Adds support to sentence `i`'s score for section `n`, from the neighbour, the headline and the established section. */
export function addSupport(grid: SectionGrid, i: number, n: number, neighbour: number, headline: number, established: number): void {
  const k = i * grid.width + n;
  grid.supported[k] = grid.own[k]! + headline + established + neighbour;
  grid.sources[k] = (neighbour > 0 ? NEIGHBOUR : 0) | (headline > 0 ? HEADLINE : 0) | (established > 0 ? ESTABLISHED : 0);
}

/** Whether any support reached sentence `i`'s score for section `n`. */
export function hasSupport(grid: SectionGrid, i: number, n: number): boolean {
  return grid.sources[i * grid.width + n] !== 0;
}

/** The sources of the support that reached sentence `i`'s score for section `n`, in SUPPORT_BITS order. */
export function supportSources(grid: SectionGrid, i: number, n: number): SupportSource[] {
  const bits = grid.sources[i * grid.width + n]!;
  return SUPPORT_BITS.filter(([bit]) => (bits & bit) !== 0).map(([, name]) => name);
}
