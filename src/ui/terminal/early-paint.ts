// The presenter before Ink loads (100–200 ms): the same frames the Ink view draws (presenter-frame.ts),
// styled with the same chalk calls Ink's <Text> makes, written on the alternate screen with the cursor
// left at home, where Ink's first render then draws the same frame over the last one. Keys typed
// meanwhile go through the same decoding and the same reducer, and each answer is painted at once;
// Ink continues from the state reached. No Ink and no React here.
import type { StyledLine } from '../../text/styled-line';
import type { KeyPress } from '../state/keymap';
import { navigate, type Effect, type NavState } from '../state/navigation';
import type { PresenterStart } from './presenter-start';
import { presenterFrame, screenGeometry, viewLayout, type PresenterFrame } from '../frame/presenter-frame';
import { rawKeyPresses } from './raw-keys';
import { CLEAR_SCREEN, type Screen } from './screen';
import { footerLine } from '../frame/screen-layout';
import { styledText } from '../frame/styled-text';
import { themeNamed, type Theme } from '../frame/theme';

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

/** `state` told the pages of each view at a size, as the Ink view tells its reducer after measuring. */
export function laidOut(start: PresenterStart, state: NavState, columns: number, rows: number): NavState {
  const layout = viewLayout(start.prepared, screenGeometry(columns, rows, state.isPanelOpen), start.hyperlinks);
  return navigate(state, { type: 'layout', layout }).state;
}

/** The frame of `state` at a size, at time `now` (the Presenter's frame for the same state). */
export function frameAt(start: PresenterStart, state: NavState, columns: number, rows: number, now: number): PresenterFrame {
  const { width } = screenGeometry(columns, rows, state.isPanelOpen);
  return presenterFrame({
    prepared: start.prepared,
    state,
    columns,
    rows,
    bodyOf: (slide, step) => start.prepared.bodyOf(slide, step, width, start.hyperlinks),
    now,
    startedAt: start.startedAt,
    ...(start.durationMs === undefined ? {} : { durationMs: start.durationMs }),
  });
}

/** The presenter until Ink takes over. */
export interface EarlyPresenter {
  /** Resolves with the exit code once a key read before Ink quits (q, Ctrl+C); never otherwise. */
  readonly quit: Promise<number>;
  /** Stops reading keys and painting; returns the state Ink continues from. Keys not read yet wait for Ink. */
  stop(): NavState;
  /** The effects asked for that are still to be carried out, for Ink to do: a reload (`r`). */
  readonly handedOver: readonly Effect[];
}

/** Paints the frames of `start` on `screen`, each only when it is not the frame on screen already. */
function framePainter(start: PresenterStart, screen: Screen) {
  const theme = themeNamed(start.theme);
  let painted = '';
  return {
    /** Paints the frame of `state` at `now` unless it is on screen (clearing the last one first when `clear`). */
    paint(state: NavState, now: number, clear: boolean): void {
      const text = frameText(frameAt(start, state, screen.columns, screen.rows, now), theme, start.hyperlinks);
      if (text === painted) return;
      painted = text;
      screen.write(`${clear ? CLEAR_SCREEN : ''}${text}\x1b[H`);
    },
    /** The screen was cleared: the next paint draws whatever the frame is. */
    forget(): void {
      painted = '';
    },
  };
}

/** `state` after `presses`, laid out again when they opened or closed the panel, and the reloads they asked for. */
function answerKeys(start: PresenterStart, state: NavState, presses: readonly KeyPress[], columns: number, rows: number): { readonly state: NavState; readonly reloads: readonly Effect[] } {
  const transition = navigate(state, { type: 'keys', presses });
  const next = transition.state.isPanelOpen === state.isPanelOpen ? transition.state : laidOut(start, transition.state, columns, rows);
  return { state: next, reloads: transition.effects.filter((effect) => effect.type === 'reload') };
}

/** Reads `keys` as text from now on, handing each chunk to `onChunk`, until the returned stop is called. */
function readChunks(keys: NodeJS.ReadStream, onChunk: (chunk: string) => void): () => void {
  let isReading = true;
  const onReadable = () => {
    let chunk: string | null;
    while (isReading && (chunk = keys.read() as string | null) !== null) onChunk(chunk);
  };
  keys.setEncoding('utf8');
  keys.on('readable', onReadable);
  return () => {
    if (!isReading) return;
    isReading = false;
    keys.off('readable', onReadable);
  };
}

/**
 * Enters the alternate screen, paints the first frame and answers keys from `keys` (a terminal in raw
 * mode) until `stop()`: each key through the key map and the reducer, the new frame painted; a resize
 * paints the frame again at the new size. A key sequence it does not decode as Ink would is left,
 * with all after it, in `keys` for Ink.
 */
export function startEarlyPresenter(start: PresenterStart, screen: Screen, keys: NodeJS.ReadStream | undefined, clock: () => number): EarlyPresenter {
  const painter = framePainter(start, screen);
  let state = laidOut(start, start.state, screen.columns, screen.rows);
  screen.enter();
  painter.paint(state, start.startedAt, false);

  const stopResize = screen.onResize(() => {
    state = laidOut(start, state, screen.columns, screen.rows);
    // The screen was cleared: paint whatever the frame is.
    painter.forget();
    painter.paint(state, clock(), false);
  });

  let quit: (code: number) => void = () => {};
  const quitting = new Promise<number>((resolve) => {
    quit = resolve;
  });
  const handedOver: Effect[] = [];
  const onChunk = (chunk: string) => {
    const { presses, rest } = rawKeyPresses(chunk);
    const answered = answerKeys(start, state, presses, screen.columns, screen.rows);
    state = answered.state;
    // Quitting is read from the state below; the position is published once Ink is up.
    handedOver.push(...answered.reloads);
    if (rest !== '') {
      keys?.unshift(rest);
      stopReading();
    }
    if (state.exitCode !== undefined) {
      stopReading();
      quit(state.exitCode);
      return;
    }
    painter.paint(state, clock(), true);
  };
  const stopReading = keys === undefined ? () => {} : readChunks(keys, onChunk);
  return {
    quit: quitting,
    handedOver,
    stop: () => {
      stopReading();
      stopResize();
      return state;
    },
  };
}
