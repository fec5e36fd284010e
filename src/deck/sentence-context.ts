// What compose knows of each sentence besides its words: its figures, dates and places.
import type { Analysis } from '../analysis/analysis';
import type { ShortenOptions } from './shorten';

/** The figures, dates and places of each sentence: what a shortening must keep, the dates the timeline holds, the places the actors slide names. */
export interface SentenceContext {
  readonly figures: ReadonlyMap<number, readonly string[]>;
  readonly dates: ReadonlyMap<number, readonly string[]>;
  of(index: number): ShortenOptions;
}

/** The figures, dates and places of each sentence of `analysis`. */
export function sentenceContext(analysis: Analysis): SentenceContext {
  const figures = groupBySentence(analysis.figures);
  const dates = groupBySentence(analysis.dates);
  const places = groupBySentence(analysis.entities.filter((e) => e.kind === 'place').flatMap((e) => e.mentions.map((sentence) => ({ text: e.name, sentence }))));
  return { figures, dates, of: (index) => ({ keep: figures.get(index) ?? [], dates: dates.get(index) ?? [], places: places.get(index) ?? [] }) };
}

/** Items grouped by the sentence they belong to, in their order. */
export function groupBySentence(items: readonly { text: string; sentence: number }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const item of items) {
    const list = out.get(item.sentence) ?? [];
    list.push(item.text);
    out.set(item.sentence, list);
  }
  return out;
}
