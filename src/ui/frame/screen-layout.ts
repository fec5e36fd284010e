// The presenter's screen as lines: pure functions of the slide, its laid-out body and the terminal
// size, so that every frame has a known height (at most rows - 1) before Ink draws it.
import type { Deck, Slide } from '../../deck/deck';
import SLIDE_TITLES from '../../deck/slide-titles.json';
import { displayWidth } from '../../text/display-width';
import type { Span, StyledLine } from '../../text/styled-line';
import { truncate } from '../../text/truncate';
import { wrapText } from '../../text/wrap-text';
import { highlightLines } from './highlight';
import { KEY_MAP, rowLabel } from '../state/keymap';
import { fitLines, MORE_BELOW, pageLines, paginate } from './pages';

/** The smallest terminal a slide is drawn in. */
export const MIN_COLUMNS = 40;
/** The smallest terminal a slide is drawn in. */
export const MIN_ROWS = 10;

/** What the screen says below the minimum size. */
export function tooSmallMessage(columns: number, rows: number): string {
  return `needs ${MIN_COLUMNS}×${MIN_ROWS}, has ${columns}×${rows}`;
}

/** Columns left blank on each side of the slide. */
export function sideMargin(columns: number): number {
  return columns >= 60 ? 2 : 1;
}

/** The mark on the last line of a body that does not fit. */
export const MORE_MARK = MORE_BELOW;

/** `lines` within `height`: when they do not fit, the last line shown is the `↓ more` mark. */
export function clipLines(lines: readonly StyledLine[], height: number): StyledLine[] {
  if (lines.length <= height) return [...lines];
  if (height <= 0) return [];
  return [...lines.slice(0, height - 1), [{ text: MORE_MARK, style: { role: 'muted' } }]];
}

/** Where a slide's parts go at a size: the lines above the title, the title's lines, the body's height. */
function slideFrame(slide: Slide, width: number, height: number, query?: string) {
  const top = slide.kind !== 'title' && height >= 20 ? 1 : 0;
  const titleStyle = { role: 'title', bold: true } as const;
  const title = highlightLines(
    wrapText(slide.title, width).map((text): StyledLine => [{ text, style: titleStyle }]),
    query,
  );
  const shownTitle = clipLines(title, Math.max(1, height - top - 2));
  const bodyHeight = Math.max(0, height - top - shownTitle.length - 1);
  return { top, shownTitle, bodyHeight };
}

/** How many pages a slide's body takes at a size (1 when it fits). */
export function slidePageCount(slide: Slide, body: readonly StyledLine[], width: number, height: number): number {
  const { bodyHeight } = slideFrame(slide, width, height);
  return paginate(body.length, bodyHeight).length;
}

/** The slide view above the footer, exactly `height` lines of at most `width` columns, at body page `page`; `query` highlighted. */
export function slideScreen(slide: Slide, body: readonly StyledLine[], width: number, height: number, page = 0, query?: string): StyledLine[] {
  const { top, shownTitle, bodyHeight } = slideFrame(slide, width, height, query);
  const shownBody = bodyHeight > 0 ? pageLines(highlightLines(body, query), bodyHeight, page) : [];
  const block = shownBody.length > 0 ? [...shownTitle, [], ...shownBody] : shownTitle;
  // The title slide sits a third of the way down; the others start at the top.
  const offset = slide.kind === 'title' ? Math.max(0, Math.floor((height - block.length) / 3)) : top;
  return fitLines([...Array.from({ length: offset }, (): StyledLine => []), ...block], height);
}

/** Columns the help keeps at least for an action beside its keys; narrower, the action goes below its keys. */
const HELP_ACTION_COLUMNS = 16;
/** The widest keys column of the help; longer labels stand on their own line. */
const HELP_KEY_COLUMNS = 24;

/** The help's rows at a width: keys, then the action wrapped beside or below them. */
function helpRows(width: number): StyledLine[] {
  const labels = KEY_MAP.map(rowLabel);
  const widths = labels.map(displayWidth);
  const column = Math.max(1, ...widths.filter((w) => w <= Math.min(HELP_KEY_COLUMNS, width - HELP_ACTION_COLUMNS - 2)));
  const keyStyle = { role: 'accent', bold: true } as const;
  const textStyle = { role: 'text' } as const;
  return KEY_MAP.flatMap((row, i): StyledLine[] => {
    const label = labels[i] ?? '';
    const labelWidth = widths[i] ?? 0;
    const besideWidth = width - column - 2;
    if (labelWidth <= column && besideWidth >= HELP_ACTION_COLUMNS) {
      const [first = '', ...rest] = wrapText(row.action, besideWidth);
      const gap = ' '.repeat(column - labelWidth + 2);
      const indent = ' '.repeat(column + 2);
      return [
        [{ text: label, style: keyStyle }, { text: gap + first, style: textStyle }],
        ...rest.map((text): StyledLine => [{ text: indent + text, style: textStyle }]),
      ];
    }
    const indent = width >= 30 ? 4 : 2;
    return [
      [{ text: truncate(label, width), style: keyStyle }],
      ...wrapText(row.action, width - indent).map((text): StyledLine => [{ text: ' '.repeat(indent) + text, style: textStyle }]),
    ];
  });
}

