// The presenter: the slide (or an overlay) above the footer, driven by keys through the key map and
// the navigation reducer. Knows nothing of process or files: the CLI hands it the deck, the size
// comes from Ink's stdout, and reloading, watching and following arrive as callbacks.
import { Box, useApp, useInput, Text, type Key } from 'ink';
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Deck } from '../../deck/deck';
import type { StyledLine } from '../../text/styled-line';
import { prepareDeck, type PreparedDeck } from '../frame/prepared-deck';
import { Footer } from './Footer';
import { keyPresses, pressKeys } from '../state/keymap';
import { LinesView } from './LinesView';
import { initialNavState, navigate, type NavState } from '../state/navigation';
import { presenterFrame, screenGeometry, viewLayout } from '../frame/presenter-frame';
import type { ScreenSize } from '../terminal/screen';
import { themeNamed, type ThemeName } from '../frame/theme';
import { useTerminalSize } from './use-terminal-size';

/** A position in the deck, as `--follow` shares it. */
export interface Position {
  /** The slide, from 0. */
  readonly slide: number;
  /** The reveal step, from 0. */
  readonly step: number;
}

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
  readonly view?: PreparedDeck;
  /** The state to continue from (where the early paint's keys led), instead of the start. */
  readonly initialState?: NavState;
  /** When presenting started, in ms (else at the first render). */
  readonly startedAt?: number;
  /** The screen's size and its changes, instead of Ink's stdout's. */
  readonly screen?: ScreenSize;
}

/** The presenter. Every frame is at most rows - 1 lines. */
export function Presenter(props: PresenterProps) {
  const { start = 0, reveal = false, theme = 'dark', hyperlinks = false, columns, rows, notes = false, durationMs, reload, watch, onMove, follow, onQuit } = props;
  const { exit } = useApp();
  const size = useTerminalSize({ ...(columns === undefined ? {} : { columns }), ...(rows === undefined ? {} : { rows }) }, props.screen);
  const colours = themeNamed(theme);
  const clock = props.now ?? Date.now;

  // Per-deck work, once per deck: blocks cut into reveal steps, the reducer's index.
  const [deck, setDeck] = useState(props.deck);
  const given = props.view;
  const view = useMemo(
    () => (given !== undefined && given.deck === deck && given.revealBullets === reveal ? given : prepareDeck(deck, reveal)),
    [given, deck, reveal],
  );

  const [state, dispatch] = useReducer(navigate, undefined, () => props.initialState ?? initialNavState(view.index, { start, isPanelOpen: notes }));

  const stateRef = useRef(state);
  stateRef.current = state;
  const onInput = useCallback(
    (input: string, key: Key) => {
      // Pasted keys arrive together: follow the state through them, so that `/word` types into the prompt.
      const { commands, state: after } = pressKeys(stateRef.current, keyPresses(input, key));
      for (const command of commands) dispatch(command);
      stateRef.current = after;
    },
    [],
  );
  useInput(onInput);

  useEffect(() => {
    if (state.exitCode === undefined) return;
    onQuit?.(state.exitCode);
    exit();
  }, [state.exitCode, onQuit, exit]);

  // Reloading: `r` bumps state.reloads, a watcher calls in directly; only the latest read counts.
  const isMounted = useRef(true);
  useEffect(() => () => void (isMounted.current = false), []);
  const latestRead = useRef(0);
  const doReload = useCallback(async () => {
    if (reload === undefined) {
      dispatch({ type: 'loadFailed', message: 'nothing to reload: the deck came from standard input' });
      return;
    }
    const read = ++latestRead.current;
    try {
      const next = await reload();
      if (!isMounted.current || read !== latestRead.current) return;
      const nextView = prepareDeck(next, reveal);
      setDeck(next);
      dispatch({ type: 'load', deck: nextView.index });
    } catch (error) {
      if (!isMounted.current || read !== latestRead.current) return;
      dispatch({ type: 'loadFailed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [reload, reveal]);
  useEffect(() => {
    if (state.reloads > 0) void doReload();
  }, [state.reloads, doReload]);
  useEffect(() => watch?.(() => void doReload()), [watch, doReload]);

  // Following and being followed.
  useEffect(() => follow?.((position) => dispatch({ type: 'follow', ...position })), [follow]);
  useEffect(() => {
    onMove?.({ slide: state.slide, step: state.step });
  }, [onMove, state.slide, state.step]);

  // The clock ticks once a second, only while the panel shows it.
  const [startedAt] = useState(() => props.startedAt ?? clock());
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!state.isPanelOpen) return;
    setNow(clock());
    const timer = setInterval(() => setNow(clock()), 1000);
    return () => clearInterval(timer);
  }, [state.isPanelOpen, clock]);

  const geometry = screenGeometry(size.columns, size.rows, state.isPanelOpen);
  const { margin, width, area, slideHeight } = geometry;

  // Per width, once per slide and step, the body's lines (the view keeps them).
  const bodyOf = useCallback((slide: number, step: number): StyledLine[] => view.bodyOf(slide, step, width, hyperlinks), [view, width, hyperlinks]);
  // The pages each view takes at this size: the state gets them whenever they change (size, panel,
  // deck), right after the render that measured them, so that a page past a slide's end is clamped.
  const layout = useMemo(() => viewLayout(view, geometry, hyperlinks), [view, width, slideHeight, area, hyperlinks]);
  useLayoutEffect(() => dispatch({ type: 'layout', layout }), [layout]);

  const frame = presenterFrame({
    view,
    state,
    columns: size.columns,
    rows: size.rows,
    bodyOf,
    now,
    startedAt,
    ...(durationMs === undefined ? {} : { durationMs }),
  });
  if (frame.kind === 'too-small') {
    return <Text wrap="truncate-end">{frame.lines.join('\n')}</Text>;
  }
  if (frame.kind === 'blank') {
    return <LinesView lines={Array.from({ length: frame.height }, (): StyledLine => [])} theme={colours} />;
  }

  return (
    <Box flexDirection="column" width={size.columns} height={frame.geometry.height} paddingX={margin}>
      <Box flexDirection="column" height={area}>
        <LinesView lines={frame.lines} theme={colours} hyperlinks={hyperlinks} />
      </Box>
      <Footer {...frame.footer} theme={colours} />
    </Box>
  );
}
