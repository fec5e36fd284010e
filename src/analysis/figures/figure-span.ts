// A figure of one sentence, as findFigures returns it.

/** A figure of one sentence with what it measures. */
export interface FigureSpan {
  /** The words as written. */
  readonly text: string;
  /** Start offset in the sentence. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** An amount of money. */
  readonly isMoney: boolean;
  /** A percentage. */
  readonly isPercent: boolean;
}
