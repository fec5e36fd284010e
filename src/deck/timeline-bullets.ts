// The timeline slide's bullets: the date, then the event without the date, by deletion, no word broken.
import type { Analysis } from '../analysis/analysis';
import { escapeMarkdownInline } from './markdown-escape';
import { opensDangling } from './dangling';
import { phraseSpans } from './removable/text';
import { shortenSentence } from './shorten';

/** A bullet of the timeline slide. */
export interface TimelineBullet {
  /** The Markdown line: the date in bold, a colon, the event. */
  readonly markdown: string;
  /** The sentence it comes from. */
  readonly sentence: number;
}

/**
 * At most `max` bullets, one per sentence, in the order of the dates: the date, then the clause of
 * the shortened sentence that holds it, with the date (and "on"/"le" before it) taken out when it
 * stands as whole words. An event that opens on a pronoun says nothing on its own and is left out.
 */
export function timelineBullets(
  analysis: Analysis,
  max: number,
  figures: ReadonlyMap<number, readonly string[]>,
  dates: ReadonlyMap<number, readonly string[]>,
): TimelineBullet[] {
  const out: TimelineBullet[] = [];
  const used = new Set<number>();
  const colon = analysis.lang === 'fr' ? '\u00a0: ' : ': ';
  for (const date of analysis.dates) {
    if (out.length >= max) break;
    const sentence = analysis.sentences[date.sentence];
    if (sentence === undefined || used.has(date.sentence)) continue;
    const short = shortenSentence(sentence.text, analysis.lang, {
      keep: figures.get(date.sentence) ?? [],
      dates: dates.get(date.sentence) ?? [],
      drop: date.text,
    });
    const at = phraseSpans(sentence.text, [date.text])[0]?.start ?? sentence.text.indexOf(date.text);
    const part = short.parts.find((p) => p.start <= at && at < p.end) ?? short.parts[0];
    if (part === undefined || part.text === '' || opensDangling(part.text, analysis.lang)) continue;
    used.add(date.sentence);
    out.push({ markdown: `**${escapeMarkdownInline(date.text)}**${colon}${escapeMarkdownInline(part.text)}`, sentence: date.sentence });
  }
  return out;
}
