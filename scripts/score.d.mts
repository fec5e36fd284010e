// Types of scripts/score.mjs, the port of ../shared/corpus/score.py used by `npm run eval` and the corpus test.

/** score.py's result for one article (an `error` instead of the scores when the CLI failed). */
export interface ArticleScore {
  readonly file: string;
  readonly error?: string;
  readonly no_sections?: number;
  readonly must?: number;
  readonly must_total?: number;
  readonly spurious?: readonly string[];
  readonly missed?: readonly string[];
  readonly entities?: number;
  readonly entities_typed?: number;
  readonly entities_total?: number;
  readonly entities_missed?: readonly string[];
  readonly figures?: number;
  readonly figures_total?: number;
  readonly figures_missed?: readonly string[];
  readonly quotes?: number;
  readonly quotes_total?: number;
  readonly invented_quotes?: readonly string[];
  readonly seconds?: number;
}

/** score.py's counts summed over all articles. */
export interface CorpusSummary {
  readonly must: number;
  readonly must_total: number;
  readonly entities: number;
  readonly entities_typed: number;
  readonly entities_total: number;
  readonly figures: number;
  readonly figures_total: number;
  readonly quotes: number;
  readonly quotes_total: number;
  readonly spurious: number;
  readonly no_sections: number;
  readonly invented_quotes: number;
  readonly errors: number;
  readonly articles: number;
}

/** What scoreCorpus returns (the `--json` output of score.py). */
export interface CorpusScore {
  readonly summary: CorpusSummary;
  readonly articles: readonly ArticleScore[];
}

/** score.py's norm: NFC, zero-width removed, apostrophes and no-break spaces folded, quote marks dropped, spaces collapsed, lower case. */
export function norm(s: string): string;
/** score.py's fold: norm without combining accents. */
export function fold(s: string): string;
/** Scores one article file (4-line header, blank line, body) against its labels by running `node BIN analyze/export`. */
export function scoreArticle(bin: string, path: string, labels: unknown): ArticleScore;
/** Scores every labelled article of DIR against DIR/labels.json (or `labels`), plus an optional seed article. */
export function scoreCorpus(bin: string, dir: string, options?: { labels?: string; seed?: readonly [string, string] }): CorpusScore;
/** The text report of score.py: a line per article, its first misses, then the TOTAL line. */
export function formatReport(score: CorpusScore): string;
