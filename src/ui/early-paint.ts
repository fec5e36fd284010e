// The first frame before Ink loads: the same frame data the Ink view draws (presenter-frame.ts),
// styled with the same chalk calls Ink's <Text> makes, written on the alternate screen with the
// cursor left at home, where Ink's first render then draws the same frame over it.
// No Ink and no React here (they cost 100–200 ms to load).
import type { Deck } from '../deck/deck';
import type { StyledLine } from '../text/styled-line';
import { CLEAR_SCREEN, enterScreen, notePaintedSize, sizeKey, writeSafely } from './alternate-screen';
import { firstFrameView, type DeckView } from './deck-view';
import { initialNavState } from './navigation';
import { presenterFrame, screenGeometry, slideBody, type PresenterFrame } from './presenter-frame';
import { footerLine } from './screen-layout';
import { styledText } from './styled-text';
import { themeNamed, type Theme, type ThemeName } from './theme';

/** How the presenter will start: what its first frame depends on. */
export interface EarlyPaintOptions {
  /** The slide to start on, from 0 (clamped). */
  readonly start?: number;
  /** Reveal every top-level bullet as a step. */
  readonly reveal: boolean;
  /** The colours. */
  readonly theme: ThemeName;
  /** Links as OSC 8 hyperlinks. */
  readonly hyperlinks: boolean;
  /** The presenter panel open at the start. */
  readonly notes: boolean;
  /** The planned length of the talk, in ms. */
  readonly durationMs?: number;
  /** The time now, in ms. */
  readonly now: number;
}

/** One line: its spans styled, after `indent` blank columns (nothing at all when the line is blank). */
function styledLine(line: StyledLine, indent: string, theme: Theme, hyperlinks: boolean): string {
  if (line.length === 0) return '';
  return indent + styledText(line, theme, hyperlinks);
}

/** A frame as the text Ink writes for it: one line per row from the top, `\n` between rows. */
export function frameText(frame: PresenterFrame, theme: Theme, hyperlinks: boolean): string {
  if (frame.kind === 'too-small') return frame.lines.join('\n');
  if (frame.kind === 'blank') return '';
  const { margin, area } = frame.geometry;
  const indent = ' '.repeat(margin);
  const rows: string[] = [];
  for (let i = 0; i < area; i++) rows.push(styledLine(frame.lines[i] ?? [], indent, theme, hyperlinks));
  rows.push(styledLine(footerLine(frame.footer), indent, theme, hyperlinks));
  return rows.join('\n');
}

/** The first frame of `deck` at a size, as data (the Presenter's own first frame). */
export function firstFrame(view: DeckView, columns: number, rows: number, options: EarlyPaintOptions): PresenterFrame {
  const state = initialNavState(view.index, { ...(options.start === undefined ? {} : { start: options.start }), isPanelOpen: options.notes });
  const { width } = screenGeometry(columns, rows, state.isPanelOpen);
  return presenterFrame({
    view,
    state,
    columns,
    rows,
    bodyOf: (slide, step) => slideBody(view, slide, step, width, options.hyperlinks),
    now: options.now,
    startedAt: options.now,
    ...(options.durationMs === undefined ? {} : { durationMs: options.durationMs }),
  });
}

/** Enters the alternate screen and paints the first frame on `stdout`, cursor back home (only the shown slide is laid out);
 * until the returned function is called, a resize clears the screen and paints the frame again at the new size. */
export function paintFirstFrame(deck: Deck, stdout: NodeJS.WriteStream, options: EarlyPaintOptions): () => void {
  const view = firstFrameView(deck, options.reveal, options.start ?? 0);
  const theme = themeNamed(options.theme);
  const paint = (prefix: string) => {
    const text = frameText(firstFrame(view, stdout.columns || 80, stdout.rows || 24, options), theme, options.hyperlinks);
    writeSafely(stdout, `${prefix}${text}\x1b[H`);
    notePaintedSize(stdout);
  };
  enterScreen(stdout);
  paint('');
  let painted = sizeKey(stdout);
  const onResize = () => {
    if (sizeKey(stdout) === painted) return;
    painted = sizeKey(stdout);
    paint(CLEAR_SCREEN);
  };
  stdout.on('resize', onResize);
  return () => {
    stdout.off('resize', onResize);
  };
}
