// The deck as plain text, for `present --print` and for output that is not a terminal: per slide
// `[n/N] Title`, a blank line, the body without Markdown markup, and with notes the notes under `Notes:`.
import type { Deck } from '../deck/deck';
import { layoutBlocks, PLAIN_LAYOUT } from '../text/layout-blocks';
import { lineText } from '../text/styled-line';
import { wrapText } from '../text/wrap-text';
import { toBlocks } from './blocks';

/** How to print the deck. */
export interface PlainTextOptions {
  /** Wrap at this many columns (by display width); unwrapped when absent. */
  readonly width?: number;
  /** Print each slide's speaker notes under `Notes:`. */
  readonly notes?: boolean;
}

/** The deck as plain text: slides a blank line apart, no colour, no markup, `<!-- pause -->` invisible; ends with one newline. */
export function deckToPlainText(deck: Deck, options: PlainTextOptions = {}): string {
  const width = options.width === undefined ? Infinity : Math.max(1, Math.floor(options.width));
  const count = deck.slides.length;
  const slides = deck.slides.map((slide, i) => {
    const lines = wrapText(`[${i + 1}/${count}] ${slide.title}`, width);
    const body = layoutBlocks(toBlocks(slide.body), { ...PLAIN_LAYOUT, width }).map(lineText);
    if (body.length > 0) lines.push('', ...body);
    const notes = slide.notes.trim();
    if (options.notes === true && notes !== '') lines.push('', 'Notes:', ...wrapText(notes, width));
    return lines.join('\n');
  });
  return `${slides.join('\n\n')}\n`;
}