/** Lines of the help around its rows: heading and blank above, blank and hint below. */
const HELP_CHROME = 4;

/** How many pages the help takes at a size. */
export function helpPageCount(width: number, height: number): number {
  return paginate(helpRows(width).length, Math.max(1, height - HELP_CHROME)).length;
}

/** The help screen drawn from the key map, exactly `height` lines, at page `page`; key labels are never cut short. */
export function helpScreen(width: number, height: number, page = 0): StyledLine[] {
  const heading: StyledLine = [{ text: 'Keys', style: { role: 'title', bold: true } }];
  const all = helpRows(width);
  const isPaged = paginate(all.length, Math.max(1, height - HELP_CHROME)).length > 1;
  const hint: StyledLine = [{ text: truncate(isPaged ? '? or Esc closes, ↓ ↑ scroll' : '? or Esc closes', width), style: { role: 'muted' } }];
  const rows = pageLines(all, Math.max(1, height - HELP_CHROME), page);
  // The hint stays on the last line, whatever the page holds.
  return [...fitLines([heading, [], ...rows], Math.max(0, height - 1)), hint].slice(0, height);
}

/** The deck's language, which picks the labels. */
type Lang = Deck['lang'];

/**
 * The section shown in the footer: a section slide's title, else the name the deck gives slides of that
 * kind (`deck/slide-titles.json`: "Acteurs clés", "Timeline"; "Titre" for the title slide), nothing for
 * hand-written slides.
 */
export function sectionLabel(slide: Slide, lang: Lang): string {
  if (slide.kind === 'section') return slide.title;
  if (slide.kind === 'markdown') return '';
  return SLIDE_TITLES[lang][slide.kind];
}

/** What the footer shows. */
export interface FooterInput {
  /** The slide shown, from 0. */
  readonly index: number;
  /** How many slides. */
  readonly count: number;
  /** The section label. */
  readonly section: string;
  /** Pending input to show (`go to 12`, `g`), or ''. */
  readonly pending: string;
  /** A message ('no match for x', a reload error), or ''. */
  readonly message?: string;
  /** The search being typed; the footer is then the search prompt. */
  readonly prompt?: string;
  /** Columns available. */
  readonly width: number;
}

/** The search prompt line: `/` and what is typed (its end when long), a cursor, and how to finish. */
function promptLine(prompt: string, width: number): StyledLine {
  const hint = 'Enter search  Esc cancel';
  const room = Math.max(1, width - 2 - (width >= 50 ? displayWidth(hint) + 2 : 0));
  // Show the end of a long search: that is where the typing happens.
  let shown = prompt;
  while (shown !== '' && displayWidth(shown) > room - 1) shown = [...shown].slice(1).join('');
  const spans: Span[] = [
    { text: '/', style: { role: 'accent', bold: true } },
    { text: shown, style: { role: 'text' } },
    { text: '▏', style: { role: 'accent' } },
  ];
  if (width >= 50) {
    const used = 1 + displayWidth(shown) + 1;
    spans.push({ text: ' '.repeat(Math.max(1, width - used - displayWidth(hint))), style: { role: 'text' } });
    spans.push({ text: hint, style: { role: 'muted' } });
  }
  return spans;
}

/** The footer line: `n/N`, a progress bar, the section, the pending input or message and `? help`, within `width`. */
export function footerLine({ index, count, section, pending, message = '', prompt, width }: FooterInput): StyledLine {
  if (prompt !== undefined) return promptLine(prompt, width);
  const position = `${index + 1}/${count}`;
  const help = '? help';
  const barWidth = Math.max(4, Math.min(20, Math.floor(width / 6)));
  const filled = count <= 0 ? 0 : Math.round((barWidth * (index + 1)) / count);
  const fixed = displayWidth(position) + 1 + barWidth + displayWidth(help) + 2;
  const shownPending = pending === '' ? '' : truncate(pending, Math.max(0, width - fixed - 1));
  const pendingWidth = shownPending === '' ? 0 : displayWidth(shownPending) + 2;
  const shownMessage = message === '' ? '' : truncate(message, Math.max(0, width - fixed - pendingWidth - 1));
  const messageWidth = shownMessage === '' ? 0 : displayWidth(shownMessage) + 2;
  const used = fixed - 2 + pendingWidth + messageWidth;
  const shownSection = truncate(section, Math.max(0, width - used - 3));
  const sectionPart = shownSection === '' ? 0 : 2 + displayWidth(shownSection);
  const gap = Math.max(1, width - used - sectionPart);
  const spans: Span[] = [
    { text: `${position} `, style: { role: 'muted' } },
    { text: '━'.repeat(filled), style: { role: 'accent' } },
    { text: '─'.repeat(barWidth - filled), style: { role: 'frame' } },
    { text: shownSection === '' ? '' : `  ${shownSection}`, style: { role: 'muted' } },
    { text: ' '.repeat(gap), style: { role: 'text' } },
  ];
  if (shownMessage !== '') spans.push({ text: `${shownMessage}  `, style: { role: 'accent' } });
  if (shownPending !== '') spans.push({ text: `${shownPending}  `, style: { role: 'accent', bold: true } });
  spans.push({ text: help, style: { role: 'muted' } });
  return spans.filter((s) => s.text !== '');
}
