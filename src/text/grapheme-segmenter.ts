// `Intl.Segmenter` for grapheme clusters, on this project's own cluster rules (graphemes.ts). The build
// puts it in place of every `Intl.Segmenter` of the bundled packages (scripts/build.mjs): Ink measures
// and cuts its lines with it (string-width, slice-ansi, ansi-tokenize), and ICU's segmenter costs
// ~1.7 MiB of peak memory presenting (its break rules and locale data) for the same clusters.
// Word and sentence granularity, which nothing bundled asks for, are left to ICU.
import { clusterEnd } from './graphemes';

/** One cluster, as `Intl.Segmenter` gives it. */
export interface GraphemeSegment {
  readonly segment: string;
  readonly index: number;
  readonly input: string;
}

/** The clusters of one string: iterable, and `containing(i)` the one around code unit `i`. */
class GraphemeSegments implements Iterable<GraphemeSegment> {
  /** A cluster boundary found by an earlier `containing`: calls in increasing order (slice-ansi's) stay linear. */
  private boundary = 0;

  constructor(private readonly input: string) {}

  containing(codeUnit = 0): GraphemeSegment | undefined {
    const at = Math.trunc(Number(codeUnit)) || 0;
    if (at < 0 || at >= this.input.length) return undefined;
    // Boundaries are found from a known one: a cluster's end depends on what came before it (flags).
    let start = at >= this.boundary ? this.boundary : 0;
    for (;;) {
      const end = clusterEnd(this.input, start);
      if (at < end) {
        this.boundary = start;
        return { segment: this.input.slice(start, end), index: start, input: this.input };
      }
      start = end;
    }
  }

  *[Symbol.iterator](): Iterator<GraphemeSegment> {
    const { input } = this;
    for (let start = 0; start < input.length; ) {
      const end = clusterEnd(input, start);
      yield { segment: input.slice(start, end), index: start, input };
      start = end;
    }
  }
}

/** What `new Intl.Segmenter(locales, options)` returns, for grapheme clusters. */
export class GraphemeSegmenter {
  private readonly other: Intl.Segmenter | undefined;

  constructor(locales?: string | readonly string[], options?: Intl.SegmenterOptions) {
    const granularity = options?.granularity ?? 'grapheme';
    // Read from Intl by name: the build replaces the expression `Intl.Segmenter` with this class.
    const Icu = Reflect.get(Intl, 'Segmenter') as typeof Intl.Segmenter;
    this.other = granularity === 'grapheme' ? undefined : new Icu(locales as string[] | undefined, options);
  }

  segment(input: string): Iterable<GraphemeSegment> & { containing(codeUnit?: number): GraphemeSegment | undefined } {
    if (this.other !== undefined) return this.other.segment(input) as unknown as GraphemeSegments;
    return new GraphemeSegments(String(input));
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.other?.resolvedOptions() ?? { locale: 'und', granularity: 'grapheme' };
  }
}
