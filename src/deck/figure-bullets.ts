// The figures slide's bullets: each figure with what it measures, once per clause, built by deletion.
import type { Analysis } from '../analysis/analysis';
import { escapeMarkdownInline } from './markdown-escape';
import { opensDangling } from './dangling';
import { shortenSentence } from './shorten';

/** A bullet of the figures slide. */
export interface FigureBullet {
  /** The Markdown line, figures in bold. */
  readonly markdown: string;
  /** The sentence it comes from. */
  readonly sentence: number;
}

const TRIES_PER_BULLET = 5;

/**
 * At most `max` bullets: for each sentence holding figures, in article order, the clause of its
 * shortened form that holds them, all its figures in bold — one bullet per clause, not one per
 * number. A clause that opens on a pronoun says nothing on its own and is left out.
 */
export function figureBullets(analysis: Analysis, max: number, dates: ReadonlyMap<number, readonly string[]>): FigureBullet[] {
  const bySentence = new Map<number, string[]>();
  // A bounded number of figures read: a sentence of repeated numbers must not make this quadratic.
  for (const figure of analysis.figures.slice(0, max * TRIES_PER_BULLET)) {
    const list = bySentence.get(figure.sentence) ?? [];
    if (!list.includes(figure.text)) list.push(figure.text);
    bySentence.set(figure.sentence, list);
  }
  const out: FigureBullet[] = [];
  const seen = new Set<string>();
  for (const [index, figures] of bySentence) {
    const sentence = analysis.sentences[index];
    if (sentence === undefined) continue;
    const short = shortenSentence(sentence.text, analysis.lang, { keep: figures, dates: dates.get(index) ?? [], mayDropFigures: false });
    for (const part of short.parts) {
      if (out.length >= max) return out;
      const markdown = withBoldFigures(part.text, figures);
      if (markdown === undefined || seen.has(part.text) || opensDangling(part.text, analysis.lang)) continue;
      seen.add(part.text);
      out.push({ markdown, sentence: index });
    }
  }
  return out;
}

/** `text` escaped, each figure it holds in bold (longest first, without overlaps); undefined when it holds none. */
function withBoldFigures(text: string, figures: readonly string[]): string | undefined {
  const spans: { start: number; end: number }[] = [];
  for (const figure of [...figures].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + figure.length)) {
      const end = at + figure.length;
      if (!spans.some((s) => s.start < end && at < s.end)) spans.push({ start: at, end });
    }
  }
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += `${escapeMarkdownInline(text.slice(at, span.start))}**${escapeMarkdownInline(text.slice(span.start, span.end))}**`;
    at = span.end;
  }
  return out + escapeMarkdownInline(text.slice(at));
}
