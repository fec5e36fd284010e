// Types of scripts/deck-quality.mjs, the port of ../shared/corpus/deck-quality.py used by `npm run eval` and the tests.

/** A deck (the JSON of `export --format json`), as far as the judge reads it. */
export interface JudgedDeck {
  readonly slides: readonly { readonly kind: string; readonly body: string; readonly notes?: string; readonly sources?: readonly number[] }[];
}

/** One article's counts. */
export interface DeckQualityRow {
  readonly name: string;
  readonly error?: string;
  readonly bullets: number;
  readonly cut: number;
  readonly long: number;
  readonly opens: number;
  readonly unfaithful: number;
  readonly words: readonly number[];
  readonly aux: number;
  readonly auxBroken: number;
  readonly repeated: number;
  readonly sources: number;
  readonly slides: number;
}

/** The rows and the bullets that fall short ([article, what, bullet]). */
export interface DeckQuality {
  readonly rows: readonly DeckQualityRow[];
  readonly bad: readonly (readonly string[])[];
}

/** deck-quality.py's words(): lower-cased runs of word characters. */
export function words(s: string): string[];
/** Whether `small` is a subsequence of `big`. */
export function isSubsequence(small: readonly string[], big: readonly string[]): boolean;
/** Judges one deck; failing bullets are pushed to `bad`. */
export function judgeDeck(name: string, deck: JudgedDeck, bad: string[][]): DeckQualityRow;
/** Runs the CLI's export on every article of the folders or files and judges each deck. */
export function deckQuality(bin: string, args: readonly string[]): DeckQuality;
/** The totals, as deck-quality.py --json prints them. */
export function deckQualityTotals(quality: DeckQuality): Record<string, number>;
/** The text report of deck-quality.py. */
export function formatDeckQuality(quality: DeckQuality, show?: boolean): string;
