// The presenter's screen as lines: pure functions of the slide, its laid-out body and the terminal
// size, so that every frame has a known height (at most rows - 1) before Ink draws it.
import type { Lang } from '../article/article';
import type { Slide, SlideKind } from '../deck/deck';
import type { MdBlock } from '../markdown/blocks';
import { displayWidth } from '../text/display-width';
import type { Span, StyledLine } from '../text/styled-line';
import { truncate } from '../text/truncate';
import { wrapText } from '../text/wrap-text';
import { KEY_MAP, rowLabel } from './keymap';

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
export const MORE_MARK = '↓ more';

/** A slide's blocks cut at its top-level pauses: one group per reveal step (empty steps dropped). */
export function revealGroups(blocks: readonly MdBlock[]): MdBlock[][] {
  const groups: MdBlock[][] = [[]];
  for (const block of blocks) {
    if (block.type === 'pause') {
      if ((groups[groups.length - 1] as MdBlock[]).length > 0) groups.push([]);
    } else {
      (groups[groups.length - 1] as MdBlock[]).push(block);
    }
  }
  if (groups.length > 1 && (groups[groups.length - 1] as MdBlock[]).length === 0) groups.pop();
  return groups;
}

/** `lines` cut or padded with blank lines to exactly `height`. */
function fitHeight(lines: readonly StyledLine[], height: number): StyledLine[] {
  const out = lines.slice(0, height);
  while (out.length < height) out.push([]);
  return out;
}

/** `lines` within `height`: when they do not fit, the last line shown is the `↓ more` mark. */
export function clipLines(lines: readonly StyledLine[], height: number): StyledLine[] {
  if (lines.length <= height) return [...lines];
  if (height <= 0) return [];
  return [...lines.slice(0, height - 1), [{ text: MORE_MARK, style: { role: 'muted' } }]];
}

/** The slide view above the footer, exactly `height` lines of at most `width` columns. */
export function slideScreen(slide: Slide, body: readonly StyledLine[], width: number, height: number): StyledLine[] {
  const isTitleSlide = slide.kind === 'title';
  const top = !isTitleSlide && height >= 20 ? 1 : 0;
  const titleStyle = { role: 'title', bold: true } as const;
  const title = wrapText(slide.title, width).map((text): StyledLine => [{ text, style: titleStyle }]);
  const shownTitle = clipLines(title, Math.max(1, height - top - 2));
  const shownBody = clipLines(body, Math.max(0, height - top - shownTitle.length - 1));
  const block = shownBody.length > 0 ? [...shownTitle, [], ...shownBody] : shownTitle;
  // The title slide sits a third of the way down; the others start at the top.
  const offset = isTitleSlide ? Math.max(0, Math.floor((height - block.length) / 3)) : top;
  return fitHeight([...Array.from({ length: offset }, (): StyledLine => []), ...block], height);
}

/** Columns the help keeps for an action beside its keys; a row with longer keys puts its action below. */
const HELP_ACTION_COLUMNS = 10;

/** The help screen drawn from the key map, exactly `height` lines; key labels are never cut short. */
export function helpScreen(width: number, height: number): StyledLine[] {
  const labels = KEY_MAP.map(rowLabel);
  const widths = labels.map(displayWidth);
  const column = Math.max(1, ...widths.filter((w) => w <= width - HELP_ACTION_COLUMNS - 2));
  const keyStyle = { role: 'accent', bold: true } as const;
  const rows = KEY_MAP.flatMap((row, i): StyledLine[] => {
    const label = labels[i] ?? '';
    const labelWidth = widths[i] ?? 0;
    if (labelWidth <= column) {
      const gap = ' '.repeat(column - labelWidth + 2);
      return [[{ text: label, style: keyStyle }, { text: gap + truncate(row.action, width - column - 2), style: { role: 'text' } }]];
    }
    const indent = displayWidth(row.action) <= width - column - 2 ? column + 2 : 2;
    return [
      [{ text: truncate(label, width), style: keyStyle }],
      [{ text: ' '.repeat(indent) + truncate(row.action, width - indent), style: { role: 'text' } }],
    ];
  });
  const heading: StyledLine = [{ text: 'Keys', style: { role: 'title', bold: true } }];
  const hint: StyledLine = [{ text: '? or Esc closes this help', style: { role: 'muted' } }];
  return fitHeight(clipLines([heading, [], ...rows, [], hint], height), height);
}

/** The footer's label for a slide's kind, per language (section slides show their own title). */
const KIND_LABELS: Readonly<Record<Lang, Readonly<Record<Exclude<SlideKind, 'section' | 'markdown'>, string>>>> = {
  fr: { title: 'Titre', actors: 'Acteurs', figures: 'Chiffres', quotes: 'Citations', timeline: 'Chronologie' },
  en: { title: 'Title', actors: 'Actors', figures: 'Figures', quotes: 'Quotes', timeline: 'Timeline' },
};

/** The section shown in the footer: a section slide's title, else the slide's kind (nothing for hand-written slides). */
export function sectionLabel(slide: Slide, lang: Lang): string {
  if (slide.kind === 'section') return slide.title;
  if (slide.kind === 'markdown') return '';
  return KIND_LABELS[lang][slide.kind];
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
  /** Columns available. */
  readonly width: number;
}

/** The footer line: `n/N`, a progress bar, the section, the pending input and `? help`, within `width`. */
export function footerLine({ index, count, section, pending, width }: FooterInput): StyledLine {
  const position = `${index + 1}/${count}`;
  const help = '? help';
  const barWidth = Math.max(4, Math.min(20, Math.floor(width / 6)));
  const filled = count <= 0 ? 0 : Math.round((barWidth * (index + 1)) / count);
  const right = pending === '' ? help : `${pending}  ${help}`;
  const used = displayWidth(position) + 1 + barWidth + displayWidth(right);
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
  if (pending !== '') spans.push({ text: `${pending}  `, style: { role: 'accent', bold: true } });
  spans.push({ text: help, style: { role: 'muted' } });
  return spans.filter((s) => s.text !== '');
}
