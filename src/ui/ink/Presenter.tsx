// The presenter: the slide (or an overlay) above the footer, a view over hooks — the state and what
// changes it, its effects carried out in one place (use-presenter-state), the clock (use-clock), the
// size (use-terminal-size) and the deck laid out at that size (use-screen-layout).
// Knows nothing of process or files: the CLI hands it the deck and its effects as callbacks.
import { Box, Text } from 'ink';
import type { Deck } from '../../deck/deck';
import type { StyledLine } from '../../text/styled-line';
import type { PreparedDeck } from '../frame/prepared-deck';
import { presenterFrame, screenGeometry, type PresenterFrame } from '../frame/presenter-frame';
import { themeNamed, type Theme, type ThemeName } from '../frame/theme';
import type { Effect, NavState, Position } from '../state/navigation';
import type { ScreenSize } from '../terminal/screen';
import { Footer } from './Footer';
import { LinesView } from './LinesView';
import { useClock } from './use-clock';
import { usePresenterState } from './use-presenter-state';
import { useScreenLayout } from './use-screen-layout';
import { useTerminalSize } from './use-terminal-size';

export type { Position } from '../state/navigation';

/** Props of Presenter. */
export interface PresenterProps {
  /** The deck to present. */
  readonly deck: Deck;
  /** The slide to start on, from 0 (clamped). */
  readonly start?: number;
  /** Reveal every top-level bullet as a step (`--reveal`); `<!-- pause -->` always cuts steps. */
  readonly reveal?: boolean;
  /** Colours for a dark or a light background. */
  readonly theme?: ThemeName;
  /** Links as terminal hyperlinks (OSC 8, `--hyperlinks`) instead of their URL in the text. */
  readonly hyperlinks?: boolean;
  /** Columns, instead of those of Ink's stdout. */
  readonly columns?: number;
  /** Rows, instead of those of Ink's stdout. */
  readonly rows?: number;
  /** Open the presenter panel at the start (`--notes`). */
  readonly notes?: boolean;
  /** The planned length of the talk, in ms (`--duration`). */
  readonly durationMs?: number;
  /** The time now in ms (tests fix it; the wall clock otherwise). */
  readonly now?: () => number;
  /** Reads the deck again (`r`); rejects with a one-line message when it cannot. */
  readonly reload?: () => Promise<Deck>;
  /** Calls its argument when the deck's file changes (`--watch`); returns how to stop. */
  readonly watch?: (onChange: () => void) => () => void;
  /** Told of every position the presenter shows (a leader for `--follow`). */
  readonly onMove?: (position: Position) => void;
  /** Calls its argument with every position of the presenter followed (`--follow`); returns how to stop. */
  readonly follow?: (onPosition: (position: Position) => void) => () => void;
  /** Called once when the user quits, with the exit code (0, or 130 for Ctrl+C); Ink is then exited. */
  readonly onQuit?: (code: number) => void;
  /** The deck already prepared (the early paint's), so that nothing is lexed or laid out again. */
  readonly prepared?: PreparedDeck;
  /** The state to continue from (where the early paint's keys led), instead of the start. */
  readonly initialState?: NavState;
  /** Effects asked for before this view took over (a reload pressed during the early paint). */
  readonly initialEffects?: readonly Effect[];
  /** When presenting started, in ms (else at the first render). */
  readonly startedAt?: number;
  /** The screen's size and its changes, instead of Ink's stdout's. */
  readonly screen?: ScreenSize;
}

/** The presenter. Every frame is at most rows - 1 lines. */
export function Presenter(props: PresenterProps) {
  const { hyperlinks = false, columns, rows, durationMs } = props;
  const size = useTerminalSize({ ...(columns === undefined ? {} : { columns }), ...(rows === undefined ? {} : { rows }) }, props.screen);
  const { prepared, state, send } = usePresenterState(props);
  const { now, startedAt } = useClock(props.now ?? Date.now, state.isPanelOpen, props.startedAt);
  const geometry = screenGeometry(size.columns, size.rows, state.isPanelOpen);
  const bodyOf = useScreenLayout(prepared, geometry, hyperlinks, send);
  const frame = presenterFrame({
    prepared,
    state,
    columns: size.columns,
    rows: size.rows,
    bodyOf,
    now,
    startedAt,
    ...(durationMs === undefined ? {} : { durationMs }),
  });
  return frameView(frame, size.columns, themeNamed(props.theme ?? 'dark'), hyperlinks);
}

/** The Ink elements of `frame`, `columns` wide. */
function frameView(frame: PresenterFrame, columns: number, colours: Theme, hyperlinks: boolean) {
  if (frame.kind === 'too-small') {
    return <Text wrap="truncate-end">{frame.lines.join('\n')}</Text>;
  }
  if (frame.kind === 'blank') {
    return <LinesView lines={Array.from({ length: frame.height }, (): StyledLine => [])} theme={colours} />;
  }
  const { margin, area, height } = frame.geometry;
  return (
    <Box flexDirection="column" width={columns} height={height} paddingX={margin}>
      <Box flexDirection="column" height={area}>
        <LinesView lines={frame.lines} theme={colours} hyperlinks={hyperlinks} />
      </Box>
      <Footer {...frame.footer} theme={colours} />
    </Box>
  );
}
