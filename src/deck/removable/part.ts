// What a removable part is: a span of a sentence a bullet may leave out, and what the caller knows of the sentence.
import type { Span } from '../kept-text';

/** Why a part may be left out. */
export type RemovableKind =
  | 'dateline'
  | 'attribution'
  | 'connective'
  | 'parenthetical'
  | 'relative'
  | 'appositive'
  | 'aside'
  | 'fronted'
  | 'subordinate'
  | 'trailing'
  | 'phrase'
  | 'date'
  | 'place';

/** A part a bullet may leave out. */
export interface RemovablePart extends Span {
  /** What it is. */
  readonly kind: RemovableKind;
  /**
   * 0: always left out; 1: left out when the bullet is too long; 2: only when still too long; 3: holds a figure, only
   * over the hard limit; 4: a closing stretch after a comma, only from a bullet still over the hard limit after splitting.
   */
  readonly tier: 0 | 1 | 2 | 3 | 4;
  /** Whether what follows must open on a plausible subject (the part held the sentence's opening). */
  readonly opensSentence: boolean;
}

/** What the caller knows of the sentence beyond its words. */
export interface RemovalContext {
  /** Where the sentence proper starts (after a dateline), 0 when it has none. */
  readonly bodyStart: number;
  /** Date expressions of the sentence that the timeline holds. */
  readonly dates: readonly string[];
  /** Phrases never to delete (figures): a part holding one stays. */
  readonly keep: readonly string[];
  /** Places the sentence names: a locative phrase of one may go. */
  readonly places?: readonly string[];
}
