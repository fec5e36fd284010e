// The presenter: the slide (or the help) above the footer, driven by keys through the key map and
// the navigation reducer. Knows nothing of process or files; the size comes from Ink's stdout.
import { Box, Text, useApp, useInput, type Key } from 'ink';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { Deck } from '../deck/deck';
import { toBlocks } from '../markdown/blocks';
import { layoutBlocks, SCREEN_LAYOUT } from '../text/layout-blocks';
import type { StyledLine } from '../text/styled-line';
import { Footer } from './Footer';
import { HelpView } from './HelpView';
import { commandFor, keyPresses } from './keymap';
import { initialNavState, navigate, type NavState } from './navigation';
import { MIN_COLUMNS, MIN_ROWS, revealGroups, sectionLabel, sideMargin, tooSmallMessage } from './screen-layout';
import { SlideView } from './SlideView';
import { themeNamed, type ThemeName } from './theme';
import { useTerminalSize } from './use-terminal-size';

/** Props of Presenter. */
export interface PresenterProps {
  /** The deck to present. */
  readonly deck: Deck;
  /** The slide to start on, from 0 (clamped). */
  readonly start?: number;
  /** Reveal each slide step by step at its `<!-- pause -->` marks (else pauses are ignored). */
  readonly reveal?: boolean;
  /** Colours for a dark or a light background. */
  readonly theme?: ThemeName;
  /** Columns, instead of those of Ink's stdout. */
  readonly columns?: number;
  /** Rows, instead of those of Ink's stdout. */
  readonly rows?: number;
  /** Called once when the user quits, with the exit code (0, or 130 for Ctrl+C); Ink is then exited. */
  readonly onQuit?: (code: number) => void;
}

/** The pending input the footer shows. */
function pendingText(state: NavState): string {
  if (state.count !== '') return `go to ${state.count}`;
  return state.isGPending ? 'g' : '';
}

/** The presenter. Every frame is at most rows - 1 lines. */
export function Presenter({ deck, start = 0, reveal = false, theme = 'dark', columns, rows, onQuit }: PresenterProps) {
  const { exit } = useApp();
  const size = useTerminalSize({ ...(columns === undefined ? {} : { columns }), ...(rows === undefined ? {} : { rows }) });
  const colours = themeNamed(theme);

  // Per-deck work, once: the blocks of every slide, cut into reveal steps.
  const groups = useMemo(() => deck.slides.map((slide) => revealGroups(toBlocks(slide.body))), [deck]);
  const steps = useMemo(() => groups.map((g) => (reveal ? g.length : 1)), [groups, reveal]);
  const [state, dispatch] = useReducer(navigate, undefined, () => initialNavState(steps, start));

  const onInput = useCallback((input: string, key: Key) => {
    for (const press of keyPresses(input, key)) {
      const command = commandFor(press);
      if (command !== undefined) dispatch(command);
    }
  }, []);
  useInput(onInput);

  useEffect(() => {
    if (state.exitCode === undefined) return;
    onQuit?.(state.exitCode);
    exit();
  }, [state.exitCode, onQuit, exit]);

  const margin = sideMargin(size.columns);
  const width = Math.max(1, size.columns - 2 * margin);
  // Per width, once per slide and step: the body's lines.
  const bodies = useMemo(() => new Map<string, StyledLine[]>(), [groups, width]);
  const slide = deck.slides[state.slide];
  const shownGroups = groups[state.slide] ?? [];
  const shown = reveal ? state.step + 1 : shownGroups.length;
  const key = `${state.slide}:${shown}`;
  let body = bodies.get(key);
  if (body === undefined) {
    body = layoutBlocks(shownGroups.slice(0, shown).flat(), { ...SCREEN_LAYOUT, width });
    bodies.set(key, body);
  }

  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    return <Text wrap="truncate-end">{tooSmallMessage(size.columns, size.rows)}</Text>;
  }
  const height = size.rows - 1;
  return (
    <Box flexDirection="column" width={size.columns} height={height} paddingX={margin}>
      <Box flexDirection="column" height={height - 1}>
        {state.overlay === 'help' || slide === undefined ? (
          <HelpView width={width} height={height - 1} theme={colours} />
        ) : (
          <SlideView slide={slide} body={body} width={width} height={height - 1} theme={colours} />
        )}
      </Box>
      <Footer
        index={state.slide}
        count={deck.slides.length}
        section={slide === undefined ? '' : sectionLabel(slide, deck.lang)}
        pending={pendingText(state)}
        width={width}
        theme={colours}
      />
    </Box>
  );
}
