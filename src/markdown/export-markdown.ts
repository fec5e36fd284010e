// deckToMarkdown: the one Markdown file Marp, presenterm and slides all read as the same slides.
import type { Deck, Slide } from '../deck/deck';
import { escapeMarkdownInline } from '../deck/markdown-escape';
import { breakSafeBody } from './break-safe';
import { trimBlock, trimSpaces } from './trim-block';

/** presenterm reads `---` as a slide break with this option; Marp and slides do anyway. */
const FRONT_MATTER = '---\noptions:\n  end_slide_shorthand: true\n---\n';
const SLIDE_BREAK = '\n\n---\n\n';

/**
 * Writes a deck as DESIGN.md's Markdown: front matter, the title slide as `# <deck title>`, every
 * other slide as `## <title>`, its body as it is (trimmed), its notes as one JSON-quoted
 * `speaker_note` comment and one `<!-- // briefing: {…} -->` machine comment; `---` between slides.
 * The same deck always gives the same bytes; `parseDeck` reads it back to an equal deck.
 */
export function deckToMarkdown(deck: Deck): string {
  const slides: readonly Slide[] =
    deck.slides.length > 0 ? deck.slides : [{ kind: 'title', title: deck.title, body: '', notes: '', sources: [] }];
  const text = slides.map((slide, index) => slideMarkdown(deck, slide, index)).join(SLIDE_BREAK);
  return `${FRONT_MATTER}\n${text}\n`;
}

function slideMarkdown(deck: Deck, slide: Slide, index: number): string {
  const title = inlineTitle(index === 0 ? deck.title : slide.title);
  const marker = index === 0 ? '#' : '##';
  const blocks = [title === '' ? marker : `${marker} ${title}`];
  const body = breakSafeBody(trimBlock(slide.body));
  if (body !== '') blocks.push(body);
  const comments: string[] = [];
  if (slide.notes !== '') comments.push(`<!-- speaker_note: ${commentJson(slide.notes)} -->`);
  comments.push(`<!-- // briefing: ${commentJson(machineFields(deck, slide, index))} -->`);
  blocks.push(comments.join('\n'));
  return blocks.join('\n\n');
}

/** A title on one line, escaped so that the heading shows it as written. */
function inlineTitle(title: string): string {
  // Only spaces and tabs: a heading keeps other white space (a no-break space) as text.
  return escapeMarkdownInline(trimSpaces(title.replace(/[\t\n\r]/g, ' ')));
}

/** The machine comment's object, in a fixed key order; deck metadata on the first slide only. */
function machineFields(deck: Deck, slide: Slide, index: number): Record<string, unknown> {
  const fields: Record<string, unknown> = { kind: slide.kind };
  if (slide.section !== undefined) fields.section = slide.section;
  if (index === 0) {
    fields.lang = deck.lang;
    if (deck.subtitle !== undefined) fields.subtitle = deck.subtitle;
    if (deck.source !== undefined) fields.source = deck.source;
    if (deck.date !== undefined) fields.date = deck.date;
  }
  fields.sources = [...slide.sources];
  return fields;
}

/**
 * JSON safe inside a one-line HTML comment that presenterm reads as YAML: no `<` or `>` (so no
 * `-->`), and no character that YAML or a Markdown tool could take for a line break.
 */
function commentJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
