// The presenter: the slide (or an overlay) above the footer, a view over hooks — the state and what
// changes it, its effects carried out in one place (use-presenter-state), the clock (use-clock), the
// size (use-terminal-size) and the deck laid out at that size (use-screen-layout).
// Knows nothing of process or files: the CLI hands it the deck and its effects as callbacks.
import { Box, Text } from 'ink';
import type { StyledLine } from '../../text/styled-line';
import { presenterFrame, screenGeometry, type PresenterFrame } from '../frame/presenter-frame';
import { themeNamed, type Theme } from '../frame/theme';
import { Footer } from './Footer';
import { LinesView } from './LinesView';
import { useClock } from './use-clock';
import type { PresenterProps } from './presenter-props';
import { usePresenterState } from './use-presenter-state';
import { useScreenLayout } from './use-screen-layout';
import { useTerminalSize } from './use-terminal-size';

export type { Position } from '../state/navigation';
export type { PresenterProps } from './presenter-props';


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
